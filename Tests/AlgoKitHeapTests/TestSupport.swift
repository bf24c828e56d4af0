// Helpers shared by the heap tests: a seeded generator and comparable records.

/// SplitMix64: a small seeded generator, so every random test prints a seed that reproduces it.
struct HeapTestRNG: RandomNumberGenerator {
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
extension HeapTestRNG {
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

/// A record ordered by `key` only; `id` tells equal records apart (Python's fixture `Rec`).
struct KeyedRecord: Comparable, CustomStringConvertible {
  var key: Int
  var id: Int
  static func < (a: KeyedRecord, b: KeyedRecord) -> Bool { a.key < b.key }
  /// Identity, not order-equality: two records are the same only with the same id too.
  static func == (a: KeyedRecord, b: KeyedRecord) -> Bool { a.key == b.key && a.id == b.id }
  var description: String { "\(key):\(id)" }
}

/// Stable insertion sort: the reference for "equal to a stable sort" (independent of the
/// standard library's sort).
func stableInsertionSorted<T>(_ items: [T], by areInIncreasingOrder: (T, T) -> Bool) -> [T] {
  var result = items
  var i = 1
  while i < result.count {
    var j = i
    while j > 0 && areInIncreasingOrder(result[j], result[j - 1]) {
      result.swapAt(j, j - 1)
      j -= 1
    }
    i += 1
  }
  return result
}

/// Same value, NaN equal to NaN, and -0.0 distinct from 0.0.
func sameDouble(_ a: Double, _ b: Double) -> Bool {
  (a.isNaN && b.isNaN) || a.bitPattern == b.bitPattern
}

/// The seeds every randomized test runs with (printed in each failure message).
let heapTestSeeds: [UInt64] = [1, 2, 3, 0xC0FFEE, 20_261_123]

/// Built with -DALGOKIT_INTERNAL_CHECKS: the queues then check the heap property after every
/// mutation, which assumes a strict weak order, so the NaN tests of the queues are skipped.
#if ALGOKIT_INTERNAL_CHECKS
let heapInternalChecks = true
#else
let heapInternalChecks = false
#endif
