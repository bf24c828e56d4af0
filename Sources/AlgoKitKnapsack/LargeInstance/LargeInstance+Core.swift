// The core expansion loop of the large-instance solver (Pisinger's minknap scheme).
//
// Items are in efficiency order near the core and in unsorted pieces further out (the lazy
// order, LargeInstance+Order.swift); the break solution takes positions 0..<b. The core is an
// interval [s, t] around the break item b; a state fixes items before s as taken and items after t as
// left out, and stands for one choice of the core items. Each step widens the core by one item,
// alternating sides: the next item after t may be added to any state, the next before s may be
// removed from any state (items the reduction fixed are skipped). After the merge the best feasible state updates the incumbent, and states whose bound
// cannot beat the incumbent are fathomed. The solution is optimal when no state is left, when the
// core spans every item, or when the incumbent meets the global upper bound.

extension Knapsack._LargeInstance {
  struct Solver {
    var instance: Instance
    let budget: Knapsack.LargeBudget
    var stats = Knapsack.LargeStats()

    /// DP work (states generated) after which the cardinality bound is computed, once. It costs
    /// a few dozen sorts of the items, so it is only worth it once the DP has done more than
    /// that: easy instances never pay for it, hard ones (strongly correlated) get it early.
    var cardinalityBoundTrigger: Int { 50_000 + 20 * instance.count }

    /// Checkpoint nodes tolerated beyond twice the live ones before garbage collection.
    var collectionSlack = 1 << 16

    // The core [s, t] and the pieces outside it (set up by `solve`).
    var s = 0
    var t = -1
    /// Total weight of the items before the core (a state may remove at most that much).
    var removable = 0
    var leftPieces: [Piece] = []
    var rightPieces: [Piece] = []
    /// Counts the permutations of positions outside the core (pairing's index goes stale).
    var orderVersion = 0

    /// Takes `instance` over (consumed: the caller's copy must not keep its arrays shared, or
    /// the first permutation would copy them).
    init(instance: consuming Instance, budget: Knapsack.LargeBudget) {
      self.instance = instance
      self.budget = budget
    }

    // MARK: The lazy order

