// Upper bounds for the large-instance solver: the LP (Dantzig) bound, the Dembo-Hammer item
// reduction, the per-state bounds that fathom DP states, and the LP bound of the surrogate
// relaxation of the cardinality constraint (combo's bound for strongly correlated instances).
//
// Every bound is evaluated exactly: products go through `productLess` / `floorOfProduct`.
// All values below are over the candidate items only (the always-taken items are added at the end).

extension Knapsack._LargeInstance {
  /// The Dantzig bound: the LP relaxation's optimum rounded down.
  ///
  /// The LP takes the items in efficiency order and a fraction of the break item:
  /// `P_b + floor((c - W_b) * p_b / w_b)`; it never exceeds the total candidate value.
  static func dantzigBound(_ instance: Instance, _ brk: BreakSolution) -> Int {
    let b = brk.item
    guard b < instance.count else { return instance.candidateValue }
    let extra =
      floorOfProduct(
        instance.capacity - brk.weight, instance.profit[b], dividedBy: instance.weight[b]) ?? .max
    return min(instance.candidateValue, brk.profit + min(extra, instance.profit[b]))
  }

  /// The Dembo-Hammer reduction test, with the break item's efficiency `e = p_b / w_b` as the
  /// multiplier: any solution that gives item `j` the other value than the LP does is worth at
  /// most `U_LP - |p_j - e * w_j|` (real LP optimum `U_LP`). When that is below `z + 1`, item `j`
  /// keeps its LP value (taken before the break item, left out after) in every improving solution.
  struct DemboHammer {
    let breakProfit: Int
    let breakItemProfit: UInt
    let breakItemWeight: UInt
    /// `(c - W_b) * p_b`: the LP optimum is `P_b + slackTimesProfit / w_b`.
    let slackTimesProfit: Wide

    init(_ instance: Instance, _ brk: BreakSolution) {
      precondition(brk.item < instance.count, "Dembo-Hammer needs a break item")
      breakProfit = brk.profit
      breakItemProfit = UInt(instance.profit[brk.item])
      breakItemWeight = UInt(instance.weight[brk.item])
      slackTimesProfit = Wide.product(UInt(instance.capacity - brk.weight), breakItemProfit)
    }

    /// The test against one incumbent, its constant terms precomputed.
    func test(best z: Int) -> Test { Test(self, best: z) }

    /// `isFixed` against one incumbent `z`: `A` and `B` precomputed, and the whole test in 64
    /// bits when `A`, `B`, `X` and `Y` are all below 2^62 (so no sum can overflow).
    struct Test {
      let reduction: DemboHammer
      let best: Int
      let a: UInt
      let b: UInt
      let small: Bool

      init(_ reduction: DemboHammer, best z: Int) {
        self.reduction = reduction
        best = z
        let gap = UInt(z - reduction.breakProfit) + 1
        let (b, o) = gap.multipliedReportingOverflow(by: reduction.breakItemWeight)
        let a = reduction.slackTimesProfit
        small = !o && b < 1 << 62 && a.high == 0 && a.low < 1 << 62
        self.a = a.low
        self.b = b
      }

      @inline(__always)
      func isFixed(profit p: Int, weight w: Int) -> Bool {
        if _fastPath(small) {
          let (x, o1) = UInt(p).multipliedReportingOverflow(by: reduction.breakItemWeight)
          let (y, o2) = reduction.breakItemProfit.multipliedReportingOverflow(by: UInt(w))
          if _fastPath(!(o1 || o2) && (x | y) < 1 << 62) {
            return a &+ min(x, y) < b &+ max(x, y)
          }
        }
        return reduction.isFixed(profit: p, weight: w, best: best)
      }

      /// `isFixed` as 0 or 1, without branches on the outcome on the 64-bit path.
      @inline(__always)
      func fixedBit(profit p: Int, weight w: Int) -> Int {
        if _fastPath(small) {
          let (x, o1) = UInt(p).multipliedReportingOverflow(by: reduction.breakItemWeight)
          let (y, o2) = reduction.breakItemProfit.multipliedReportingOverflow(by: UInt(w))
          if _fastPath(!(o1 || o2) && (x | y) < 1 << 62) {
            return a &+ min(x, y) < b &+ max(x, y) ? 1 : 0
          }
        }
        return reduction.isFixed(profit: p, weight: w, best: best) ? 1 : 0
      }
    }

