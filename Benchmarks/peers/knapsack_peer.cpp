// AlgoKit peer: the textbook 1D 0/1 knapsack loop (best value, int64) and the scalar boolean
// subset-sum loop, on the shared seeded items. Usage: knapsack_peer N W [REPEATS].
// Items i = 0..N-1: weight 1 + next() % (W / 10), then value 1 + next() % 1000000.
#include <cstdio>
#include <cstdlib>
#include "seeded.h"

using namespace algokit_peer;

int main(int argc, char** argv) {
  const long n = argc > 1 ? atol(argv[1]) : 200;
  const long capacity = argc > 2 ? atol(argv[2]) : 1000000;
  const int repeats = argc > 3 ? atoi(argv[3]) : 3;
  if (n <= 0 || capacity < 10 || repeats <= 0) {
    fprintf(stderr, "usage: knapsack_peer N W [REPEATS] (W >= 10)\n");
    return 2;
  }
  XorShift64 rng;
  std::vector<long> weight(n), value(n);
  for (long i = 0; i < n; i++) {
    weight[i] = 1 + (long)(rng.next() % (uint64_t)(capacity / 10));
    value[i] = 1 + (long)(rng.next() % 1000000ull);
  }

  std::vector<double> dp_times, bool_times;
  long best = 0, reachable = 0;
  for (int r = 0; r < repeats; r++) {
    double t0 = now_seconds();
    std::vector<int64_t> table(capacity + 1, 0);
    for (long i = 0; i < n; i++)
      for (long c = capacity; c >= weight[i]; c--)
        table[c] = std::max(table[c], table[c - weight[i]] + value[i]);
    dp_times.push_back(now_seconds() - t0);
    best = table[capacity];

    double t1 = now_seconds();
    std::vector<unsigned char> reach(capacity + 1, 0);
    reach[0] = 1;
    for (long i = 0; i < n; i++)
      for (long c = capacity; c >= weight[i]; c--) reach[c] |= reach[c - weight[i]];
    bool_times.push_back(now_seconds() - t1);
    reachable = 0;
    for (long c = 0; c <= capacity; c++) reachable += reach[c];
  }
  const double cells = (double)n * (double)capacity;
  printf("{\"peer\": \"C++ textbook 0/1 loop\", \"figure\": \"zero-one\", \"n\": %ld, \"capacity\": %ld, \"ns_per_cell\": %.4f, \"min_ns_per_cell\": %.4f, \"best\": %ld}\n",
         n, capacity, median(dp_times) * 1e9 / cells, minimum(dp_times) * 1e9 / cells, best);
  printf("{\"peer\": \"C++ boolean subset-sum loop\", \"figure\": \"subset-sum-bool\", \"n\": %ld, \"capacity\": %ld, \"ns_per_cell\": %.4f, \"min_ns_per_cell\": %.4f, \"reachable\": %ld}\n",
         n, capacity, median(bool_times) * 1e9 / cells, minimum(bool_times) * 1e9 / cells, reachable);
}
