// Large-instance knapsack benchmarks: Knapsack.zeroOneLarge on Pisinger's instance classes
// (`SeededInputs.knapsack`, R = 10^4, capacity half the total weight), the inputs the OR-tools
// peer (`knap_ortools.py KIND N`) solves, so the two can be timed side by side.
import AlgoKit
import BenchmarkHarness

enum KnapsackLargeBenchmarks {
  static let sizes = [1_000, 10_000, 100_000]
  static let quickSizes = [1_000]

  /// One benchmark per instance class: the whole solve (validation, sorting, DP, reconstruction).
  static func solve(_ kind: SeededInputs.KnapsackClass, name: String, what: String) -> Benchmark {
    Benchmark(
      name: "knapsack/large-\(name)",
      summary: "exact 0/1 knapsack (value and items) of n \(what) items, R = 10^4, capacity half the weight",
      sizes: sizes, quickSizes: quickSizes
    ) { n in
      let (weights, profits, capacity) = SeededInputs.knapsack(kind, items: n)
      return Workload(elements: n) {
        let s = try! Knapsack.zeroOneLarge(weights: weights, values: profits, capacity: capacity)
        precondition(s.isOptimal, "knapsack/large-\(name): not proven optimal at n = \(n)")
        return UInt64(s.value) &* 31 &+ UInt64(s.items.count)
      }
    }
  }

  static let all: [Benchmark] = [
    solve(.strong, name: "strong", what: "strongly correlated"),
    solve(.uncorrelated, name: "uncorrelated", what: "uncorrelated"),
    solve(.weak, name: "weak", what: "weakly correlated"),
    solve(.subsetsum, name: "subsetsum", what: "subset-sum"),
  ]
}
