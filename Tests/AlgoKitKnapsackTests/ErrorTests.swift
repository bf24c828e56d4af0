import Testing

@testable import AlgoKitKnapsack

@Suite struct ErrorTests {
  @Test func zeroOneRejectsBadInput() throws {
    #expect(throws: KnapsackError.mismatchedLengths(weights: 2, values: 1)) {
      try Knapsack.zeroOneValue(weights: [1, 2], values: [1], capacity: 3)
    }
    #expect(throws: KnapsackError.negativeWeight(item: 1, weight: -2)) {
      try Knapsack.zeroOneValue(weights: [1, -2], values: [1, 1], capacity: 3)
    }
    #expect(throws: KnapsackError.invalidValue(item: 0)) {
      try Knapsack.zeroOneValue(weights: [1], values: [-1], capacity: 3)
    }
    #expect(throws: KnapsackError.negativeCapacity(-1)) {
      try Knapsack.zeroOneItems(weights: [1], values: [1], capacity: -1)
    }
    #expect(throws: KnapsackError.valueOverflow(item: 1)) {
      try Knapsack.zeroOneValue(weights: [1, 1], values: [Int8(100), 100], capacity: 3)
    }
    // An item that cannot fit does not count towards the overflow bound.
    #expect(try Knapsack.zeroOneValue(weights: [1, 9], values: [Int8(100), 100], capacity: 3) == 100)
    #expect(throws: KnapsackError.tableTooLarge(bytes: 4004, limit: 1000)) {
      try Knapsack.zeroOneValue(
        weights: [1], values: [1], capacity: 1000, strategy: .capacityIndexed, memoryLimit: 1000)
    }
    #expect(throws: KnapsackError.tableTooLarge(bytes: .max, limit: Knapsack.defaultMemoryLimit)) {
      try Knapsack.zeroOneTable(weights: [1, 1], values: [1, 1], capacity: .max)
    }
    #expect(throws: KnapsackError.self) {
      try Knapsack.zeroOneItems(
        weights: Array(repeating: 1, count: 100), values: Array(repeating: 1, count: 100), capacity: 1_000_000,
        memoryLimit: 1 << 20)
    }
  }

  @Test func floatingValuesRejectNaNInfinityAndOverflow() {
    for bad in [Double.nan, .infinity, -.infinity, -1] {
      #expect(throws: KnapsackError.invalidValue(item: 1)) {
        try Knapsack.zeroOneValue(weights: [1, 1], values: [1, bad], capacity: 2)
      }
      #expect(throws: KnapsackError.invalidValue(item: 1)) {
        try Knapsack.unboundedValue(weights: [1, 1], values: [1, bad], capacity: 2)
      }
    }
    #expect(throws: KnapsackError.valueOverflow(item: 1)) {
      try Knapsack.zeroOneValue(
        weights: [1, 1], values: [Double.greatestFiniteMagnitude, .greatestFiniteMagnitude], capacity: 2)
    }
  }

  @Test func variantsRejectBadInput() {
    #expect(throws: KnapsackError.unboundedItem(item: 0)) {
      try Knapsack.unboundedValue(weights: [0], values: [1], capacity: 2)
    }
    #expect(throws: KnapsackError.valueOverflow(item: 0)) {
      try Knapsack.unboundedValue(weights: [1], values: [Int8(50)], capacity: 3)
    }
    #expect(throws: KnapsackError.negativeCount(item: 0, count: -1)) {
      try Knapsack.boundedValue(weights: [1], values: [1], counts: [-1], capacity: 2)
    }
    #expect(throws: KnapsackError.mismatchedLengths(weights: 1, values: 2)) {
      try Knapsack.boundedValue(weights: [1], values: [1], counts: [1, 2], capacity: 2)
    }
    #expect(throws: KnapsackError.negativeWeight(item: 2, weight: -1)) {
      try Knapsack.groupValue(
        groups: [[.init(weight: 1, value: 1)], [.init(weight: 1, value: 1), .init(weight: -1, value: 1)]], capacity: 2)
    }
    #expect(throws: KnapsackError.negativeWeight(item: 0, weight: -3)) {
      try Knapsack.twoDimensionalValue(weights: [1], volumes: [-3], values: [1], capacity: 1, volumeCapacity: 1)
    }
    #expect(throws: KnapsackError.negativeCapacity(-1)) {
      try Knapsack.twoDimensionalValue(weights: [1], volumes: [1], values: [1], capacity: 1, volumeCapacity: -1)
    }
    #expect(throws: KnapsackError.unboundedItem(item: 1)) {
      try Knapsack.mixedValue(
        items: [.init(weight: 1, value: 1, copies: .one), .init(weight: 0, value: 2, copies: .unlimited)], capacity: 3)
    }
    #expect(throws: KnapsackError.negativeWeight(item: 0, weight: -1)) {
      try Knapsack.subsetSums(weights: [-1], capacity: 3)
    }
    #expect(throws: KnapsackError.negativeCapacity(-5)) {
      try Knapsack.isSubsetSum(weights: [1], target: -5)
    }
    // Three bitsets of Int.max/64 + 1 words.
    #expect(throws: KnapsackError.tableTooLarge(bytes: 3 * (Int.max >> 6 + 1) * 8, limit: Knapsack.defaultMemoryLimit))
    {
      try Knapsack.subsetSumItems(weights: [1, 2], target: .max)
    }
  }

  @Test func countingOverflowNamesTheItem() throws {
    // 2^k ways to make 0 with k zero-weight items: UInt8 overflows at the 8th (index 7: 256).
    #expect(throws: KnapsackError.valueOverflow(item: 7)) {
      try Knapsack.countWays(weights: Array(repeating: 0, count: 10), capacity: 0, as: UInt8.self)
    }
    #expect(try Knapsack.countWays(weights: Array(repeating: 0, count: 7), capacity: 0, as: UInt8.self) == [128])
    #expect(throws: KnapsackError.unboundedItem(item: 0)) {
      try Knapsack.countWays(weights: [0], capacity: 3, repetition: .unbounded, as: Int.self)
    }
  }

  @Test func valueIndexedRejectsOversizedTable() throws {
    #expect(throws: KnapsackError.tableTooLarge(bytes: 8 * 2001, limit: 100)) {
      try Knapsack.zeroOneValueIndexed(weights: [1, 1], values: [1000, 1000], capacity: 5, memoryLimit: 100)
    }
  }
}
