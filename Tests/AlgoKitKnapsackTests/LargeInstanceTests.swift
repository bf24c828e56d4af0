// Tests of Knapsack.zeroOneLarge against references written here, independent of the solver and
// of the module's other DPs: a subset enumerator (N <= 20) and a plain O(N·W) rolling DP.

import AlgoKitTestSupport
import Testing

@testable import AlgoKitKnapsack

@Suite struct LargeInstanceTests {
  // MARK: References and generators (test-local)

  /// The peers' xorshift64, from a caller's seed.
  typealias Rng = XorShift64

  enum InstanceClass: CaseIterable { case uncorrelated, weak, strong, subsetSum }

  /// Pisinger's classes: weight `1 + rand % R`, profit by class; capacity half the total weight.
  static func pisinger(_ kind: InstanceClass, n: Int, range r: Int, rng: inout Rng)
    -> (weights: [Int], values: [Int], capacity: Int)
  {
    var w: [Int] = [], p: [Int] = []
    for _ in 0..<n {
      let wi = 1 + rng.below(r)
      let pi: Int
      switch kind {
      case .uncorrelated: pi = 1 + rng.below(r)
      case .weak: pi = max(1, wi - r / 10 + rng.below(r / 5 + 1))
      case .strong: pi = wi + r / 10
      case .subsetSum: pi = wi
      }
      w.append(wi)
      p.append(pi)
    }
    return (w, p, w.reduce(0, +) / 2)
  }

  /// Best value over all subsets (weights summed with overflow checks: an overflowing subset is
  /// too heavy).
  static func bruteForce(weights: [Int], values: [Int], capacity: Int) -> Int {
    let n = weights.count
    var best = 0
    for mask in 0..<(1 << n) {
      var w = 0, v = 0, ok = true
      for i in 0..<n where mask >> i & 1 == 1 {
        let (s, o) = w.addingReportingOverflow(weights[i])
        if o || s > capacity { ok = false; break }
        w = s
        v += values[i]
      }
      if ok { best = max(best, v) }
    }
    return best
  }

  /// Textbook rolling-array DP over capacities 0...capacity.
  static func tableDP(weights: [Int], values: [Int], capacity: Int) -> Int {
    var f = [Int](repeating: 0, count: capacity + 1)
    for i in weights.indices where weights[i] <= capacity {
      let w = weights[i], v = values[i]
      var x = capacity
      while x >= w {
        f[x] = max(f[x], f[x - w] + v)
        x -= 1
      }
    }
    return f[capacity]
  }

  /// Checks the solution is well formed: items ascending, distinct, in range; value and weight
  /// are their sums; weight within capacity; value <= upperBound.
  static func checkFeasible(
    _ s: Knapsack.LargeSolution, weights: [Int], values: [Int], capacity: Int,
    _ context: String
  ) {
    #expect(s.items == s.items.sorted() && Set(s.items).count == s.items.count, "\(context)")
    #expect(s.items.allSatisfy { weights.indices.contains($0) }, "\(context)")
    var w = 0, v = 0, overflow = false
    for i in s.items where weights.indices.contains(i) {
      let (sw, o) = w.addingReportingOverflow(weights[i])
      overflow = overflow || o
      w = sw
      v += values[i]
    }
    #expect(!overflow && w <= capacity, "\(context): weight \(w) over capacity \(capacity)")
    #expect(v == s.value && w == s.weight, "\(context): reported \(s.value)/\(s.weight), items give \(v)/\(w)")
    #expect(s.value <= s.upperBound, "\(context)")
  }

  static func checkOptimal(
    _ s: Knapsack.LargeSolution, expected: Int, weights: [Int], values: [Int], capacity: Int,
    _ context: String
  ) {
    checkFeasible(s, weights: weights, values: values, capacity: capacity, context)
    #expect(s.value == expected, "\(context): value \(s.value), reference \(expected)")
    #expect(s.isOptimal && s.upperBound == s.value, "\(context): not proven optimal")
  }

  // MARK: Small random instances against the enumerator

