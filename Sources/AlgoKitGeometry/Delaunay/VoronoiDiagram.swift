// The Voronoi diagram as the dual of the Delaunay triangulation: each point's cell is the caller's
// box cut by the perpendicular bisectors towards its Delaunay neighbours (the only bisectors that
// bound it). Cutting a bounded box keeps unbounded hull cells finite without special cases; the
// circumcentres (Voronoi vertices) are available on their own, computed from the triangle's
// shorter edges.

/// The Voronoi cells of a point set, clipped to a box, in one flat array: `cells[i]` is the cell of
/// input point `i`, its corners counterclockwise (empty when the cell misses the box).
///
/// Layout: cell `i` is `corners[cellStart[i] ..< cellStart[i + 1]]`; a duplicate point repeats its
/// first copy's corners.
public struct VoronoiCells: RandomAccessCollection, Hashable, Sendable {
  /// Every cell's corners, cell after cell.
  public var corners: [Vector2<Double>]
  /// Where each cell starts in ``corners`` (one more entry than there are cells).
  public var cellStart: [Int]

  /// Cells from their flat layout.
  ///
  /// - Precondition: `cellStart` is non-decreasing, starts at 0 and ends at `corners.count`
  ///   (checked when a cell is read).
  /// - Complexity: O(1).
  @inlinable
  public init(corners: [Vector2<Double>], cellStart: [Int]) {
    self.corners = corners
    self.cellStart = cellStart
  }

  /// 0.
  @inlinable public var startIndex: Int { 0 }
  /// The number of cells (the number of input points).
  @inlinable public var endIndex: Int { Swift.max(0, cellStart.count - 1) }

  /// The corners of cell `i`, counterclockwise.
  ///
  /// - Complexity: O(1).
  @inlinable
  public subscript(i: Int) -> ArraySlice<Vector2<Double>> { corners[cellStart[i]..<cellStart[i &+ 1]] }
}

extension Collection {
  /// The Voronoi cell of every point, clipped to the box `xRange × yRange`: the points of the box
  /// at least as near to it as to any other input point, corners counterclockwise. A cell is empty
  /// when it misses the box (or only touches it); duplicates get their first copy's cell.
  ///
  ///     let cells = try [Vector2(1.0, 1), Vector2(3, 1)].voronoiCells(xRange: 0...4, yRange: 0...2)
  ///     // cells[0] == [(0, 0), (2, 0), (2, 2), (0, 2)], cells[1] the box's right half
  ///
  /// Corners are computed in `Double` by cutting the box with the perpendicular bisector towards
  /// each Delaunay neighbour in turn (bisector normals scaled by a power of two, so huge
  /// coordinates do not overflow); each corner is accurate to a few units in the last place of the
  /// box's coordinates, and the cell structure follows the exact triangulation.
  ///
  /// - Precondition: the range bounds are finite.
  /// - Throws: as ``Swift/Collection/delaunayTriangulation()``.
  /// - Complexity: O(n log n) time (the triangulation; the cells are O(n) in all), O(n) memory.
  @inlinable
  public func voronoiCells<S: GeometryScalar>(
    xRange: ClosedRange<Double>, yRange: ClosedRange<Double>
  ) throws(DelaunayError) -> VoronoiCells
  where Element == Vector2<S> {
    let points = Array(self)
    return try points.delaunayTriangulation().voronoiCells(of: points, xRange: xRange, yRange: yRange)
  }
}

extension DelaunayTriangulation {
  /// The Voronoi cells of `points` (the collection this triangulation was built from), clipped to
  /// `xRange × yRange`; see ``Swift/Collection/voronoiCells(xRange:yRange:)``.
  ///
  /// - Precondition: the range bounds are finite; `points.count == representative.count`.
  /// - Complexity: O(n) time and memory.
  @inlinable
  public func voronoiCells<S: GeometryScalar>(
    of points: [Vector2<S>], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>
  ) -> VoronoiCells {
    precondition(
      xRange.lowerBound.isFinite && xRange.upperBound.isFinite && yRange.lowerBound.isFinite
        && yRange.upperBound.isFinite, "voronoiCells: the box must be finite")
    precondition(points.count == representative.count, "voronoiCells: not the triangulated points")
    let box = [
      Vector2(xRange.lowerBound, yRange.lowerBound), Vector2(xRange.upperBound, yRange.lowerBound),
      Vector2(xRange.upperBound, yRange.upperBound), Vector2(xRange.lowerBound, yRange.upperBound),
    ]
    @inline(__always) func point(_ i: Int) -> Vector2<Double> {
      Vector2(points[i].x._doubleValue, points[i].y._doubleValue)
    }
    // Cells are cut in the order the triangles first reach their points (the sweep's order, which
    // is spatially coherent, so the walks and coordinate reads stay in cache), then laid out by
    // input index.
    let n = points.count
    var work = [Vector2<Double>]()
    work.reserveCapacity(7 &* n &+ 4)
    var workStart = [Int](repeating: -1, count: n), workEnd = [Int](repeating: -1, count: n)
    var cell = [Vector2<Double>](), scratch = [Vector2<Double>]()
    @inline(__always) func start(_ i: Int) {
      cell.removeAll(keepingCapacity: true)
      cell.append(contentsOf: box)
    }
    @inline(__always) func finish(_ i: Int) {
      workStart[i] = work.count
      work.append(contentsOf: cell)
      workEnd[i] = work.count
    }
    if triangles.isEmpty {  // degenerate (collinear): the neighbours are the adjacent points on the line
      for (k, i) in hull.enumerated() {
        start(i)
        if k > 0 { Self._keepNearer(&cell, point(i), point(hull[k &- 1]), &scratch) }
        if k &+ 1 < hull.count { Self._keepNearer(&cell, point(i), point(hull[k &+ 1]), &scratch) }
        finish(i)
      }
    } else {
      for e in triangles.indices where workStart[triangles[e]] < 0 {
        let i = triangles[e], p = point(i)
        start(i)
        _forEachNeighbor(of: i) { j in Self._keepNearer(&cell, p, point(j), &scratch) }
        finish(i)
      }
    }
    var corners = [Vector2<Double>]()
    corners.reserveCapacity(work.count)
    var cellStart = [0]
    cellStart.reserveCapacity(n &+ 1)
    for i in 0..<n {
      let r = representative[i]
      if workStart[r] >= 0 { corners.append(contentsOf: work[workStart[r]..<workEnd[r]]) }
      cellStart.append(corners.count)
    }
    return VoronoiCells(corners: corners, cellStart: cellStart)
  }

