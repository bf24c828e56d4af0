// The exact orientation predicate for Double, after Shewchuk, "Adaptive Precision Floating-Point
// Arithmetic and Fast Robust Geometric Predicates" (1997): a floating-point evaluation with a
// forward error bound answers almost every query; only when the determinant is within the bound
// is it recomputed exactly with floating-point expansions (error-free two-product and two-sum).

/// Exact geometric predicates on `Double` coordinates.
///
/// `orientation(a, b, c)` returns the sign of the determinant
/// `(b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)` as if computed with real numbers on the
/// given `Double` values: +1 counterclockwise, -1 clockwise, 0 collinear.
///
/// Exact for every finite input whose nonzero coordinates span at most 2^984 (≈ 1e296) in
/// magnitude — in particular for all coordinates of any single scale, from subnormals up to
/// `Double.greatestFiniteMagnitude`. The sign is scale-invariant, so when the fast filter cannot
/// decide and a coordinate lies outside `[2^-484, 2^501)`, the six coordinates are first multiplied
/// by one power of two (exact) that brings the largest to 2^500, so no product of the exact
/// expansion overflows or underflows. Outside that span (a nonzero coordinate below 2^-984 times
/// the largest), the tiny coordinates may lose bits in that scaling (or in a product's rounding
/// error) and the sign is that of a nearby input. NaN gives 0; infinities give an unspecified
/// sign. Never loops.
///
/// - Complexity: O(1). The fast path costs one floating-point determinant and a comparison; the
///   exact fallback (nearly collinear inputs) costs a few dozen floating-point operations.
public enum GeometryPredicates {
  /// Shewchuk's `ccwerrboundA = (3 + 16ε)ε` with `ε = 2^-53`: if `|det| > errA * (|detleft| +
  /// |detright|)` the floating-point sign of `det` is correct.
  @usableFromInline
  internal static var _errA: Double { (3.0 + 16.0 * 0x1p-53) * 0x1p-53 }

  /// The exact orientation sign of `a, b, c` (+1 counterclockwise, -1 clockwise, 0 collinear).
  ///
  /// - Complexity: O(1).
  @inlinable
  public static func orientation(
    _ a: Vector2<Double>, _ b: Vector2<Double>, _ c: Vector2<Double>
  ) -> Int {
    _orientation(a.x, a.y, b.x, b.y, c.x, c.y, tolerance: .exact)
  }

  /// Orientation with a tolerance: 0 when the determinant is negligible under `tolerance` with
  /// scale `(|ux| + |uy|)(|vx| + |vy|)` (`u = b - a`, `v = c - a`; between `|u||v|` and `2|u||v|`,
  /// so `relative` bounds the sine of the angle at `a`), otherwise the exact sign.
  @inlinable @inline(__always)
  public static func _orientation(
    _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double,
    tolerance: GeometryTolerance
  ) -> Int {
    let ux = bx - ax, uy = by - ay, vx = cx - ax, vy = cy - ay
    let detLeft = ux * vy
    let detRight = uy * vx
    let det = detLeft - detRight
    if !tolerance.isExact {
      // (|ux| + |uy|)(|vx| + |vy|) is within a factor 2 of |u||v|: `relative` bounds the sine of
      // the angle at `a`, whatever the scale and the direction of the vectors.
      let lengths = (ux.magnitude + uy.magnitude) * (vx.magnitude + vy.magnitude)
      if tolerance.isNegligible(det, scale: lengths) { return 0 }
    }
    // The filter's error bound is relative: it also needs the products clear of underflow (whose
    // error is absolute). Overflow makes `det` or the bound infinite or NaN, which fails the test.
    let scale = detLeft.magnitude + detRight.magnitude
    if det.magnitude > _errA * scale && scale >= 0x1p-900 { return det > 0 ? 1 : -1 }
    return _orientationExactSignScaled(ax, ay, bx, by, cx, cy)
  }

  /// ``_orientationExactSign(_:_:_:_:_:_:)`` after multiplying all six coordinates by one power of
  /// two (exact, and sign-preserving: the determinant scales by its square) when a nonzero
  /// coordinate lies outside `[2^-484, 2^501)`, so that every product of the expansion and its
  /// rounding error is representable (|product| < 2^1002, and >= 2^-968 with error bits >= 2^-1072).
  @inlinable @inline(never)
  public static func _orientationExactSignScaled(
    _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double
  ) -> Int {
    var maxExponent = Int.min, minExponent = Int.max
    for v in [ax, ay, bx, by, cx, cy] where v != 0 {
      if !v.isFinite { return _orientationExactSign(ax, ay, bx, by, cx, cy) }
      let e = Int(v.exponent)
      if e > maxExponent { maxExponent = e }
      if e < minExponent { minExponent = e }
    }
    if maxExponent == Int.min { return 0 }  // all six are zero
    if maxExponent <= 500 && minExponent >= -484 {
      return _orientationExactSign(ax, ay, bx, by, cx, cy)
    }
    let k = 500 - maxExponent
    @inline(__always) func scaled(_ v: Double) -> Double {
      Double(sign: .plus, exponent: k, significand: v)  // v * 2^k, one rounding at most (subnormal)
    }
    return _orientationExactSign(scaled(ax), scaled(ay), scaled(bx), scaled(by), scaled(cx), scaled(cy))
  }

  /// The sign of `ax*by - ax*cy + bx*cy - bx*ay + cx*ay - cx*by`, computed exactly: six
  /// error-free products (12 doubles) summed into a nonoverlapping expansion, whose largest
  /// component has the sign of the sum.
  @inlinable @inline(never)
  public static func _orientationExactSign(
    _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double
  ) -> Int {
    withUnsafeTemporaryAllocation(of: Double.self, capacity: 13) { buffer -> Int in
      let e = buffer.baseAddress!
      var count = 0
      _addProduct(ax, by, to: e, &count); _addProduct(-ax, cy, to: e, &count)
      _addProduct(bx, cy, to: e, &count); _addProduct(-bx, ay, to: e, &count)
      _addProduct(cx, ay, to: e, &count); _addProduct(-cx, by, to: e, &count)
      let top = e[count - 1]
      return top > 0 ? 1 : (top < 0 ? -1 : 0)
    }
  }

  /// Adds `b` to the nonoverlapping expansion `e[0..<count]` (Shewchuk's grow-expansion with zero
  /// elimination, in place: the write index never passes the read one). `e` must have room for
  /// `count + 1` components.
  @inlinable @inline(__always)
  public static func _growExpansion(_ e: UnsafeMutablePointer<Double>, _ count: inout Int, _ b: Double) {
    var q = b
    var k = 0
    for i in 0..<count {
      let s = q + e[i]
      let bv = s - q
      let h = (q - (s - bv)) + (e[i] - bv)
      q = s
      if h != 0 { e[k] = h; k &+= 1 }
    }
    if q != 0 || k == 0 { e[k] = q; k &+= 1 }
    count = k
  }

  /// Adds the exact product `x * y` (two components, the rounding error by a fused multiply-add)
  /// to the expansion `e[0..<count]`, which must have room for `count + 2` components.
  @inlinable @inline(__always)
  public static func _addProduct(
    _ x: Double, _ y: Double, to e: UnsafeMutablePointer<Double>, _ count: inout Int
  ) {
    let p = x * y
    _growExpansion(e, &count, (-p).addingProduct(x, y))
    _growExpansion(e, &count, p)
  }
}
