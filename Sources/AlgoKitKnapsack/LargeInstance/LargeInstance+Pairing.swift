// State pairing (from combo): completing DP states with one item from outside the core, to find
// good incumbents long before the core would reach them.
//
// A feasible state with free capacity g may take the most valuable outside item after the core
// that weighs at most g; an overfull state with excess e may drop the least valuable outside item
// before the core that weighs at least e. On strongly correlated instances this finds a
// perfect fill within the first core steps, which then meets the cardinality bound.

extension Knapsack._LargeInstance {
  struct Pairing {
    /// Candidate positions by weight ascending (built once).
    let byWeight: [Int]

    init(_ instance: Instance) {
      // Weights are positive, so their bit patterns sort like the numbers; the radix sort is
      // stable, so equal weights stay in position order.
      var keys = instance.weight.map { UInt64($0) }
      var positions = Array(instance.weight.indices)
      radixSort(keys: &keys, items: &positions)
      byWeight = positions
    }

    /// The best single-item completion of any live state, if it is worth more than `best`:
    /// the state's index, the outside item's position, and the value. O(N + S log N).
    func bestCompletion(
      _ instance: Instance, states: StateBuffer, core: ClosedRange<Int>, best: Int
    ) -> (state: Int, position: Int, value: Int)? {
      // Items after the core by weight, with the running most valuable one (prefix maximum).
      var addWeight: [Int] = [], addBest: [(profit: Int, position: Int)] = []
      // Items before the core by weight, with the least valuable one from here on (suffix minimum).
      var dropWeight: [Int] = [], dropBest: [(profit: Int, position: Int)] = []
      let after = instance.count - 1 - core.upperBound, before = core.lowerBound
      addWeight.reserveCapacity(after); addBest.reserveCapacity(after)
      dropWeight.reserveCapacity(before); dropBest.reserveCapacity(before)
      for pos in byWeight {
        if pos > core.upperBound {
          let p = instance.profit[pos]
          let entry = addBest.last.map { $0.profit >= p ? $0 : (p, pos) } ?? (p, pos)
          addWeight.append(instance.weight[pos])
          addBest.append(entry)
        } else if pos < core.lowerBound {
          dropWeight.append(instance.weight[pos])
          dropBest.append((instance.profit[pos], pos))
        }
      }
      if dropBest.count > 1 {
        for k in stride(from: dropBest.count - 2, through: 0, by: -1)
        where dropBest[k + 1].profit < dropBest[k].profit {
          dropBest[k] = dropBest[k + 1]
        }
      }
      /// Number of elements of the ascending `a` that are `<= x`.
      func countAtMost(_ a: [Int], _ x: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
          let mid = (lo + hi) / 2
          if a[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        return lo
      }
      var result: (state: Int, position: Int, value: Int)? = nil
      var target = best
      for i in 0..<states.count {
        let st = states.storage[i]
        if st.excess <= 0 {
          let k = countAtMost(addWeight, -st.excess)
          if k > 0 {
            let (p, pos) = addBest[k - 1]
            if p > target - st.profit {  // st.profit + p > target, without overflow
              target = st.profit + p
              result = (i, pos, target)
            }
          }
        } else {
          let k = countAtMost(dropWeight, st.excess - 1)  // first item weighing >= excess
          if k < dropBest.count {
            let (p, pos) = dropBest[k]
            if st.profit - p > target {
              target = st.profit - p
              result = (i, pos, target)
            }
          }
        }
      }
      return result
    }
  }
}
