// Preprocessing for the large-instance solver: which items matter, their efficiency order, and
// the greedy break solution the core grows around.

extension Knapsack._LargeInstance {
  /// The validated instance reduced to the items worth a choice, in efficiency order.
  struct Instance {
    /// Values of the candidate items, by non-increasing value/weight.
    var profit: [Int] = []
    /// Weights of the candidate items (each in `1...capacity`), same order.
    var weight: [Int] = []
    /// Caller's index of each candidate item.
    var original: [Int] = []
    /// The weight limit.
    var capacity: Int
    /// Caller's indices of the weight-0, value > 0 items: always taken.
    var alwaysTaken: [Int] = []
    /// Their total value.
    var alwaysValue = 0
    /// Total value of all candidate items (fits `Int`: validation proved it).
    var candidateValue = 0

    var count: Int { profit.count }

    /// Splits the (already validated) items into always-taken, never-taken and candidates, and
    /// sorts the candidates by efficiency.
    ///
    /// Order: value/weight descending, compared exactly as `p_i * w_j > p_j * w_i`; ties by the
    /// caller's index so the result is deterministic.
    init(weights: [Int], values: [Int], capacity: Int) {
      self.capacity = capacity
      var candidates: [Int] = []
      for i in weights.indices {
        let w = weights[i], p = values[i]
        if w == 0 {
          if p > 0 {
            alwaysTaken.append(i)
            alwaysValue += p
          }
        } else if w <= capacity && p > 0 {
          candidates.append(i)
          candidateValue += p
        }
      }
      Knapsack._LargeInstance.sortByEfficiency(&candidates, weights: weights, values: values)
      original = candidates
      profit = candidates.map { values[$0] }
      weight = candidates.map { weights[$0] }
    }
  }

  /// Sorts item indices by value/weight descending, exactly, ties by index.
  ///
  /// When every weight and value is below 2^53 the quotients are first compared as `Double`s:
  /// correctly rounded division is monotone, so the exact order can only differ inside runs of
  /// equal `Double` keys, which are then sorted with the exact comparison. Otherwise every
  /// comparison is exact (`p_i * w_j` against `p_j * w_i` in 128 bits).
  static func sortByEfficiency(_ items: inout [Int], weights: [Int], values: [Int]) {
    func exactlyBefore(_ i: Int, _ j: Int) -> Bool {
      let pi = UInt(values[i]), wi = UInt(weights[i]), pj = UInt(values[j]), wj = UInt(weights[j])
      if Knapsack._LargeInstance.productLess(pj, wi, pi, wj) { return true }
      if Knapsack._LargeInstance.productLess(pi, wj, pj, wi) { return false }
      return i < j
    }
    let limit = 1 << 53
    guard items.allSatisfy({ weights[$0] < limit && values[$0] < limit }) else {
      items.sort(by: exactlyBefore)
      return
    }
    var keyed = items.map { (key: Double(values[$0]) / Double(weights[$0]), index: $0) }
    keyed.sort { $0.key != $1.key ? $0.key > $1.key : $0.index < $1.index }
    var start = 0
    while start < keyed.count {
      var end = start + 1
      while end < keyed.count && keyed[end].key == keyed[start].key { end += 1 }
      if end - start > 1 {
        var run = keyed[start..<end].map(\.index)
        run.sort(by: exactlyBefore)
        for k in 0..<run.count { keyed[start + k].index = run[k] }
      }
      start = end
    }
    items = keyed.map(\.index)
  }

  /// The greedy prefix: items `0..<item` fit, item `item` does not (`item == count` when all fit).
  struct BreakSolution {
    var item: Int
    var profit: Int
    var weight: Int
    /// `prefixWeight[i]` = total weight of items `0..<i`, for `i` in `0...item`.
    var prefixWeight: [Int]

    init(_ instance: Instance) {
      var w = 0, p = 0, b = 0
      var prefix = [0]
      prefix.reserveCapacity(instance.count + 1)
      // Sums stay <= capacity, so they cannot overflow.
      while b < instance.count && instance.weight[b] <= instance.capacity - w {
        w += instance.weight[b]
        p += instance.profit[b]
        b += 1
        prefix.append(w)
      }
      item = b
      profit = p
      weight = w
      prefixWeight = prefix
    }
  }

  /// The break solution completed greedily: after the break item, every item that still fits
  /// is taken. Returns the positions taken and their value.
  static func greedyCompletion(
    _ instance: Instance, _ brk: BreakSolution
  ) -> (positions: [Int], value: Int) {
    var positions = Array(0..<brk.item)
    var room = instance.capacity - brk.weight, value = brk.profit
    var j = brk.item + 1
    while j < instance.count && room > 0 {
      if instance.weight[j] <= room {
        room -= instance.weight[j]
        value += instance.profit[j]
        positions.append(j)
      }
      j += 1
    }
    return (positions, value)
  }

  /// The most items any feasible solution can hold: how many of the lightest candidates fit.
  static func maximumCardinality(_ instance: Instance) -> Int {
    var sorted = instance.weight
    sorted.sort()
    var room = instance.capacity, k = 0
    while k < sorted.count && sorted[k] <= room {
      room -= sorted[k]
      k += 1
    }
    return k
  }
}
