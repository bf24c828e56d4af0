// Signed area and orientation of a polygon given as a sequence of vertices.

extension Vector2 {
  /// Twice the signed area of the polygon in `p`; 0 for fewer than 3 vertices. Exact for integers.
  ///
  /// Floating point: see ``_twiceSignedAreaFloating(_:)`` (relative error below 2^-40, exact sign).
  @inlinable
  public static func _twiceSignedArea(_ p: UnsafeBufferPointer<Vector2>) -> Scalar.Wide {
    let n = p.count
    if n < 3 { return .zero }
    if !Scalar._isExact && Scalar.Wide.self == Double.self {
      return unsafeBitCast(_twiceSignedAreaFloating(p), to: Scalar.Wide.self)
    }
    let o = p[0]
    var sum = Scalar.Wide.zero
    var previous = p[1] - o
    for j in 2..<n {
      let current = p[j] - o
      sum += previous.wideCross(current)
      previous = current
    }
    return sum
  }

  /// Twice the signed area of a floating polygon (at least 3 vertices), in `Double`.
  ///
  /// The shoelace terms are taken relative to the lexicographically smallest vertex and summed in
  /// a canonical direction (toward its lexicographically smaller neighbour), so the result depends
  /// only on the cyclic vertex sequence: every rotation or reversal of the same polygon gives
  /// bitwise the same magnitude (the sign follows the given order). A running error bound decides
  /// whether that fast sum is within 2^-40 relative; when it is not (a far vertex makes the
  /// differences lose the polygon, nearly degenerate or very thin polygons, zero area, products
  /// that under- or overflow), the area is recomputed exactly from the coordinates (error-free
  /// products summed into an expansion, after scaling by a power of two) and rounded. So the sign
  /// is exact (0 exactly for degenerate polygons) and the relative error is below 2^-40 for every
  /// finite input whose area is representable (coordinates spanning more than ~2^900 in magnitude
  /// may lose their tiniest bits in the scaling). NaN or infinite coordinates: the fast sum (NaN or
  /// infinite).
  ///
  /// - Complexity: O(n) time and O(1) memory on the fast path; the exact fallback costs O(n·k)
  ///   time and O(n) stack memory (k ≤ ~40, the expansion's length).
  @inlinable
  public static func _twiceSignedAreaFloating(_ p: UnsafeBufferPointer<Vector2>) -> Double {
    let n = p.count
    var start = 0, step = 1
    for i in 1..<n where lexicographicallyPrecedes(p[i], p[start]) { start = i }
    let next = start &+ 1 == n ? 0 : start &+ 1
    let previousIndex = start == 0 ? n &- 1 : start &- 1
    if lexicographicallyPrecedes(p[previousIndex], p[next]) { step = n &- 1 }
    let ox = p[start].x._doubleValue, oy = p[start].y._doubleValue
    var sum = 0.0, magnitudes = 0.0
    var j = start &+ step
    if j >= n { j &-= n }
    var ux = p[j].x._doubleValue - ox, uy = p[j].y._doubleValue - oy
    for _ in 2..<n {
      j &+= step
      if j >= n { j &-= n }
      let wx = p[j].x._doubleValue - ox, wy = p[j].y._doubleValue - oy
      let left = ux * wy, right = uy * wx
      sum += left - right
      magnitudes += left.magnitude + right.magnitude
      ux = wx
      uy = wy
    }
    // Error of the fast sum: the rounded differences and products (3ε per product), the
    // subtraction and the n - 2 additions (ε each, relative to terms bounded by `magnitudes`).
    let bound = Double(n &+ 8) * 0x1p-53 * magnitudes
    if bound <= 0x1p-40 * sum.magnitude && magnitudes >= 0x1p-900 { return step == 1 ? sum : -sum }
    let exact = _twiceSignedAreaExact(p, start: start, step: step, fallback: sum)
    return step == 1 ? exact : -exact
  }

