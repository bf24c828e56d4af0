// The lazy efficiency order of the large-instance solver (Pisinger's minknap partitioning):
// instead of sorting every item, one pass validates and splits the input, an expected-O(N)
// selection finds the break item, and the items on either side stay in unsorted *pieces* until
// the core reaches them. A piece the core reaches is first reduced (Dembo-Hammer test against
// the incumbent of that moment: its fixed items are skipped in one jump, never sorted), then
// partitioned further until the part next to the core is small enough for an insertion sort.
//
// Order: value/weight descending, ties by the caller's index; the same total order as
// `sortByEfficiency`. Comparisons use a `Double` quotient when every weight and value is below
// 2^53 (correctly rounded division is monotone) and the exact 128-bit products when the
// quotients are equal or when some number is too large for the quotient (then every key is 0).

extension Knapsack._LargeInstance {
  /// A range of positions on one side of the core; pieces of a side are stacked with the one
  /// next to the core on top, and every item of a piece comes before (left side: after) every
  /// item of the pieces beneath it in the efficiency order.
  struct Piece {
    enum Kind {
      /// Not yet reduced nor ordered.
      case raw
      /// Reduced (no item was fixed against the incumbent of the reduction), not yet ordered.
      case live
      /// Items fixed by the reduction: skipped by the core in one jump.
      case dead
      /// In efficiency order: the core takes them one at a time.
      case sorted
    }
    var start: Int
    var end: Int
    var kind: Kind
  }

  /// Unsafe views of the instance's four parallel arrays, for the partitioning loops.
  struct Cursor {
    let key: UnsafeMutablePointer<Double>
    let profit: UnsafeMutablePointer<Int>
    let weight: UnsafeMutablePointer<Int>
    let original: UnsafeMutablePointer<Int>

    /// Whether position `i` comes before position `j` in the efficiency order.
    @inline(__always)
    func before(_ i: Int, _ j: Int) -> Bool {
      let ki = key[i], kj = key[j]
      if ki != kj { return ki > kj }
      let pi = UInt(profit[i]), wi = UInt(weight[i]), pj = UInt(profit[j]), wj = UInt(weight[j])
      if Knapsack._LargeInstance.productLess(pj, wi, pi, wj) { return true }
      if Knapsack._LargeInstance.productLess(pi, wj, pj, wi) { return false }
      return original[i] < original[j]
    }

    @inline(__always)
    func swapAt(_ i: Int, _ j: Int) {
      let k = key[i]; key[i] = key[j]; key[j] = k
      let p = profit[i]; profit[i] = profit[j]; profit[j] = p
      let w = weight[i]; weight[i] = weight[j]; weight[j] = w
      let o = original[i]; original[i] = original[j]; original[j] = o
    }

    /// Sorts `lo..<hi` into efficiency order. For short ranges only.
    func insertionSort(_ lo: Int, _ hi: Int) {
      guard hi - lo > 1 else { return }
      for i in (lo + 1)..<hi {
        var j = i
        while j > lo && before(j, j - 1) {
          swapAt(j, j - 1)
          j -= 1
        }
      }
    }

    /// Partitions `lo..<hi` (at least 3 items) around a median-of-three pivot: returns `m` with
    /// the items before the pivot in `lo..<m`, the pivot at `m`, the items after it above `m`.
    /// The pivot's candidates are spread by `salt`, so sorted input is not a worst case.
    func partition(_ lo: Int, _ hi: Int, salt: Int) -> Int {
      let span = hi - lo
      var a = lo + (salt & 0x7fff_ffff) % span, b = lo + span / 2, c = hi - 1
      if a == b || a == c { a = lo }
      if before(b, a) { Swift.swap(&a, &b) }
      if before(c, b) { b = before(c, a) ? a : c }
      swapAt(b, hi - 1)
      let pivot = hi - 1
      var i = lo
      for k in lo..<pivot where before(k, pivot) {
        swapAt(i, k)
        i += 1
      }
      swapAt(i, pivot)
      return i
    }
  }

  /// The result of locating the break item on a lazily ordered instance.
  struct LazyStart {
    var brk: BreakSolution
    /// Pieces before the break item, the one next to it on top.
    var left: [Piece]
    /// Pieces after the break item, the one next to it on top.
    var right: [Piece]
  }
}

extension Knapsack._LargeInstance.Instance {
  typealias L = Knapsack._LargeInstance