  @Test func smallRandomAgainstBruteForce() throws {
    for seed in UInt64(1)...250 {
      var rng = Rng(seed: seed &* 0x9E37_79B9_7F4A_7C15)
      let n = rng.below(15)
      let maxW = [1, 5, 20, 1000][rng.below(4)]
      var w = (0..<n).map { _ in rng.below(maxW + 1) }  // zero weights included
      var v = (0..<n).map { _ in rng.below(50) }  // zero values included
      if seed % 5 == 0 { v = w.map { $0 + 7 } }  // strongly correlated
      if seed % 7 == 0 { v = w }  // subset sum
      if seed % 11 == 0 { w = w.map { $0 * 3 } }  // common divisor
      let total = w.reduce(0, +)
      let c = rng.below(total + 2)  // from 0 to more than everything
      let s = try Knapsack.zeroOneLarge(weights: w, values: v, capacity: c)
      let expected = Self.bruteForce(weights: w, values: v, capacity: c)
      Self.checkOptimal(
        s, expected: expected, weights: w, values: v, capacity: c,
        "seed \(seed) n \(n) c \(c) w \(w) v \(v)")
    }
  }

  // MARK: Pisinger's classes against the table DP

  @Test(arguments: InstanceClass.allCases)
  func pisingerClassesAgainstTableDP(_ kind: InstanceClass) throws {
    var paired = 0
    for seed in UInt64(1)...12 {
      var rng = Rng(seed: seed &* 0xD1B5_4A32_D192_ED03 &+ UInt64(kind.hashValue & 0xff))
      let n = 20 + rng.below(180)
      let r = [30, 100, 300][rng.below(3)]
      let (w, v, c) = Self.pisinger(kind, n: n, range: r, rng: &rng)
      let s = try Knapsack.zeroOneLarge(weights: w, values: v, capacity: c)
      let expected = Self.tableDP(weights: w, values: v, capacity: c)
      Self.checkOptimal(
        s, expected: expected, weights: w, values: v, capacity: c,
        "\(kind) seed \(seed) n \(n) R \(r)")
      paired += s.stats.pairedIncumbents
    }
    if kind == .strong {
      #expect(paired > 0, "no incumbent came from state pairing: its reconstruction went untested")
    }
  }

  /// Capacities other than half the total: nearly empty and nearly full knapsacks.
  @Test func unusualCapacities() throws {
    for seed in UInt64(1)...16 {
      var rng = Rng(seed: seed &+ 77)
      let kind = InstanceClass.allCases[Int(seed % 4)]
      let (w, v, half) = Self.pisinger(kind, n: 60 + rng.below(60), range: 100, rng: &rng)
      for c in [rng.below(150), half / 7, 2 * half - rng.below(200), 2 * half + 5] where c >= 0 {
        let s = try Knapsack.zeroOneLarge(weights: w, values: v, capacity: c)
        Self.checkOptimal(
          s, expected: Self.tableDP(weights: w, values: v, capacity: c),
          weights: w, values: v, capacity: c, "\(kind) seed \(seed) c \(c)")
      }
    }
  }

  /// Cores longer than 64 items use checkpoint nodes; collecting them after every checkpoint
  /// must not lose the best solution's decisions. Strongly correlated items of even weight and an
  /// odd capacity: no perfect fill exists, so neither pairing nor the cardinality bound can end
  /// the search early and the core grows long.
  @Test func longCoresWithCheckpointCollection() throws {
    var sawLongCore = false
    for seed in UInt64(1)...3 {
      var rng = Rng(seed: seed &* 31 &+ 5)
      let w = (0..<300).map { _ in 2 * (1 + rng.below(40)) }
      let v = w.map { $0 + 8 }
      let c = (w.reduce(0, +) / 2) | 1
      for slack in [0, 1 << 16] {
        _ = try Knapsack._validateZeroOne(weights: w, values: v, capacity: c)
        var solver = Knapsack._LargeInstance.Solver(
          instance: .init(weights: w, values: v, capacity: c), budget: .init())
        solver.collectionSlack = slack
        let s = solver.solve()
        sawLongCore = sawLongCore || s.stats.coreItems > 128
        Self.checkOptimal(
          s, expected: Self.tableDP(weights: w, values: v, capacity: c),
          weights: w, values: v, capacity: c, "seed \(seed) slack \(slack) core \(s.stats.coreItems)")
      }
    }
    #expect(sawLongCore, "no instance had a core over 128 items: the checkpoints went untested")
  }

