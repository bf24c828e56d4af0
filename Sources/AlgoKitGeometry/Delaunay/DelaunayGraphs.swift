// Proximity graphs read off the Delaunay triangulation: the Euclidean minimum spanning tree and the
// nearest neighbour of every point. Both are exact: each edge of the (tie-broken) minimum spanning
// tree and each nearest-neighbour pair has an empty closed diametral disk, so it is an edge of every
// Delaunay triangulation of the points, ties included.

extension Collection {
  /// The Euclidean minimum spanning tree: n - 1 edges joining all the points (n - 1 counts
  /// duplicates, which join their first copy at weight zero), weights the *squared* lengths.
  ///
  /// Kruskal's algorithm on the Delaunay edges. Ties are broken by `(weight, a, b)`, so the tree is
  /// the one Kruskal's algorithm picks over all n(n - 1)/2 pairs in that order; on integers it is
  /// exact, on floating point squared lengths are rounded (relative error below 2^-51), so among
  /// pairs whose lengths differ by less than that the choice is by the rounded values (squared
  /// lengths beyond `Double`'s range are reported as infinity, but ordered by their true values
  /// scaled by a power of two). Edges come in
  /// `(weight, a, b)` order.
  ///
  ///     let tree = try [Vector2(0, 0), Vector2(3, 0), Vector2(0, 1), Vector2(3, 3)]
  ///       .euclideanMinimumSpanningTree()
  ///     // edges (0, 2) weight 1, (0, 1) weight 9, (1, 3) weight 9
  ///
  /// - Throws: as ``Swift/Collection/delaunayTriangulation()``: NaN or infinite coordinates, integer
  ///   coordinates beyond 2^53, 2^28 or more points.
  /// - Complexity: O(n log n) time, O(n) memory. Empty for fewer than 2 points.
  @inlinable
  public func euclideanMinimumSpanningTree<S: GeometryScalar>() throws(DelaunayError)
    -> [SpanningTreeEdge<S.Wide>]
  where Element == Vector2<S> {
    let points = Array(self)
    let triangulation = try points.delaunayTriangulation()
    return DelaunayTriangulation._minimumSpanningTree(triangulation, points)
  }

  /// The nearest other point of every point (input indices), -1 when there are fewer than two
  /// points. Ties go to the smallest index; a duplicated point's nearest is its lowest-index copy.
  ///
  ///     try [Vector2(0, 0), Vector2(5, 0), Vector2(1, 1), Vector2(0, 0)].nearestNeighbors()
  ///     // [3, 2, 0, 0]
  ///
  /// Exact on integers (squared distances compared in the wide type); floating point compares
  /// rounded squared distances.
  ///
  /// - Throws: as ``Swift/Collection/delaunayTriangulation()``.
  /// - Complexity: O(n log n) time (the triangulation; the scan is O(n)), O(n) memory.
  @inlinable
  public func nearestNeighbors<S: GeometryScalar>() throws(DelaunayError) -> [Int]
  where Element == Vector2<S> {
    let points = Array(self)
    let triangulation = try points.delaunayTriangulation()
    return DelaunayTriangulation._nearestNeighbors(triangulation, points)
  }
}

