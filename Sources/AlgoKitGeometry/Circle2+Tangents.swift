// Tangents: from a point to a circle, and the common tangents of two circles. A tangent line with
// unit normal n touches circle i at c_i + n·r_i; for two circles this gives n·(c2 - c1) = r1 - r2
// (outer tangents) or r1 + r2 (inner, with the second radius negated), solved in closed form.

extension Circle2 where Scalar: BinaryFloatingPoint {
  /// The points where the tangents from `p` touch the circle.
  ///
  ///     Circle2(center: Vector2(0.0, 0), radius: 1).tangentPoints(from: Vector2(2.0, 0))
  ///     // [(0.5, 0.866…), (0.5, -0.866…)]
  ///
  /// - Returns: `[]` when `p` is inside the circle; `[p]` when `p` is on it (distance and radius
  ///   approximately equal under `tolerance`); otherwise two points, first the one on the right of
  ///   the ray from `p` toward the center, then the one on the left. nil for a negative radius or a
  ///   NaN/infinite value.
  /// - Complexity: O(1).
  @inlinable
  public func tangentPoints(from p: Vector2<Scalar>, tolerance: GeometryTolerance = .default) -> [Vector2<Scalar>]? {
    guard _geo2IsValid, p.isFinite else { return nil }
    let w = p - center
    let d = w.length
    let c = tolerance.compare(Double(d), Double(radius))
    if c < 0 { return [] }
    if c == 0 { return [p] }
    let u = w / d
    let cosine = radius / d, sine = ((d - radius) * (d + radius)).squareRoot() / d
    let along = u * (cosine * radius), across = u.perpendicular * (sine * radius)
    return [center + along + across, center + along - across]
  }

  /// The common tangents of two circles, as segments from the touching point on this circle
  /// (`start`) to the touching point on `other` (`end`).
  ///
  ///     let a = Circle2(center: Vector2(0.0, 0), radius: 1)
  ///     a.commonTangents(with: Circle2(center: Vector2(4.0, 0), radius: 1))
  ///     // 4 segments: (0, ∓1)–(4, ∓1) (outer), then the two crossing ones (inner)
  ///
  /// Outer tangents (both circles on the same side) come first, then inner ones. Each kind gives
  /// 2 tangents, 1 when the circles touch (the discriminant `d² - (r1 ∓ r2)²` is negligible under
  /// `tolerance`, relative to `d² + (r1 ∓ r2)²`; an inner tangent at an external touching point is a
  /// zero-length segment), or none. Separate circles: 4; externally tangent: 3; crossing: 2;
  /// internally tangent: 1; nested or concentric: 0. Zero radii are allowed (a point): for a point
  /// on the other circle the outer and the inner tangent are the same line (2 segments, equal), and
  /// the segments between two points coincide.
  ///
  /// - Returns: nil when the circles are coincident (infinitely many tangents; same test as
  ///   circle-circle `intersection(with:tolerance:)`), a radius is negative, or a value is NaN or infinite.
  /// - Complexity: O(1).
  @inlinable
  public func commonTangents(with other: Circle2, tolerance: GeometryTolerance = .default) -> [Segment2<Scalar>]? {
    guard _geo2IsValid, other._geo2IsValid else { return nil }
    let d = other.center - center
    if _geo2IsCoincident(with: other, distance: d.length, tolerance: tolerance) { return nil }
    let d2 = d.lengthSquared
    if d2 == 0 { return [] }
    var result: [Segment2<Scalar>] = []
    for r2 in [other.radius, -other.radius] {
      let dr = radius - r2
      let h2 = d2 - dr * dr
      let s = tolerance.sign(Double(h2), scale: Double(d2 + dr * dr))
      if s < 0 { continue }
      let h = s == 0 ? 0 : h2.squareRoot()
      for side: Scalar in (s == 0 ? [1] : [1, -1]) {
        let n = (d * dr + d.perpendicular * (h * side)) / d2
        result.append(Segment2(center + n * radius, other.center + n * r2))
      }
    }
    return result
  }
}
