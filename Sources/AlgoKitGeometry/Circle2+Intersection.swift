// Circle predicates and intersections: point location (exact for integers), circle-line and
// circle-circle intersection. Tangency and coincidence are decided with the tolerance model.

/// How a circle meets a line or another circle.
public enum CircleIntersection<Scalar: GeometryScalar>: Hashable, Sendable {
  /// No common point.
  case none
  /// Tangent: exactly one common point (up to the tolerance).
  case point(Vector2<Scalar>)
  /// Two crossing points (order documented by each method).
  case points(Vector2<Scalar>, Vector2<Scalar>)
  /// The same circle (circle-circle only).
  case coincident
}

extension Circle2 {
  /// Where `p` lies: `.inside`, `.boundary` (on the circle) or `.outside`.
  ///
  /// Integers: exact (`|p - center|²` against `radius²` in ``GeometryWideInt``; coordinate differences
  /// must fit in the scalar). Floating: the distance is compared with the radius under `tolerance`
  /// (`|d - r| <= absolute + relative * max(d, r)` is `.boundary`). NaN anywhere: `.outside`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func location(of p: Vector2<Scalar>, tolerance: GeometryTolerance = .default) -> PolygonPointLocation {
    if Scalar._isExact {
      let d = Vector2<Scalar>._geo2DistanceSquared(p, center), r = Scalar._wideProduct(radius, radius)
      return d < r ? .inside : (d == r ? .boundary : .outside)
    }
    let d = p.doubleVector.distance(to: center.doubleVector), r = radius._doubleValue
    if d.isNaN || r.isNaN { return .outside }
    let c = tolerance.compare(d, r)
    return c < 0 ? .inside : (c == 0 ? .boundary : .outside)
  }

  /// Whether two circles are the same under `tolerance`: radii approximately equal, and the center
  /// distance `dist` at most `absolute + relative * (r1 + r2)`.
  @inlinable
  public func _geo2IsCoincident(with other: Circle2, distance dist: Scalar, tolerance: GeometryTolerance) -> Bool {
    tolerance.isApproximatelyEqual(radius._doubleValue, other.radius._doubleValue)
      && (dist == 0
        || tolerance.isNegligible(dist._doubleValue, scale: radius._doubleValue + other.radius._doubleValue))
  }

  /// Whether the center is finite and the radius finite and >= 0.
  @inlinable
  public var _geo2IsValid: Bool {
    center.isFinite && radius._isFiniteCoordinate && radius >= 0
  }
}

extension Circle2 where Scalar: BinaryFloatingPoint {
  /// Where the circle meets `line` (the infinite line through `line.a` and `line.b`).
  ///
  ///     Circle2(center: Vector2(0.0, 0), radius: 5)
  ///       .intersection(with: Line2(through: Vector2(-10.0, 3), Vector2(10.0, 3)))
  ///     // .points((-4, 3), (4, 3))
  ///
  /// Tangency: the distance `h` from the center to the line is compared with the radius under
  /// `tolerance` (``GeometryTolerance/compare(_:_:)``); approximately equal gives `.point` (the foot
  /// of the perpendicular from the center). `.points(p, q)` are ordered along the line's direction.
  /// Never `.coincident`.
  ///
  /// - Returns: nil when the line is degenerate (`a == b`), the radius is negative, or anything is
  ///   NaN or infinite.
  /// - Complexity: O(1).
  @inlinable
  public func intersection(with line: Line2<Scalar>, tolerance: GeometryTolerance = .default) -> CircleIntersection<
    Scalar
  >? {
    guard _geo2IsValid, line.a.isFinite, line.b.isFinite, let u = line.direction.normalized() else { return nil }
    let w = center - line.a
    let signed = u.cross(w)  // signed distance of the center from the line
    let foot = center - u.perpendicular * signed
    let h = signed.magnitude
    let c = tolerance.compare(Double(h), Double(radius))
    if c > 0 { return CircleIntersection.none }
    if c == 0 { return .point(foot) }
    let half = ((radius - h) * (radius + h)).squareRoot()
    return .points(foot - u * half, foot + u * half)
  }

  /// Where two circles meet.
  ///
  ///     Circle2(center: Vector2(0.0, 0), radius: 5)
  ///       .intersection(with: Circle2(center: Vector2(8.0, 0), radius: 5))
  ///     // .points((4, 3), (4, -3))
  ///
  /// - `.coincident`: radii approximately equal and the distance between the centers negligible
  ///   relative to the radii under `tolerance` (translation-invariant: circles far from the origin
  ///   are compared by their separation, not by their coordinates).
  /// - `.none`: separate, one strictly inside the other, or concentric with different radii.
  /// - `.point(p)`: tangent, externally (`d ≈ r1 + r2`) or internally (`d ≈ |r1 - r2|`), compared
  ///   under `tolerance`; `p` is on the line of centers.
  /// - `.points(p, q)`: `p` on the left of the directed line from this center to the other's, `q` on
  ///   the right.
  ///
  /// - Returns: nil for a negative radius or a NaN/infinite value.
  /// - Complexity: O(1).
  @inlinable
  public func intersection(with other: Circle2, tolerance: GeometryTolerance = .default) -> CircleIntersection<Scalar>?
  {
    guard _geo2IsValid, other._geo2IsValid else { return nil }
    let r1 = radius, r2 = other.radius
    let d = other.center - center
    let dist = d.length
    if _geo2IsCoincident(with: other, distance: dist, tolerance: tolerance) { return .coincident }
    if dist == 0 { return CircleIntersection.none }
    let outer = tolerance.compare(Double(dist), Double(r1 + r2))
    let inner = tolerance.compare(Double(dist), Double((r1 - r2).magnitude))
    if outer > 0 || inner < 0 { return CircleIntersection.none }
    let u = d / dist
    if outer == 0 { return .point(center + u * r1) }
    if inner == 0 { return .point(r1 >= r2 ? center + u * r1 : center - u * r1) }
    let along = (dist + (r1 - r2) * (r1 + r2) / dist) / 2
    let h = max(0, (r1 - along) * (r1 + along)).squareRoot()
    let mid = center + u * along, offset = u.perpendicular * h
    return .points(mid + offset, mid - offset)
  }
}