extension DelaunayTriangulation {
  @inlinable
  internal static func _minimumSpanningTree<S: GeometryScalar>(
    _ triangulation: DelaunayTriangulation, _ points: [Vector2<S>]
  ) -> [SpanningTreeEdge<S.Wide>] {
    var candidates = [SpanningTreeEdge<S.Wide>]()
    candidates.reserveCapacity(3 * points.count)
    triangulation.forEachEdge { a, b in
      candidates.append(SpanningTreeEdge(a, b, weight: Vector2._geo2DistanceSquared(points[a], points[b])))
    }
    // Sort keys: the rounded squared lengths; with coordinates beyond 2^500 those overflow, so the
    // keys come from the points scaled by a power of two (the weights reported stay unscaled).
    var keys = candidates.map { ($0.weight.wideDoubleValue + 0).bitPattern }  // + 0: -0.0 is +0.0
    let largest = points.reduce(0.0) { Swift.max($0, $1.x._doubleValue.magnitude, $1.y._doubleValue.magnitude) }
    if largest >= 0x1p500 {
      let k = 400 - Int(largest.exponent)
      @inline(__always) func scaled(_ v: S) -> Double { Double(sign: .plus, exponent: k, significand: v._doubleValue) }
      for (j, edge) in candidates.enumerated() {
        let dx = scaled(points[edge.a].x) - scaled(points[edge.b].x)
        let dy = scaled(points[edge.a].y) - scaled(points[edge.b].y)
        keys[j] = (dx * dx + dy * dy).bitPattern
      }
    }
    let order = _kruskalOrder(candidates, keys)
    var tree = [SpanningTreeEdge<S.Wide>]()
    tree.reserveCapacity(Swift.max(0, points.count - 1))
    // Duplicates first: weight 0, and (representative, copy) is the smallest pair of its group.
    for i in points.indices where triangulation.representative[i] != i {
      tree.append(SpanningTreeEdge(triangulation.representative[i], i, weight: .zero))
    }
    var sets = _GeometryDisjointSet(count: points.count)
    for edge in tree { _ = sets.union(edge.a, edge.b) }
    tree.sort { p, q in p.a != q.a ? p.a < q.a : p.b < q.b }
    for k in order where sets.union(candidates[k].a, candidates[k].b) {
      tree.append(candidates[k])
    }
    return tree
  }

  /// The candidates' indices in `(weight, a, b)` order: a radix sort on the weights rounded to
  /// `Double` (rounding is monotone, so exact order refines it), then each run of equal rounded
  /// weights (almost always one edge; ties in grids) sorted exactly.
  @inlinable
  internal static func _kruskalOrder<W: GeometryWideScalar>(_ candidates: [SpanningTreeEdge<W>], _ sortKeys: [UInt64])
    -> [Int]
  {
    let m = candidates.count
    let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 &* m)
    let ids = UnsafeMutablePointer<Int>.allocate(capacity: 2 &* m)
    defer { keys.deallocate(); ids.deallocate() }
    for k in 0..<m {
      keys[k] = sortKeys[k]
      ids[k] = k
    }
    _radixSort(keys, ids, count: m, scratchKeys: keys + m, scratchIds: ids + m)
    var order = Array(UnsafeBufferPointer(start: ids, count: m))
    var k = 0
    while k < m {
      var end = k &+ 1
      while end < m && keys[end] == keys[k] { end &+= 1 }
      if end &- k > 1 {
        order[k..<end].sort { i, j in
          let p = candidates[i], q = candidates[j]
          return p.weight != q.weight ? p.weight < q.weight : (p.a != q.a ? p.a < q.a : p.b < q.b)
        }
      }
      k = end
    }
    return order
  }

  @inlinable
  internal static func _nearestNeighbors<S: GeometryScalar>(
    _ triangulation: DelaunayTriangulation, _ points: [Vector2<S>]
  ) -> [Int] {
    let n = points.count
    var nearest = Array(repeating: -1, count: n)
    if n < 2 { return nearest }
    var best = Array(repeating: S.Wide.zero, count: n)
    @inline(__always) func offer(_ i: Int, _ j: Int, _ d: S.Wide) {
      if nearest[i] == -1 || d < best[i] || (d == best[i] && j < nearest[i]) { nearest[i] = j; best[i] = d }
    }
    triangulation.forEachEdge { a, b in
      let d = Vector2._geo2DistanceSquared(points[a], points[b])
      offer(a, b, d)
      offer(b, a, d)
    }
    // Duplicates: a copy's nearest is its representative (the group's lowest index); a
    // representative's is its lowest-index copy (distance 0 beats every edge).
    var hasCopy = [Bool](repeating: false, count: n)
    for i in 0..<n {
      let r = triangulation.representative[i]
      if r == i { continue }
      if !hasCopy[r] { hasCopy[r] = true; nearest[r] = i }
      nearest[i] = r
    }
    return nearest
  }
}