  /// Validates the caller's items (the checks and errors of `_validateZeroOne`, in the same
  /// order) and splits them into always-taken, never-taken and candidates in one pass, leaving
  /// the candidates in input order: `locateBreak()` orders them lazily.
  init(validating weights: [Int], values: [Int], capacity: Int) throws(KnapsackError) {
    guard weights.count == values.count else {
      throw .mismatchedLengths(weights: weights.count, values: values.count)
    }
    guard capacity >= 0 else { throw .negativeCapacity(capacity) }
    self.capacity = capacity
    itemCount = weights.count
    profit.reserveCapacity(weights.count)
    weight.reserveCapacity(weights.count)
    original.reserveCapacity(weights.count)
    var total = 0, always = 0, large = 0
    for i in weights.indices {
      let w = weights[i], v = values[i]
      guard w >= 0 else { throw .negativeWeight(item: i, weight: w) }
      guard v >= 0 else { throw .invalidValue(item: i) }
      guard w <= capacity else { continue }
      let (t, o) = total.addingReportingOverflow(v)
      guard !o else { throw .valueOverflow(item: i) }
      total = t
      if w == 0 {
        if v > 0 {
          alwaysTaken.append(i)
          always += v
        }
      } else if v > 0 {
        profit.append(v)
        weight.append(w)
        original.append(i)
        large |= v | w
      }
    }
    alwaysValue = always
    candidateValue = total - always
    isSorted = false
    if large < 1 << 53 {
      key = [Double](unsafeUninitializedCapacity: profit.count) { buffer, count in
        for k in 0..<profit.count { buffer[k] = Double(profit[k]) / Double(weight[k]) }
        count = profit.count
      }
    } else {
      key = [Double](repeating: 0, count: profit.count)  // every comparison exact
    }
  }

  /// Runs `body` on unsafe views of the four arrays (which must not be empty).
  mutating func withCursor<R>(_ body: (L.Cursor) -> R) -> R {
    key.withUnsafeMutableBufferPointer { k in
      profit.withUnsafeMutableBufferPointer { p in
        weight.withUnsafeMutableBufferPointer { w in
          original.withUnsafeMutableBufferPointer { o in
            body(
              L.Cursor(
                key: k.baseAddress!, profit: p.baseAddress!, weight: w.baseAddress!,
                original: o.baseAddress!))
          }
        }
      }
    }
  }

  /// Pieces of at most this many items are insertion-sorted instead of partitioned.
  static var smallPiece: Int { 16 }

  /// Finds the break item by quickselect on the efficiency order, with the total weight ahead
  /// of the current range carried along: expected O(N). The range holding the break item ends
  /// up sorted; everything else is left in pieces. On a sorted instance: one piece per side.
  ///
  /// Weight sums of a partition side saturate at `UInt.max` (only their comparison with the
  /// capacity matters); the weight and value ahead of the range never exceed the capacity and
  /// the candidate value.
  mutating func locateBreak() -> L.LazyStart {
    let n = count
    if isSorted || n == 0 {
      let brk = L.BreakSolution(self)
      return L.LazyStart(
        brk: brk,
        left: brk.item > 0 ? [L.Piece(start: 0, end: brk.item, kind: .sorted)] : [],
        right: brk.item + 1 < n ? [L.Piece(start: brk.item + 1, end: n, kind: .sorted)] : [])
    }
    var left: [L.Piece] = [], right: [L.Piece] = []
    var lo = 0, hi = n
    var aheadWeight = 0, aheadProfit = 0  // items 0..<lo: all before the range, all fit
    let c = capacity
    var salt = 0x2545_F491
    let brk: L.BreakSolution = withCursor { cur in
      while hi - lo > Self.smallPiece {
        salt = salt &* 1_103_515_245 &+ 12345
        let m = cur.partition(lo, hi, salt: salt >> 8)
        var wBefore: UInt = 0
        var pBefore = 0
        for k in lo..<m {
          let (s, o) = wBefore.addingReportingOverflow(UInt(cur.weight[k]))
          wBefore = o ? .max : s
          pBefore &+= cur.profit[k]  // only read when the items fit: then it is a true sum
        }
        let room = UInt(c - aheadWeight)
        if wBefore > room {  // the break item is before the pivot
          right.append(L.Piece(start: m, end: hi, kind: .raw))
          hi = m
        } else if wBefore + UInt(cur.weight[m]) > room {  // the pivot is the break item
          if lo < m { left.append(L.Piece(start: lo, end: m, kind: .raw)) }
          if m + 1 < hi { right.append(L.Piece(start: m + 1, end: hi, kind: .raw)) }
          return L.BreakSolution(
            item: m, profit: aheadProfit + pBefore, weight: aheadWeight + Int(wBefore))
        } else {  // the break item is after the pivot
          left.append(L.Piece(start: lo, end: m + 1, kind: .raw))
          aheadWeight += Int(wBefore) + cur.weight[m]
          aheadProfit += pBefore + cur.profit[m]
          lo = m + 1
        }
      }
      cur.insertionSort(lo, hi)
      var b = lo
      while b < hi && cur.weight[b] <= c - aheadWeight {
        aheadWeight += cur.weight[b]
        aheadProfit += cur.profit[b]
        b += 1
      }
      // b == hi only if hi == n: every range left of the break keeps total weight <= capacity.
      return L.BreakSolution(item: b, profit: aheadProfit, weight: aheadWeight)
    }
    // `left` was pushed far pieces first; the pieces next to the break item are on top.
    if brk.item > 0 && (left.last.map { $0.end } ?? 0) < brk.item {
      let from = left.last?.end ?? 0
      left.append(L.Piece(start: from, end: brk.item, kind: .sorted))
    }
    if brk.item + 1 < n && (right.last.map { $0.start } ?? n) > brk.item + 1 {
      let to = right.last?.start ?? n
      right.append(L.Piece(start: brk.item + 1, end: to, kind: .sorted))
    }
    return L.LazyStart(brk: brk, left: left, right: right)
  }
}