  // MARK: The sampled three-way split (N >= Pivots.minimumCount)

  /// Instances large enough for the sampled split, with small weights so the table DP stays
  /// cheap: heavy ties in value/weight (ratios of small integers), every class, capacities from
  /// nearly empty to nearly full.
  @Test(arguments: InstanceClass.allCases)
  func sampledSplitAgainstTableDP(_ kind: InstanceClass) throws {
    for seed in UInt64(1)...3 {
      var rng = Rng(seed: seed &* 0xA076_1D64_78BD_642F &+ UInt64(kind.hashValue & 0xff))
      let n = Knapsack._LargeInstance.Pivots.minimumCount + rng.below(1500)
      let r = [10, 30][rng.below(2)]
      let (w, v, half) = Self.pisinger(kind, n: n, range: r, rng: &rng)
      for c in [half, rng.below(40), 2 * half - rng.below(40)] {
        let s = try Knapsack.zeroOneLarge(weights: w, values: v, capacity: c)
        Self.checkOptimal(
          s, expected: Self.tableDP(weights: w, values: v, capacity: c),
          weights: w, values: v, capacity: c, "\(kind) seed \(seed) n \(n) R \(r) c \(c)")
      }
    }
  }

  /// Every item of equal value/weight (ties broken by index only) and some items that cannot
  /// count (heavier than the capacity, weight 0, value 0) mixed into a split-sized instance.
  @Test func sampledSplitWithEqualRatiosAndJunk() throws {
    for seed in UInt64(1)...3 {
      var rng = Rng(seed: seed &+ 0x5EED)
      let n = Knapsack._LargeInstance.Pivots.minimumCount + 100
      var w = (0..<n).map { _ in 1 + rng.below(12) }
      var v = w.map { 3 * $0 }  // all ratios 3
      let c = w.reduce(0, +) / 3 + Int(seed)
      for _ in 0..<40 {
        let i = rng.below(n)
        switch rng.below(3) {
        case 0: w[i] = c + 1 + rng.below(5)  // never fits
        case 1: w[i] = 0  // always taken when its value is positive
        default: v[i] = 0  // never taken
        }
      }
      let s = try Knapsack.zeroOneLarge(weights: w, values: v, capacity: c)
      Self.checkOptimal(
        s, expected: Self.tableDP(weights: w, values: v, capacity: c),
        weights: w, values: v, capacity: c, "seed \(seed)")
    }
  }

  /// The split is exact whatever the pivots; only its balance depends on the sample. Arbitrary
  /// pivots (including misordered ones and ones far from the break item) put the break item in
  /// the high, middle or low group, and make the core reduce and write the unwritten groups,
  /// and pairing and the cardinality bound write everything.
  @Test func arbitraryPivotsKeepTheOptimum() throws {
    typealias L = Knapsack._LargeInstance
    var groups = Set<Int>()
    for seed in UInt64(1)...160 {
      var rng = Rng(seed: seed &* 0x2545_F491_4F6C_DD1D)
      let kind = InstanceClass.allCases[Int(seed % 4)]
      let n = 1 + rng.below(120)
      var (w, v, c) = Self.pisinger(kind, n: n, range: [20, 100, 1000][rng.below(3)], rng: &rng)
      if seed % 7 == 0 { c = rng.below(c + 1) }
      if seed % 9 == 0 {
        for _ in 0..<3 {
          let i = rng.below(n)
          if rng.below(2) == 0 { w[i] = 0 } else { v[i] = 0 }
        }
      }
      func pivot() -> (profit: Int, weight: Int, index: Int)? {
        rng.below(5) == 0 ? nil : (1 + rng.below(1200), 1 + rng.below(1200), rng.below(n + 1))
      }
      // Any place to write the middle group first (it may even run out of room and restart).
      let pivots = L.Pivots(high: pivot(), low: pivot(), middleStart: rng.below(n + 1))
      let instance = try L.Instance(validating: w, values: v, capacity: c, pivots: pivots)
      let g = instance.split
      let where_ =
        g.highWeight > UInt(c) ? 0 : L.saturatingSum(g.highWeight, g.middleWeight) > UInt(c) ? 1 : 2
      groups.insert(where_)
      for budget in [Knapsack.LargeBudget(), Knapsack.LargeBudget(maxStates: 300)] {
        var solver = L.Solver(instance: instance, budget: budget)
        let s = solver.solve()
        let context = "seed \(seed) \(kind) n \(n) c \(c) pivots \(pivots) w \(w) v \(v)"
        let optimum = Self.tableDP(weights: w, values: v, capacity: c)
        if budget.maxStates == .max || s.isOptimal {
          Self.checkOptimal(s, expected: optimum, weights: w, values: v, capacity: c, context)
        } else {
          Self.checkFeasible(s, weights: w, values: v, capacity: c, context)
          #expect(s.value <= optimum && optimum <= s.upperBound, "\(context)")
        }
      }
    }
    #expect(groups == [0, 1, 2], "the break item was not seen in every group: \(groups)")
  }

