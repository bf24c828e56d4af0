import Testing

@testable import AlgoKitKnapsack

@Suite struct VariantTests {
  static let seeds: [UInt64] = Array(1...40)

  static func items(_ seed: UInt64, maxN: Int = 6, zeroWeights: Bool = false)
    -> (w: [Int], v: [Int], cap: Int, rng: SeededRandom)
  {
    var rng = SeededRandom(seed: seed)
    let n = rng.int(in: 0...maxN)
    let w = (0..<n).map { _ in rng.int(in: (zeroWeights ? 0 : 1)...8) }
    let v = (0..<n).map { _ in rng.int(in: 0...20) }
    return (w, v, rng.int(in: 0...25), rng)
  }

  @Test(arguments: seeds)
  func unboundedMatchesBruteForce(seed: UInt64) throws {
    let (w, v, cap, _) = Self.items(seed)
    let got = try Knapsack.unboundedValue(weights: w, values: v, capacity: cap)
    #expect(got == Brute.counted(w, v, w.map { _ in nil }, cap), "seed \(seed) w=\(w) v=\(v) cap=\(cap)")
  }

  @Test(arguments: seeds)
  func boundedBothMethodsMatchBruteForce(seed: UInt64) throws {
    var (w, v, cap, rng) = Self.items(seed, zeroWeights: true)
    let counts = w.map { _ in rng.int(in: 0...5) }
    let expected = Brute.counted(w, v, counts, cap)
    for method in [Knapsack.BoundedMethod.binarySplitting, .monotoneQueue] {
      let got = try Knapsack.boundedValue(weights: w, values: v, counts: counts, capacity: cap, method: method)
      #expect(got == expected, "seed \(seed) \(method) w=\(w) v=\(v) c=\(counts) cap=\(cap)")
    }
    _ = cap
  }

  @Test func boundedHugeCountsAreCapped() throws {
    #expect(try Knapsack.boundedValue(weights: [3], values: [5], counts: [Int.max], capacity: 10) == 15)
    #expect(
      try Knapsack.boundedValue(weights: [3], values: [5], counts: [Int.max], capacity: 10, method: .binarySplitting)
        == 15)
  }

  @Test(arguments: seeds)
  func groupMatchesBruteForce(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let groups: [[Knapsack.Item<Int>]] = (0..<rng.int(in: 0...4)).map { _ in
      (0..<rng.int(in: 0...3)).map { _ in
        .init(weight: rng.int(in: 0...8), value: rng.int(in: 0...20))
      }
    }
    let cap = rng.int(in: 0...20)
    func brute(_ g: Int, _ left: Int) -> Int {
      if g == groups.count { return 0 }
      var best = brute(g + 1, left)
      for item in groups[g] where item.weight <= left {
        best = max(best, item.value + brute(g + 1, left - item.weight))
      }
      return best
    }
    #expect(try Knapsack.groupValue(groups: groups, capacity: cap) == brute(0, cap), "seed \(seed)")
  }

  @Test(arguments: seeds)
  func twoDimensionalMatchesBruteForce(seed: UInt64) throws {
    var (w, v, cap, rng) = Self.items(seed, maxN: 10, zeroWeights: true)
    let u = w.map { _ in rng.int(in: 0...8) }
    let ucap = rng.int(in: 0...20)
    var best = 0
    for mask in 0..<(1 << w.count) {
      var tw = 0, tu = 0, tv = 0
      for i in 0..<w.count where mask & (1 << i) != 0 { tw += w[i]; tu += u[i]; tv += v[i] }
      if tw <= cap && tu <= ucap { best = max(best, tv) }
    }
    let got = try Knapsack.twoDimensionalValue(
      weights: w, volumes: u, values: v, capacity: cap, volumeCapacity: ucap)
    #expect(got == best, "seed \(seed)")
  }

  @Test(arguments: seeds)
  func mixedMatchesBruteForce(seed: UInt64) throws {
    var (w, v, cap, rng) = Self.items(seed)
    var limits: [Int?] = []
    var items: [Knapsack.MixedItem<Int>] = []
    for i in w.indices {
      switch rng.int(in: 0...2) {
      case 0: limits.append(1); items.append(.init(weight: w[i], value: v[i], copies: .one))
      case 1: limits.append(nil); items.append(.init(weight: w[i], value: v[i], copies: .unlimited))
      default:
        let c = rng.int(in: 0...4)
        limits.append(c); items.append(.init(weight: w[i], value: v[i], copies: .atMost(c)))
      }
    }
    #expect(try Knapsack.mixedValue(items: items, capacity: cap) == Brute.counted(w, v, limits, cap), "seed \(seed)")
  }

  @Test(arguments: seeds)
  func countingMatchesBruteForce(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let n = rng.int(in: 0...10)
    let w = (0..<n).map { _ in rng.int(in: 0...6) }
    let cap = rng.int(in: 0...20)
    let expected = Brute.ways(w, cap, unbounded: false)
    #expect(try Knapsack.countWays(weights: w, capacity: cap, as: Int.self) == expected, "seed \(seed)")
    #expect(try Knapsack.countWays(weights: w, capacity: cap, modulus: 7) == expected.map { $0 % 7 }, "seed \(seed)")
    let positive = w.map { max(1, $0) }
    let unbounded = Brute.ways(positive, cap, unbounded: true)
    #expect(
      try Knapsack.countWays(weights: positive, capacity: cap, repetition: .unbounded, as: Int.self) == unbounded,
      "seed \(seed)")
    #expect(
      try Knapsack.countWays(weights: positive, capacity: cap, repetition: .unbounded, modulus: 5)
        == unbounded.map { $0 % 5 }, "seed \(seed)")
  }

  @Test func countingModulusNearIntMaxDoesNotOverflow() throws {
    let m = Int.max
    let ways = try Knapsack.countWays(weights: Array(repeating: 0, count: 70), capacity: 0, modulus: m)
    // 2^70 mod (2^63 - 1) = 2^7.
    #expect(ways == [128])
  }

  @Test(arguments: seeds)
  func subsetSumsMatchBruteForce(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let n = rng.int(in: 0...12)
    let big = seed % 2 == 0
    let w = (0..<n).map { _ in rng.int(in: 0...(big ? 150 : 10)) }
    let cap = rng.int(in: 0...(big ? 700 : 40))
    let all = Brute.subsets(w, w)
    let reachable = Set(all.map(\.weight).filter { $0 <= cap }).sorted()
    let sums = try Knapsack.subsetSums(weights: w, capacity: cap)
    #expect(sums.sums == reachable, "seed \(seed) w=\(w) cap=\(cap)")
    #expect(sums.count == reachable.count, "seed \(seed)")
    #expect(try Knapsack.isSubsetSum(weights: w, target: cap) == reachable.contains(cap), "seed \(seed)")
    let lex = all.filter { $0.weight == cap }.map(\.items).min { $0.lexicographicallyPrecedes($1) }
    #expect(try Knapsack.subsetSumItems(weights: w, target: cap) == lex, "seed \(seed) w=\(w) cap=\(cap)")
  }
}
