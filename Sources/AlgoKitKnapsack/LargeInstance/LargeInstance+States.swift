// The DP state list of the large-instance solver: undominated (weight, value) pairs of the core,
// sorted by weight, with the merge that adds or removes one item and the fathoming pass.

extension Knapsack._LargeInstance {
  /// One partial solution: every item before the core taken, every item after it left out, and
  /// the core items as recorded in `bits` (since the last checkpoint) and `node` (before it).
  struct State {
    /// Total value.
    var profit: Int
    /// Total weight minus the capacity: `<= 0` means feasible. Stored relative to the capacity
    /// so that no sum can overflow even for a capacity near `Int.max`.
    var excess: Int
    /// Bit `q`: whether the `q`-th core item since the last checkpoint is taken.
    var bits: UInt64
    /// The checkpoint node holding the earlier decisions, or -1.
    var node: Int
  }

  /// A reusable array of states; `count` of them are live (the array only grows).
  struct StateBuffer {
    var storage: [State] = []
    var count = 0

    /// Makes room for `n` states, at least doubling; the live states are kept when `preserving`
    /// (a merge's destination does not need them). New slots are uninitialized (`State` is
    /// trivial, and only slots below `count` are read).
    mutating func ensureCapacity(_ n: Int, preserving: Bool = true) {
      guard storage.count < n else { return }
      let size = max(n, storage.count * 2, 64), keep = preserving ? count : 0
      if keep == 0 {
        // Free the old buffer first: the allocator may then reuse its (already touched) memory.
        storage = []
        storage = [State](unsafeUninitializedCapacity: size) { _, initialized in
          initialized = size
        }
        return
      }
      let old = storage
      storage = [State](unsafeUninitializedCapacity: size) { buffer, initialized in
        old.withUnsafeBufferPointer { o in
          buffer.baseAddress!.initialize(from: o.baseAddress!, count: keep)
        }
        initialized = size
      }
    }

    /// How many leading states have `excess <= limit` (the states are sorted by `excess`).
    func countWithExcess(atMost limit: Int) -> Int {
      var lo = 0, hi = count
      storage.withUnsafeBufferPointer { s in
        while lo < hi {
          let mid = (lo + hi) / 2
          if s[mid].excess <= limit { lo = mid + 1 } else { hi = mid }
        }
      }
      return lo
    }

    /// Index of the feasible state of highest value (the last with `excess <= 0`), or nil.
    var bestFeasible: Int? {
      let k = countWithExcess(atMost: 0)
      return k > 0 ? k - 1 : nil
    }
  }

  /// Merges the states with the same states moved by one item, keeping only undominated ones.
  ///
  /// Stream A is `source` unchanged (its bits or-ed with `keepMask`); stream B is the first
  /// `movedCount` states of `source` with `deltaProfit`/`deltaWeight` added (bits or-ed with
  /// `moveMask`). For an item added after the core the delta is `(+p, +w)` and B takes it; for an
  /// item removed before the core it is `(-p, -w)` and A keeps it. Both streams are sorted by
  /// weight; the merge walks them in weight order (larger value first on equal weights) and keeps a
  /// state only if its value beats every lighter state's: the output is strictly increasing in
  /// both weight and value, so no state dominates another.
  ///
  /// - Complexity: O(source.count).
  static func merge(
    _ source: StateBuffer, into destination: inout StateBuffer, movedCount: Int,
    deltaProfit dp: Int, deltaWeight dw: Int, keepMask: UInt64, moveMask: UInt64
  ) {
    let nA = source.count, nB = movedCount
    destination.ensureCapacity(nA + nB, preserving: false)
    var out = 0
    source.storage.withUnsafeBufferPointer { s in
      destination.storage.withUnsafeMutableBufferPointer { d in
        var i = 0, k = 0
        var last = Int.min
        while i < nA && k < nB {
          let a = s[i], b = s[k]
          let bw = b.excess &+ dw, bp = b.profit &+ dp
          if a.excess < bw || (a.excess == bw && a.profit >= bp) {
            if a.profit > last {
              d[out] = State(profit: a.profit, excess: a.excess, bits: a.bits | keepMask, node: a.node)
              out &+= 1
              last = a.profit
            }
            i &+= 1
          } else {
            if bp > last {
              d[out] = State(profit: bp, excess: bw, bits: b.bits | moveMask, node: b.node)
              out &+= 1
              last = bp
            }
            k &+= 1
          }
        }
        while i < nA {
          let a = s[i]
          if a.profit > last {
            d[out] = State(profit: a.profit, excess: a.excess, bits: a.bits | keepMask, node: a.node)
            out &+= 1
            last = a.profit
          }
          i &+= 1
        }
        while k < nB {
          let b = s[k]
          let bp = b.profit &+ dp
          if bp > last {
            d[out] = State(profit: bp, excess: b.excess &+ dw, bits: b.bits | moveMask, node: b.node)
            out &+= 1
            last = bp
          }
          k &+= 1
        }
      }
    }
    destination.count = out
  }

  /// Removes, in place, the states that cannot lead to a solution worth more than `best`.
  ///
  /// `next` is the first item after the core (nil when none is left), `previous` the last item
  /// before it (nil when none), `removable` the total weight before the core: a state more than
  /// that over the capacity can never become feasible.
  ///
  /// - Complexity: O(states.count).
  static func fathom(
    _ states: inout StateBuffer, best: Int, next: (profit: Int, weight: Int)?,
    previous: (profit: Int, weight: Int)?, removable: Int
  ) {
    let n = states.count
    var out = 0
    states.storage.withUnsafeMutableBufferPointer { d in
      for i in 0..<n {
        let st = d[i]
        let keep: Bool
        if st.excess <= 0 {
          if let next {
            keep = feasibleStateMayImprove(
              profit: st.profit, slack: -st.excess, best: best,
              nextProfit: next.profit, nextWeight: next.weight)
          } else {
            keep = false  // nothing left to add: removing items only loses value
          }
        } else if let previous, st.excess <= removable {
          keep = overfullStateMayImprove(
            profit: st.profit, excess: st.excess, best: best,
            previousProfit: previous.profit, previousWeight: previous.weight)
        } else {
          keep = false  // cannot shed enough weight
        }
        if keep {
          d[out] = st
          out &+= 1
        }
      }
    }
    states.count = out
  }
}