  /// `Σ x_i y_(i+1) - x_(i+1) y_i` over the vertices from `start` in direction `step`, computed
  /// exactly (coordinates scaled by one power of two so the largest is 2^480) and rounded; returns
  /// `fallback` when a coordinate is not finite.
  @inlinable @inline(never)
  public static func _twiceSignedAreaExact(
    _ p: UnsafeBufferPointer<Vector2>, start: Int, step: Int, fallback: Double
  ) -> Double {
    let n = p.count
    var maxExponent = Int.min
    for v in p {
      let x = v.x._doubleValue, y = v.y._doubleValue
      if !x.isFinite || !y.isFinite { return fallback }
      if x != 0 { maxExponent = Swift.max(maxExponent, Int(x.exponent)) }
      if y != 0 { maxExponent = Swift.max(maxExponent, Int(y.exponent)) }
    }
    if maxExponent == Int.min { return 0 }
    let k = 480 - maxExponent
    @inline(__always) func scaled(_ v: Scalar) -> Double {
      Double(sign: .plus, exponent: k, significand: v._doubleValue)  // exact unless subnormal
    }
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: 4 &* n &+ 1) { buffer -> Double in
      let e = buffer.baseAddress!
      var count = 0
      var j = start
      var x = scaled(p[j].x), y = scaled(p[j].y)
      for _ in 0..<n {
        j &+= step
        if j >= n { j &-= n }
        let nx = scaled(p[j].x), ny = scaled(p[j].y)
        GeometryPredicates._addProduct(x, ny, to: e, &count)
        GeometryPredicates._addProduct(-nx, y, to: e, &count)
        x = nx
        y = ny
      }
      var total = 0.0
      for i in 0..<count { total += e[i] }  // nonoverlapping, smallest first: a few ulps at most
      return Double(sign: .plus, exponent: -2 &* k, significand: total)
    }
  }
}

extension Collection {
  /// Twice the signed area of the polygon with these vertices, in order (shoelace): positive when
  /// they run counterclockwise. The polygon is implicitly closed; fewer than 3 vertices give 0.
  /// A self-intersecting polygon gives the sum of its loops' areas weighted by winding number.
  ///
  /// Integers: exact, in ``GeometryWideInt`` (each term of the sum reaches 8·10^18 for coordinates
  /// up to 10^9, so an `Int64` sum would overflow); `Double`/`Float`: a `Double` with the exact sign
  /// (exactly 0 for a degenerate polygon) and relative error below 2^-40 at any position and scale:
  /// terms relative to the lexicographically smallest vertex in a canonical direction, checked
  /// against a running error bound, and recomputed exactly when the bound is not met (far vertices,
  /// very thin polygons). Every rotation or reversal of the same vertex cycle gives bitwise the
  /// same magnitude.
  ///
  ///     [Vector2(0, 0), Vector2(4, 0), Vector2(0, 3)].twiceSignedArea()   // 12 (GeometryWideInt)
  ///
  /// - Complexity: O(n) time, O(1) memory (O(n) if the collection is not contiguous).
  @inlinable
  public func twiceSignedArea<S: GeometryScalar>() -> S.Wide where Element == Vector2<S> {
    if let r = withContiguousStorageIfAvailable({ Vector2<S>._twiceSignedArea($0) }) { return r }
    return Array(self).withUnsafeBufferPointer { Vector2<S>._twiceSignedArea($0) }
  }

  /// The signed area as a `Double` (exact twice-area halved, rounded once for integers).
  ///
  /// - Complexity: O(n).
  @inlinable
  public func signedArea<S: GeometryScalar>() -> Double where Element == Vector2<S> {
    twiceSignedArea().wideDoubleValue * 0.5
  }

  /// The (unsigned) area as a `Double`: `|twiceSignedArea| / 2`. For a convex polygon this is
  /// bitwise the value ``convexIntersectionArea(with:)`` returns for the polygon with itself or with
  /// any convex polygon containing it.
  ///
  /// - Complexity: O(n).
  @inlinable
  public func area<S: GeometryScalar>() -> Double where Element == Vector2<S> {
    twiceSignedArea().wideDoubleValue.magnitude * 0.5
  }

  /// The orientation of the polygon: +1 counterclockwise, -1 clockwise, 0 when the signed area is 0
  /// (degenerate, or a self-intersecting polygon whose loops cancel). Exact for integers and for
  /// floating types (the sign of the exact area, see ``twiceSignedArea()``).
  ///
  /// - Complexity: O(n).
  @inlinable
  public func polygonOrientation<S: GeometryScalar>() -> Int where Element == Vector2<S> {
    twiceSignedArea().wideSign
  }
}