    /// Whether item (`p`, `w`) cannot be flipped from its LP value in a solution worth more than `z`.
    ///
    /// Multiplying by `w_b`: fixed iff `(P_b - z - 1) w_b + (c - W_b) p_b < |p w_b - p_b w|`,
    /// that is `A + min(X, Y) < B + max(X, Y)` with `A = (c - W_b) p_b`, `B = (z + 1 - P_b) w_b`,
    /// `X = p w_b`, `Y = p_b w`; all four are below 2^126, so the sums fit in 128 bits.
    func isFixed(profit p: Int, weight w: Int, best z: Int) -> Bool {
      let gap = UInt(z - breakProfit) + 1  // z >= P_b: the break solution is feasible
      let a = slackTimesProfit
      let b = Wide.product(gap, breakItemWeight)
      let x = Wide.product(UInt(p), breakItemWeight)
      let y = Wide.product(breakItemProfit, UInt(w))
      return x < y ? a + x < b + y : a + y < b + x
    }
  }

  /// Whether a feasible state (value `profit`, unused capacity `slack >= 0`) may still lead to a
  /// solution worth more than `best`, when the items still to be added have efficiency at most
  /// `nextProfit / nextWeight` and the items still removable have efficiency at least that.
  ///
  /// Bound: `profit + slack * nextProfit / nextWeight` (removing an item frees capacity that can
  /// only be refilled at a lower rate). Keep iff it is at least `best + 1`.
  @inline(__always)
  static func feasibleStateMayImprove(
    profit: Int, slack: Int, best: Int, nextProfit: Int, nextWeight: Int
  ) -> Bool {
    if profit > best { return true }
    let gap = UInt(best - profit) + 1
    return !productLess(UInt(slack), UInt(nextProfit), gap, UInt(nextWeight))
  }

  /// Whether an overfull state (value `profit`, `excess > 0` weight over the capacity) may still
  /// lead to a solution worth more than `best`, when the items still removable have efficiency at
  /// least `previousProfit / previousWeight`.
  ///
  /// Bound: `profit - excess * previousProfit / previousWeight` (the excess must be removed, at no
  /// less than that rate). Keep iff it is at least `best + 1`.
  @inline(__always)
  static func overfullStateMayImprove(
    profit: Int, excess: Int, best: Int, previousProfit: Int, previousWeight: Int
  ) -> Bool {
    guard profit > best else { return false }
    let margin = UInt(profit - best - 1)
    return !productLess(margin, UInt(previousWeight), UInt(excess), UInt(previousProfit))
  }

  /// The same bounds as numbers (rounded down), for the upper bound reported when the budget runs
  /// out; nil when the state cannot lead to any feasible solution. `next` is the first item after
  /// the core (nil if none), `previous` the last item before it (nil if none).
  static func stateUpperBound(
    profit: Int, excess: Int, next: (profit: Int, weight: Int)?,
    previous: (profit: Int, weight: Int)?, ceiling: Int
  ) -> Int? {
    if excess <= 0 {
      guard let next else { return profit }
      let extra = floorOfProduct(-excess, next.profit, dividedBy: next.weight) ?? .max
      return extra > ceiling - profit ? ceiling : profit + extra
    }
    guard let previous else { return nil }
    guard let loss = ceilOfProduct(excess, previous.profit, dividedBy: previous.weight),
      loss <= profit
    else { return nil }
    return profit - loss
  }

  // MARK: Cardinality bound

  /// The LP bound of the surrogate relaxation of "at most `kMax` items" with multiplier `lambda`:
  /// `max Σ p_j x_j` subject to `Σ (w_j + λ) x_j <= c + λ kMax`, `0 <= x <= 1`, rounded down.
  ///
  /// Every feasible solution holds at most `kMax` items, so it satisfies the surrogate constraint:
  /// this is a valid upper bound for every `λ >= 0`. For strongly correlated items
  /// (`p_j = w_j + K`) and `λ = K` every item has efficiency 1 and the bound is `c + K kMax`,
  /// far below the plain LP bound. Nil if a surrogate weight or capacity overflows `Int`.
  static func surrogateBound(_ instance: Instance, kMax: Int, lambda: Int) -> Int? {
    let (cap0, o1) = lambda.multipliedReportingOverflow(by: kMax)
    let (capacity, o2) = instance.capacity.addingReportingOverflow(cap0)
    guard !o1, !o2 else { return nil }
    var w = Array(instance.weight)
    for i in w.indices {
      let (s, o) = w[i].addingReportingOverflow(lambda)
      if o { return nil }
      w[i] = s
    }
    let p = Array(instance.profit)
    var order = Array(0..<instance.count)
    sortByEfficiency(&order, weights: w, values: p)
    var room = capacity, value = 0
    for i in order {
      if w[i] <= room {
        room -= w[i]
        value += p[i]
      } else {
        let extra = floorOfProduct(room, p[i], dividedBy: w[i]) ?? .max
        return min(instance.candidateValue, value + min(extra, p[i]))
      }
    }
    return value
  }