    /// Makes the top piece of one side a non-empty sorted run, moving the core over reduced
    /// (dead) pieces and reducing or partitioning the others; false when the side is used up.
    ///
    /// The reduction fixes an item when the Dembo-Hammer test with the incumbent `z` says so;
    /// the incumbent only grows, so the item would also be fixed when the core reached it.
    mutating func prepare(right: Bool, reduction: DemboHammer, z: Int) -> Bool {
      while true {
        guard var top = right ? rightPieces.popLast() : leftPieces.popLast() else { return false }
        if top.start >= top.end { continue }
        switch top.kind {
        case .sorted:
          if right { rightPieces.append(top) } else { leftPieces.append(top) }
          return true
        case .dead:
          stats.fixedByReduction += top.end - top.start
          if right {
            t = top.end - 1
          } else {
            if top.weight >= 0 {
              removable -= top.weight
            } else {
              for k in top.start..<top.end { removable -= instance.weight[k] }
            }
            s = top.start
          }
        case .raw:
          // Live items next to the core, fixed ones beyond them.
          orderVersion += 1
          let (start, end) = (top.start, top.end)
          let g = instance.split
          if g.highUnwritten || g.lowUnwritten {
            // A group of the split that was never written: reduce it (and the other one, if
            // still unwritten: same pass) straight from the caller's arrays.
            func rawGroup(_ pieces: [Piece], _ lo: Int, _ hi: Int) -> Int? {
              pieces.firstIndex { $0.kind == .raw && $0.start == lo && $0.end == hi }
            }
            let highAt = g.highUnwritten ? rawGroup(leftPieces, 0, g.highEnd) : nil
            let lowAt = g.lowUnwritten ? rawGroup(rightPieces, g.middleEnd, instance.count) : nil
            let isHigh = !right && start == 0 && end == g.highEnd && g.highUnwritten
            let isLow = right && start == g.middleEnd && end == instance.count && g.lowUnwritten
            if isHigh || isLow {
              let r = instance.reduceGroups(
                reduction, z: z, high: isHigh || highAt != nil, low: isLow || lowAt != nil)
              if let h = r.high {
                let cut = g.highEnd - h.live
                let pieces = [
                  Piece(start: 0, end: cut, kind: .dead, weight: h.fixedWeight),
                  Piece(start: cut, end: g.highEnd, kind: .live),
                ]
                if isHigh {
                  leftPieces.append(contentsOf: pieces)
                } else {
                  leftPieces.replaceSubrange(highAt!...highAt!, with: pieces)
                }
              }
              if let l = r.low {
                let cut = g.middleEnd + l
                let pieces = [
                  Piece(start: cut, end: instance.count, kind: .dead),
                  Piece(start: g.middleEnd, end: cut, kind: .live),
                ]
                if isLow {
                  rightPieces.append(contentsOf: pieces)
                } else {
                  rightPieces.replaceSubrange(lowAt!...lowAt!, with: pieces)
                }
              }
              continue
            }
          }
          if start < g.highEnd || end > g.middleEnd { instance.materialize() }
          let test = reduction.test(best: z)
          let split: Int = instance.withCursor { cur in
            if right {
              var i = start
              for k in start..<end
              where !test.isFixed(profit: cur.profit[k], weight: cur.weight[k]) {
                cur.swapAt(i, k)
                i += 1
              }
              return i
            } else {
              var i = end
              for k in stride(from: end - 1, through: start, by: -1)
              where !test.isFixed(profit: cur.profit[k], weight: cur.weight[k]) {
                i -= 1
                cur.swapAt(i, k)
              }
              return i
            }
          }
          if right {
            rightPieces.append(Piece(start: split, end: end, kind: .dead))
            rightPieces.append(Piece(start: start, end: split, kind: .live))
          } else {
            leftPieces.append(Piece(start: start, end: split, kind: .dead))
            leftPieces.append(Piece(start: split, end: end, kind: .live))
          }
        case .live:
          orderVersion += 1
          let (start, end) = (top.start, top.end)
          if end - start <= Instance.smallPiece {
            instance.withCursor { cur in cur.insertionSort(start, end) }
            top.kind = .sorted
            if right { rightPieces.append(top) } else { leftPieces.append(top) }
            return true
          }
          let m = instance.withCursor { cur in cur.partition(start, end, salt: start &* 40503 ^ end).m }
          if right {
            rightPieces.append(Piece(start: m + 1, end: end, kind: .live))
            rightPieces.append(Piece(start: m, end: m + 1, kind: .sorted))
            if start < m { rightPieces.append(Piece(start: start, end: m, kind: .live)) }
          } else {
            leftPieces.append(Piece(start: start, end: m, kind: .live))
            leftPieces.append(Piece(start: m, end: m + 1, kind: .sorted))
            if m + 1 < end { leftPieces.append(Piece(start: m + 1, end: end, kind: .live)) }
          }
        }
      }
    }

    /// The next item a side offers (after `prepare` returned true), without taking it.
    func peek(right: Bool) -> Int {
      right ? rightPieces[rightPieces.count - 1].start : leftPieces[leftPieces.count - 1].end - 1
    }

    /// The next item beyond each end of the core, as (profit, weight), or nil when none is left.
    mutating func neighbours(
      reduction: DemboHammer, z: Int
    ) -> (next: (profit: Int, weight: Int)?, previous: (profit: Int, weight: Int)?) {
      var next: (profit: Int, weight: Int)? = nil, previous: (profit: Int, weight: Int)? = nil
      if prepare(right: true, reduction: reduction, z: z) {
        let j = peek(right: true)
        next = (instance.profit[j], instance.weight[j])
      }
      if prepare(right: false, reduction: reduction, z: z) {
        let j = peek(right: false)
        previous = (instance.profit[j], instance.weight[j])
      }
      return (next, previous)
    }

