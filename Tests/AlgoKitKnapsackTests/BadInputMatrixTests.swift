// One test per row of the bad-input matrix (Sources/AlgoKit/AlgoKit.docc/BadInput.md), knapsack
// family: every entry point gets the same bad inputs and must answer with the same typed error.

import AlgoKitKnapsack
import Testing

/// A value-returning solver: `(weights, values, capacity, memoryLimit)`.
typealias KnapsackMatrixSolver = ([Int], [Int], Int, Int) throws(KnapsackError) -> Int

@Suite("Bad-input matrix: knapsack")
struct KnapsackBadInputMatrixTests {
  /// Every value-returning solver as `(weights, values, capacity, memoryLimit) throws -> Int`.
  static func solvers() -> [(String, KnapsackMatrixSolver)] {
    return [
      (
        "zeroOneValue",
        { w, v, c, m throws(KnapsackError) in
          try Knapsack.zeroOneValue(weights: w, values: v, capacity: c, memoryLimit: m)
        }
      ),
      (
        "zeroOneValue(.reference)",
        { w, v, c, m throws(KnapsackError) in
          try Knapsack.zeroOneValue(weights: w, values: v, capacity: c, strategy: .reference, memoryLimit: m)
        }
      ),
      (
        "zeroOneValue(exactCapacity:)",
        { w, v, c, m throws(KnapsackError) in
          try Knapsack.zeroOneValue(weights: w, values: v, exactCapacity: c, memoryLimit: m) ?? -1
        }
      ),
      (
        "zeroOneItems",
        { w, v, c, m throws(KnapsackError) in
          try Knapsack.zeroOneItems(weights: w, values: v, capacity: c, memoryLimit: m).value
        }
      ),
      (
        "zeroOneTable",
        { w, v, c, m throws(KnapsackError) in
          try Knapsack.zeroOneTable(weights: w, values: v, capacity: c, memoryLimit: m).chosenItems().value
        }
      ),
      (
        "zeroOneValueIndexed",
        { w, v, c, m throws(KnapsackError) in
          try Knapsack.zeroOneValueIndexed(weights: w, values: v, capacity: c, memoryLimit: m)
        }
      ),
      (
        "zeroOneLarge",
        { w, v, c, _ throws(KnapsackError) in try Knapsack.zeroOneLarge(weights: w, values: v, capacity: c).value }
      ),
      (
        "unboundedValue",
        { w, v, c, m throws(KnapsackError) in
          try Knapsack.unboundedValue(weights: w, values: v, capacity: c, memoryLimit: m)
        }
      ),
      (
        "boundedValue",
        { w, v, c, m throws(KnapsackError) in
          try Knapsack.boundedValue(weights: w, values: v, counts: w.map { _ in 2 }, capacity: c, memoryLimit: m)
        }
      ),
      (
        "boundedValue(.binarySplitting)",
        { w, v, c, m throws(KnapsackError) in
          try Knapsack.boundedValue(
            weights: w, values: v, counts: w.map { _ in 2 }, capacity: c, method: .binarySplitting, memoryLimit: m)
        }
      ),
      (
        "groupValue",
        { w, v, c, m throws(KnapsackError) in
          guard w.count == v.count else { throw .mismatchedLengths(weights: w.count, values: v.count) }
          return try Knapsack.groupValue(
            groups: w.indices.map { [Knapsack.Item(weight: w[$0], value: v[$0])] }, capacity: c, memoryLimit: m)
        }
      ),
      (
        "twoDimensionalValue",
        { w, v, c, m throws(KnapsackError) in
          try Knapsack.twoDimensionalValue(
            weights: w, volumes: w.map { _ in 0 }, values: v, capacity: c, volumeCapacity: 0, memoryLimit: m)
        }
      ),
      (
        "mixedValue",
        { w, v, c, m throws(KnapsackError) in
          guard w.count == v.count else { throw .mismatchedLengths(weights: w.count, values: v.count) }
          return try Knapsack.mixedValue(
            items: w.indices.map { .init(weight: w[$0], value: v[$0], copies: .one) }, capacity: c, memoryLimit: m)
        }
      ),
    ]
  }