  /// Arbitrary pivots with weights and values near Int.max: the split's products need 128 bits.
  @Test func arbitraryPivotsWithHugeNumbers() throws {
    typealias L = Knapsack._LargeInstance
    for seed in UInt64(1)...60 {
      var rng = Rng(seed: seed &+ 0xB16)
      let n = 1 + rng.below(12)
      let w = (0..<n).map { _ in Int(rng.next() >> 2) }
      let v = (0..<n).map { _ in Int(rng.next() >> 8) }
      let c = seed % 3 == 0 ? Int.max : Int(rng.next() >> 1)
      func pivot() -> (profit: Int, weight: Int, index: Int)? {
        rng.below(4) == 0 ? nil : (Int(rng.next() >> 1), 1 + Int(rng.next() >> 2), rng.below(n))
      }
      let pivots = L.Pivots(high: pivot(), low: pivot(), middleStart: rng.below(n))
      var solver = L.Solver(
        instance: try L.Instance(validating: w, values: v, capacity: c, pivots: pivots),
        budget: .init())
      let s = solver.solve()
      Self.checkOptimal(
        s, expected: Self.bruteForce(weights: w, values: v, capacity: c),
        weights: w, values: v, capacity: c, "seed \(seed) w \(w) v \(v) c \(c) \(pivots)")
    }
  }

  // MARK: Large numbers

  /// Scaling every weight and the capacity by 10^12 keeps the optimum; bounds then need 128 bits.
  @Test func hugeWeightsKeepTheOptimum() throws {
    for seed in UInt64(1)...20 {
      var rng = Rng(seed: seed &+ 1000)
      let kind = InstanceClass.allCases[Int(seed % 4)]
      let (w, v, c) = Self.pisinger(kind, n: 80, range: 200, rng: &rng)
      let scale = 1_000_000_000_000
      let ws = w.map { $0 * scale }
      let s = try Knapsack.zeroOneLarge(weights: ws, values: v, capacity: c * scale + scale - 1)
      Self.checkOptimal(
        s, expected: Self.tableDP(weights: w, values: v, capacity: c),
        weights: ws, values: v, capacity: c * scale + scale - 1, "\(kind) seed \(seed)")
    }
  }

  /// Weights, values and capacity near Int.max, against the enumerator.
  @Test func extremeMagnitudesAgainstBruteForce() throws {
    for seed in UInt64(1)...60 {
      var rng = Rng(seed: seed &+ 4242)
      let n = 1 + rng.below(12)
      let w = (0..<n).map { _ in Int(rng.next() >> 2) }  // up to 2^62
      let v = (0..<n).map { _ in Int(rng.next() >> 8) }  // sum of 14 fits in Int
      let c = seed % 3 == 0 ? Int.max : Int(rng.next() >> 1)
      let s = try Knapsack.zeroOneLarge(weights: w, values: v, capacity: c)
      Self.checkOptimal(
        s, expected: Self.bruteForce(weights: w, values: v, capacity: c),
        weights: w, values: v, capacity: c, "seed \(seed) w \(w) v \(v) c \(c)")
    }
  }

