// Independent references: exhaustive enumeration, no DP.
@testable import AlgoKitKnapsack

/// Deterministic generator for the random tests (SplitMix64); each test prints its seed on failure.
struct SeededRandom: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

// Draws with a fixed mapping from `next()`. `Int.random(in:using:)` and friends may map generator
// output differently in another Swift release, so a printed seed would not replay there; these
// use plain `next() % span` (the slight modulo bias does not matter to a test).
extension SeededRandom {
  /// An integer in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    let span = UInt64(UInt(bitPattern: range.upperBound &- range.lowerBound)) &+ 1  // 0: all of Int
    let offset = span == 0 ? next() : next() % span
    return range.lowerBound &+ Int(truncatingIfNeeded: offset)
  }
  /// An integer in `range`, which must not be empty.
  mutating func int(in range: Range<Int>) -> Int {
    precondition(!range.isEmpty, "int(in:) of an empty range")
    return int(in: range.lowerBound...(range.upperBound - 1))
  }
  /// A coin flip (the top bit).
  mutating func bool() -> Bool { next() >> 63 == 1 }
  /// A double in `range` on a grid of 2^53 steps.
  mutating func double(in range: ClosedRange<Double>) -> Double {
    let unit = Double(next() >> 11) / Double((1 as UInt64) << 53 - 1)
    return range.lowerBound + (range.upperBound - range.lowerBound) * unit
  }
}

enum Brute {
  /// Every subset as (ascending indices, weight, value).
  static func subsets<V: KnapsackValue>(_ w: [Int], _ v: [V]) -> [(items: [Int], weight: Int, value: V)] {
    var result: [(items: [Int], weight: Int, value: V)] = []
    for mask in 0..<(1 << w.count) {
      var items: [Int] = [], weight = 0, value = V.zero
      for i in 0..<w.count where mask & (1 << i) != 0 {
        items.append(i); weight += w[i]; value = value + v[i]
      }
      result.append((items, weight, value))
    }
    return result
  }

  static func zeroOne<V: KnapsackValue>(_ w: [Int], _ v: [V], _ cap: Int) -> V {
    subsets(w, v).filter { $0.weight <= cap }.map(\.value).max()!
  }

  static func zeroOneExact<V: KnapsackValue>(_ w: [Int], _ v: [V], _ cap: Int) -> V? {
    subsets(w, v).filter { $0.weight == cap }.map(\.value).max()
  }

  static func lexSmallestOptimal(_ w: [Int], _ v: [Int], _ cap: Int) -> [Int] {
    let feasible = subsets(w, v).filter { $0.weight <= cap }
    let best = feasible.map(\.value).max()!
    return feasible.filter { $0.value == best }.map(\.items)
      .min { $0.lexicographicallyPrecedes($1) }!
  }

  /// Best value choosing copies[i] in 0...limit[i] of each item (limit nil = capacity / weight).
  static func counted(_ w: [Int], _ v: [Int], _ limit: [Int?], _ cap: Int) -> Int {
    func go(_ i: Int, _ left: Int) -> Int {
      if i == w.count { return 0 }
      var best = 0
      var k = 0
      let most = limit[i] ?? (w[i] == 0 ? 0 : cap)
      while k <= most && k * w[i] <= left {
        best = max(best, k * v[i] + go(i + 1, left - k * w[i]))
        k += 1
      }
      return best
    }
    return go(0, cap)
  }

  /// Number of ways (copies per item bounded by `most`) to reach each total 0...cap.
  static func ways(_ w: [Int], _ cap: Int, unbounded: Bool) -> [Int] {
    var counts = [Int](repeating: 0, count: cap + 1)
    func go(_ i: Int, _ total: Int) {
      if total > cap { return }
      if i == w.count { counts[total] += 1; return }
      var k = 0
      while total + k * w[i] <= cap && (unbounded || k <= 1) {
        go(i + 1, total + k * w[i])
        k += 1
      }
    }
    go(0, 0)
    return counts
  }
}
