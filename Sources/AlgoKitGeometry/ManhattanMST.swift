// Manhattan (L1) minimum spanning tree: for each point, the nearest point in each of 4 octants
// (the other 4 are the same edges seen from the other end) is a candidate edge, and some minimum
// spanning tree uses only candidates (Zhou, Shen and Shen, 2002). Each octant is one sweep in
// decreasing x with a Fenwick tree of prefix minima over the ranks of y - x; then Kruskal's
// algorithm on the at most 4n candidates. Sweep keys are in the wide type, so exact for integers.

extension Collection {
  /// A minimum spanning tree of these points under the Manhattan (L1) distance
  /// `|x₁ - x₂| + |y₁ - y₂|`: `n - 1` edges between input offsets, each with its exact L1 length as
  /// the weight, in the order Kruskal's algorithm takes them (increasing weight).
  ///
  ///     [Vector2(0, 0), Vector2(3, 1), Vector2(1, 1), Vector2(3, 3)].manhattanMinimumSpanningTree()
  ///     // [(0, 2, weight 2), (1, 2, weight 2), (1, 3, weight 2)]: total 6
  ///
  /// Ties: among candidate edges of equal weight, the one with the smaller `(a, b)` is taken first;
  /// which minimum tree is returned is otherwise unspecified (its total weight is always the
  /// minimum). Duplicated points are joined by edges of weight 0.
  ///
  /// - Precondition: integers: the bounding box's half-perimeter `(maxX - minX) + (maxY - minY)` —
  ///   the largest possible L1 distance — fits in `S` (checked exactly in the wide type before
  ///   anything else; for `Int` it holds for coordinates in `-2^61..<2^61`, for the Library Checker
  ///   range 0...10^9 with room to spare). Each edge weight, and each partial sum of at most
  ///   ⌊`S.max` / half-perimeter⌋ edges, then fits too; the total weight of a tree can still
  ///   overflow `S`, so sum weights in a wider type when that matters.
  /// - Returns: `[]` for fewer than 2 points, and for floating points with a NaN or infinite
  ///   coordinate (the tree is undefined). Floating: the sweep keys `x ± y` are rounded, so the tree
  ///   is minimal up to those roundings.
  /// - Complexity: O(n log n) time (4 sorts and sweeps with O(log n) Fenwick steps per point, then
  ///   sorting at most 4n candidates), O(n) memory.
  @inlinable
  public func manhattanMinimumSpanningTree<S: GeometryScalar>() -> [SpanningTreeEdge<S>]
  where Element == Vector2<S> {
    if let r = withContiguousStorageIfAvailable({ Vector2<S>._geometryManhattanMST($0) }) { return r }
    return Array(self).withUnsafeBufferPointer { Vector2<S>._geometryManhattanMST($0) }
  }
}

extension Vector2 {
  /// `Scalar.max` for fixed-width integer scalars, else nil.
  @inlinable
  internal static func _geometryScalarMax() -> Scalar? {
    guard let type = Scalar.self as? any FixedWidthInteger.Type else { return nil }
    return _geometryScalarMax(type)
  }

  @inlinable
  internal static func _geometryScalarMax<T: FixedWidthInteger>(_: T.Type) -> Scalar? {
    Scalar(exactly: T.max)
  }

  /// `|a.x - b.x| + |a.y - b.y|` (fits when the half-perimeter check passed).
  @inlinable @inline(__always)
  internal static func _geometryManhattanDistance(_ a: Vector2, _ b: Vector2) -> Scalar {
    let dx = a.x < b.x ? b.x - a.x : a.x - b.x
    let dy = a.y < b.y ? b.y - a.y : a.y - b.y
    return dx + dy
  }