  /// Values and weights near Int.max on an instance large enough that pairing and the
  /// cardinality bound run (their multiplier search must not overflow).
  @Test func nearIntMaxWithBoundsAndPairing() throws {
    for seed in UInt64(1)...6 {
      var rng = Rng(seed: seed &+ 5150)
      let n = 16
      // About 8 of the items fit; item 0 is nearly the whole capacity and half of Int.max in value,
      // so the largest weight plus the largest value exceeds Int.max.
      var w = (0..<n).map { _ in Int.max / 16 + Int(rng.next() >> 5) }
      var v = (0..<n).map { i in Int.max / 40 + i * 7 + rng.below(1000) }
      w[0] = Int.max - 5
      v[0] = Int.max / 2  // total value about 0.9 Int.max: fits
      let c = Int.max
      let s = try Knapsack.zeroOneLarge(weights: w, values: v, capacity: c)
      Self.checkOptimal(
        s, expected: Self.bruteForce(weights: w, values: v, capacity: c),
        weights: w, values: v, capacity: c, "seed \(seed)")
    }
  }

  /// The global bounds are upper bounds: the Dantzig bound and the cardinality surrogate bound
  /// never fall below the enumerated optimum; on strongly correlated items the cardinality bound
  /// is `c + K·kMax` exactly.
  @Test func globalBoundsBoundTheOptimum() throws {
    typealias L = Knapsack._LargeInstance
    for seed in UInt64(1)...120 {
      var rng = Rng(seed: seed &+ 31337)
      let n = 1 + rng.below(13)
      let huge = seed % 4 == 0
      let w = (0..<n).map { _ in huge ? Int(rng.next() >> 3) : 1 + rng.below(100) }
      let v: [Int] =
        seed % 3 == 0
        ? w.map { $0 / 16 + 10 }
        : (0..<n).map { _ in huge ? Int(rng.next() >> 8) : rng.below(100) }
      let c = huge ? Int(rng.next() >> 1) : rng.below(w.reduce(0, +) + 1)
      let optimum = Self.bruteForce(weights: w, values: v, capacity: c)
      let instance = L.Instance(weights: w, values: v, capacity: c)
      let context = "seed \(seed) w \(w) v \(v) c \(c)"
      if instance.count == 0 { continue }
      let dantzig = L.dantzigBound(instance, L.BreakSolution(instance))
      #expect(dantzig + instance.alwaysValue >= optimum, "\(context)")
      let kMax = L.maximumCardinality(instance)
      if let card = L.cardinalityBound(instance, kMax: kMax) {
        #expect(card + instance.alwaysValue >= optimum, "\(context): cardinality bound \(card)")
      }
    }
    // Strongly correlated, K = 50: the bound is c + 50·kMax.
    var rng = Rng(seed: 8)
    let w = (0..<40).map { _ in 1 + rng.below(500) }
    let v = w.map { $0 + 50 }
    let c = w.reduce(0, +) / 2
    let instance = L.Instance(weights: w, values: v, capacity: c)
    let kMax = L.maximumCardinality(instance)
    #expect(L.cardinalityBound(instance, kMax: kMax) == c + 50 * kMax)
  }

  // MARK: Budget

  /// A tiny state budget on a strongly correlated instance: the answer is feasible, not proven,
  /// and its upper bound really bounds the optimum.
  @Test func stateBudgetExhaustion() throws {
    var sawUnproven = false
    for seed in UInt64(1)...5 {
      var rng = Rng(seed: seed &+ 99)
      let (w, v, c) = Self.pisinger(.strong, n: 150, range: 300, rng: &rng)
      let optimum = Self.tableDP(weights: w, values: v, capacity: c)
      for budget in [0, 10, 1000, 20_000] {
        let s = try Knapsack.zeroOneLarge(
          weights: w, values: v, capacity: c, budget: .init(maxStates: budget))
        let context = "seed \(seed) budget \(budget)"
        Self.checkFeasible(s, weights: w, values: v, capacity: c, context)
        #expect(
          s.value <= optimum && optimum <= s.upperBound,
          "\(context): value \(s.value), optimum \(optimum), bound \(s.upperBound)")
        #expect(s.isOptimal == (s.value == s.upperBound), "\(context)")
        if s.isOptimal { #expect(s.value == optimum, "\(context)") }
        sawUnproven = sawUnproven || !s.isOptimal
        #expect(s.stats.statesGenerated <= budget, "\(context)")
      }
    }
    #expect(sawUnproven, "the budgets never ran out: the exhaustion path went untested")
  }

