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
  ///
  /// - Complexity: O(1).
  @inlinable
  public init(center: Vector2<Scalar>, radius: Scalar) {
    self.center = center
    self.radius = radius
  }
}

extension Circle2 where Scalar: BinaryFloatingPoint {
  /// Whether `p` is inside or on the circle: `|p - center| <= radius + absolute + relative * radius`.
  ///
  /// Squares are compared after scaling by a power of two (exact) when the distances are above
  /// 2^400 or below 2^-400, so neither overflow (inf <= inf) nor underflow (0 <= 0) decides. A NaN
  /// anywhere gives false; `p - center` overflowing to infinity gives false unless the limit is
  /// infinite.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func contains(_ p: Vector2<Scalar>, tolerance: GeometryTolerance = .default) -> Bool {
    let r = Double(radius)
    var limit = r + tolerance.absolute + tolerance.relative * r
    let d = p - center
    var dx = Double(d.x), dy = Double(d.y)
    // `p - center` overflowed (or a coordinate is infinite): only an infinite limit covers it.
    if dx.isInfinite || dy.isInfinite { return limit == .infinity && !dx.isNaN && !dy.isNaN }
    let m = max(dx.magnitude, dy.magnitude, limit.magnitude)
    if m.isFinite && m != 0 && (m > 0x1p400 || m < 0x1p-400) {
      let k = -Int(m.exponent)
      dx = Double(sign: .plus, exponent: k, significand: dx)
      dy = Double(sign: .plus, exponent: k, significand: dy)
      limit = Double(sign: .plus, exponent: k, significand: limit)
    }
    return dx * dx + dy * dy <= limit * limit
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
  /// Scale-invariant: when the largest |coordinate| is above 2^100 or below 2^-100, the points (and
  /// `tolerance.absolute`) are first multiplied by a power of two that brings it to [1, 2) — exact,
  /// except that coordinates below 2^-1022 of the largest lose bits — and the circle is scaled
  /// back, so squared distances and the circumcircle's cubic terms neither overflow nor underflow
  /// for any finite input.
  ///
  /// - Returns: nil for empty input or a NaN/infinite coordinate; radius 0 for a single point.
  /// - Complexity: expected O(n) time, O(n) memory.
  @inlinable
  public func minimumEnclosingCircle<S: GeometryScalar>(
    seed: UInt64 = 0x2545_F491_4F6C_DD1D, tolerance: GeometryTolerance = .default
  ) -> Circle2<Double>? where Element == Vector2<S> {
    var p = map(\.doubleVector)
    if p.isEmpty || !p.allSatisfy(\.isFinite) { return nil }
    var largest = 0.0
    for q in p { largest = Swift.max(largest, q.x.magnitude, q.y.magnitude) }
    if largest == 0 || (largest <= 0x1p100 && largest >= 0x1p-100) {
      return p.withUnsafeMutableBufferPointer {
        Circle2<Double>._minimumEnclosingCircle($0, seed: seed, tolerance: tolerance)
      }
    }
    let k = -Int(largest.exponent)
    @inline(__always) func scaled(_ v: Double, _ e: Int) -> Double {
      Double(sign: .plus, exponent: e, significand: v)
    }
    for i in p.indices { p[i] = Vector2(scaled(p[i].x, k), scaled(p[i].y, k)) }
    let t = GeometryTolerance(absolute: scaled(tolerance.absolute, k), relative: tolerance.relative)
    let c = p.withUnsafeMutableBufferPointer {
      Circle2<Double>._minimumEnclosingCircle($0, seed: seed, tolerance: t)
    }
    return Circle2<Double>(
      center: Vector2(scaled(c.center.x, -k), scaled(c.center.y, -k)), radius: scaled(c.radius, -k))
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
