// The core expansion loop of the large-instance solver (Pisinger's minknap scheme).
//
// Items are in efficiency order; the break solution takes items 0..<b. The core is an interval
// [s, t] around the break item b; a state fixes items before s as taken and items after t as
// left out, and stands for one choice of the core items. Each step widens the core by one item,
// alternating sides: item t + 1 may be added to any state, item s - 1 may be removed from any
// state. After the merge the best feasible state updates the incumbent, and states whose bound
// cannot beat the incumbent are fathomed. The solution is optimal when no state is left, when the
// core spans every item, or when the incumbent meets the global upper bound.

extension Knapsack._LargeInstance {
  struct Solver {
    let instance: Instance
    let budget: Knapsack.LargeBudget
    var stats = Knapsack.LargeStats()

    /// DP work (states generated) after which the cardinality bound is computed, once. It costs
    /// a few dozen sorts of the items, so it is only worth it once the DP has done more than
    /// that: easy instances never pay for it, hard ones (strongly correlated) get it early.
    var cardinalityBoundTrigger: Int { 50_000 + 20 * instance.count }

    /// Checkpoint nodes tolerated beyond twice the live ones before garbage collection.
    var collectionSlack = 1 << 16

    init(instance: Instance, budget: Knapsack.LargeBudget) {
      self.instance = instance
      self.budget = budget
    }

