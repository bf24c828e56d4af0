import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

@Suite struct ManhattanMSTTests {
  static func l1(_ a: Vector2<Int>, _ b: Vector2<Int>) -> Int128 {
    (Int128(a.x) - Int128(b.x)).magnitude.asInt128 + (Int128(a.y) - Int128(b.y)).magnitude.asInt128
  }

  /// The minimum total weight by Prim's algorithm over all O(n²) pairs (exact in Int128).
  static func primTotal(_ pts: [Vector2<Int>]) -> Int128 {
    let n = pts.count
    if n < 2 { return 0 }
    var inTree = [Bool](repeating: false, count: n)
    var dist = [Int128?](repeating: nil, count: n)
    dist[0] = 0
    var total: Int128 = 0
    for _ in 0..<n {
      var u = -1
      for v in 0..<n where !inTree[v] {
        if let d = dist[v], u < 0 || d < dist[u]! { u = v }
      }
      inTree[u] = true
      total += dist[u]!
      for v in 0..<n where !inTree[v] {
        let d = l1(pts[u], pts[v])
        if dist[v] == nil || d < dist[v]! { dist[v] = d }
      }
    }
    return total
  }

  /// Checks that `tree` is a spanning tree of `pts` with true weights, in Kruskal order, of total
  /// weight `expected`.
  static func check(_ pts: [Vector2<Int>], _ tree: [SpanningTreeEdge<Int>], _ context: String) {
    let n = pts.count
    #expect(tree.count == max(0, n - 1), "\(context): \(tree.count) edges")
    var parent = Array(0..<n)
    func find(_ i: Int) -> Int { parent[i] == i ? i : find(parent[i]) }
    var total: Int128 = 0
    for e in tree {
      guard e.a < e.b, e.b < n else {
        Issue.record("\(context): bad edge \(e)")
        return
      }
      #expect(Int128(e.weight) == l1(pts[e.a], pts[e.b]), "\(context): wrong weight on \(e)")
      let ra = find(e.a), rb = find(e.b)
      #expect(ra != rb, "\(context): cycle at \(e)")
      parent[ra] = rb
      total += Int128(e.weight)
    }
    #expect(zip(tree, tree.dropFirst()).allSatisfy { $0.weight <= $1.weight }, "\(context): not in weight order")
    #expect(total == primTotal(pts), "\(context): total \(total), minimum \(primTotal(pts))")
  }

  @Test func documentationExample() {
    let tree = [Vector2(0, 0), Vector2(3, 1), Vector2(1, 1), Vector2(3, 3)].manhattanMinimumSpanningTree()
    #expect(
      tree == [
        SpanningTreeEdge(0, 2, weight: 2), SpanningTreeEdge(1, 2, weight: 2), SpanningTreeEdge(1, 3, weight: 2),
      ])
  }

  @Test func smallAndDegenerateCases() {
    #expect([Vector2<Int>]().manhattanMinimumSpanningTree() == [])
    #expect([Vector2(7, 7)].manhattanMinimumSpanningTree() == [])
    #expect([Vector2(7, 7), Vector2(7, 7)].manhattanMinimumSpanningTree() == [SpanningTreeEdge(0, 1, weight: 0)])
    #expect([Vector2(0.0, 0), Vector2(.nan, 1), Vector2(2, 2)].manhattanMinimumSpanningTree() == [])
    #expect([Vector2(0.0, 0), Vector2(-.infinity, 1)].manhattanMinimumSpanningTree() == [])
    // Library Checker manhattanmst example (total 21 by hand: 4 9 duplicated, weight 0).
    let example = [Vector2(3, 8), Vector2(4, 9), Vector2(2, 1), Vector2(10, 5), Vector2(4, 9), Vector2(2, 0)]
    let tree = example.manhattanMinimumSpanningTree()
    Self.check(example, tree, "example")
    #expect(tree.reduce(0) { $0 + $1.weight } == 21)
    // Collinear, on axes and diagonals, all equal.
    Self.check(
      (0..<20).map { Vector2($0 * 3, 5) }, (0..<20).map { Vector2($0 * 3, 5) }.manhattanMinimumSpanningTree(), "row")
    let diagonal = (0..<20).map { Vector2($0 * 7 % 20, -($0 * 7 % 20)) }
    Self.check(diagonal, diagonal.manhattanMinimumSpanningTree(), "anti-diagonal")
    let same = [Vector2](repeating: Vector2(-4, 9), count: 10)
    Self.check(same, same.manhattanMinimumSpanningTree(), "all equal")
  }

  @Test func matchesPrimOverAllPairs() {
    let seed: UInt64 = 0x5EED_0017
    var rng = SplitMix64(seed: seed)
    for round in 0..<500 {
      let n = rng.int(in: 0...60)
      let r = [1, 3, 20, 1_000_000_000, 1 << 60][round % 5]
      var pts = (0..<n).map { _ in Vector2(rng.int(in: -r...r), rng.int(in: -r...r)) }
      if round % 3 == 0 && !pts.isEmpty {
        for _ in 0..<rng.int(in: 1...6) { pts.append(pts[rng.int(in: 0..<pts.count)]) }
      }
      if round % 4 == 1 {  // points on a few lines of slope 0, ±1, ∞
        pts = pts.map { p in
          switch rng.int(in: 0...3) {
          case 0: return Vector2(p.x, 0)
          case 1: return Vector2(0, p.y)
          case 2: return Vector2(p.x / 2, p.x / 2)
          default: return Vector2(p.x / 2, -(p.x / 2))
          }
        }
      }
      let context = "seed \(seed) round \(round) n \(pts.count)"
      let tree = pts.manhattanMinimumSpanningTree()
      Self.check(pts, tree, context)
      if r <= 1_000_000_000 {
        let asDouble = pts.map { Vector2<Double>($0) }.manhattanMinimumSpanningTree()
        #expect(asDouble.map(\.weight).reduce(0, +) == Double(tree.map(\.weight).reduce(0, +)), "\(context): Double")
        #expect(pts.lazy.map { $0 }.manhattanMinimumSpanningTree() == tree, "\(context): lazy collection")
      }
      if r <= 20 {  // Int32: the half-perimeter must fit
        let asInt32 = pts.map { Vector2(Int32($0.x), Int32($0.y)) }.manhattanMinimumSpanningTree()
        #expect(asInt32.map { Int($0.weight) } == tree.map(\.weight), "\(context): Int32")
      }
    }
  }

  @Test func overflowIsAPreconditionFailure() async {
    await #expect(processExitsWith: .failure) {
      _ = [Vector2(Int.min / 2, 0), Vector2(Int.max / 2, 1)].manhattanMinimumSpanningTree()
    }
    await #expect(processExitsWith: .failure) {
      _ = [Vector2<Int32>(-2_000_000_000, 0), Vector2<Int32>(0, 2_000_000_000)].manhattanMinimumSpanningTree()
    }
  }
}

extension UInt128 {
  fileprivate var asInt128: Int128 { Int128(self) }
}