  static func error(_ body: () throws(KnapsackError) -> Int) -> KnapsackError? {
    do { _ = try body(); return nil } catch { return error }
  }

  @Test("empty input and zero capacity are ordinary: 0 (exact capacity 0: 0)")
  func emptyRow() throws {
    for (name, solve) in Self.solvers() {
      #expect(try solve([], [], 0, Knapsack.defaultMemoryLimit) == 0, "\(name)")
      #expect(try solve([], [], 5, Knapsack.defaultMemoryLimit) == (name.contains("exact") ? -1 : 0), "\(name)")
      #expect(try solve([3], [7], 0, Knapsack.defaultMemoryLimit) == (name.contains("exact") ? 0 : 0), "\(name)")
    }
  }

  @Test("negative weight, negative capacity, mismatched lengths: typed errors from every solver")
  func negativeSizeRow() {
    for (name, solve) in Self.solvers() {
      #expect(
        Self.error { () throws(KnapsackError) in try solve([1, -2], [1, 1], 3, 1 << 20) }
          == .negativeWeight(item: 1, weight: -2), "\(name)")
      #expect(
        Self.error { () throws(KnapsackError) in try solve([1], [1], -1, 1 << 20) } == .negativeCapacity(-1), "\(name)")
      #expect(
        Self.error { () throws(KnapsackError) in try solve([1], [1], Int.min, 1 << 20) } == .negativeCapacity(Int.min),
        "\(name)")
      #expect(
        Self.error { () throws(KnapsackError) in try solve([1], [-1], 3, 1 << 20) } == .invalidValue(item: 0), "\(name)"
      )
      let mismatch = Self.error { () throws(KnapsackError) in try solve([1, 2], [1], 3, 1 << 20) }
      guard case .mismatchedLengths = mismatch else {
        Issue.record("\(name): \(String(describing: mismatch))"); continue
      }
    }
    #expect(
      Self.error { () throws(KnapsackError) in
        try Knapsack.boundedValue(weights: [1], values: [1], counts: [-1], capacity: 2)
      } == .negativeCount(item: 0, count: -1))
    #expect(throws: KnapsackError.negativeCapacity(-1)) { try Knapsack.subsetSums(weights: [1], capacity: -1) }
    #expect(throws: KnapsackError.negativeCapacity(-1)) { try Knapsack.subsetSumItems(weights: [1], target: -1) }
    #expect(throws: KnapsackError.negativeCapacity(-1)) {
      try Knapsack.countWays(weights: [1], capacity: -1, modulus: 7)
    }
    #expect(throws: KnapsackError.negativeWeight(item: 0, weight: -1)) {
      try Knapsack.countWays(weights: [-1], capacity: 1, as: Int.self)
    }
  }

  @Test("NaN, infinite and negative floating values: invalidValue naming the item")
  func nanRow() {
    for bad in [Double.nan, .infinity, -.infinity, -0.5, -Double.greatestFiniteMagnitude] {
      let w = [1, 1], v = [2.0, bad]
      #expect(throws: KnapsackError.invalidValue(item: 1)) {
        try Knapsack.zeroOneValue(weights: w, values: v, capacity: 2)
      }
      #expect(throws: KnapsackError.invalidValue(item: 1)) {
        try Knapsack.zeroOneItems(weights: w, values: v, capacity: 2)
      }
      #expect(throws: KnapsackError.invalidValue(item: 1)) {
        try Knapsack.zeroOneTable(weights: w, values: v, capacity: 2)
      }
      #expect(throws: KnapsackError.invalidValue(item: 1)) {
        try Knapsack.unboundedValue(weights: w, values: v, capacity: 2)
      }
      #expect(throws: KnapsackError.invalidValue(item: 1)) {
        try Knapsack.boundedValue(weights: w, values: v, counts: [1, 1], capacity: 2)
      }
      #expect(throws: KnapsackError.invalidValue(item: 1)) {
        try Knapsack.groupValue(groups: [[.init(weight: 1, value: 2.0)], [.init(weight: 1, value: bad)]], capacity: 2)
      }
      #expect(throws: KnapsackError.invalidValue(item: 1)) {
        try Knapsack.twoDimensionalValue(weights: w, volumes: [0, 0], values: v, capacity: 2, volumeCapacity: 0)
      }
      #expect(throws: KnapsackError.invalidValue(item: 1)) {
        try Knapsack.mixedValue(
          items: [.init(weight: 1, value: 2.0, copies: .one), .init(weight: 1, value: bad, copies: .unlimited)],
          capacity: 2)
      }
    }
  }

  @Test("overflowing value sums: valueOverflow, never a wrapped or trapped sum")
  func overflowRow() {
    for (name, solve) in Self.solvers() {
      let e = Self.error { () throws(KnapsackError) in try solve([1, 1], [Int.max, 1], 2, Knapsack.defaultMemoryLimit) }
      guard case .valueOverflow = e else { Issue.record("\(name): \(String(describing: e))"); continue }
    }
    #expect(throws: KnapsackError.valueOverflow(item: 1)) {
      try Knapsack.zeroOneValue(
        weights: [1, 1], values: [Double.greatestFiniteMagnitude, .greatestFiniteMagnitude], capacity: 2)
    }
    #expect(throws: KnapsackError.self) {
      try Knapsack.countWays(weights: Array(repeating: 0, count: 70), capacity: 0, as: Int.self)
    }
  }

  @Test("oversized requests: tableTooLarge before allocating (capacity Int.max, tiny memory limits)")
  func oversizedRow() throws {
    for (name, solve) in Self.solvers() where name != "zeroOneLarge" {
      let e = Self.error { () throws(KnapsackError) in try solve([1, 2], [1, 1], Int.max, Knapsack.defaultMemoryLimit) }
      // Value-indexed solvers need no capacity table: a huge capacity is fine for them. Unbounded and
      // bounded solvers check their documented value bound Σ v·min(c, ⌊W/w⌋) first, which overflows here.
      if let e {
        switch e {
        case .tableTooLarge: break
        case .valueOverflow where name.hasPrefix("unbounded") || name.hasPrefix("bounded"): break
        default: Issue.record("\(name): \(e)"); continue
        }
      }
      let small = Self.error { () throws(KnapsackError) in try solve([1, 2], [1, 1], 1 << 20, 64) }
      if let small { guard case .tableTooLarge = small else { Issue.record("\(name): \(small)"); continue } }
    }
    #expect(throws: KnapsackError.self) { try Knapsack.subsetSums(weights: [1], capacity: .max) }
    #expect(throws: KnapsackError.self) { try Knapsack.countWays(weights: [1], capacity: .max, modulus: 7) }
    // zeroOneLarge needs no table: Int.max capacity is solved (all items fit).
    #expect(try Knapsack.zeroOneLarge(weights: [1, 2], values: [1, 1], capacity: .max).value == 2)
  }

  @Test("zero-weight items that may repeat: unboundedItem")
  func infiniteAnswerRow() throws {
    #expect(throws: KnapsackError.unboundedItem(item: 0)) {
      try Knapsack.unboundedValue(weights: [0], values: [1], capacity: 2)
    }
    #expect(throws: KnapsackError.unboundedItem(item: 0)) {
      try Knapsack.countWays(weights: [0], capacity: 3, repetition: .unbounded, modulus: 7)
    }
    #expect(try Knapsack.unboundedValue(weights: [0, 1], values: [0, 1], capacity: 2) == 2)  // worth 0: harmless
  }

  @Test("countWays with modulus < 1 is a precondition")
  func modulusPreconditionRow() async {
    await #expect(processExitsWith: .failure) { _ = try? Knapsack.countWays(weights: [1], capacity: 1, modulus: 0) }
  }
}
