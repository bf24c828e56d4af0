// Crossing parameters of two lines from exact determinants: the naive `(c - a) × v / (u × v)`
// rounds the direction vectors and their cross product, which for nearly parallel inputs can be 0
// (or of the wrong sign) although the lines cross, and then divides by it. Here both determinants
// are summed exactly as floating-point expansions of the coordinate products and only the final
// ratio is rounded, so a crossing that the exact predicate sees is found at a finite parameter.

extension GeometryPredicates {
  /// The parameter `t` of the crossing point `a + (b - a) t` of line `ab` with line `cd`:
  /// `orient(c, d, a) / (orient(c, d, a) - orient(c, d, b))`, both determinants computed exactly
  /// (expansions of error-free products, after a common power-of-two scaling that keeps products
  /// representable) and rounded once each. Returns nil when the lines are exactly parallel or an
  /// input is not finite.
  ///
  /// - Complexity: O(1) (a few hundred floating-point operations).
  @inlinable @inline(never)
  public static func _crossingParameter(
    _ a: Vector2<Double>, _ b: Vector2<Double>, _ c: Vector2<Double>, _ d: Vector2<Double>
  ) -> Double? {
    var maxExponent = Int.min
    for v in [a.x, a.y, b.x, b.y, c.x, c.y, d.x, d.y] where v != 0 {
      if !v.isFinite { return nil }
      maxExponent = Swift.max(maxExponent, Int(v.exponent))
    }
    if maxExponent == Int.min { return nil }
    // One power of two for all coordinates: the ratio is unchanged, and no product overflows.
    // Tiny coordinates may lose bits to underflow, which only perturbs the rounded result.
    let k = maxExponent > 500 || maxExponent < -400 ? 500 - maxExponent : 0
    @inline(__always) func s(_ v: Double) -> Double { k == 0 ? v : Double(sign: .plus, exponent: k, significand: v) }
    let ax = s(a.x), ay = s(a.y), bx = s(b.x), by = s(b.y), cx = s(c.x), cy = s(c.y), dx = s(d.x), dy = s(d.y)
    // orient(c, d, p) = cx*dy - cx*py + dx*py - dx*cy + px*cy - px*dy.
    let num = _exactSum([(cx, dy), (-cx, ay), (dx, ay), (-dx, cy), (ax, cy), (-ax, dy)])
    // orient(c, d, a) - orient(c, d, b) = (dx - cx)(ay - by) - (dy - cy)(ax - bx), expanded.
    let den = _exactSum([
      (-cx, ay), (dx, ay), (ax, cy), (-ax, dy),
      (cx, by), (-dx, by), (-bx, cy), (bx, dy),
    ])
    if den == 0 || !den.isFinite || !num.isFinite { return nil }
    return num / den
  }

  /// `Σ x*y` computed exactly as a nonoverlapping expansion (error-free products, grow-expansion)
  /// and rounded: the components summed from the smallest, so the result is within a few ulps of
  /// the exact sum (and exactly 0 when the sum is 0).
  ///
  /// - Complexity: O(m^2) for m products (m <= 8 here).
  @inlinable
  internal static func _exactSum(_ products: [(Double, Double)]) -> Double {
    withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * products.count + 1) { buffer -> Double in
      let e = buffer.baseAddress!
      var count = 0
      for (x, y) in products { _addProduct(x, y, to: e, &count) }
      var sum = 0.0
      for i in 0..<count { sum += e[i] }
      return sum
    }
  }

  /// The crossing point of line `ab` with line `cd` from ``_crossingParameter(_:_:_:_:)``, as
  /// `a + (b - a) t` (or `a (1 - t) + b t` when `b - a` overflows); nil when exactly parallel or
  /// not finite. The coordinates overflow to infinity only when the true crossing lies beyond the
  /// `Double` range.
  ///
  /// - Complexity: O(1).
  @inlinable
  public static func _lineCrossing(
    _ a: Vector2<Double>, _ b: Vector2<Double>, _ c: Vector2<Double>, _ d: Vector2<Double>
  ) -> Vector2<Double>? {
    guard let t = _crossingParameter(a, b, c, d) else { return nil }
    let u = b - a
    if u.x.isFinite && u.y.isFinite { return a + u * t }
    return Vector2(a.x * (1 - t) + b.x * t, a.y * (1 - t) + b.y * t)
  }
}
