// The circle through three points.

extension Circle2 where Scalar: BinaryFloatingPoint {
  /// The circle through `a`, `b` and `c` (circumcircle of the triangle).
  ///
  ///     Circle2.circumcircle(Vector2(0.0, 0), Vector2(4.0, 0), Vector2(0.0, 2))
  ///     // center (2, 1), radius √5
  ///
  /// The center is computed relative to `a` (no precision lost to large common offsets):
  /// `o = (|u|² v⊥ - |v|² u⊥) / (2 u × v)` style closed form with `u = b - a`, `v = c - a`; the radius
  /// is `|o|`.
  ///
  /// - Returns: nil when the points are collinear under `tolerance` (``Vector2/orientation(_:_:_:tolerance:)``;
  ///   pass `.exact` to reject only exactly collinear points) — this includes repeated points — or a
  ///   coordinate is NaN or infinite.
  /// - Complexity: O(1).
  @inlinable
  public static func circumcircle(
    _ a: Vector2<Scalar>, _ b: Vector2<Scalar>, _ c: Vector2<Scalar>, tolerance: GeometryTolerance = .default
  ) -> Circle2? {
    guard a.isFinite, b.isFinite, c.isFinite,
      Vector2.orientation(a, b, c, tolerance: tolerance) != 0
    else { return nil }
    let u = b - a, v = c - a
    let den = 2 * u.cross(v)
    if den == 0 { return nil }
    let uu = u.lengthSquared, vv = v.lengthSquared
    let o = Vector2((v.y * uu - u.y * vv) / den, (u.x * vv - v.x * uu) / den)
    let result = Circle2(center: a + o, radius: o.length)
    return result.center.isFinite && result.radius.isFinite ? result : nil
  }
}
