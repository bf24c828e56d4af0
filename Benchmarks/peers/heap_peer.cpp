// AlgoKit peer: C++ std::priority_queue (push all, then pop all) and std::make_heap on the
// shared seeded ints. Usage: heap_peer N [REPEATS]. Prints one JSON object per figure.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <queue>
#include "seeded.h"

using namespace algokit_peer;

int main(int argc, char** argv) {
  const long n = argc > 1 ? atol(argv[1]) : 1000000;
  const int repeats = argc > 2 ? atoi(argv[2]) : 5;
  if (n <= 0 || repeats <= 0) { fprintf(stderr, "usage: heap_peer N [REPEATS]\n"); return 2; }
  XorShift64 rng;
  std::vector<long> input(n);
  for (auto& x : input) x = (long)(rng.next() % 1000000007ull);

  std::vector<double> push_pop, heapify;
  for (int r = 0; r < repeats; r++) {
    double t0 = now_seconds();
    std::priority_queue<long, std::vector<long>, std::greater<long>> queue;  // a min-heap, like heapq
    for (long x : input) queue.push(x);
    uint64_t sum = 0;
    while (!queue.empty()) { sum += (uint64_t)queue.top(); queue.pop(); }
    push_pop.push_back(now_seconds() - t0);
    keep(sum);

    std::vector<long> copy = input;  // copied outside the timed region
    double t1 = now_seconds();
    std::make_heap(copy.begin(), copy.end(), std::greater<long>());
    heapify.push_back(now_seconds() - t1);
    keep((uint64_t)copy[0]);
  }
  printf("{\"peer\": \"C++ std::priority_queue\", \"figure\": \"push-pop\", \"n\": %ld, \"ns_per_element\": %.4f, \"min_ns_per_element\": %.4f}\n", n, median(push_pop) * 1e9 / n, minimum(push_pop) * 1e9 / n);
  printf("{\"peer\": \"C++ std::make_heap\", \"figure\": \"heapify\", \"n\": %ld, \"ns_per_element\": %.4f, \"min_ns_per_element\": %.4f}\n", n, median(heapify) * 1e9 / n, minimum(heapify) * 1e9 / n);
}