  /// Calls `body` with each Delaunay neighbour of representative `p`, counterclockwise, without
  /// allocating; nothing in a degenerate triangulation.
  @inlinable
  internal func _forEachNeighbor(of p: Int, _ body: (Int) -> Void) {
    let start = outgoingHalfedge[p]
    if start < 0 { return }
    var e = start
    while true {
      body(triangles[Self.nextHalfedge(e)])
      let incoming = Self.previousHalfedge(e)
      let twin = halfedges[incoming]
      if twin < 0 { body(triangles[incoming]); return }  // a hull point's predecessor
      if twin == start { return }
      e = twin
    }
  }

  /// The circumcentre of every triangle (the Voronoi vertices), in triangle order.
  ///
  /// Computed relative to the vertex opposite the longest edge, from the two shorter edge vectors,
  /// which keeps cancellation small; the denominator is twice the triangle's area, never zero for a
  /// Delaunay triangle, but a sliver on the hull can put its circumcentre very far away.
  ///
  /// - Precondition: `points` is the collection this triangulation was built from.
  /// - Complexity: O(n) time and memory.
  @inlinable
  public func circumcenters<S: GeometryScalar>(of points: [Vector2<S>]) -> [Vector2<Double>] {
    (0..<triangleCount).map { t in
      var a = Vector2(points[triangles[3 &* t]].x._doubleValue, points[triangles[3 &* t]].y._doubleValue)
      var b = Vector2(
        points[triangles[3 &* t &+ 1]].x._doubleValue, points[triangles[3 &* t &+ 1]].y._doubleValue)
      var c = Vector2(
        points[triangles[3 &* t &+ 2]].x._doubleValue, points[triangles[3 &* t &+ 2]].y._doubleValue)
      @inline(__always) func length2(_ u: Vector2<Double>, _ v: Vector2<Double>) -> Double {
        (u.x - v.x) * (u.x - v.x) + (u.y - v.y) * (u.y - v.y)
      }
      // Rotate (keeping the orientation) so that bc is the longest edge.
      let ab = length2(a, b), bc = length2(b, c), ca = length2(c, a)
      if ab >= bc && ab >= ca { (a, b, c) = (c, a, b) } else if ca >= bc && ca >= ab { (a, b, c) = (b, c, a) }
      let d = b - a, e = c - a
      let dd = d.x * d.x + d.y * d.y, ee = e.x * e.x + e.y * e.y
      let twiceArea = 2 * (d.x * e.y - d.y * e.x)
      return Vector2(a.x + (e.y * dd - d.y * ee) / twiceArea, a.y + (d.x * ee - e.x * dd) / twiceArea)
    }
  }

  /// Cuts the convex polygon `cell` (counterclockwise) down to the points at least as near to `p`
  /// as to `q`: the half-plane `(z - m) · (q - p) <= 0`, `m` the midpoint.
  @inlinable
  internal static func _keepNearer(
    _ cell: inout [Vector2<Double>], _ p: Vector2<Double>, _ q: Vector2<Double>,
    _ scratch: inout [Vector2<Double>]
  ) {
    if cell.isEmpty { return }
    var nx = q.x - p.x, ny = q.y - p.y
    if !nx.isFinite || !ny.isFinite {  // huge coordinates: halve before subtracting
      nx = q.x / 2 - p.x / 2; ny = q.y / 2 - p.y / 2
    }
    if nx == 0 && ny == 0 { return }  // equal after halving (subnormal): no cut
    // Only the sign and ratios of the side values matter: normalize the normal by a power of two.
    let scale = Double(sign: .plus, exponent: -Swift.max(nx.magnitude, ny.magnitude).exponent, significand: 1)
    nx *= scale; ny *= scale
    let mx = p.x / 2 + q.x / 2, my = p.y / 2 + q.y / 2
    @inline(__always) func side(_ z: Vector2<Double>) -> Double { (z.x - mx) * nx + (z.y - my) * ny }
    scratch.removeAll(keepingCapacity: true)
    let k = cell.count
    var a = cell[k - 1], sa = side(a)
    for i in 0..<k {
      let b = cell[i], sb = side(b)
      if (sa < 0 && sb > 0) || (sa > 0 && sb < 0) {
        let t = sa / (sa - sb)
        let z = Vector2(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)
        if scratch.last != z { scratch.append(z) }
      }
      if sb <= 0 && scratch.last != b { scratch.append(b) }
      a = b; sa = sb
    }
    if scratch.count > 1 && scratch.first == scratch.last { scratch.removeLast() }
    if scratch.count < 3 { scratch.removeAll(keepingCapacity: true) }
    swap(&cell, &scratch)
  }
}
