import Testing

@testable import AlgoKitKnapsack

@Suite struct ZeroOneTests {
  static let seeds: [UInt64] = Array(1...60)

  static func instance(_ seed: UInt64, maxN: Int = 12, maxW: Int = 40, maxV: Int = 50)
    -> (w: [Int], v: [Int], cap: Int)
  {
    var rng = SeededRandom(seed: seed)
    let n = rng.int(in: 0...maxN)
    let w = (0..<n).map { _ in rng.int(in: 0...maxW / 2) }
    let v = (0..<n).map { _ in rng.int(in: 0...maxV) }
    return (w, v, rng.int(in: 0...maxW))
  }

  @Test(arguments: seeds)
  func valueMatchesBruteForceEveryStrategy(seed: UInt64) throws {
    let (w, v, cap) = Self.instance(seed)
    let expected = Brute.zeroOne(w, v, cap)
    for strategy in [Knapsack.Strategy.automatic, .capacityIndexed, .capacityIndexed64, .valueIndexed, .reference] {
      let got = try Knapsack.zeroOneValue(weights: w, values: v, capacity: cap, strategy: strategy)
      #expect(got == expected, "seed \(seed) strategy \(strategy) w=\(w) v=\(v) cap=\(cap)")
    }
    #expect(try Knapsack.zeroOneValueIndexed(weights: w, values: v, capacity: cap) == expected, "seed \(seed)")
    let small = v.map { UInt16($0) }
    #expect(try Knapsack.zeroOneValue(weights: w, values: small, capacity: cap) == UInt16(expected), "seed \(seed)")
  }

  @Test(arguments: seeds)
  func exactFillMatchesBruteForce(seed: UInt64) throws {
    let (w, v, cap) = Self.instance(seed)
    let got = try Knapsack.zeroOneValue(weights: w, values: v, exactCapacity: cap)
    #expect(got == Brute.zeroOneExact(w, v, cap), "seed \(seed) w=\(w) v=\(v) cap=\(cap)")
  }

  @Test(arguments: seeds)
  func itemsAreLexicographicallySmallestOptimal(seed: UInt64) throws {
    // Few distinct values so ties are common; zero weights and values included.
    var rng = SeededRandom(seed: seed &+ 1000)
    let n = rng.int(in: 0...12)
    let w = (0..<n).map { _ in rng.int(in: 0...6) }
    let v = (0..<n).map { _ in rng.int(in: 0...3) }
    let cap = rng.int(in: 0...15)
    let s = try Knapsack.zeroOneItems(weights: w, values: v, capacity: cap)
    #expect(s.items == Brute.lexSmallestOptimal(w, v, cap), "seed \(seed) w=\(w) v=\(v) cap=\(cap)")
    #expect(s.value == Brute.zeroOne(w, v, cap), "seed \(seed)")
    #expect(s.weight == s.items.reduce(0) { $0 + w[$1] } && s.weight <= cap, "seed \(seed)")
  }

