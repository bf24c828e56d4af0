import Testing

@testable import AlgoKitKnapsack

@Suite struct KnownAnswerTests {
  /// Textbook example, checked by hand: weights [1, 3, 4, 5], values [1, 4, 5, 7], W = 7.
  /// Weight-7 subsets: {3, 4} = 9, {1, ... 5}: 1 + 5 = 6 → 8; best 9 (items 1 and 2).
  @Test func textbookExample() throws {
    let w = [1, 3, 4, 5], v = [1, 4, 5, 7]
    #expect(try Knapsack.zeroOneValue(weights: w, values: v, capacity: 7) == 9)
    #expect(try Knapsack.zeroOneItems(weights: w, values: v, capacity: 7).items == [1, 2])
    let t = try Knapsack.zeroOneTable(weights: w, values: v, capacity: 7)
    #expect(t.bestValue == 9)
    #expect(t[items: 2, capacity: 4] == 5)  // items 0 and 1
    #expect(t.chosenItems().items == [1, 2])
    // Second classic: weights [2, 3, 4, 5], values [3, 4, 5, 6], W = 5 → 7 (items 0 and 1).
    #expect(try Knapsack.zeroOneValue(weights: [2, 3, 4, 5], values: [3, 4, 5, 6], capacity: 5) == 7)
  }

  /// AtCoder Educational DP Contest, problem D, sample 1: "3 8 / 3 30 / 4 50 / 5 60" → 90.
  @Test func atCoderDPD() throws {
    let w = [3, 4, 5], v = [30, 50, 60]
    #expect(try Knapsack.zeroOneValue(weights: w, values: v, capacity: 8) == 90)
    #expect(try Knapsack.zeroOneItems(weights: w, values: v, capacity: 8).items == [0, 2])
    #expect(try Knapsack.zeroOneValue(weights: w, values: v, capacity: 8, strategy: .valueIndexed) == 90)
  }

  /// AtCoder Educational DP Contest, problem E, samples: W up to 10^9 with small values.
  @Test func atCoderDPE() throws {
    #expect(try Knapsack.zeroOneValueIndexed(weights: [3, 4, 5], values: [30, 50, 60], capacity: 8) == 90)
    #expect(try Knapsack.zeroOneValueIndexed(weights: [1_000_000_000], values: [10], capacity: 1_000_000_000) == 10)
    let w = [6, 5, 6, 6, 3, 7], v = [5, 6, 4, 6, 5, 2]
    #expect(try Knapsack.zeroOneValueIndexed(weights: w, values: v, capacity: 15) == 17)
    // .automatic must pick the value-indexed DP: a capacity-indexed array of 10^9 cells
    // would exceed the default 1 GiB limit.
    #expect(try Knapsack.zeroOneValue(weights: [1_000_000_000], values: [10], capacity: 1_000_000_000) == 10)
    #expect(try Knapsack.zeroOneValue(weights: w, values: v, capacity: 15) == 17)
  }

  @Test func documentedExamples() throws {
    #expect(try Knapsack.zeroOneValue(weights: [2, 4], values: [1, 1], exactCapacity: 5) == nil)
    #expect(try Knapsack.zeroOneValue(weights: [2, 4], values: [1, 1], exactCapacity: 6) == 2)
    #expect(try Knapsack.zeroOneValue(weights: [2, 4], values: [1, 1], exactCapacity: 0) == 0)
    #expect(try Knapsack.unboundedValue(weights: [2, 3], values: [3, 5], capacity: 7) == 11)
    #expect(try Knapsack.boundedValue(weights: [2, 3], values: [3, 5], counts: [3, 1], capacity: 7) == 11)
    let groups: [[Knapsack.Item<Int>]] = [
      [.init(weight: 2, value: 3), .init(weight: 3, value: 4)], [.init(weight: 4, value: 5)],
    ]
    #expect(try Knapsack.groupValue(groups: groups, capacity: 6) == 8)
    #expect(
      try Knapsack.twoDimensionalValue(
        weights: [1, 2, 3], volumes: [3, 2, 1], values: [4, 5, 6], capacity: 5, volumeCapacity: 3) == 11)
    #expect(
      try Knapsack.mixedValue(
        items: [
          .init(weight: 3, value: 5, copies: .one), .init(weight: 2, value: 3, copies: .unlimited),
          .init(weight: 4, value: 7, copies: .atMost(2)),
        ], capacity: 10) == 17)
    #expect(
      try Knapsack.countWays(weights: [1, 2, 5], capacity: 5, repetition: .unbounded, modulus: 1_000_000_007) == [
        1, 1, 2, 2, 3, 4,
      ])
    #expect(try Knapsack.countWays(weights: [1, 1, 2], capacity: 2, as: Int.self) == [1, 2, 2])
    #expect(try Knapsack.subsetSums(weights: [3, 5], capacity: 10).sums == [0, 3, 5, 8])
    #expect(try Knapsack.isSubsetSum(weights: [3, 5, 9], target: 14))
    #expect(try Knapsack.subsetSumItems(weights: [4, 3, 5, 1], target: 8) == [0, 1, 3])
    #expect(try Knapsack.subsetSumItems(weights: [4, 3], target: 2) == nil)
  }

  @Test func emptyAndZeroCapacityAreNormal() throws {
    #expect(try Knapsack.zeroOneValue(weights: [], values: [Int](), capacity: 10) == 0)
    #expect(try Knapsack.zeroOneValue(weights: [1, 0], values: [5, 3], capacity: 0) == 3)
    #expect(try Knapsack.zeroOneItems(weights: [], values: [Int](), capacity: 0).items == [])
    #expect(try Knapsack.unboundedValue(weights: [], values: [Double](), capacity: 0) == 0)
    #expect(try Knapsack.subsetSums(weights: [], capacity: 0).sums == [0])
    #expect(try Knapsack.countWays(weights: [], capacity: 3, modulus: 10) == [1, 0, 0, 0])
  }
}
