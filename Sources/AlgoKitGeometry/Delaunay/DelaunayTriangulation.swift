// Delaunay triangulation by the sweep-hull algorithm of delaunator (Agafonkin, after Sinclair's
// S-hull): seed triangle near the centre, points added in order of distance from its circumcentre,
// each connected to the visible part of a hashed convex hull, then Lawson flips. Here every
// decision is an exact predicate on the input doubles (adaptive orientation and in-circle), the
// flip stack is unbounded, and a point that rounding of the sweep order puts inside the hull is
// inserted by splitting its triangle, so the result is a true Delaunay triangulation.

/// Why a point set has no Delaunay triangulation.
public enum DelaunayError: Error, Hashable, Sendable {
  /// The point at this input index has a NaN or infinite coordinate.
  case nonFiniteCoordinate(index: Int)
  /// An integer coordinate beyond 2^53 in magnitude (not representable exactly as a `Double`).
  case coordinateTooLarge(index: Int)
  /// 2^28 or more input points: the compact layout stores half-edge indices in 32 bits.
  case tooManyPoints(count: Int)
}

/// A Delaunay triangulation in delaunator's compact layout.
///
/// Triangle `t` has vertices `triangles[3t], triangles[3t + 1], triangles[3t + 2]` (input indices),
/// counterclockwise. Half-edge `e` goes from `triangles[e]` to `triangles[e % 3 == 2 ? e - 2 : e + 1]`;
/// `halfedges[e]` is its twin in the adjacent triangle, or -1 on the convex hull. `hull` lists the
/// convex hull vertices counterclockwise (strictly convex corners and points on hull edges alike, as
/// every input point is a vertex). `representative[i]` is the index of the first input point equal to
/// point `i` (itself when `i` is the first): only representatives appear in `triangles` and `hull`.
///
/// **Degenerate input.** Fewer than 3 distinct points or all points collinear: no triangles, no
/// half-edges, and `hull` lists the distinct points in lexicographic (x, then y) order, which is
/// their order along the line.
///
/// **Ties.** With 4 or more cocircular points (grids) the Delaunay triangulation is not unique; the
/// result is the one the deterministic sweep builds (an edge is flipped only when the opposite point
/// is strictly inside the circle), so the same input always gives the same triangles. Every triangle
/// satisfies the empty-circle property exactly: no input point strictly inside its circumcircle.
///
/// Triangle count is `2n - h - 2` for `n` distinct points of which `h` lie on the hull boundary.
public struct DelaunayTriangulation: Hashable, Sendable {
  /// Vertex indices, three per triangle, each triple counterclockwise.
  public var triangles: [Int]
  /// The twin of each half-edge, or -1 on the hull.
  public var halfedges: [Int]
  /// The convex hull, counterclockwise (all input points on it, collinear ones included).
  public var hull: [Int]
  /// For each input index, the first input index with the same point.
  public var representative: [Int]

  /// For each input index, a half-edge starting at that point: the outgoing hull edge for points on
  /// the hull, so that ``outgoingHalfedges(around:)`` sees every triangle; -1 for a duplicate (not a
  /// representative) and for every point of a degenerate triangulation.
  public let outgoingHalfedge: [Int]

  /// The number of triangles.
  ///
  /// - Complexity: O(1).
  @inlinable public var triangleCount: Int { triangles.count / 3 }

  /// A triangulation from its arrays (``outgoingHalfedge`` is derived from them).
  ///
  /// - Precondition: the arrays describe a valid layout over `representative.count` points (as
  ///   documented on the type); not checked beyond index bounds.
  /// - Complexity: O(n) time and memory.
  @inlinable
  public init(triangles: [Int], halfedges: [Int], hull: [Int], representative: [Int]) {
    self.triangles = triangles
    self.halfedges = halfedges
    self.hull = hull
    self.representative = representative
    var outgoing = Array(repeating: -1, count: representative.count)
    for e in triangles.indices where outgoing[triangles[e]] == -1 || halfedges[e] == -1 {
      outgoing[triangles[e]] = e
    }
    self.outgoingHalfedge = outgoing
  }

  /// The arrays as built by the sweep, `outgoingHalfedge` included.
  @inlinable
  internal init(
    triangles: [Int], halfedges: [Int], hull: [Int], representative: [Int], outgoingHalfedge: [Int]
  ) {
    self.triangles = triangles
    self.halfedges = halfedges
    self.hull = hull
    self.representative = representative
    self.outgoingHalfedge = outgoingHalfedge
  }
}

extension Collection {
  /// The Delaunay triangulation of these points (see ``DelaunayTriangulation`` for the layout,
  /// duplicates, collinear input and the tie rule).
  ///
  /// Exact: orientation and in-circle signs are computed exactly on the coordinates as `Double`s
  /// (integers convert exactly up to 2^53), so the triangulation is a true Delaunay triangulation of
  /// the input. Doubles beyond 2^250 in magnitude are scaled by a common power of two first (which
  /// preserves every sign, unless tiny coordinates underflow).
  ///
  ///     let t = try [Vector2(0, 0), Vector2(4, 0), Vector2(0, 4), Vector2(4, 4), Vector2(1, 2)]
  ///       .delaunayTriangulation()
  ///     // t.triangleCount == 4 (2n - h - 2 with n = 5, h = 4)
  ///
  /// - Throws: ``DelaunayError/nonFiniteCoordinate(index:)`` for a NaN or infinite coordinate,
  ///   ``DelaunayError/coordinateTooLarge(index:)`` for an integer coordinate beyond 2^53,
  ///   ``DelaunayError/tooManyPoints(count:)`` for 2^28 (268,435,456) or more points.
  /// - Complexity: O(n log n) expected time (sort, hull walk amortized, flips), O(n) memory. A point
  ///   that the rounded sweep order places inside the current hull costs an O(n) search (rare; on
  ///   adversarial input this degrades towards O(n^2)).
  @inlinable
  public func delaunayTriangulation<S: GeometryScalar>() throws(DelaunayError) -> DelaunayTriangulation
  where Element == Vector2<S> {
    if count >= 1 << 28 { throw .tooManyPoints(count: count) }
    var xs = [Double](), ys = [Double]()
    xs.reserveCapacity(count); ys.reserveCapacity(count)
    var maxMagnitude = 0.0
    for (i, p) in enumerated() {
      if !p.x._isFiniteCoordinate || !p.y._isFiniteCoordinate { throw .nonFiniteCoordinate(index: i) }
      let x = p.x._doubleValue, y = p.y._doubleValue
      if S._isExact && (x.magnitude > 0x1p53 || y.magnitude > 0x1p53) { throw .coordinateTooLarge(index: i) }
      maxMagnitude = Swift.max(maxMagnitude, x.magnitude, y.magnitude)
      xs.append(x); ys.append(y)
    }
    if maxMagnitude >= 0x1p250 {
      let k = 200 - Int(maxMagnitude.exponent)
      for i in xs.indices {
        xs[i] = Double(sign: .plus, exponent: k, significand: xs[i])
        ys[i] = Double(sign: .plus, exponent: k, significand: ys[i])
      }
    }
    return DelaunayTriangulation._triangulate(xs, ys)
  }
}