    // MARK: The core loop

    mutating func solve() -> Knapsack.LargeSolution {
      let n = instance.count
      stats.candidateItems = n
      let start = instance.locateBreak()
      let brk = start.brk
      if brk.item == n {  // everything fits (also n == 0)
        return finish(
          chosenPrefix(n), flipped: nil, value: instance.candidateValue,
          upperBound: instance.candidateValue)
      }
      leftPieces = start.left
      rightPieces = start.right
      orderVersion = 1
      let greedy = greedyCompletion(instance, brk)
      var best = Best.greedy(greedy.items)
      var z = greedy.value
      var upper = dantzigBound(instance, brk)
      let reduction = DemboHammer(instance, brk)
      let c = instance.capacity

      var states = StateBuffer()
      states.ensureCapacity(16)
      states.storage[0] = State(profit: brk.profit, excess: brk.weight - c, bits: 0, node: -1)
      states.count = 1
      var scratch = StateBuffer()
      var history = History()
      history.collectionSlack = collectionSlack
      // The core starts empty; the break item is the first item on the right.
      s = brk.item
      t = brk.item - 1
      removable = brk.weight
      rightPieces.append(Piece(start: brk.item, end: brk.item + 1, kind: .sorted))
      var preferRight = true
      var cardinalityDone = false
      var exhausted = false
      let clock = ContinuousClock()
      let deadline = budget.timeLimit.map { clock.now.advanced(by: $0) }
      var steps = 0
      var pairing: Pairing? = nil  // built on first use: easy instances never need it
      var pairingVersion = 0
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
        let hasRight = prepare(right: true, reduction: reduction, z: z)
        let hasLeft = prepare(right: false, reduction: reduction, z: z)
        let takeRight: Bool
        if hasRight && (preferRight || !hasLeft) {
          takeRight = true
        } else if hasLeft {
          takeRight = false
        } else {
          break  // the core spans every item: every state has been evaluated
        }
        preferRight = !takeRight
        let j: Int
        if takeRight {
          j = rightPieces[rightPieces.count - 1].start
          rightPieces[rightPieces.count - 1].start += 1
          t = j
        } else {
          j = leftPieces[leftPieces.count - 1].end - 1
          leftPieces[leftPieces.count - 1].end -= 1
          s = j
          removable -= instance.weight[j]
        }
        let pj = instance.profit[j], wj = instance.weight[j]
        if reduction.isFixed(profit: pj, weight: wj, best: z) {
          stats.fixedByReduction += 1
          continue
        }

        // Branch on item j.
        history.coreOrder.append(j)
        stats.coreItems += 1
        let mask = history.nextMask
        if takeRight {
          let movable = states.countWithExcess(atMost: removable - wj)
          merge(
            states, into: &scratch, movedCount: movable, deltaProfit: pj, deltaWeight: wj,
            keepMask: 0, moveMask: mask)
          stats.statesGenerated += states.count + movable
        } else {
          merge(
            states, into: &scratch, movedCount: states.count, deltaProfit: -pj,
            deltaWeight: -wj, keepMask: mask, moveMask: 0)
          stats.statesGenerated += 2 * states.count
        }
        swap(&states, &scratch)

        // New incumbent?
        if let k = states.bestFeasible, states.storage[k].profit > z {
          z = states.storage[k].profit
          best = .state(
            states.storage[k], processed: history.coreOrder.count,
            epoch: history.epoch, core: s...t, flipped: nil)
        }
        // State pairing, once the DP has done more work than a pass costs (O(N + S log N)), then
        // each time the DP's total work doubles, so pairing stays a fraction of the run. Its
        // index by weight is rebuilt when the lazy order has moved items since.
        if stats.statesGenerated >= max(4 * n, 2 * pairedAtWork) {
          pairedAtWork = stats.statesGenerated
          if pairing == nil || pairingVersion != orderVersion {
            instance.materialize()
            pairing = Pairing(instance)
            pairingVersion = orderVersion
          }
          if let found = pairing!.bestCompletion(instance, states: states, core: s...t, best: z) {
            z = found.value
            stats.pairedIncumbents += 1
            pairingImproved = true
            best = .state(
              states.storage[found.state], processed: history.coreOrder.count,
              epoch: history.epoch, core: s...t, flipped: instance.original[found.position])
          }
        }
        let around = neighbours(reduction: reduction, z: z)
        fathom(
          &states, best: z, next: around.next, previous: around.previous,
          removable: removable)
        stats.peakLiveStates = max(stats.peakLiveStates, states.count)
        history.advance(&states, best: &best)

        // The cardinality bound, once: when the DP has done more work than it costs, or as soon
        // as pairing finds an incumbent on a hard instance (it may already meet the bound).
        if !cardinalityDone && (stats.statesGenerated >= cardinalityBoundTrigger || pairingImproved) {
          cardinalityDone = true
          stats.usedCardinalityBound = true
          instance.materialize()
          let kMax = maximumCardinality(instance)
          if let u = cardinalityBound(instance, kMax: kMax) { upper = min(upper, u) }
        }
      }

