// Minkowski sum of convex polygons: start both at their lowest (then leftmost) vertex and merge the
// two edge sequences by polar angle. Sums of integers are integers, so the result is exact for
// integer scalars; edge order uses the exact polar comparison.

extension Collection {
  /// The Minkowski sum `{a + b : a ∈ self, b ∈ other}` of two convex polygons.
  ///
  ///     let square = [Vector2(0, 0), Vector2(1, 0), Vector2(1, 1), Vector2(0, 1)]
  ///     let triangle = [Vector2(0, 0), Vector2(2, 0), Vector2(0, 2)]
  ///     square.minkowskiSum(with: triangle)
  ///     // [(0, 0), (3, 0), (3, 1), (1, 3), (0, 3)]
  ///
  /// Inputs: vertices in order, either orientation; duplicate vertices and vertices in the middle of
  /// an edge are allowed. A point (one vertex) or a segment (two vertices, or collinear vertices) is
  /// a valid degenerate convex polygon.
  ///
  /// - Returns: the sum counterclockwise, strictly convex (no collinear vertices), starting at its
  ///   lowest vertex (least `y`, then least `x`); a point or a segment (1 or 2 vertices) when both
  ///   inputs are degenerate in a way that makes the sum degenerate. `[]` when either input is empty.
  ///   nil when an input is not convex (exact test) or has a NaN or infinite coordinate.
  ///   Integers: exact (sums trap on overflow like `Int`). Floating: each vertex is a sum of two input
  ///   vertices, rounded once; collinearity is tested exactly on those rounded vertices.
  /// - Complexity: O(n + m) time and memory.
  @inlinable
  public func minkowskiSum<S: GeometryScalar, Other: Collection>(with other: Other) -> [Vector2<S>]?
  where Element == Vector2<S>, Other.Element == Vector2<S> {
    guard let p = Vector2<S>._geo2NormalizedConvex(self),
      let q = Vector2<S>._geo2NormalizedConvex(other)
    else { return nil }
    if p.isEmpty || q.isEmpty { return [] }
    return Vector2<S>._geo2MinkowskiSum(p, q)
  }
}

extension Vector2 {
  /// The Minkowski sum of two normalized convex polygons (``_geo2NormalizedConvex(_:)`` output,
  /// non-empty).
  @inlinable
  public static func _geo2MinkowskiSum(_ p: [Vector2], _ q: [Vector2]) -> [Vector2] {
    @inline(__always) func lowest(_ v: [Vector2]) -> Int {
      var m = 0
      for i in 1..<v.count where _geo2PrecedesYX(v[i], v[m]) { m = i }
      return m
    }
    let n = p.count, m = q.count
    let ip = lowest(p), iq = lowest(q)
    // Edges of a counterclockwise polygon started at its lowest vertex come in polar-angle order
    // over [0, 2π). A two-vertex "polygon" has the two opposite edges a → b → a.
    var raw: [Vector2] = []
    raw.reserveCapacity(n + m)
    var i = 0, j = 0
    var current = p[ip] + q[iq]
    while i < n || j < m {
      raw.append(current)
      let ep = i < n ? p[(ip + i + 1) % n] - p[(ip + i) % n] : .zero
      let eq = j < m ? q[(iq + j + 1) % m] - q[(iq + j) % m] : .zero
      if n == 1 { i = n }
      if m == 1 { j = m }
      if i >= n && j >= m { break }
      if j >= m || (i < n && polarAnglePrecedes(ep, eq)) {
        current += ep; i += 1
      } else if i >= n || polarAnglePrecedes(eq, ep) {
        current += eq; j += 1
      } else {
        current += ep + eq; i += 1; j += 1
      }
    }
    // Remove collinear vertices (parallel edges of the two inputs were merged above; the walk can
    // still produce a straight vertex when an input has edges of equal direction after rounding).
    var out: [Vector2] = []
    out.reserveCapacity(raw.count)
    for v in raw {
      if out.last == v { continue }
      while out.count >= 2
        && Scalar._orientationSign(out[out.count - 2], out[out.count - 1], v, tolerance: .exact) == 0
        && _geo2Between(out[out.count - 2], out[out.count - 1], v)
      { out.removeLast() }
      out.append(v)
    }
    while out.count > 1 && out.last == out.first { out.removeLast() }
    while out.count >= 3
      && Scalar._orientationSign(out[out.count - 2], out[out.count - 1], out[0], tolerance: .exact) == 0
      && _geo2Between(out[out.count - 2], out[out.count - 1], out[0])
    { out.removeLast() }
    if out.count == 2 || (out.count >= 3 && _geo2AllCollinear(out)) {
      // A degenerate sum (segment): its two extreme points.
      var lo = out[0], hi = out[0]
      for v in out {
        if _geo2PrecedesYX(v, lo) { lo = v }
        if _geo2PrecedesYX(hi, v) { hi = v }
      }
      return lo == hi ? [lo] : [lo, hi]
    }
    return out
  }

  @inlinable
  public static func _geo2AllCollinear(_ v: [Vector2]) -> Bool {
    for k in 2..<v.count where Scalar._orientationSign(v[0], v[1], v[k], tolerance: .exact) != 0 { return false }
    return true
  }
}
