// Helpers shared by the heap tests: a seeded generator and comparable records.

import AlgoKitTestSupport

/// The heap tests' seeded generator (each random test prints the seed that replays it).
typealias HeapTestRNG = SplitMix64

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
