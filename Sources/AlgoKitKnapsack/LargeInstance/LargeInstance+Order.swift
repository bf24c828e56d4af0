// The lazy efficiency order of the large-instance solver (Pisinger's minknap partitioning):
// instead of sorting every item, one pass validates the input and splits it three ways around
// two pivots estimated from a small sample, an expected-O(N) selection inside the group that
// holds the break item finds it, and the items on either side stay in unsorted *pieces* until
// the core reaches them. A piece the core reaches is first reduced (Dembo-Hammer test against
// the incumbent of that moment: its fixed items are skipped in one jump, never sorted), then
// partitioned further until the part next to the core is small enough for an insertion sort.
//
// Order: value/weight descending, ties by the caller's index; the same total order as
// `sortByEfficiency`. Every comparison is exact: `p_i * w_j` against `p_j * w_i` in 64 bits
// when neither product overflows, in 128 bits otherwise.

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
    /// For a dead piece of the left side whose positions were never written: its total weight
    /// (otherwise -1: summed from the positions).
    var weight = -1
  }

  /// Whether item (`pi`, `wi`, caller's index `oi`) comes before item (`pj`, `wj`, `oj`) in the
  /// efficiency order: `pi / wi > pj / wj`, ties by index. Exact for any non-negative operands.
  @inline(__always)
  static func precedes(_ pi: Int, _ wi: Int, _ oi: Int, _ pj: Int, _ wj: Int, _ oj: Int) -> Bool {
    let (a, o1) = UInt(pi).multipliedReportingOverflow(by: UInt(wj))
    let (b, o2) = UInt(pj).multipliedReportingOverflow(by: UInt(wi))
    if _fastPath(!(o1 || o2)) { return a != b ? a > b : oi < oj }
    let x = Wide.product(UInt(pi), UInt(wj)), y = Wide.product(UInt(pj), UInt(wi))
    if y < x { return true }
    if x < y { return false }
    return oi < oj
  }

  /// `precedes` as 0 or 1, computed without branches on the (unpredictable) outcome.
  @inline(__always)
  static func precedesBit(_ pi: Int, _ wi: Int, _ oi: Int, _ pj: Int, _ wj: Int, _ oj: Int) -> Int {
    let (a, o1) = UInt(pi).multipliedReportingOverflow(by: UInt(wj))
    let (b, o2) = UInt(pj).multipliedReportingOverflow(by: UInt(wi))
    if _slowPath(o1 || o2) { return precedes(pi, wi, oi, pj, wj, oj) ? 1 : 0 }
    let gt = a > b ? 1 : 0, eq = a == b ? 1 : 0, lt = oi < oj ? 1 : 0
    return gt | (eq & lt)
  }

  /// Stand-ins for a missing pivot in the split's tests (items have value and weight `> 0`): no
  /// item comes before `noHigh` (infinite efficiency), none after `noLow` (efficiency 0).
  static var noHigh: (profit: Int, weight: Int, index: Int) { (1, 0, 0) }
  static var noLow: (profit: Int, weight: Int, index: Int) { (0, 1, 0) }

  /// `a + b`, or `UInt.max` when that overflows: weight sums only compared with the capacity.
  @inline(__always)
  static func saturatingSum(_ a: UInt, _ b: UInt) -> UInt {
    let (s, o) = a.addingReportingOverflow(b)
    return o ? .max : s
  }

  /// One field of the instance's item buffer through a pointer: element `k` at `3k`.
  struct Strided {
    let base: UnsafeMutablePointer<Int>
    @inline(__always)
    subscript(k: Int) -> Int {
      get { base[3 &* k] }
      nonmutating set { base[3 &* k] = newValue }
    }
  }

  /// Unsafe views of the instance's item buffer, for the partitioning loops.
  struct Cursor {
    let profit: Strided
    let weight: Strided
    let original: Strided

    init(_ base: UnsafeMutablePointer<Int>) {
      profit = Strided(base: base)
      weight = Strided(base: base + 1)
      original = Strided(base: base + 2)
    }

    /// Whether position `i` comes before position `j` in the efficiency order.
    @inline(__always)
    func before(_ i: Int, _ j: Int) -> Bool {
      Knapsack._LargeInstance.precedes(
        profit[i], weight[i], original[i], profit[j], weight[j], original[j])
    }

    @inline(__always)
    func swapAt(_ i: Int, _ j: Int) {
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
    /// the items before the pivot in `lo..<m`, the pivot at `m`, the items after it above `m`,
    /// and the total weight (saturating) and value (wrapping) of `lo..<m`.
    /// The pivot's candidates are spread by `salt`, so sorted input is not a worst case.
    func partition(_ lo: Int, _ hi: Int, salt: Int) -> (m: Int, weight: UInt, profit: Int) {
      let span = hi - lo
      var a = lo + (salt & 0x7fff_ffff) % span, b = lo + span / 2, c = hi - 1
      if a == b || a == c { a = lo }
      if before(b, a) { Swift.swap(&a, &b) }
      if before(c, b) { b = before(c, a) ? a : c }
      swapAt(b, hi - 1)
      let pivot = hi - 1
      let pp = profit[pivot], pw = weight[pivot], po = original[pivot]
      var i = lo
      var ws: UInt = 0
      var ps = 0
      for k in lo..<pivot {
        let p = profit[k], w = weight[k]
        if Knapsack._LargeInstance.precedes(p, w, original[k], pp, pw, po) {
          swapAt(i, k)
          i &+= 1
          ws = Knapsack._LargeInstance.saturatingSum(ws, UInt(w))
          ps &+= p
        }
      }
      swapAt(i, pivot)
      return (i, ws, ps)
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

  /// How the validating pass split the candidates: positions `0..<highEnd` (the *high* group)
  /// come before every later one in the efficiency order, positions `middleEnd...` (the *low*
  /// group) after every earlier one; with the groups' total weights (saturating) and values.
  ///
  /// Only the middle group is written by the pass; the high and low groups are defined by the
  /// pivots and stay unwritten (their memory untouched) until the core reaches them. Then one
  /// pass over the caller's arrays reduces both (Dembo-Hammer) and writes only their live items,
  /// next to the middle group: the fixed ones are never written unless pairing or the
  /// cardinality bound needs every item (`Instance.materialize()`). `highSet` holds the high
  /// group by the caller's index, so the break solution is reconstructed without its positions.
  struct Split {
    /// What the positions of a group hold.
    enum Contents {
      /// Nothing yet.
      case unwritten
      /// Its live items against incumbent `best` (`highLive` / `lowLive` of them, next to the
      /// middle group); the positions of its fixed items hold nothing yet.
      case reduced(best: Int)
      /// Every item.
      case written
    }
    var highEnd = 0
    var middleEnd = 0
    var highWeight: UInt = 0
    var highProfit = 0
    var middleWeight: UInt = 0
    var middleProfit = 0
    var pivots = Pivots()
    /// The caller's indices of the high group (nil when it is empty).
    var highSet: ItemSet? = nil
    var high = Contents.written
    var low = Contents.written
    var highLive = 0
    var lowLive = 0
    /// The reduction that reduced the groups.
    var reduction: DemboHammer? = nil

    /// Whether every position holds its item (always true on a sorted instance).
    var materialized: Bool {
      if case .written = high, case .written = low { return true }
      return false
    }

    var highUnwritten: Bool {
      if case .unwritten = high { return true }
      return false
    }

    var lowUnwritten: Bool {
      if case .unwritten = low { return true }
      return false
    }
  }

  /// Two items estimated to lie just before and just after the break item in the efficiency
  /// order, from a sorted random sample (the rank where the sample's prefix weight, scaled up,
  /// reaches the capacity, plus or minus about two standard deviations). Either may be nil (the
  /// group beyond it would be empty); both are nil for small inputs, where the split does not
  /// pay. Only an estimate: the split is exact whatever the pivots, only its balance depends on
  /// them. Invalid items are skipped here (validation reports them).
  struct Pivots {
    var high: (profit: Int, weight: Int, index: Int)? = nil
    var low: (profit: Int, weight: Int, index: Int)? = nil
    /// Expected number of items between the pivots.
    var middleEstimate = 0
    /// Where the validating pass writes the middle group: a little below the expected size of
    /// the high group, so that moving it behind the high group touches few new pages.
    var middleStart = 0

    /// Inputs shorter than this are not split.
    static var minimumCount: Int { 2048 }

    /// No pivots: one group, the middle one.
    init() {}

    /// Pivots given as they are (tests).
    init(
      high: (profit: Int, weight: Int, index: Int)?, low: (profit: Int, weight: Int, index: Int)?,
      middleStart: Int = 0
    ) {
      self.high = high
      self.low = low
      self.middleStart = max(0, middleStart)
    }

    /// Samples `6·√N` items (at most 4095) with a fixed-seed generator, so the split, and with
    /// it the solution returned among equal optima, is deterministic.
    ///
    /// - Complexity: O(√N log N).
    init(weights: UnsafeBufferPointer<Int>, values: UnsafeBufferPointer<Int>, capacity: Int) {
      let n = weights.count
      middleEstimate = n
      guard n >= Self.minimumCount else { return }
      let draws = min(4095, Int(6 * Double(n).squareRoot()))
      var sample: [(profit: Int, weight: Int, index: Int)] = []
      sample.reserveCapacity(draws)
      var keys: [UInt64] = []
      keys.reserveCapacity(draws)
      var state: UInt64 = 0x9E37_79B9_7F4A_7C15
      for _ in 0..<draws {
        state &+= 0x9E37_79B9_7F4A_7C15  // SplitMix64
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        let i = Int(z.multipliedFullWidth(by: UInt64(n)).high)
        let w = weights[i], v = values[i]
        guard w > 0 && w <= capacity && v > 0 else { continue }
        // Descending efficiency (complemented bits of a non-negative Double, top 40 kept), then
        // ascending index (in 12-bit buckets: an estimate needs no more), then the sample slot.
        let e = ~(Double(v) / Double(w)).bitPattern
        let bucket = UInt64(UInt(n).dividingFullWidth(UInt(i).multipliedFullWidth(by: 4096)).quotient)
        keys.append((e >> 24) << 24 | bucket << 12 | UInt64(sample.count))
        sample.append((v, w, i))
      }
      let m = sample.count
      guard m > 16 else { return }
      keys.sort()
      // The break rank: the first sampled item whose scaled prefix weight exceeds the capacity.
      let threshold = Double(capacity) * Double(draws) / Double(n)
      var prefix = 0.0, rank = m
      for k in 0..<m {
        prefix += Double(sample[Int(keys[k] & 4095)].weight)
        if prefix > threshold {
          rank = k
          break
        }
      }
      let delta = Int(2 * Double(m).squareRoot()) + 1
      if rank - delta >= 0 { high = sample[Int(keys[rank - delta] & 4095)] }
      if rank + delta < m { low = sample[Int(keys[rank + delta] & 4095)] }
      let inside = min(m, rank + delta + 1) - max(0, rank - delta)
      middleEstimate = min(n, inside * (n / draws + 1) + 16)
      if rank - delta > 0 {
        let expected = Double(rank - delta) * Double(n) / Double(draws)
        middleStart = max(0, min(n - 1, Int(expected - 3 * expected.squareRoot()) - 64))
      }
    }
  }
}

extension Knapsack._LargeInstance.Instance {
  typealias L = Knapsack._LargeInstance

  /// What the validating pass found.
  struct PassResult {
    var failure: KnapsackError? = nil
    var always: [Int] = []
    var alwaysSum = 0
    var total = 0
    var nh = 0
    var nm = 0
    var nl = 0
    var wH: UInt = 0
    var pH = 0
    var wM: UInt = 0
    var pM = 0
  }

  /// The validating pass proper, on raw pointers and locals only (no captured variables in the
  /// loop): checks every item in order, sums the values of those that fit, and classifies each
  /// candidate against the pivots; the middle group is written to `items` (from
  /// `pivots.middleStart`, then moved to its place behind the high group), the high group
  /// only marked in `marks` (a bit per caller's index).
  static func splitPass(
    weights ws: UnsafeBufferPointer<Int>, values vs: UnsafeBufferPointer<Int>, capacity: Int,
    pivots: L.Pivots, items: UnsafeMutablePointer<Int>, marks: UnsafeMutablePointer<UInt64>
  ) -> PassResult {
    var r = PassResult()
    let (hp, hw, ho) = pivots.high ?? L.noHigh
    let (lp, lw, lo) = pivots.low ?? L.noLow
    var nh = 0, nm = 0, nl = 0, total = 0
    var wH: UInt = 0, pH = 0, wM: UInt = 0, pM = 0
    let n = ws.count
    var g = pivots.middleStart  // the middle group is at g..<g + nm
    let w0 = ws.baseAddress!, v0 = vs.baseAddress!
    var word: UInt64 = 0  // marks of items i & ~63 ..< i, stored a word at a time
    for i in 0..<n {
      if i & 63 == 0 && i > 0 {
        marks[(i >> 6) - 1] = word
        word = 0
      }
      let wi = w0[i], vi = v0[i]
      guard wi >= 0 else {
        r.failure = .negativeWeight(item: i, weight: wi)
        return r
      }
      guard vi >= 0 else {
        r.failure = .invalidValue(item: i)
        return r
      }
      guard wi <= capacity else { continue }
      let (t, overflow) = total.addingReportingOverflow(vi)
      guard !overflow else {
        r.failure = .valueOverflow(item: i)
        return r
      }
      total = t
      if _slowPath(wi == 0) {
        if vi > 0 {
          r.always.append(i)
          r.alwaysSum += vi
        }
        continue
      }
      if _slowPath(vi == 0) { continue }
      // Branch-free: which group is a coin flip for the predictor. The middle slot is
      // written every time (it is free: after the check, g + nm < n).
      let h = L.precedesBit(vi, wi, i, hp, hw, ho)
      let l = L.precedesBit(lp, lw, lo, vi, wi, i) & (1 &- h)
      let m = 1 &- h &- l
      if _slowPath(g &+ nm >= n) {  // the estimate was off: the middle group restarts at 0
        items.moveInitialize(from: items + 3 * g, count: 3 * nm)
        g = 0
      }
      let slot = items + 3 &* (g &+ nm)
      slot[0] = vi
      slot[1] = wi
      slot[2] = i
      nm &+= m
      nh &+= h
      nl &+= l
      word |= UInt64(h) << UInt64(i & 63)
      let hMask = 0 &- h, mMask = 0 &- m
      wH = L.saturatingSum(wH, UInt(wi & hMask))
      pH &+= vi & hMask
      wM = L.saturatingSum(wM, UInt(wi & mMask))
      pM &+= vi & mMask
    }
    if n > 0 { marks[(n - 1) >> 6] = word }
    if g != nh && nm > 0 {
      (items + 3 * nh).moveInitialize(from: items + 3 * g, count: 3 * nm)
    }
    (r.total, r.nh, r.nm, r.nl) = (total, nh, nm, nl)
    (r.wH, r.pH, r.wM, r.pM) = (wH, pH, wM, pM)
    return r
  }

  /// Validates the caller's items (the checks and errors of `_validateZeroOne`, in the same
  /// order) and, in the same pass, splits them into always-taken, never-taken and candidates,
  /// the candidates three ways around sampled pivots (`Split`): `locateBreak()` then orders
  /// only the group that holds the break item, lazily.
  ///
  /// `pivots` replaces the sampled pivots (tests: any pivots give a correct split).
  init(
    validating weights: [Int], values: [Int], capacity: Int, pivots given: L.Pivots? = nil
  ) throws(KnapsackError) {
    guard weights.count == values.count else {
      throw .mismatchedLengths(weights: weights.count, values: values.count)
    }
    guard capacity >= 0 else { throw .negativeCapacity(capacity) }
    self.capacity = capacity
    itemCount = weights.count
    isSorted = false
    callerWeights = weights
    callerValues = values
    let n = weights.count
    var failure: KnapsackError? = nil
    var always: [Int] = []
    var alwaysSum = 0, total = 0
    var split = L.Split()
    var count = 0
    let buffer = [Int](unsafeUninitializedCapacity: 3 * n) { b, initialized in
      weights.withUnsafeBufferPointer { ws in
        values.withUnsafeBufferPointer { vs in
          let pivots = given ?? L.Pivots(weights: ws, values: vs, capacity: capacity)
          var highSet = L.ItemSet(count: n)  // written for every candidate (branch-free)
          guard n > 0 else { return }
          let r = highSet.words.withUnsafeMutableBufferPointer { marks in
            Self.splitPass(
              weights: ws, values: vs, capacity: capacity, pivots: pivots, items: b.baseAddress!,
              marks: marks.baseAddress!)
          }
          failure = r.failure
          always = r.always
          (alwaysSum, total) = (r.alwaysSum, r.total)
          let (nh, nm, nl) = (r.nh, r.nm, r.nl)
          if failure != nil { return }
          count = nh + nm + nl
          split = L.Split(
            highEnd: nh, middleEnd: nh + nm, highWeight: r.wH, highProfit: r.pH,
            middleWeight: r.wM, middleProfit: r.pM, pivots: pivots,
            highSet: nh > 0 ? highSet : nil, high: nh > 0 ? .unwritten : .written,
            low: nl > 0 ? .unwritten : .written)
        }
      }
      // Positions of the high and low groups stay uninitialized until `materialize()` or the
      // group reduction (`Int` is trivial: nothing reads them before).
      initialized = failure == nil ? 3 * count : 0
    }
    if let failure { throw failure }
    items = buffer
    alwaysTaken = always
    alwaysValue = alwaysSum
    candidateValue = total - alwaysSum
    self.split = split
  }

  /// What `groupPass` does with the items of one group.
  enum GroupAction {
    case none
    /// Write every item, in input order, over the group's range.
    case all
    /// Write the items the reduction fixes against this incumbent over the part of the range
    /// the live items (`reduceGroups`) left free.
    case fixed(best: Int)
  }

  /// One pass over the caller's arrays that writes items of the high and low groups (classified
  /// as by the validating pass) as `high` and `low` say.
  ///
  /// - Complexity: O(N).
  mutating func groupPass(high: GroupAction, low: GroupAction) {
    let n = itemCount, c = capacity
    let (hp, hw, ho) = split.pivots.high ?? L.noHigh
    let (lp, lw, lo) = split.pivots.low ?? L.noLow
    let highEnd = split.highEnd, middleEnd = split.middleEnd
    let weights = callerWeights, values = callerValues
    let highTest: L.DemboHammer.Test?, lowTest: L.DemboHammer.Test?
    if case .fixed(let z) = high { highTest = split.reduction!.test(best: z) } else { highTest = nil }
    if case .fixed(let z) = low { lowTest = split.reduction!.test(best: z) } else { lowTest = nil }
    var h = 0
    var l: Int
    if case .fixed = low { l = middleEnd + split.lowLive } else { l = middleEnd }
    let writeHigh: Bool, writeLow: Bool
    if case .none = high { writeHigh = false } else { writeHigh = true }
    if case .none = low { writeLow = false } else { writeLow = true }
    withCursor { cur in
      weights.withUnsafeBufferPointer { ws in
        values.withUnsafeBufferPointer { vs in
          for i in 0..<n {
            let wi = ws[i], vi = vs[i]
            guard wi > 0 && wi <= c && vi > 0 else { continue }  // validated: none negative
            let k: Int
            if L.precedes(vi, wi, i, hp, hw, ho) {
              guard writeHigh && highTest.map({ $0.isFixed(profit: vi, weight: wi) }) != false
              else { continue }
              k = h
              h &+= 1
            } else if L.precedes(lp, lw, lo, vi, wi, i) {
              guard writeLow && lowTest.map({ $0.isFixed(profit: vi, weight: wi) }) != false
              else { continue }
              k = l
              l &+= 1
            } else {
              continue
            }
            cur.profit[k] = vi
            cur.weight[k] = wi
            cur.original[k] = i
          }
        }
      }
    }
    precondition(
      !writeHigh || h == highEnd - (highTest == nil ? 0 : split.highLive),
      "large knapsack: the high group changed between passes")
    precondition(
      !writeLow || l == count, "large knapsack: the low group changed between passes")
  }

  /// Reduces the groups `high` / `low` says (both unwritten) against `test` in one pass over the
  /// caller's arrays: only the items the test does not fix are classified (the rare case) and
  /// written next to the middle group. Returns their counts and the weight of the high group's
  /// fixed items (its total weight minus its live items': the total is exact, at most the
  /// capacity, since the break item lies beyond the high group).
  ///
  /// - Complexity: O(N).
  mutating func reduceBoth(_ test: L.DemboHammer.Test, high doHigh: Bool, low doLow: Bool) -> (
    highLive: Int, highFixedWeight: Int, lowLive: Int
  ) {
    let n = itemCount, c = capacity
    let (hp, hw, ho) = split.pivots.high ?? L.noHigh
    let (lp, lw, lo) = split.pivots.low ?? L.noLow
    let highEnd = split.highEnd, middleEnd = split.middleEnd, highWeight = Int(split.highWeight)
    let weights = callerWeights, values = callerValues
    return withCursor { cur in
      weights.withUnsafeBufferPointer { ws in
        values.withUnsafeBufferPointer { vs in
          var h = highEnd, l = middleEnd
          var liveWeight = 0
          for i in 0..<n {
            let wi = ws[i], vi = vs[i]
            guard wi > 0 && wi <= c && vi > 0 else { continue }  // validated: none negative
            if _slowPath(test.fixedBit(profit: vi, weight: wi) == 0) {
              if L.precedes(vi, wi, i, hp, hw, ho) {
                guard doHigh else { continue }
                h &-= 1
                cur.profit[h] = vi
                cur.weight[h] = wi
                cur.original[h] = i
                liveWeight &+= wi
              } else if doLow && L.precedes(lp, lw, lo, vi, wi, i) {
                cur.profit[l] = vi
                cur.weight[l] = wi
                cur.original[l] = i
                l &+= 1
              }
            }
          }
          return (highEnd - h, doHigh ? highWeight - liveWeight : 0, l - middleEnd)
        }
      }
    }
  }

  /// Reduces the unwritten groups among those asked for against incumbent `z`, writing their
  /// live items next to the middle group. Returns, per group reduced now, the number of live
  /// items (and for the high group the weight of the fixed ones); nil for a group not reduced.
  ///
  /// - Complexity: O(N).
  mutating func reduceGroups(
    _ reduction: L.DemboHammer, z: Int, high: Bool, low: Bool
  ) -> (high: (live: Int, fixedWeight: Int)?, low: Int?) {
    let doHigh = high && split.highUnwritten, doLow = low && split.lowUnwritten
    guard doHigh || doLow else { return (nil, nil) }
    let r = reduceBoth(reduction.test(best: z), high: doHigh, low: doLow)
    split.reduction = reduction
    if doHigh {
      split.high = .reduced(best: z)
      split.highLive = r.highLive
    }
    if doLow {
      split.low = .reduced(best: z)
      split.lowLive = r.lowLive
    }
    return (doHigh ? (r.highLive, r.highFixedWeight) : nil, doLow ? r.lowLive : nil)
  }

  /// Writes every position of the high and low groups not written yet: the whole group when it
  /// is unwritten, its fixed items when it was reduced (its live ones stay where they are).
  /// A no-op once everything is written.
  ///
  /// - Complexity: O(N) the first time, O(1) after.
  mutating func materialize() {
    guard !split.materialized else { return }
    func action(_ contents: L.Split.Contents) -> GroupAction {
      switch contents {
      case .unwritten: return .all
      case .reduced(let z): return .fixed(best: z)
      case .written: return .none
      }
    }
    groupPass(high: action(split.high), low: action(split.low))
    split.high = .written
    split.low = .written
  }

  /// Runs `body` on unsafe views of the item buffer (which must not be empty).
  mutating func withCursor<R>(_ body: (L.Cursor) -> R) -> R {
    items.withUnsafeMutableBufferPointer { b in body(L.Cursor(b.baseAddress!)) }
  }

  /// Pieces of at most this many items are insertion-sorted instead of partitioned.
  static var smallPiece: Int { 16 }

  /// Finds the break item by quickselect on the efficiency order inside the group of the split
  /// that holds it (the other groups become raw pieces), with the total weight ahead of the
  /// current range carried along: expected O(size of that group). The range holding the break
  /// item ends up sorted; everything else is left in pieces. On a sorted instance: one piece
  /// per side.
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
    let c = capacity
    var lo: Int, hi: Int
    var aheadWeight = 0, aheadProfit = 0  // items 0..<lo: all before the range, all fit
    let g = split
    if g.highWeight > UInt(c) || L.saturatingSum(g.highWeight, g.middleWeight) <= UInt(c) {
      materialize()  // the break item is outside the middle group (or everything fits)
    }
    if g.highWeight > UInt(c) {  // the break item is in the high group
      if g.middleEnd < n { right.append(L.Piece(start: g.middleEnd, end: n, kind: .raw)) }
      if g.highEnd < g.middleEnd {
        right.append(L.Piece(start: g.highEnd, end: g.middleEnd, kind: .raw))
      }
      (lo, hi) = (0, g.highEnd)
    } else if L.saturatingSum(g.highWeight, g.middleWeight) > UInt(c) {  // in the middle group
      if g.highEnd > 0 { left.append(L.Piece(start: 0, end: g.highEnd, kind: .raw)) }
      if g.middleEnd < n { right.append(L.Piece(start: g.middleEnd, end: n, kind: .raw)) }
      (lo, hi) = (g.highEnd, g.middleEnd)
      (aheadWeight, aheadProfit) = (Int(g.highWeight), g.highProfit)
    } else {  // in the low group, or everything fits
      if g.highEnd > 0 { left.append(L.Piece(start: 0, end: g.highEnd, kind: .raw)) }
      if g.highEnd < g.middleEnd {
        left.append(L.Piece(start: g.highEnd, end: g.middleEnd, kind: .raw))
      }
      (lo, hi) = (g.middleEnd, n)
      aheadWeight = Int(g.highWeight + g.middleWeight)
      aheadProfit = g.highProfit + g.middleProfit
    }
    var salt = 0x2545_F491
    let brk: L.BreakSolution = withCursor { cur in
      while hi - lo > Self.smallPiece {
        salt = salt &* 1_103_515_245 &+ 12345
        let (m, wBefore, pBefore) = cur.partition(lo, hi, salt: salt >> 8)
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
