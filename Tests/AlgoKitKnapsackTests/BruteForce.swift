import AlgoKitTestSupport

// Independent references: exhaustive enumeration, no DP.
@testable import AlgoKitKnapsack

/// The knapsack tests' seeded generator (each random test prints its seed on failure).
typealias SeededRandom = SplitMix64

enum Brute {
  /// Every subset as (ascending indices, weight, value).
  static func subsets<V: KnapsackValue>(_ w: [Int], _ v: [V]) -> [(items: [Int], weight: Int, value: V)] {
    var result: [(items: [Int], weight: Int, value: V)] = []
    for mask in 0..<(1 << w.count) {
      var items: [Int] = [], weight = 0, value = V.zero
      for i in 0..<w.count where mask & (1 << i) != 0 {
        items.append(i); weight += w[i]; value = value + v[i]
      }
      result.append((items, weight, value))
    }
    return result
  }

  static func zeroOne<V: KnapsackValue>(_ w: [Int], _ v: [V], _ cap: Int) -> V {
    subsets(w, v).filter { $0.weight <= cap }.map(\.value).max()!
  }

  static func zeroOneExact<V: KnapsackValue>(_ w: [Int], _ v: [V], _ cap: Int) -> V? {
    subsets(w, v).filter { $0.weight == cap }.map(\.value).max()
  }

  static func lexSmallestOptimal(_ w: [Int], _ v: [Int], _ cap: Int) -> [Int] {
    let feasible = subsets(w, v).filter { $0.weight <= cap }
    let best = feasible.map(\.value).max()!
    return feasible.filter { $0.value == best }.map(\.items)
      .min { $0.lexicographicallyPrecedes($1) }!
  }

  /// Best value choosing copies[i] in 0...limit[i] of each item (limit nil = capacity / weight).
  static func counted(_ w: [Int], _ v: [Int], _ limit: [Int?], _ cap: Int) -> Int {
    func go(_ i: Int, _ left: Int) -> Int {
      if i == w.count { return 0 }
      var best = 0
      var k = 0
      let most = limit[i] ?? (w[i] == 0 ? 0 : cap)
      while k <= most && k * w[i] <= left {
        best = max(best, k * v[i] + go(i + 1, left - k * w[i]))
        k += 1
      }
      return best
    }
    return go(0, cap)
  }

  /// Number of ways (copies per item bounded by `most`) to reach each total 0...cap.
  static func ways(_ w: [Int], _ cap: Int, unbounded: Bool) -> [Int] {
    var counts = [Int](repeating: 0, count: cap + 1)
    func go(_ i: Int, _ total: Int) {
      if total > cap { return }
      if i == w.count { counts[total] += 1; return }
      var k = 0
      while total + k * w[i] <= cap && (unbounded || k <= 1) {
        go(i + 1, total + k * w[i])
        k += 1
      }
    }
    go(0, 0)
    return counts
  }
}