      var bound = z
      if exhausted {
        // Every solution not represented by a live state was fathomed with bound <= z.
        let around = neighbours(reduction: reduction, z: z)
        for i in 0..<states.count {
          let st = states.storage[i]
          if let u = stateUpperBound(
            profit: st.profit, excess: st.excess, next: around.next, previous: around.previous,
            ceiling: instance.candidateValue)
          {
            bound = max(bound, u)
          }
        }
        bound = min(bound, upper)
      }

      var chosen = chosenPrefix(brk.item)
      switch best {
      case .greedy(let list):
        chosen.insert(list, from: 0, to: list.count)
        return finish(chosen, flipped: nil, value: z, upperBound: max(bound, z))
      case .state(let st, let processed, let epoch, _, let flipped):
        history.applyDecisions(
          of: st, processed: processed, epoch: epoch, original: instance.original, to: &chosen)
        return finish(chosen, flipped: flipped, value: z, upperBound: max(bound, z))
      }
    }

    /// The set of the caller's items at positions `0..<prefix` (the break solution): O(prefix),
    /// or O(N / 64 + prefix - highEnd) when the high group's set stands for its positions.
    func chosenPrefix(_ prefix: Int) -> ItemSet {
      let g = instance.split
      if let high = g.highSet, prefix >= g.highEnd {
        // Positions 0..<highEnd hold the high group, written or not.
        var chosen = high
        chosen.insert(instance.original, from: g.highEnd, to: prefix)
        return chosen
      }
      var chosen = ItemSet(count: instance.itemCount)
      chosen.insert(instance.original, from: 0, to: prefix)
      return chosen
    }

    /// Flips `flipped` (caller's index) in `chosen`, adds the always-taken items, lists the
    /// result in index order and checks it against the DP's value.
    ///
    /// - Complexity: O(N / 64 + chosen items).
    func finish(
      _ chosen: ItemSet, flipped: Int?, value: Int, upperBound: Int
    ) -> Knapsack.LargeSolution {
      var chosen = chosen
      chosen.insert(instance.alwaysTaken, from: 0, to: instance.alwaysTaken.count)
      if let flipped { chosen.toggle(flipped) }
      let tally = chosen.members(values: instance.callerValues, weights: instance.callerWeights)
      let total = tally?.value ?? -1, weight = tally?.weight ?? -1
      precondition(
        total == value + instance.alwaysValue && weight >= 0 && weight <= instance.capacity,
        "large knapsack: reconstructed items disagree with the DP (value \(total), weight \(weight))")
      let ub = upperBound + instance.alwaysValue
      return Knapsack.LargeSolution(
        value: total, weight: weight, items: tally!.items, upperBound: ub, isOptimal: ub == total,
        stats: stats)
    }
  }
}
