// Walking the compact layout: half-edge arithmetic, the edges and neighbours of a point, the edges of
// the Delaunay graph, and point location by a visibility walk.

extension DelaunayTriangulation {
  /// The next half-edge counterclockwise in the same triangle.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func nextHalfedge(_ e: Int) -> Int { e % 3 == 2 ? e &- 2 : e &+ 1 }

  /// The previous half-edge (the next one clockwise) in the same triangle.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func previousHalfedge(_ e: Int) -> Int { e % 3 == 0 ? e &+ 2 : e &- 1 }

  /// The triangle that half-edge `e` belongs to (its vertices are `triangles[3t ..< 3t + 3]`).
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func triangle(ofHalfedge e: Int) -> Int { e / 3 }

  /// The input index half-edge `e` starts at.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func origin(ofHalfedge e: Int) -> Int { triangles[e] }

  /// The input index half-edge `e` ends at.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func destination(ofHalfedge e: Int) -> Int { triangles[Self.nextHalfedge(e)] }

  /// The triangles sharing an edge with triangle `t`, -1 across hull edges (in the order of
  /// `t`'s half-edges `3t, 3t + 1, 3t + 2`).
  ///
  /// - Complexity: O(1).
  @inlinable
  public func adjacentTriangles(of t: Int) -> (Int, Int, Int) {
    @inline(__always) func across(_ e: Int) -> Int { halfedges[e] < 0 ? -1 : halfedges[e] / 3 }
    return (across(3 &* t), across(3 &* t &+ 1), across(3 &* t &+ 2))
  }

  /// The half-edges starting at `point`, counterclockwise around it; for a hull point the first is
  /// its outgoing hull edge. Empty for duplicates (use `representative[point]`) and degenerate input.
  ///
  /// - Complexity: O(degree) time and memory.
  @inlinable
  public func outgoingHalfedges(around point: Int) -> [Int] {
    let start = outgoingHalfedge[point]
    if start < 0 { return [] }
    var result = [start]
    var e = start
    while true {
      let twin = halfedges[Self.previousHalfedge(e)]
      if twin < 0 || twin == start { break }
      e = twin
      result.append(e)
    }
    return result
  }

  /// The Delaunay neighbours of `point` (input indices of representatives), counterclockwise; for a
  /// hull point from its successor on the hull round to its predecessor. In a degenerate (collinear)
  /// triangulation, the point's neighbours along the line. Duplicates have the neighbours of their
  /// representative.
  ///
  ///     let t = try [Vector2(0, 0), Vector2(2, 0), Vector2(0, 2), Vector2(2, 2), Vector2(1, 1)]
  ///       .delaunayTriangulation()
  ///     // Set(t.neighbors(of: 4)) == [0, 1, 2, 3]; t.neighbors(of: 0) == [1, 4, 2]
  ///
  /// - Complexity: O(degree) time and memory; O(h) in a degenerate triangulation of h points.
  @inlinable
  public func neighbors(of point: Int) -> [Int] {
    let p = representative[point]
    if triangles.isEmpty {
      guard let k = hull.firstIndex(of: p) else { return [] }
      return (k > 0 ? [hull[k - 1]] : []) + (k + 1 < hull.count ? [hull[k + 1]] : [])
    }
    var result = [Int]()
    _forEachNeighbor(of: p) { result.append($0) }
    return result
  }

  /// Calls `body(a, b)` once for each edge of the Delaunay graph (each pair of neighbours), `a` and
  /// `b` input indices of representatives. A degenerate triangulation's edges join consecutive
  /// points along the line.
  ///
  /// - Complexity: O(n) time, O(1) memory (3n - 3 - h edges for n points, h on the hull).
  @inlinable
  public func forEachEdge(_ body: (_ a: Int, _ b: Int) throws -> Void) rethrows {
    if triangles.isEmpty {
      for k in hull.indices.dropFirst() { try body(hull[k - 1], hull[k]) }
      return
    }
    for e in triangles.indices where e > halfedges[e] {
      try body(triangles[e], triangles[Self.nextHalfedge(e)])
    }
  }

  /// The triangle containing `query` (inside or on its boundary), found by walking from triangle
  /// `start` towards the query; nil when the query lies outside the convex hull, and always nil in
  /// a degenerate triangulation. A query on an edge or vertex gets one of the triangles touching it.
  ///
  /// `points` must be the collection the triangulation was built from. Each step is an exact
  /// orientation test on the input coordinates. The visibility walk terminates on Delaunay
  /// triangulations; a step budget with a linear scan behind it guards the rest.
  ///
  /// - Precondition: `query` has finite coordinates; `start` is a triangle index (or 0 when there
  ///   are no triangles).
  /// - Complexity: O(√n) expected steps for uniform points from an arbitrary start, O(1) from a
  ///   nearby triangle; O(n) worst case. O(1) memory.
  @inlinable
  public func triangle<S: GeometryScalar>(
    containing query: Vector2<S>, in points: [Vector2<S>], startingAt start: Int = 0
  ) -> Int? {
    precondition(query.isFinite, "triangle(containing:): the query has a NaN or infinite coordinate")
    if triangles.isEmpty { return nil }
    precondition(start >= 0 && start < triangleCount, "triangle(containing:): no triangle \(start)")
    @inline(__always) func leftOf(_ e: Int) -> Int {
      S._orientationSign(
        points[triangles[e]], points[triangles[Self.nextHalfedge(e)]], query, tolerance: .exact)
    }
    var t = start
    var steps = 0
    walk: while steps <= triangles.count {
      steps &+= 1
      // Start with the edge after the one we entered by, so that consecutive steps rotate.
      for k in 0..<3 {
        let e = 3 &* t &+ (steps &+ k) % 3
        if leftOf(e) < 0 {
          let twin = halfedges[e]
          if twin < 0 { return nil }  // outside a hull edge: outside the (convex) hull
          t = twin / 3
          continue walk
        }
      }
      return t
    }
    for t in 0..<triangleCount where (0..<3).allSatisfy({ leftOf(3 &* t &+ $0) >= 0 }) { return t }
    return nil
  }
}
