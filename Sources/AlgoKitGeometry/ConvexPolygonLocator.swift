// Point in convex polygon in O(log n): binary search for the wedge at vertex 0 that contains the
// query, then one orientation test against the wedge's outer edge. Exact for integers (and for
// floating points with `.exact`).

/// A convex polygon prepared for O(log n) point location (inside / boundary / outside).
///
///     let square = [Vector2(0, 0), Vector2(4, 0), Vector2(4, 4), Vector2(0, 4)]
///     let locator = ConvexPolygonLocator(square)!
///     locator.locate(Vector2(2, 2))   // .inside
///     locator.locate(Vector2(4, 1))   // .boundary
///     locator.locate(Vector2(5, 1))   // .outside
///
/// The initializer validates the polygon once (O(n)); each query is O(log n).
public struct ConvexPolygonLocator<Scalar: GeometryScalar>: Hashable, Sendable {
  /// The polygon in normal form: counterclockwise, no duplicate vertices, no vertex in the middle
  /// of a straight edge; at least 3 vertices.
  public let vertices: [Vector2<Scalar>]

  /// Prepares a convex polygon given by its vertices in order (either orientation; duplicate and
  /// collinear boundary vertices allowed).
  ///
  /// - Returns: nil when the polygon has a NaN or infinite coordinate, fewer than 3 non-collinear
  ///   vertices (zero area), or is not convex (a reflex or doubling-back turn, or a boundary that
  ///   winds more than once). Pass a point set through `convexHull()` first to get a valid input.
  ///   Convexity is decided exactly (exact orientation for integers and floats), so a floating
  ///   polygon that is convex only up to rounding may be rejected.
  /// - Complexity: O(n) time and memory.
  @inlinable
  public init?<C: Collection>(_ polygon: C) where C.Element == Vector2<Scalar> {
    guard let v = Vector2<Scalar>._geo2NormalizedConvex(polygon), v.count >= 3 else { return nil }
    vertices = v
  }

  /// Where `p` lies: `.inside` (interior), `.boundary` (on an edge or vertex) or `.outside`.
  ///
  /// Integers: exact (`tolerance` ignored). Floating: a point whose orientation against an edge is
  /// negligible under `tolerance` (see ``GeometryTolerance``) counts as on that edge's line; with
  /// `.exact` the answer is exact for the given coordinates. A NaN or infinite `p` is `.outside`.
  ///
  /// - Complexity: O(log n) time, O(1) memory.
  @inlinable
  public func locate(_ p: Vector2<Scalar>, tolerance: GeometryTolerance = .default) -> PolygonPointLocation {
    vertices.withUnsafeBufferPointer { Vector2<Scalar>._geo2LocateInConvex($0, p, tolerance: tolerance) }
  }
}

extension Collection {
  /// Where `p` lies relative to this convex polygon, in O(log n), without validating the polygon.
  ///
  /// - Precondition (not checked): the vertices run counterclockwise, are distinct, and make a
  ///   strictly convex polygon, as `convexHull()` returns them. On other input the answer is
  ///   unspecified (but the call returns). Use ``ConvexPolygonLocator`` to validate once.
  ///   One vertex: `.boundary` when equal, else `.outside`; two vertices: the segment; none: `.outside`.
  /// - Tolerance: as ``ConvexPolygonLocator/locate(_:tolerance:)``.
  /// - Complexity: O(log n) for contiguous collections (O(n) to copy otherwise).
  @inlinable
  public func convexPolygonLocation<S: GeometryScalar>(
    of p: Vector2<S>, tolerance: GeometryTolerance = .default
  ) -> PolygonPointLocation where Element == Vector2<S> {
    if let r = withContiguousStorageIfAvailable({ Vector2<S>._geo2LocateInConvex($0, p, tolerance: tolerance) }) {
      return r
    }
    return Array(self).withUnsafeBufferPointer { Vector2<S>._geo2LocateInConvex($0, p, tolerance: tolerance) }
  }
}

extension Vector2 {
  /// Whether `p` is on the closed segment `ab`, given that it is collinear with it.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func _geo2OnCollinearSegment(
    _ a: Vector2, _ b: Vector2, _ p: Vector2, tolerance: GeometryTolerance
  ) -> Bool {
    if _geo2Between(a, p, b) { return true }
    if Scalar._isExact || tolerance.isExact { return false }
    // Collinear within tolerance: allow the same relative slack on the box.
    return p.isApproximatelyEqual(to: a, tolerance: tolerance) || p.isApproximatelyEqual(to: b, tolerance: tolerance)
  }

  /// Point location in the counterclockwise strictly convex polygon `v`.
  ///
  /// - Complexity: O(log n) time, O(1) memory.
  @inlinable
  public static func _geo2LocateInConvex(
    _ v: UnsafeBufferPointer<Vector2>, _ p: Vector2, tolerance: GeometryTolerance
  ) -> PolygonPointLocation {
    let n = v.count
    if !p.isFinite || n == 0 { return .outside }
    let o = v[0]
    if n == 1 { return p == o ? .boundary : .outside }
    if n == 2 {
      return Scalar._orientationSign(o, v[1], p, tolerance: tolerance) == 0
        && _geo2OnCollinearSegment(o, v[1], p, tolerance: tolerance) ? .boundary : .outside
    }
    let first = Scalar._orientationSign(o, v[1], p, tolerance: tolerance)
    let last = Scalar._orientationSign(o, v[n &- 1], p, tolerance: tolerance)
    if first < 0 || last > 0 { return .outside }
    if first == 0 { return _geo2OnCollinearSegment(o, v[1], p, tolerance: tolerance) ? .boundary : .outside }
    if last == 0 { return _geo2OnCollinearSegment(o, v[n &- 1], p, tolerance: tolerance) ? .boundary : .outside }
    // Largest k in [1, n-2] with p on the left of (or on) the ray o → v[k].
    var lo = 1, hi = n &- 1
    while hi &- lo > 1 {
      let mid = (lo &+ hi) >> 1
      if Scalar._orientationSign(o, v[mid], p, tolerance: tolerance) >= 0 { lo = mid } else { hi = mid }
    }
    let s = Scalar._orientationSign(v[lo], v[lo &+ 1], p, tolerance: tolerance)
    return s > 0 ? .inside : (s == 0 ? .boundary : .outside)
  }
}