  @Test(arguments: seeds)
  func tableCellsMatchBruteForceOverPrefixes(seed: UInt64) throws {
    let (w, v, cap) = Self.instance(seed, maxN: 8, maxW: 20)
    let t = try Knapsack.zeroOneTable(weights: w, values: v, capacity: cap)
    for i in 0...w.count {
      for j in 0...cap {
        #expect(
          t[items: i, capacity: j] == Brute.zeroOne(Array(w[..<i]), Array(v[..<i]), j), "seed \(seed) i=\(i) j=\(j)")
      }
    }
    let s = t.chosenItems()
    #expect(s.value == t.bestValue && s.weight <= cap, "seed \(seed)")
    #expect(s.items.reduce(0) { $0 + v[$1] } == t.bestValue, "seed \(seed)")
  }

  @Test(arguments: seeds.prefix(20))
  func floatingValuesMatchBruteForce(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let n = rng.int(in: 0...10)
    let w = (0..<n).map { _ in rng.int(in: 1...10) }
    let v = (0..<n).map { _ in rng.double(in: 0...10) }
    let cap = rng.int(in: 0...30)
    let got = try Knapsack.zeroOneValue(weights: w, values: v, capacity: cap)
    #expect(abs(got - Brute.zeroOne(w, v, cap)) < 1e-9, "seed \(seed)")
    let s = try Knapsack.zeroOneItems(weights: w, values: v, capacity: cap)
    #expect(abs(s.value - got) < 1e-9 && s.weight <= cap, "seed \(seed)")
    let f = try Knapsack.zeroOneValue(weights: w, values: v.map { Float($0) }, capacity: cap)
    #expect(abs(Double(f) - got) < 1e-3, "seed \(seed)")
  }

  /// Medium instances whose weights exceed the SIMD block, so the vector path runs; the
  /// reference strategy is the plain scalar loop (itself checked against brute force above).
  @Test(arguments: [UInt64](1...6))
  func vectorPathsAgreeWithScalarLoop(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let cap = rng.int(in: 500...3000)
    let w = (0..<40).map { _ in rng.int(in: 0...cap / 5) }
    let v = (0..<40).map { _ in rng.int(in: 0...1_000_000) }
    let expected = try Knapsack.zeroOneValue(weights: w, values: v, capacity: cap, strategy: .reference)
    for strategy in [Knapsack.Strategy.capacityIndexed, .capacityIndexed64] {
      #expect(
        try Knapsack.zeroOneValue(weights: w, values: v, capacity: cap, strategy: strategy) == expected, "seed \(seed)")
    }
    let s = try Knapsack.zeroOneItems(weights: w, values: v, capacity: cap)
    #expect(s.value == expected && s.weight <= cap, "seed \(seed)")
    // Sum above 2^53: the scalar Int64 loop instead of Double lanes.
    let huge = v.map { $0 << 37 | 1 }
    let hugeExpected = try Knapsack.zeroOneValue(weights: w, values: huge, capacity: cap, strategy: .reference)
    #expect(try Knapsack.zeroOneValue(weights: w, values: huge, capacity: cap) == hugeExpected, "seed \(seed)")
    // Double values: SIMD Double lanes perform the scalar loop's operations, so results are equal.
    let real = v.map { Double($0) / 7 }
    let realExpected = try Knapsack.zeroOneValue(weights: w, values: real, capacity: cap, strategy: .reference)
    #expect(try Knapsack.zeroOneValue(weights: w, values: real, capacity: cap) == realExpected, "seed \(seed)")
  }

  /// The 32-bit SIMD decision rows against the generic scalar rows (Double values, exact on
  /// small integers): same lexicographically smallest list, on weights past the block size and
  /// few distinct values so ties are everywhere.
  @Test(arguments: [UInt64](1...6))
  func vectorDecisionBitsAgreeWithScalar(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let cap = rng.int(in: 200...1500)
    let w = (0..<30).map { _ in rng.int(in: 0...cap / 4) }
    let v = (0..<30).map { _ in rng.int(in: 0...4) * 10 }
    let fast = try Knapsack.zeroOneItems(weights: w, values: v, capacity: cap)
    let slow = try Knapsack.zeroOneItems(weights: w, values: v.map(Double.init), capacity: cap)
    #expect(fast.items == slow.items, "seed \(seed)")
    #expect(Double(fast.value) == slow.value && fast.weight == slow.weight, "seed \(seed)")
    #expect(
      fast.value == (try Knapsack.zeroOneValue(weights: w, values: v, capacity: cap, strategy: .reference)),
      "seed \(seed)")
  }

  /// Under a memory limit too small for all decision bits, checkpointed blocks give the same
  /// (lexicographically smallest) list; the limit that fits nothing names the smallest footprint.
  @Test(arguments: [UInt64](1...6))
  func checkpointedBlocksGiveTheSameItems(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let n = rng.int(in: 150...400)
    let cap = rng.int(in: 300...900)
    let w = (0..<n).map { _ in rng.int(in: 0...cap / 8) }
    let v = (0..<n).map { _ in rng.int(in: 0...3) * 10 }
    let full = try Knapsack.zeroOneItems(weights: w, values: v, capacity: cap)
    let wordsPerRow = cap / 64 + 1
    let bitsBytes = n * wordsPerRow * 8 + (cap + 1) * 4
    // The `try?`s below skip limits under the best checkpoint footprint; count the comparisons
    // that ran so that a seed whose every limit was skipped fails instead of passing vacuously.
    var checkedInteger = 0, checkedReal = 0
    for limit in [bitsBytes - 1, bitsBytes * 2 / 3, bitsBytes / 2] {
      guard let blocked = try? Knapsack.zeroOneItems(weights: w, values: v, capacity: cap, memoryLimit: limit) else {
        continue  // the limit is below the best checkpoint footprint
      }
      #expect(blocked == full, "seed \(seed) limit \(limit)")
      checkedInteger += 1
    }
    // Generic (Double) passes keep 8-byte checkpoints, so their all-bits footprint is larger:
    // limits just under it (and well under it) force blocks on that path too.
    let realBytes = (cap + 1) * 8 + (n + 1) * wordsPerRow * 8
    for limit in [bitsBytes - 1, realBytes - 1, realBytes * 2 / 3] {
      if let real = try? Knapsack.zeroOneItems(
        weights: w, values: v.map(Double.init), capacity: cap, memoryLimit: limit)
      {
        #expect(real.items == full.items, "seed \(seed) limit \(limit)")
        checkedReal += 1
      }
    }
    #expect(checkedInteger > 0, "seed \(seed): every memory limit was skipped (integer path)")
    #expect(checkedReal > 0, "seed \(seed): every memory limit was skipped (Double path)")
    #expect(throws: KnapsackError.self) {
      try Knapsack.zeroOneItems(weights: w, values: v, capacity: cap, memoryLimit: 4 * (cap + 1))
    }
  }

  @Test func laneWidthBoundary() throws {
    // Sum exactly Int32.max stays in 32-bit lanes; one more needs 64 bits. Both exact.
    let half = Int(Int32.max / 2)
    let w = [20, 20, 20]
    #expect(try Knapsack.zeroOneValue(weights: w, values: [half, half + 1, 0], capacity: 60) == Int(Int32.max))
    #expect(try Knapsack.zeroOneValue(weights: w, values: [half, half + 1, 1], capacity: 60) == Int(Int32.max) + 1)
    #expect(try Knapsack.zeroOneValue(weights: [1], values: [UInt64.max], capacity: 1) == UInt64.max)
  }
}