  /// The same bound in floating point, to search for a good multiplier cheaply: the LP optimum
  /// by quickselect on efficiency (expected O(N)) instead of sorting.
  struct ApproximateSurrogate {
    let profit: [Double]
    let weight: [Double]
    let capacity: Double
    let kMax: Double
    var index: [Int]
    var efficiency: [Double]

    init(_ instance: Instance, kMax: Int) {
      profit = instance.profit.map(Double.init)
      weight = instance.weight.map(Double.init)
      capacity = Double(instance.capacity)
      self.kMax = Double(kMax)
      index = Array(0..<instance.count)
      efficiency = [Double](repeating: 0, count: instance.count)
    }

    mutating func bound(lambda: Double) -> Double {
      let n = index.count
      for i in 0..<n { efficiency[i] = profit[i] / (weight[i] + lambda) }
      var room = capacity + lambda * kMax, value = 0.0
      var lo = 0, hi = n
      var pivotSeed: UInt64 = 0x2545_F491_4F6C_DD1D
      while lo < hi {
        pivotSeed ^= pivotSeed << 13; pivotSeed ^= pivotSeed >> 7; pivotSeed ^= pivotSeed << 17
        let e = efficiency[index[lo + Int(pivotSeed % UInt64(hi - lo))]]
        // Three-way partition of index[lo..<hi]: above e, equal to e, below e.
        var a = lo, m = lo, b = hi
        while m < b {
          let x = index[m], ex = efficiency[x]
          if ex > e {
            index.swapAt(a, m); a += 1; m += 1
          } else if ex < e {
            b -= 1; index.swapAt(m, b)
          } else {
            m += 1
          }
        }
        var wAbove = 0.0, pAbove = 0.0
        for k in lo..<a { wAbove += weight[index[k]] + lambda; pAbove += profit[index[k]] }
        if wAbove > room { hi = a; continue }
        room -= wAbove; value += pAbove
        var wEqual = 0.0, pEqual = 0.0
        for k in a..<b { wEqual += weight[index[k]] + lambda; pEqual += profit[index[k]] }
        if wEqual >= room { return value + room * e }
        room -= wEqual; value += pEqual
        lo = b
      }
      return value
    }
  }

  /// The smallest surrogate cardinality bound found by a golden-section search over the
  /// multiplier (in floating point), confirmed exactly at the integers around the best multiplier.
  /// Nil when no multiplier could be evaluated exactly.
  static func cardinalityBound(_ instance: Instance, kMax: Int) -> Int? {
    guard instance.count > 0 else { return nil }
    let maxWeight = instance.weight.max()!, maxProfit = instance.profit.max()!
    var approximate = ApproximateSurrogate(instance, kMax: kMax)
    var lo = 0.0, hi = Double(maxWeight) + Double(maxProfit)
    let ratio = 0.6180339887498949
    var x1 = hi - ratio * (hi - lo), x2 = lo + ratio * (hi - lo)
    var f1 = approximate.bound(lambda: x1)
    var f2 = approximate.bound(lambda: x2)
    var iterations = 0
    while hi - lo > 1 && iterations < 100 {
      iterations += 1
      if f1 <= f2 {
        hi = x2; x2 = x1; f2 = f1
        x1 = hi - ratio * (hi - lo)
        f1 = approximate.bound(lambda: x1)
      } else {
        lo = x1; x1 = x2; f1 = f2
        x2 = lo + ratio * (hi - lo)
        f2 = approximate.bound(lambda: x2)
      }
    }
    // Any multiplier gives a valid bound; clamp so the conversion cannot trap (hi may exceed Int.max).
    let center = min((lo + hi) / 2, 0x1p62)
    var best: Int? = nil
    for lambda in [Int(center), Int(center) + 1] {  // 0 <= center <= 2^62: Int() rounds down
      if let u = surrogateBound(instance, kMax: kMax, lambda: lambda) {
        best = min(best ?? u, u)
      }
    }
    return best
  }
}