  @inlinable
  internal static func _geometryManhattanMST(_ input: UnsafeBufferPointer<Vector2>) -> [SpanningTreeEdge<Scalar>] {
    let n = input.count
    if n < 2 { return [] }
    if !Scalar._isExact && !input.allSatisfy(\.isFinite) { return [] }
    @inline(__always) func wide(_ s: Scalar) -> Scalar.Wide { Scalar._wideProduct(s, 1) }
    if Scalar._isExact, let maxValue = _geometryScalarMax() {
      var minX = input[0].x, maxX = minX, minY = input[0].y, maxY = minY
      for p in input {
        minX = Swift.min(minX, p.x); maxX = Swift.max(maxX, p.x)
        minY = Swift.min(minY, p.y); maxY = Swift.max(maxY, p.y)
      }
      let halfPerimeter = (wide(maxX) - wide(minX)) + (wide(maxY) - wide(minY))
      precondition(
        !(wide(maxValue) < halfPerimeter),
        "manhattanMinimumSpanningTree: the L1 distance between two points can overflow the coordinate type")
    }
    // Candidates: for each point p and each transform T, the nearest q (in L1) with T(q).x >= T(p).x
    // and T(q).y - T(q).x >= T(p).y - T(p).x: the closed octant from 45° to 90° after T. The
    // transforms (x, y), (y, x), (-x, y), (y, -x) make those octants cover directions 0°...180°.
    var candidates: [(Int, Int)] = []
    candidates.reserveCapacity(4 * n)
    var tx = [Scalar.Wide](repeating: .zero, count: n)
    var ty = [Scalar.Wide](repeating: .zero, count: n)
    var rank = [Int](repeating: 0, count: n)
    var order = Array(0..<n)
    var byKey = Array(0..<n)
    var treeValue = [Scalar.Wide](repeating: .zero, count: n + 1)
    var treeIndex = [Int](repeating: -1, count: n + 1)
    for transform in 0..<4 {
      for i in 0..<n {
        let x = wide(input[i].x), y = wide(input[i].y)
        switch transform {
        case 0: tx[i] = x; ty[i] = y
        case 1: tx[i] = y; ty[i] = x
        case 2: tx[i] = .zero - x; ty[i] = y
        default: tx[i] = y; ty[i] = .zero - x
        }
      }
      // Ranks of y - x, largest first (rank 1), equal keys sharing a rank: the octant condition is
      // then a prefix of ranks.
      byKey.sort { ty[$0] - tx[$0] > ty[$1] - tx[$1] }
      var r = 0
      for t in 0..<n {
        let i = byKey[t]
        if t == 0 || ty[i] - tx[i] != ty[byKey[t - 1]] - tx[byKey[t - 1]] { r += 1 }
        rank[i] = r
      }
      // Decreasing x, then decreasing y: every point of p's closed octant other than p's own
      // duplicates comes before p (duplicates: each finds an earlier one, at distance 0).
      order.sort { tx[$0] > tx[$1] || (tx[$0] == tx[$1] && ty[$0] > ty[$1]) }
      for k in 1...n { treeIndex[k] = -1 }
      for i in order {
        // The point with the least x + y among ranks 1...rank[i] seen so far.
        var best = -1
        var bestValue = Scalar.Wide.zero
        var k = rank[i]
        while k > 0 {
          let j = treeIndex[k]
          if j >= 0 && (best < 0 || treeValue[k] < bestValue) {
            best = j
            bestValue = treeValue[k]
          }
          k &= k - 1
        }
        if best >= 0 { candidates.append((i, best)) }
        let value = tx[i] + ty[i]
        k = rank[i]
        while k <= n {
          if treeIndex[k] < 0 || value < treeValue[k] {
            treeIndex[k] = i
            treeValue[k] = value
          }
          k += k & -k
        }
      }
    }
    var edges = candidates.map {
      SpanningTreeEdge($0.0, $0.1, weight: _geometryManhattanDistance(input[$0.0], input[$0.1]))
    }
    edges.sort { ($0.weight, $0.a, $0.b) < ($1.weight, $1.a, $1.b) }
    var forest = _GeometryDisjointSet(count: n)
    var tree: [SpanningTreeEdge<Scalar>] = []
    tree.reserveCapacity(n - 1)
    for e in edges where e.a != e.b && forest.union(e.a, e.b) {
      tree.append(e)
      if tree.count == n - 1 { break }
    }
    return tree
  }
}
