// Regression tests for failures found by fuzz-knapsack (Fuzz/fuzz-knapsack). A disabled test is
// an open bug reported to the lead; enable it with the fix.

import AlgoKitKnapsack
import Testing

@Suite("Fuzz regressions: knapsack")
struct KnapsackFuzzRegressionTests {
  /// fuzz-knapsack, corpus file value-indexed-weight-overflow: the value-indexed DP sums weights with
  /// wrap-around, so two items of weights Int.max and 1 "fit" in capacity Int.max.
  @Test("value-indexed 0/1 never returns a set heavier than the capacity when weights sum past Int.max")
  func valueIndexedWeightOverflow() throws {
    #expect(try Knapsack.zeroOneValueIndexed(weights: [Int.max, 1], values: [1, 1], capacity: Int.max) == 1)
    #expect(
      try Knapsack.zeroOneValue(weights: [Int.max, 1], values: [1, 1], capacity: Int.max, strategy: .valueIndexed) == 1)
    let w = [Int.max, 4, 3, 6, 8, 0], v = [35, 0, 5, 9, 28, 6]
    #expect(try Knapsack.zeroOneValue(weights: w, values: v, capacity: Int.max) == 48)
  }

  @Test("the large-instance solver gets the overflow case right")
  func largeInstanceWeightOverflow() throws {
    #expect(
      try Knapsack.zeroOneLarge(weights: [Int.max, 4, 3, 6, 8, 0], values: [35, 0, 5, 9, 28, 6], capacity: Int.max)
        .value == 48)
  }
}