    mutating func solve() -> Knapsack.LargeSolution {
      let n = instance.count
      stats.candidateItems = n
      let brk = BreakSolution(instance)
      if brk.item == n {  // everything fits (also n == 0)
        return finish(positions: Array(0..<n), value: instance.candidateValue,
          upperBound: instance.candidateValue)
      }
      let greedy = greedyCompletion(instance, brk)
      var best = Best.greedy(greedy.positions)
      var z = greedy.value
      var upper = dantzigBound(instance, brk)
      let reduction = DemboHammer(instance, brk)
      let p = instance.profit, w = instance.weight, c = instance.capacity

      var states = StateBuffer()
      states.ensureCapacity(16)
      states.storage[0] = State(profit: brk.profit, excess: brk.weight - c, bits: 0, node: -1)
      states.count = 1
      var scratch = StateBuffer()
      var history = History()
      history.collectionSlack = collectionSlack
      var s = brk.item, t = brk.item - 1  // empty core
      var preferRight = true
      var cardinalityDone = false
      var exhausted = false
      let clock = ContinuousClock()
      let deadline = budget.timeLimit.map { clock.now.advanced(by: $0) }
      var steps = 0
      var pairing: Pairing? = nil  // built on first use: easy instances never need it
      var pairedAtWork = 0
      var pairingImproved = false

      while states.count > 0 && z < upper {
        // Budget: never start a merge that could exceed it.
        let growth = 2 * states.count
        if stats.statesGenerated + growth > budget.maxStates || growth > budget.maxLiveStates {
          exhausted = true
          break
        }
        steps += 1
        if let deadline, steps & 15 == 1 || states.count > 4096, clock.now >= deadline {
          exhausted = true
          break
        }
        // Next item: alternate sides while both have items.
        let takeRight: Bool
        if t + 1 < n && (preferRight || s == 0) {
          takeRight = true
        } else if s > 0 {
          takeRight = false
        } else {
          break  // the core spans every item: every state has been evaluated
        }
        preferRight = !takeRight
        let j = takeRight ? t + 1 : s - 1
        if takeRight { t += 1 } else { s -= 1 }
        if reduction.isFixed(profit: p[j], weight: w[j], best: z) {
          stats.fixedByReduction += 1
          continue
        }

        // Branch on item j.
        history.coreOrder.append(j)
        stats.coreItems += 1
        let mask = history.nextMask
        if takeRight {
          let movable = states.countWithExcess(atMost: brk.prefixWeight[s] - w[j])
          merge(states, into: &scratch, movedCount: movable, deltaProfit: p[j], deltaWeight: w[j],
            keepMask: 0, moveMask: mask)
          stats.statesGenerated += states.count + movable
        } else {
          merge(states, into: &scratch, movedCount: states.count, deltaProfit: -p[j],
            deltaWeight: -w[j], keepMask: mask, moveMask: 0)
          stats.statesGenerated += 2 * states.count
        }
        swap(&states, &scratch)

        // New incumbent?
        if let k = states.bestFeasible, states.storage[k].profit > z {
          z = states.storage[k].profit
          best = .state(states.storage[k], processed: history.coreOrder.count,
            epoch: history.epoch, core: s...t, flipped: nil)
        }
        // State pairing, once the DP has done more work than a pass costs (O(N + S log N)), then
        // each time the DP's total work doubles, so pairing stays a fraction of the run.
        if stats.statesGenerated >= max(4 * n, 2 * pairedAtWork) {
          pairedAtWork = stats.statesGenerated
          if pairing == nil { pairing = Pairing(instance) }
          if let found = pairing!.bestCompletion(instance, states: states, core: s...t, best: z) {
            z = found.value
            stats.pairedIncumbents += 1
            pairingImproved = true
            best = .state(states.storage[found.state], processed: history.coreOrder.count,
              epoch: history.epoch, core: s...t, flipped: found.position)
          }
        }
        fathom(&states, best: z,
          next: t + 1 < n ? (p[t + 1], w[t + 1]) : nil,
          previous: s > 0 ? (p[s - 1], w[s - 1]) : nil,
          removable: brk.prefixWeight[s])
        stats.peakLiveStates = max(stats.peakLiveStates, states.count)
        history.advance(&states, best: &best)

        // The cardinality bound, once: when the DP has done more work than it costs, or as soon
        // as pairing finds an incumbent on a hard instance (it may already meet the bound).
        if !cardinalityDone && (stats.statesGenerated >= cardinalityBoundTrigger || pairingImproved) {
          cardinalityDone = true
          stats.usedCardinalityBound = true
          let kMax = maximumCardinality(instance)
          if let u = cardinalityBound(instance, kMax: kMax) { upper = min(upper, u) }
        }
      }

      var bound = z
      if exhausted {
        // Every solution not represented by a live state was fathomed with bound <= z.
        for i in 0..<states.count {
          let st = states.storage[i]
          if let u = stateUpperBound(
            profit: st.profit, excess: st.excess,
            next: t + 1 < n ? (p[t + 1], w[t + 1]) : nil,
            previous: s > 0 ? (p[s - 1], w[s - 1]) : nil,
            ceiling: instance.candidateValue)
          {
            bound = max(bound, u)
          }
        }
        bound = min(bound, upper)
      }

      let positions: [Int]
      switch best {
      case .greedy(let list):
        positions = list
      case .state(let st, let processed, let epoch, let core, let flipped):
        let taken = history.decisions(
          of: st, processed: processed, epoch: epoch, core: core, flipped: flipped,
          breakItem: brk.item, count: n)
        positions = taken.indices.filter { taken[$0] }
      }
      return finish(positions: positions, value: z, upperBound: max(bound, z))
    }

    /// Maps positions back to the caller's indices, adds the always-taken items, and checks the
    /// reconstruction against the DP's value.
    func finish(positions: [Int], value: Int, upperBound: Int) -> Knapsack.LargeSolution {
      // Mark, then list in index order: O(N) instead of sorting the chosen indices.
      var chosen = [Bool](repeating: false, count: instance.itemCount)
      for i in instance.alwaysTaken { chosen[i] = true }
      var total = instance.alwaysValue, weight = 0
      for pos in positions {
        chosen[instance.original[pos]] = true
        total += instance.profit[pos]
        weight += instance.weight[pos]  // <= capacity, checked below: a feasible set cannot overflow
      }
      let items = chosen.indices.filter { chosen[$0] }
      precondition(
        total == value + instance.alwaysValue && weight <= instance.capacity,
        "large knapsack: reconstructed items disagree with the DP (value \(total), weight \(weight))")
      let ub = upperBound + instance.alwaysValue
      return Knapsack.LargeSolution(
        value: total, weight: weight, items: items, upperBound: ub, isOptimal: ub == total,
        stats: stats)
    }
  }
}
