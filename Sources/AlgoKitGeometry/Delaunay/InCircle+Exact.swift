// The exact in-circle predicate for Double: a floating-point evaluation with Shewchuk's forward
// error bound, and an exact fallback summing the determinant as a floating-point expansion (two-diff
// coordinate differences, error-free products, grow-expansion with zero elimination, so inputs whose
// differences and products are exact, such as integer grids, stay short and cheap).

extension GeometryPredicates {
  /// Shewchuk's `iccerrboundA = (10 + 96ε)ε`.
  @usableFromInline
  internal static var _inCircleErrA: Double { (10.0 + 96.0 * 0x1p-53) * 0x1p-53 }

  /// The exact sign of the in-circle determinant of `a, b, c, d`: +1 when `d` lies strictly inside
  /// the circle through `a, b, c` given counterclockwise (outside when they are clockwise), -1 when
  /// strictly outside, 0 when cocircular (or `a, b, c` collinear and `d` on their line).
  ///
  /// Exact for finite coordinates of magnitude below 2^250 whose nonzero differences' products do not
  /// underflow (coordinate differences above about 2^-240); beyond, the sign is that of a nearby
  /// input. NaN gives 0.
  ///
  /// - Complexity: O(1): the filter is about 30 floating-point operations; the exact fallback
  ///   (nearly cocircular input) a few hundred to a few thousand.
  @inlinable @inline(__always)
  public static func inCircle(
    _ a: Vector2<Double>, _ b: Vector2<Double>, _ c: Vector2<Double>, _ d: Vector2<Double>
  ) -> Int {
    _inCircle(a.x, a.y, b.x, b.y, c.x, c.y, d.x, d.y)
  }

  @inlinable @inline(__always)
  internal static func _inCircle(
    _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double,
    _ dx: Double, _ dy: Double
  ) -> Int {
    let adx = ax - dx, ady = ay - dy, bdx = bx - dx, bdy = by - dy, cdx = cx - dx, cdy = cy - dy
    let bdxcdy = bdx * cdy, cdxbdy = cdx * bdy, alift = adx * adx + ady * ady
    let cdxady = cdx * ady, adxcdy = adx * cdy, blift = bdx * bdx + bdy * bdy
    let adxbdy = adx * bdy, bdxady = bdx * ady, clift = cdx * cdx + cdy * cdy
    let det = alift * (bdxcdy - cdxbdy) + blift * (cdxady - adxcdy) + clift * (adxbdy - bdxady)
    let permanent =
      (bdxcdy.magnitude + cdxbdy.magnitude) * alift
      + (cdxady.magnitude + adxcdy.magnitude) * blift + (adxbdy.magnitude + bdxady.magnitude) * clift
    if det.magnitude > _inCircleErrA * permanent && permanent >= 0x1p-700 { return det > 0 ? 1 : -1 }
    if det.isNaN { return 0 }
    return _inCircleExact(ax, ay, bx, by, cx, cy, dx, dy)
  }

  /// The exact sign of the in-circle determinant by expansion arithmetic.
  @inlinable @inline(never)
  internal static func _inCircleExact(
    _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double,
    _ dx: Double, _ dy: Double
  ) -> Int {
    // Buffers: 6 differences (2 each), lift and cross (<= 16 each), the sum (<= 3 * 512).
    withUnsafeTemporaryAllocation(of: Double.self, capacity: 12 + 32 + 1600) { buf -> Int in
      let diff = buf.baseAddress!, lift = diff + 12, cross = lift + 16, acc = cross + 16
      var accCount = 0
      @inline(__always) func grow(_ e: UnsafeMutablePointer<Double>, _ count: inout Int, _ b: Double) {
        var q = b
        var k = 0
        for i in 0..<count {
          let ei = e[i]
          let s = q + ei
          let bv = s - q
          let h = (q - (s - bv)) + (ei - bv)
          q = s
          if h != 0 { e[k] = h; k += 1 }
        }
        if q != 0 { e[k] = q; k += 1 }
        count = k
      }
      // Difference x - y as an expansion of <= 2 components at p; returns the count.
      @inline(__always) func twoDiff(_ x: Double, _ y: Double, _ p: UnsafeMutablePointer<Double>) -> Int {
        let s = x - y
        let bv = x - s, av = s + bv
        let err = (x - av) + (bv - y)
        var n = 0
        if err != 0 { p[n] = err; n += 1 }
        if s != 0 { p[n] = s; n += 1 }
        return n
      }
      // e += sign * f * g (expansions), exactly.
      @inline(__always) func addProduct(
        _ e: UnsafeMutablePointer<Double>, _ count: inout Int,
        _ f: UnsafeMutablePointer<Double>, _ nf: Int, _ g: UnsafeMutablePointer<Double>, _ ng: Int, _ sign: Double
      ) {
        for i in 0..<nf {
          let fi = f[i] * sign
          for j in 0..<ng {
            let p = fi * g[j]
            grow(e, &count, (-p).addingProduct(fi, g[j]))
            grow(e, &count, p)
          }
        }
      }
      let ax_ = diff, ay_ = diff + 2, bx_ = diff + 4, by_ = diff + 6, cx_ = diff + 8, cy_ = diff + 10
      let nax = twoDiff(ax, dx, ax_), nay = twoDiff(ay, dy, ay_)
      let nbx = twoDiff(bx, dx, bx_), nby = twoDiff(by, dy, by_)
      let ncx = twoDiff(cx, dx, cx_), ncy = twoDiff(cy, dy, cy_)
      // det = alift (bx cy - cx by) + blift (cx ay - ax cy) + clift (ax by - bx ay).
      @inline(__always) func term(
        _ px: UnsafeMutablePointer<Double>, _ npx: Int, _ py: UnsafeMutablePointer<Double>, _ npy: Int,
        _ u: UnsafeMutablePointer<Double>, _ nu: Int, _ v: UnsafeMutablePointer<Double>, _ nv: Int,
        _ w: UnsafeMutablePointer<Double>, _ nw: Int, _ z: UnsafeMutablePointer<Double>, _ nz: Int
      ) {
        var nl = 0, nc = 0
        addProduct(lift, &nl, px, npx, px, npx, 1)
        addProduct(lift, &nl, py, npy, py, npy, 1)
        addProduct(cross, &nc, u, nu, v, nv, 1)
        addProduct(cross, &nc, w, nw, z, nz, -1)
        addProduct(acc, &accCount, lift, nl, cross, nc, 1)
      }
      term(ax_, nax, ay_, nay, bx_, nbx, cy_, ncy, cx_, ncx, by_, nby)
      term(bx_, nbx, by_, nby, cx_, ncx, ay_, nay, ax_, nax, cy_, ncy)
      term(cx_, ncx, cy_, ncy, ax_, nax, by_, nby, bx_, nbx, ay_, nay)
      if accCount == 0 { return 0 }
      let top = acc[accCount - 1]
      return top > 0 ? 1 : (top < 0 ? -1 : 0)
    }
  }
}