  @Test func liveStateAndTimeBudgets() throws {
    var rng = Rng(seed: 2024)
    let (w, v, c) = Self.pisinger(.strong, n: 200, range: 1000, rng: &rng)
    let optimum = Self.tableDP(weights: w, values: v, capacity: c)
    for budget in [
      Knapsack.LargeBudget(maxLiveStates: 4), Knapsack.LargeBudget(timeLimit: .zero),
      Knapsack.LargeBudget(maxStates: 0, maxLiveStates: 0, timeLimit: .zero),
    ] {
      let s = try Knapsack.zeroOneLarge(weights: w, values: v, capacity: c, budget: budget)
      Self.checkFeasible(s, weights: w, values: v, capacity: c, "\(budget)")
      #expect(s.value <= optimum && optimum <= s.upperBound, "\(budget)")
    }
  }

  // MARK: Degenerate inputs

  @Test func degenerateInputs() throws {
    func solve(_ w: [Int], _ v: [Int], _ c: Int) throws -> Knapsack.LargeSolution {
      let s = try Knapsack.zeroOneLarge(weights: w, values: v, capacity: c)
      Self.checkOptimal(
        s, expected: Self.bruteForce(weights: w, values: v, capacity: c),
        weights: w, values: v, capacity: c, "w \(w) v \(v) c \(c)")
      return s
    }
    #expect(try solve([], [], 0).items == [])
    #expect(try solve([], [], 100).value == 0)
    #expect(try solve([3, 0, 2], [5, 4, 1], 0).items == [1])  // zero capacity: zero weights only
    #expect(try solve([0, 0], [0, 9], 10).items == [1])  // weight 0 value 0 is not taken
    #expect(try solve([11, 12], [5, 6], 10).items == [])  // all heavier than the capacity
    #expect(try solve([1, 2, 3], [1, 2, 3], 100).items == [0, 1, 2])  // all fit
    #expect(try solve([5], [0], 5).items == [])  // value 0 is never taken
    #expect(try solve([5], [7], 5).items == [0])
    #expect(try solve([Int.max, 1], [3, 2], Int.max).value == 3)
    #expect(try solve([Int.max, Int.max], [3, 2], Int.max).items == [0])
    #expect(try solve([4, 4, 4], [5, 5, 5], 8).value == 10)  // identical items
    // The doc comment's example.
    let s = try solve([600_000_000_000, 400_000_000_000, 500_000_000_000], [60, 50, 55], 1_000_000_000_000)
    #expect(s.value == 110 && s.items == [0, 1])
  }

  // MARK: Bad input

  @Test func badInputThrowsTypedErrors() {
    #expect(throws: KnapsackError.mismatchedLengths(weights: 2, values: 1)) {
      try Knapsack.zeroOneLarge(weights: [1, 2], values: [1], capacity: 3)
    }
    #expect(throws: KnapsackError.negativeCapacity(-1)) {
      try Knapsack.zeroOneLarge(weights: [1], values: [1], capacity: -1)
    }
    #expect(throws: KnapsackError.negativeWeight(item: 1, weight: -5)) {
      try Knapsack.zeroOneLarge(weights: [1, -5], values: [1, 1], capacity: 3)
    }
    #expect(throws: KnapsackError.invalidValue(item: 2)) {
      try Knapsack.zeroOneLarge(weights: [1, 1, 1], values: [1, 1, -1], capacity: 3)
    }
    #expect(throws: KnapsackError.valueOverflow(item: 2)) {
      try Knapsack.zeroOneLarge(weights: [1, 1, 1], values: [Int.max / 2, Int.max / 2, 2], capacity: 3)
    }
    // Values of items that cannot fit do not count towards the overflow check.
    #expect(throws: Never.self) {
      try Knapsack.zeroOneLarge(weights: [1, 9, 1], values: [Int.max / 2, Int.max, 2], capacity: 3)
    }
  }
}
