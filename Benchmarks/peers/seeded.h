// AlgoKit peer programs: the shared seeded inputs (see Benchmarks/BenchmarkHarness/SeededInputs.swift).
// xorshift64 (13, 7, 17) restarted from the fixed seed for every input.
#pragma once
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <vector>

namespace algokit_peer {

struct XorShift64 {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
};

// Seconds of a monotonic clock.
inline double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Median of the recorded times (the harness reports medians too).
inline double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Fastest of the recorded times: the repeat least disturbed by other processes on a loaded machine.
inline double minimum(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }

// Keeps a checksum alive so the optimizer cannot drop the work.
inline void keep(uint64_t value) {
  static volatile uint64_t sink;
  sink = sink + value;
}

}  // namespace algokit_peer
