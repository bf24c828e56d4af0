// Knapsack DP benchmarks on the peers' seeded instance (`SeededInputs.knapsackDP`): N = 200 items,
// size = capacity W, one element per DP cell (N·W), so per-element figures are ns per cell and
// compare directly with `knap_cpp 200 W`. The large-instance solver's benchmarks are in
// `KnapsackLargeBenchmarks.swift`.
import AlgoKit
import BenchmarkHarness

enum KnapsackBenchmarks {
  static let items = 200
  static let sizes = [10_000, 100_000, 1_000_000]
  static let quickSizes = [10_000]
  /// W >= 10 (the generator needs it); at most 10^8 so one run stays around seconds.
  static let limits = 10...100_000_000

  static let all: [Benchmark] = dpBenchmarks + KnapsackLargeBenchmarks.all

  static func checksum(_ x: Int) -> UInt64 { UInt64(truncatingIfNeeded: x) }

  static let dpBenchmarks: [Benchmark] = [
    Benchmark(
      name: "knapsack/zero-one-value",
      summary: "0/1 knapsack best value, 1D rolling array, automatic lanes (32-bit SIMD here); N=200, size=W",
      sizes: sizes, quickSizes: quickSizes, sizeLimits: limits
    ) { w in
      let input = SeededInputs.knapsackDP(items: items, capacity: w)
      return Workload(elements: items * w) {
        checksum(
          try! Knapsack.zeroOneValue(
            weights: input.weights, values: input.values, capacity: w, strategy: .automatic))
      }
    },
    Benchmark(
      name: "knapsack/zero-one-value-int64",
      summary: "0/1 knapsack best value, 1D rolling array forced to 64-bit lanes; N=200, size=W",
      sizes: sizes, quickSizes: quickSizes, sizeLimits: limits
    ) { w in
      let input = SeededInputs.knapsackDP(items: items, capacity: w)
      return Workload(elements: items * w) {
        checksum(
          try! Knapsack.zeroOneValue(
            weights: input.weights, values: input.values, capacity: w, strategy: .capacityIndexed64))
      }
    },
    Benchmark(
      name: "knapsack/subset-sum-bitset",
      summary: "subset sums of the same weights up to W, word-parallel shift-or bitset; N=200, size=W",
      sizes: sizes, quickSizes: quickSizes, sizeLimits: limits
    ) { w in
      let input = SeededInputs.knapsackDP(items: items, capacity: w)
      return Workload(elements: items * w) {
        let sums = try! Knapsack.subsetSums(weights: input.weights, capacity: w)
        return checksum(sums.count) &* 2 &+ (sums.contains(w) ? 1 : 0)
      }
    },
    Benchmark(
      name: "knapsack/zero-one-items",
      summary: "0/1 knapsack optimal items (decision bitset, lexicographically smallest); N=200, size=W",
      sizes: sizes, quickSizes: quickSizes, sizeLimits: limits
    ) { w in
      let input = SeededInputs.knapsackDP(items: items, capacity: w)
      return Workload(elements: items * w) {
        let s = try! Knapsack.zeroOneItems(weights: input.weights, values: input.values, capacity: w)
        return checksum(s.value) &* 31 &+ checksum(s.items.count)
      }
    },
    Benchmark(
      name: "knapsack/value-indexed",
      summary: "0/1 knapsack by min weight per value: N=200, W=10^9-scale weights, size=sum of values (about)",
      sizes: sizes, quickSizes: quickSizes, sizeLimits: 200...100_000_000
    ) { s in
      // Weights as the DP instance at W = 10^9; values 1 + v % (2s/N) so their sum is about s.
      let input = SeededInputs.knapsackDP(items: items, capacity: 1_000_000_000)
      let values = input.values.map { 1 + $0 % max(1, 2 * s / items) }
      let capacity = input.weights.reduce(0, +) / 2
      let sum = values.reduce(0, +)
      return Workload(elements: items * sum) {
        checksum(
          try! Knapsack.zeroOneValueIndexed(
            weights: input.weights, values: values, capacity: capacity))
      }
    },
  ]
}
