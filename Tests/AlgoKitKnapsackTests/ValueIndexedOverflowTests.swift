// Value-indexed 0/1 DP with weights near Int.max, whose subset sums overflow Int: checked against an
// enumerator of all subsets that adds weights with addingReportingOverflow (an overflowing sum never fits).

import AlgoKitKnapsack
import Testing

@Suite struct ValueIndexedOverflowTests {
  /// Best value over subsets whose weight, summed without wrapping, is at most `cap`.
  static func bruteOverflowSafe(_ w: [Int], _ v: [Int], _ cap: Int) -> Int {
    var best = 0
    for mask in 0..<(1 << w.count) {
      var weight = 0, value = 0, fits = true
      for i in w.indices where mask >> i & 1 == 1 {
        let (sum, overflow) = weight.addingReportingOverflow(w[i])
        if overflow || sum > cap { fits = false; break }
        weight = sum; value += v[i]
      }
      if fits { best = max(best, value) }
    }
    return best
  }

  /// A weight near Int.max, or small, or exactly Int.max / Int.max − 1.
  static func weight(_ rng: inout SeededRandom) -> Int {
    switch rng.int(in: 0...3) {
    case 0: return rng.int(in: 0...10)
    case 1: return Int.max - rng.int(in: 0...10)
    case 2: return Int.max / 2 + rng.int(in: -5...5)
    default: return Int.max / 3 + rng.int(in: -5...5)
    }
  }

  @Test(arguments: Array(UInt64(1)...80))
  func matchesOverflowSafeBruteForce(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed &+ 7_000)
    let n = rng.int(in: 1...10)
    let w = (0..<n).map { _ in Self.weight(&rng) }
    let v = (0..<n).map { _ in rng.int(in: 0...40) }
    let cap: Int
    switch rng.int(in: 0...3) {
    case 0: cap = Int.max
    case 1: cap = Int.max - rng.int(in: 1...10)
    case 2: cap = Int.max / 2 + rng.int(in: -5...5)
    default: cap = rng.int(in: 0...30)
    }
    let expected = Self.bruteOverflowSafe(w, v, cap)
    let context = "seed \(seed) w=\(w) v=\(v) cap=\(cap)"
    #expect(try Knapsack.zeroOneValueIndexed(weights: w, values: v, capacity: cap) == expected, "\(context)")
    for strategy in [Knapsack.Strategy.valueIndexed, .automatic] {
      #expect(
        try Knapsack.zeroOneValue(weights: w, values: v, capacity: cap, strategy: strategy) == expected,
        "\(context) strategy \(strategy)")
    }
    let narrow = v.map { UInt16($0) }
    #expect(
      try Knapsack.zeroOneValueIndexed(weights: w, values: narrow, capacity: cap) == UInt16(expected),
      "\(context) UInt16 values")
  }

  @Test func sentinelIsNotAFeasibleWeightAtIntMax() throws {
    // Exactly Int.max fits capacity Int.max; Int.max + 1 does not.
    #expect(try Knapsack.zeroOneValueIndexed(weights: [Int.max], values: [3], capacity: Int.max) == 3)
    #expect(try Knapsack.zeroOneValueIndexed(weights: [Int.max - 1, 1], values: [2, 3], capacity: Int.max) == 5)
    #expect(try Knapsack.zeroOneValueIndexed(weights: [Int.max, 1, 1], values: [1, 1, 1], capacity: Int.max) == 2)
    #expect(
      try Knapsack.zeroOneValueIndexed(
        weights: [Int.max / 2 + 1, Int.max / 2 + 1], values: [1, 1],
        capacity: Int.max) == 1)
  }
}
