// Preprocessing for the large-instance solver: which items matter, their efficiency order, and
// the greedy break solution the core grows around.

extension Knapsack._LargeInstance {
  /// The validated instance reduced to the items worth a choice, in efficiency order.
  struct Instance {
    /// The candidate items, one buffer: (value, weight, caller's index) of position `k` at
    /// `3k`, `3k + 1`, `3k + 2` (one allocation, and the three fields of an item together).
    var items: [Int] = []
    /// Values of the candidate items, by non-increasing value/weight.
    var profit: Column { Column(storage: items, field: 0) }
    /// Weights of the candidate items (each in `1...capacity`), same order.
    var weight: Column { Column(storage: items, field: 1) }
    /// Caller's index of each candidate item.
    var original: Column { Column(storage: items, field: 2) }

    /// One field of every item of `items`, read-only.
    struct Column: RandomAccessCollection {
      let storage: [Int]
      let field: Int
      var startIndex: Int { 0 }
      var endIndex: Int { storage.count / 3 }
      subscript(k: Int) -> Int { storage[3 &* k &+ field] }
    }
    /// The weight limit.
    var capacity: Int
    /// Caller's indices of the weight-0, value > 0 items: always taken.
    var alwaysTaken: [Int] = []
    /// Their total value.
    var alwaysValue = 0
    /// Total value of all candidate items (fits `Int`: validation proved it).
    var candidateValue = 0
    /// Number of the caller's items.
    var itemCount: Int
    /// The caller's arrays (shared, not copied), for the final tally of the chosen items.
    var callerWeights: [Int]
    var callerValues: [Int]
    /// Whether the arrays are in efficiency order already (the sorting initializer).
    var isSorted = true
    /// How the validating pass split the candidates (lazily ordered instance only).
    var split = Knapsack._LargeInstance.Split()

    var count: Int { items.count / 3 }

    /// Splits the (already validated) items into always-taken, never-taken and candidates, and
    /// sorts the candidates by efficiency.
    ///
    /// Order: value/weight descending, compared exactly as `p_i * w_j > p_j * w_i`; ties by the
    /// caller's index so the result is deterministic.
    init(weights: [Int], values: [Int], capacity: Int) {
      self.capacity = capacity
      itemCount = weights.count
      callerWeights = weights
      callerValues = values
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
      items.reserveCapacity(3 * candidates.count)
      for i in candidates { items.append(contentsOf: [values[i], weights[i], i]) }
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
    // Non-negative Doubles order like their bit patterns; complementing gives descending order,
    // and a stable radix sort of items in ascending index order breaks ties by index.
    var keys = items.map { ~(Double(values[$0]) / Double(weights[$0])).bitPattern }
    radixSort(keys: &keys, items: &items)
    var start = 0
    while start < items.count {
      var end = start + 1
      while end < items.count && keys[end] == keys[start] { end += 1 }
      if end - start > 1 {
        items[start..<end].sort(by: exactlyBefore)
      }
      start = end
    }
  }

  /// Stable LSD radix sort of `items` by `keys` (sorted along), 11 bits per pass; passes where
  /// every key has the same digit are skipped. O(N) per pass, at most 6 passes.
  static func radixSort(keys: inout [UInt64], items: inout [Int]) {
    let n = keys.count
    guard n > 1 else { return }
    var keys2 = keys, items2 = items
    var counts = [Int](repeating: 0, count: 2048)
    var shift: UInt64 = 0
    while shift < 64 {
      for k in 0..<2048 { counts[k] = 0 }
      for key in keys { counts[Int((key >> shift) & 2047)] += 1 }
      if !counts.contains(n) {
        var total = 0
        for k in 0..<2048 {
          let c = counts[k]
          counts[k] = total
          total += c
        }
        for i in 0..<n {
          let d = Int((keys[i] >> shift) & 2047)
          keys2[counts[d]] = keys[i]
          items2[counts[d]] = items[i]
          counts[d] += 1
        }
        swap(&keys, &keys2)
        swap(&items, &items2)
      }
      shift += 11
    }
  }

  /// The greedy prefix: the items before position `item` in the efficiency order fit, item
  /// `item` does not (`item == count` when all fit). On a lazily ordered instance the items
  /// before `item` are exactly those positions, in any order.
  struct BreakSolution {
    var item: Int
    var profit: Int
    var weight: Int

    init(item: Int, profit: Int, weight: Int) {
      self.item = item
      self.profit = profit
      self.weight = weight
    }

    /// The break solution of a sorted instance.
    init(_ instance: Instance) {
      var w = 0, p = 0, b = 0
      // Sums stay <= capacity, so they cannot overflow.
      while b < instance.count && instance.weight[b] <= instance.capacity - w {
        w += instance.weight[b]
        p += instance.profit[b]
        b += 1
      }
      item = b
      profit = p
      weight = w
    }
  }

  /// The break solution completed greedily: the items after the break item are scanned in
  /// position order (the efficiency order on a sorted instance, the pieces' order on a lazy one)
  /// and every item that still fits is taken. Returns the caller's indices taken and their value.
  /// On a lazy instance whose low group is not written yet, only the items before it are scanned
  /// (a heuristic incumbent needs no more).
  static func greedyCompletion(
    _ instance: Instance, _ brk: BreakSolution
  ) -> (items: [Int], value: Int) {
    var items: [Int] = []
    var room = instance.capacity - brk.weight, value = brk.profit
    var j = brk.item + 1
    let end = instance.split.materialized ? instance.count : instance.split.middleEnd
    while j < end && room > 0 {
      if instance.weight[j] <= room {
        room -= instance.weight[j]
        value += instance.profit[j]
        items.append(instance.original[j])
      }
      j += 1
    }
    return (items, value)
  }

  /// The most items any feasible solution can hold: how many of the lightest candidates fit.
  static func maximumCardinality(_ instance: Instance) -> Int {
    var sorted = Array(instance.weight)
    sorted.sort()
    var room = instance.capacity, k = 0
    while k < sorted.count && sorted[k] <= room {
      room -= sorted[k]
      k += 1
    }
    return k
  }
}
