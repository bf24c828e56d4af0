// Area of the intersection of a circle and a simple polygon: the sum over edges of the signed area
// of (circle ∩ triangle(center, p_i, p_i+1)). Each edge is split where it crosses the circle; parts
// inside contribute a triangle, parts outside a circular sector.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Circle2 where Scalar: BinaryFloatingPoint {
  /// The area of the intersection of this circle (disk) with a simple polygon, as a `Double`.
  ///
  ///     let square = [Vector2(0.0, 0), Vector2(1.0, 0), Vector2(1.0, 1), Vector2(0.0, 1)]
  ///     Circle2(center: Vector2(0.0, 0), radius: 1).intersectionArea(with: square)   // π/4
  ///
  /// The polygon may be concave and in either orientation (the result is the absolute value of the
  /// signed sum); its vertices may have any scalar type (integers are converted to `Double`). A
  /// self-intersecting polygon gives the absolute value of the winding-number-weighted area.
  /// Computed in `Double` relative to the center; no tolerance is involved (tangent edges contribute
  /// continuously).
  ///
  /// - Returns: 0 for fewer than 3 vertices or radius 0; NaN when a coordinate or the radius is NaN or
  ///   infinite, or the radius is negative.
  /// - Complexity: O(n) time, O(1) memory.
  @inlinable
  public func intersectionArea<P: GeometryScalar, C: Collection>(with polygon: C) -> Double
  where C.Element == Vector2<P> {
    guard _geo2IsValid else { return .nan }
    let c = center.doubleVector, r = Double(radius)
    var first: Vector2<Double>? = nil, previous = Vector2<Double>.zero
    var count = 0, twice = 0.0
    for v in polygon {
      let p = v.doubleVector
      if !p.isFinite { return .nan }
      let q = p - c
      if count == 0 { first = q } else { twice += Circle2<Double>._geo2TwiceSignedCapArea(previous, q, r) }
      previous = q
      count += 1
    }
    if count < 3 || r == 0 { return 0 }
    twice += Circle2<Double>._geo2TwiceSignedCapArea(previous, first!, r)
    return twice.magnitude / 2
  }
}

extension Circle2 where Scalar == Double {
  /// Twice the signed area of (disk of radius `r` at the origin) ∩ triangle(origin, a, b).
  @inlinable
  public static func _geo2TwiceSignedCapArea(_ a: Vector2<Double>, _ b: Vector2<Double>, _ r: Double) -> Double {
    @inline(__always) func sector(_ p: Vector2<Double>, _ q: Vector2<Double>) -> Double {
      r * r * atan2(p.cross(q), p.dot(q))
    }
    let d = b - a
    let dd = d.lengthSquared
    if dd == 0 { return 0 }
    // |a + t d|² = r²  ⇔  dd t² + 2 (a·d) t + (|a|² - r²) = 0
    let half = a.dot(d), la = a.length, c = (la - r) * (la + r)
    let disc = half * half - dd * c
    if disc <= 0 { return sector(a, b) }
    let s = disc.squareRoot()
    let t1 = (-half - s) / dd, t2 = (-half + s) / dd
    if t2 <= 0 || t1 >= 1 { return sector(a, b) }
    let p = t1 > 0 ? a + d * t1 : a
    let q = t2 < 1 ? a + d * t2 : b
    return sector(a, p) + p.cross(q) + sector(q, b)
  }
}
