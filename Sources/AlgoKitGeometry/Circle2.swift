// Circles and the minimum enclosing circle (randomized incremental, after Welzl, with a seeded
// shuffle so results are reproducible).

/// A circle: `center` and `radius` (>= 0).
@frozen
public struct Circle2<Scalar: GeometryScalar>: Hashable, Sendable {
  /// The center.
  public var center: Vector2<Scalar>
  /// The radius (>= 0).
  public var radius: Scalar

  /// The circle with this center and radius.
  @inlinable
  public init(center: Vector2<Scalar>, radius: Scalar) {
    self.center = center
    self.radius = radius
  }
}

extension Circle2 where Scalar: BinaryFloatingPoint {
  /// Whether `p` is inside or on the circle: `|p - center| <= radius + absolute + relative * radius`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func contains(_ p: Vector2<Scalar>, tolerance: GeometryTolerance = .default) -> Bool {
    let r = Double(radius)
    let limit = r + tolerance.absolute + tolerance.relative * r
    let d = p - center
    return Double(d.x) * Double(d.x) + Double(d.y) * Double(d.y) <= limit * limit
  }
}

extension Collection {
  /// The smallest circle containing every point, as `Circle2<Double>` (integer points are converted;
  /// exact up to 2^53).
  ///
  /// Randomized incremental algorithm (Welzl's, in its iterative three-loop form) after a
  /// Fisher–Yates shuffle driven by `seed`: expected O(n) for every input, deterministic for a given
  /// seed. A point counts as covered when it is within `radius + tolerance` (``Circle2/contains(_:tolerance:)``);
  /// with the default (relative 1e-9) the result's radius is within a factor 1 + 1e-9 of optimal and
  /// covers every point. Circles through three nearly collinear points fall back to the diametral
  /// circle of the farthest two, so the computation never divides by zero.
  ///
  /// - Returns: nil for empty input or a NaN/infinite coordinate; radius 0 for a single point.
  /// - Complexity: expected O(n) time, O(n) memory.
  @inlinable
  public func minimumEnclosingCircle<S: GeometryScalar>(
    seed: UInt64 = 0x2545_F491_4F6C_DD1D, tolerance: GeometryTolerance = .default
  ) -> Circle2<Double>? where Element == Vector2<S> {
    var p = map(\.doubleVector)
    if p.isEmpty || !p.allSatisfy(\.isFinite) { return nil }
    return p.withUnsafeMutableBufferPointer { Circle2<Double>._minimumEnclosingCircle($0, seed: seed, tolerance: tolerance) }
  }
}

extension Circle2 where Scalar == Double {
  @inlinable
  public static func _diametral(_ a: Vector2<Double>, _ b: Vector2<Double>) -> Circle2 {
    let c = Vector2((a.x + b.x) * 0.5, (a.y + b.y) * 0.5)
    return Circle2(center: c, radius: max((a - c).length, (b - c).length))
  }

  /// The circle through three points; for (nearly) collinear points, the diametral circle of the
  /// farthest pair.
  @inlinable
  public static func _through(_ a: Vector2<Double>, _ b: Vector2<Double>, _ c: Vector2<Double>) -> Circle2 {
    let u = b - a, v = c - a
    let d = 2 * u.cross(v)
    if GeometryPredicates.orientation(a, b, c) != 0 && d != 0 {
      let uu = u.lengthSquared, vv = v.lengthSquared
      let o = Vector2((v.y * uu - u.y * vv) / d, (u.x * vv - v.x * uu) / d)
      let center = a + o
      if center.isFinite {
        let r = max(o.length, (b - center).length, (c - center).length)
        if r.isFinite { return Circle2(center: center, radius: r) }
      }
    }
    let ab = u.lengthSquared, ac = v.lengthSquared, bc = (c - b).lengthSquared
    if ab >= ac && ab >= bc { return _diametral(a, b) }
    return ac >= bc ? _diametral(a, c) : _diametral(b, c)
  }

  @inlinable
  public static func _minimumEnclosingCircle(
    _ p: UnsafeMutableBufferPointer<Vector2<Double>>, seed: UInt64, tolerance: GeometryTolerance
  ) -> Circle2 {
    let n = p.count
    // Fisher–Yates with SplitMix64 (a fixed, documented sequence for a given seed).
    var state = seed
    var i = n - 1
    while i > 0 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      z ^= z >> 31
      let j = Int(z.multipliedFullWidth(by: UInt64(i + 1)).high)
      p.swapAt(i, j)
      i -= 1
    }
    var circle = Circle2(center: p[0], radius: 0)
    for i in 1..<max(n, 1) where !circle.contains(p[i], tolerance: tolerance) {
      circle = Circle2(center: p[i], radius: 0)
      for j in 0..<i where !circle.contains(p[j], tolerance: tolerance) {
        circle = _diametral(p[i], p[j])
        for k in 0..<j where !circle.contains(p[k], tolerance: tolerance) {
          circle = _through(p[i], p[j], p[k])
        }
      }
    }
    return circle
  }
}
