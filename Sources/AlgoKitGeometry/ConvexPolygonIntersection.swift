// Intersection of convex polygons by Sutherland–Hodgman clipping: the subject is clipped by each
// edge of the other polygon in turn. A vertex is kept when the *exact* sign of `(b - a) × (p - a)`
// is >= 0 (Shewchuk's filter decides almost every vertex; the rest go to the exact orientation
// predicate), so a polygon clipped by itself, or by a polygon containing it, comes back vertex for
// vertex and its area is bitwise its own area (IoU of identical boxes is exactly 1), at any scale:
// a floating side value would misjudge a vertex near a long edge (one far vertex at 1e53 turns
// every side value of a small polygon into rounding noise). When the filter fails, the side value
// used for the crossing point is recomputed from the edge endpoint nearer the vertex and forced to
// the exact sign, so crossing parameters stay in [0, 1]; a crossing is interpolated from the edge's
// endpoint nearer the line.
//
// Buffer bound: one clip step writes at most 2 vertices per input vertex, whatever the input. A convex
// pair never has more than n + m vertices after any step, so the clip buffers hold 2 (n + m + 1)
// vertices each, and after each step the count is checked against n + m + 1 (one compare per edge,
// not per vertex): more proves the input non-convex, and the pair functions stop there (area and IoU
// NaN, `convexIntersection` []). Nothing is ever written past a buffer.

extension Vector2 where Scalar: BinaryFloatingPoint {
  /// Clips the convex polygon `src[0..<n]` to the closed half-plane `sign * ((b - a) × (p - a)) >= 0`
  /// (the exact sign) and writes the result to `dst`. Returns the result's vertex count, at most
  /// `n + 1` for a convex `src` and at most `2 n` for any `src` (each input vertex emits at most 2):
  /// `dst` must hold that. `box` must contain every vertex of `src` (the subject's bounding box,
  /// which also contains every later clip of it): it gives one error bound for the whole edge.
  @inlinable @inline(__always)
  public static func _clipConvex(
    _ src: UnsafeMutablePointer<Vector2>, _ n: Int, into dst: UnsafeMutablePointer<Vector2>,
    _ a: Vector2, _ b: Vector2, sign: Scalar, box: (lo: Vector2, hi: Vector2)
  ) -> Int {
    if n == 0 { return 0 }
    let d = b - a
    // Semi-static filter: a bound on Shewchuk's `errA * (|d.x (p.y - a.y)| + |d.y (p.x - a.x)|)`
    // over the box (rounding is monotonic, so no |p - a| exceeds the box's corner differences);
    // 4ε instead of (3 + 16ε)ε covers the roundings of this bound itself. Vertices it cannot
    // decide go to the per-vertex filter and the exact predicate.
    let reachX = Swift.max((box.lo.x - a.x).magnitude, (box.hi.x - a.x).magnitude)
    let reachY = Swift.max((box.lo.y - a.y).magnitude, (box.hi.y - a.y).magnitude)
    let threshold =
      2 * Scalar.ulpOfOne * (d.x.magnitude * reachY + d.y.magnitude * reachX)
      + Scalar.leastNormalMagnitude / Scalar.ulpOfOne
    @inline(__always) func side(_ p: Vector2) -> Scalar {
      let s = d.cross(p - a)
      return s.magnitude > threshold ? sign * s : _exactSideValue(p, a, b, d, sign: sign)
    }
    var out = 0
    var previous = src[n &- 1]
    var sPrevious = side(previous)
    for i in 0..<n {
      let current = src[i]
      let sCurrent = side(current)
      if sCurrent >= 0 {
        if sPrevious < 0 && sCurrent > 0 {
          dst[out] = _crossing(previous, sPrevious, current, sCurrent)
          out &+= 1
        }
        dst[out] = current
        out &+= 1
      } else if sPrevious > 0 {
        dst[out] = _crossing(previous, sPrevious, current, sCurrent)
        out &+= 1
      }
      previous = current
      sPrevious = sCurrent
    }
    return out
  }

  /// The bounding box of `p[0..<n]` (`n >= 1`).
  @inlinable @inline(__always)
  public static func _boundingBox(_ p: UnsafePointer<Vector2>, _ n: Int) -> (lo: Vector2, hi: Vector2) {
    var lo = p[0], hi = p[0]
    for i in 1..<Swift.max(n, 1) {
      lo.x = Swift.min(lo.x, p[i].x); lo.y = Swift.min(lo.y, p[i].y)
      hi.x = Swift.max(hi.x, p[i].x); hi.y = Swift.max(hi.y, p[i].y)
    }
    return (lo, hi)
  }

  /// The point where the edge `p → q` crosses the clip line, given their side values of opposite
  /// signs: interpolated from the endpoint nearer the line (smaller |side|), so a far endpoint
  /// (1e130 away) does not round the crossing by its own magnitude; the parameter is at most 1/2.
  @inlinable @inline(__always)
  public static func _crossing(_ p: Vector2, _ sP: Scalar, _ q: Vector2, _ sQ: Scalar) -> Vector2 {
    sP.magnitude <= sQ.magnitude ? p.interpolated(to: q, sP / (sP - sQ)) : q.interpolated(to: p, sQ / (sQ - sP))
  }

  /// `sign * (d × (p - a))` with `d = b - a` (the clip's per-vertex fallback), carrying the exact sign of the real value (0 exactly
  /// when `p` is on the line). The floating value is returned when Shewchuk's filter proves its
  /// sign; otherwise the value is recomputed from the endpoint nearer `p` and, if its sign still
  /// differs from the exact predicate's, replaced by the smallest magnitude of the exact sign.
  @inlinable @inline(never)
  public static func _exactSideValue(
    _ p: Vector2, _ a: Vector2, _ b: Vector2, _ d: Vector2, sign: Scalar
  ) -> Scalar {
    let v = p - a
    let left = d.x * v.y, right = d.y * v.x
    let s = left - right
    let scale = left.magnitude + right.magnitude
    // Shewchuk's ccwerrboundA for this scalar's epsilon, plus a floor: below it the products may
    // be subnormal (absolute error), and |s| <= scale < floor sends them to the exact predicate;
    // above it a subnormal product's error is far below the relative bound.
    let epsilon = Scalar.ulpOfOne / 2
    if s.magnitude > (3 + 16 * epsilon) * epsilon * scale + Scalar.leastNormalMagnitude / Scalar.ulpOfOne {
      return sign * s
    }
    let exact = Scalar(Scalar._orientationSign(a, b, p, tolerance: .exact)) * sign
    if exact == 0 { return 0 }
    let fromA = p - a, fromB = p - b
    let nearA = Swift.max(fromA.x.magnitude, fromA.y.magnitude) <= Swift.max(fromB.x.magnitude, fromB.y.magnitude)
    let near = sign * d.cross(nearA ? fromA : fromB)
    return near * exact > 0 ? near : exact * Scalar.leastNonzeroMagnitude
  }

  /// `|2 × area|` of `p ∩ q` for convex `p`, `q` with at least 3 vertices each, `qSign` the
  /// orientation of `q` (+1 or -1). `p` inside `q` returns `p`'s own twice-area bitwise.
  /// NaN when a clip step yields more than `p.count + q.count + 1` vertices, which proves the input
  /// non-convex (see the buffer bound at the top of this file); never writes past its buffers.
  @inlinable
  public static func _convexIntersectionTwiceArea(
    _ p: UnsafeBufferPointer<Vector2>, _ q: UnsafeBufferPointer<Vector2>, qSign: Scalar
  ) -> Double {
    let np = p.count, nq = q.count
    let capacity = np &+ nq &+ 1
    // Each half holds 2 * capacity: a step's input has at most `capacity` vertices (checked below),
    // so its output (at most twice its input) always fits.
    return withUnsafeTemporaryAllocation(of: Vector2.self, capacity: 4 &* capacity) { buffer in
      var src = buffer.baseAddress!
      var dst = src + 2 &* capacity
      for i in 0..<np { src[i] = p[i] }
      let box = _boundingBox(src, np)
      var count = np
      var j = nq &- 1
      for k in 0..<nq {
        count = _clipConvex(src, count, into: dst, q[j], q[k], sign: qSign, box: box)
        if count == 0 { return 0 }
        if count > capacity { return .nan }  // impossible for convex input
        swap(&src, &dst)
        j = k
      }
      return _twiceSignedArea(UnsafeBufferPointer(start: src, count: count)).wideDoubleValue.magnitude
    }
  }

  /// Shared front end: decides disjoint, degenerate, non-finite and identical inputs without clipping.
  /// Returns (twice |area p|, twice |area q|, orientation of the clip polygon, status) where
  /// status 0 = clip (the subject is the polygon with the smaller area, so a nested polygon comes
  /// back unchanged whichever argument it is),
  /// 1 = NaN input, 2 = empty intersection or degenerate input, 3 = identical.
  @inlinable @inline(__always)
  public static func _convexPairPrologue(
    _ p: UnsafeBufferPointer<Vector2>, _ q: UnsafeBufferPointer<Vector2>
  ) -> (twiceAreaP: Double, twiceAreaQ: Double, qSign: Scalar, status: Int) {
    let np = p.count, nq = q.count
    if np < 3 || nq < 3 { return (0, 0, 1, 2) }
    var pMinX = p[0].x, pMaxX = p[0].x, pMinY = p[0].y, pMaxY = p[0].y
    var finite = true
    for i in 0..<np {
      let v = p[i]
      finite = finite && v.x.isFinite && v.y.isFinite
      pMinX = min(pMinX, v.x); pMaxX = max(pMaxX, v.x)
      pMinY = min(pMinY, v.y); pMaxY = max(pMaxY, v.y)
    }
    var qMinX = q[0].x, qMaxX = q[0].x, qMinY = q[0].y, qMaxY = q[0].y
    for i in 0..<nq {
      let v = q[i]
      finite = finite && v.x.isFinite && v.y.isFinite
      qMinX = min(qMinX, v.x); qMaxX = max(qMaxX, v.x)
      qMinY = min(qMinY, v.y); qMaxY = max(qMaxY, v.y)
    }
    if !finite { return (.nan, .nan, 1, 1) }
    let signedP = _twiceSignedArea(p).wideDoubleValue
    let signedQ = _twiceSignedArea(q).wideDoubleValue
    let twiceP = signedP.magnitude, twiceQ = signedQ.magnitude
    if pMaxX < qMinX || qMaxX < pMinX || pMaxY < qMinY || qMaxY < pMinY || signedQ == 0 || signedP == 0 {
      return (twiceP, twiceQ, 1, 2)
    }
    if np == nq {
      var same = true
      for i in 0..<np where p[i] != q[i] { same = false; break }
      if same { return (twiceP, twiceQ, 1, 3) }
    }
    return (twiceP, twiceQ, (twiceP <= twiceQ ? signedQ : signedP) > 0 ? 1 : -1, 0)
  }

  /// Area of `p ∩ q` for convex `p`, `q` given as buffers (see ``Swift/Collection/convexIntersectionArea(with:)``).
  @inlinable
  public static func _convexIntersectionArea(
    _ p: UnsafeBufferPointer<Vector2>, _ q: UnsafeBufferPointer<Vector2>
  ) -> Double {
    let f = _convexPairPrologue(p, q)
    switch f.status {
    case 1: return .nan
    case 2: return 0
    case 3: return f.twiceAreaP * 0.5
    default:
      let twice =
        f.twiceAreaP <= f.twiceAreaQ
        ? _convexIntersectionTwiceArea(p, q, qSign: f.qSign)
        : _convexIntersectionTwiceArea(q, p, qSign: f.qSign)
      return twice * 0.5
    }
  }

  /// Intersection over union of convex `p`, `q` given as buffers (see
  /// ``Swift/Collection/convexIntersectionOverUnion(with:)``).
  @inlinable
  public static func _convexIntersectionOverUnion(
    _ p: UnsafeBufferPointer<Vector2>, _ q: UnsafeBufferPointer<Vector2>
  ) -> Double {
    let f = _convexPairPrologue(p, q)
    switch f.status {
    case 1: return .nan
    case 2: return 0
    case 3: return 1
    default:
      let a = f.twiceAreaP * 0.5, b = f.twiceAreaQ * 0.5
      let inter =
        (f.twiceAreaP <= f.twiceAreaQ
          ? _convexIntersectionTwiceArea(p, q, qSign: f.qSign)
          : _convexIntersectionTwiceArea(q, p, qSign: f.qSign)) * 0.5
      if inter.isNaN { return .nan }  // clip overflow: non-convex input
      if inter <= 0 { return 0 }
      let smaller = min(a, b), larger = max(a, b)
      // Nested (the clip returned the smaller polygon itself): the ratio, rounded once.
      if inter >= smaller { return smaller / larger }
      let union = a + b - inter
      return min(1, max(0, inter / union))
    }
  }
}

extension Collection {
  /// The area of the intersection of two convex polygons (this one and `other`), as a `Double`.
  ///
  /// Both polygons must be convex with vertices in order (either orientation; they may differ).
  /// Guarantees: disjoint (or only touching) polygons give 0; if one polygon lies inside the other
  /// the result is bitwise the inner polygon's `area()` (the polygon with the smaller area is clipped
  /// by the other, and a clip returns a contained polygon's vertices unchanged), so identical
  /// polygons give exactly their own area. Fewer than 3 vertices or zero area: 0. A NaN or
  /// infinite coordinate: NaN. Non-convex input: unspecified value (never a crash, hang or
  /// out-of-bounds write): NaN when the clipping yields more vertices than any convex pair can
  /// (more than n + m + 1 after some step), otherwise whatever Sutherland–Hodgman clipping gives.
  ///
  /// Floating point only (the vertices of the intersection are not integers); convert integer
  /// polygons with `Vector2<Double>(_:)`. No tolerance: a vertex is kept when its exact side of
  /// the clip line (the exact orientation predicate, behind Shewchuk's filter) is left or on the
  /// line, so containment is decided exactly at any scale; crossing points are rounded.
  ///
  /// - Complexity: O(n·m) time (n, m the vertex counts; ~0.1 µs for two quadrilaterals),
  ///   O(n + m) stack memory, no heap allocation for contiguous collections.
  @inlinable
  public func convexIntersectionArea<S: BinaryFloatingPoint & GeometryScalar, Other: Collection>(
    with other: Other
  ) -> Double where Element == Vector2<S>, Other.Element == Vector2<S> {
    Vector2<S>._withTwoBuffers(self, other) { Vector2<S>._convexIntersectionArea($0, $1) }
  }

  /// Intersection over union of two convex polygons, in `[0, 1]`.
  ///
  /// Exactly 1 for identical vertex sequences, exactly 0 for disjoint or touching polygons, and the
  /// area ratio `smaller / larger` (rounded once) when one contains the other. 0 when either has
  /// zero area or fewer than 3 vertices; NaN when a coordinate is NaN or infinite. Non-convex input:
  /// unspecified value, never a crash: NaN in the cases where
  /// ``convexIntersectionArea(with:)`` is NaN, otherwise a value in `[0, 1]`.
  ///
  /// - Complexity: O(n·m) time, O(n + m) stack memory.
  @inlinable
  public func convexIntersectionOverUnion<S: BinaryFloatingPoint & GeometryScalar, Other: Collection>(
    with other: Other
  ) -> Double where Element == Vector2<S>, Other.Element == Vector2<S> {
    Vector2<S>._withTwoBuffers(self, other) { Vector2<S>._convexIntersectionOverUnion($0, $1) }
  }

  /// The intersection of two convex polygons, with `self`'s orientation; `[]` when empty,
  /// degenerate input (fewer than 3 vertices or zero area) or a non-finite coordinate. May contain
  /// fewer than 3 vertices when the polygons only touch along an edge or at a vertex.
  /// Non-convex input: unspecified polygon, never a crash: `[]` when a clip step yields more than
  /// n + m + 1 vertices (where ``convexIntersectionArea(with:)`` returns NaN), otherwise the
  /// Sutherland–Hodgman output.
  ///
  /// - Complexity: O(n·m) time, O(n + m) memory.
  @inlinable
  public func convexIntersection<S: BinaryFloatingPoint & GeometryScalar, Other: Collection>(
    with other: Other
  ) -> [Vector2<S>] where Element == Vector2<S>, Other.Element == Vector2<S> {
    Vector2<S>._withTwoBuffers(self, other) { p, q -> [Vector2<S>] in
      let f = Vector2<S>._convexPairPrologue(p, q)
      if f.status == 3 { return Array(p) }
      if f.status != 0 { return [] }
      let swapped = f.twiceAreaP > f.twiceAreaQ
      let (p, q) = swapped ? (q, p) : (p, q)
      // Buffers of 2 * capacity: a step's input is at most `capacity` (checked), its output at most
      // twice that (see the buffer bound at the top of the file).
      let capacity = p.count + q.count + 1
      var a = Array(p) + [Vector2<S>](repeating: .zero, count: 2 * capacity - p.count)
      var b = [Vector2<S>](repeating: .zero, count: 2 * capacity)
      let box = Vector2<S>._boundingBox(p.baseAddress!, p.count)
      var count = p.count
      var j = q.count - 1
      for k in 0..<q.count {
        count = a.withUnsafeMutableBufferPointer { src in
          b.withUnsafeMutableBufferPointer { dst in
            Vector2<S>._clipConvex(
              src.baseAddress!, count, into: dst.baseAddress!, q[j], q[k], sign: f.qSign, box: box)
          }
        }
        if count > capacity { return [] }  // impossible for convex input
        swap(&a, &b)
        j = k
      }
      var result = Array(a[0..<count])
      // Report in self's orientation.
      if swapped && (Vector2<S>._twiceSignedArea(p) > .zero) != (Vector2<S>._twiceSignedArea(q) > .zero) {
        result.reverse()
      }
      return result
    }
  }

  /// The part of this convex polygon on the left of `line` (the closed half-plane
  /// `line.side(of: p) >= 0`, with the exact sign of the cross product, no tolerance).
  /// Vertices on the line are kept. `[]` when nothing remains or a coordinate is not finite; a
  /// degenerate line (`a == b`) keeps everything. A non-convex polygon gives the Sutherland–Hodgman
  /// output (its pieces joined along the line), never a crash.
  ///
  /// - Complexity: O(n) time and memory.
  @inlinable
  public func clipped<S: BinaryFloatingPoint & GeometryScalar>(toLeftOf line: Line2<S>) -> [Vector2<S>]
  where Element == Vector2<S> {
    var source = Array(self)
    if source.isEmpty || !source.allSatisfy(\.isFinite) || !line.a.isFinite || !line.b.isFinite { return [] }
    // 2n, not n + 1: a non-convex polygon can cross the line up to n times.
    var result = [Vector2<S>](repeating: .zero, count: 2 * source.count)
    let n = source.count
    let count = source.withUnsafeMutableBufferPointer { src in
      result.withUnsafeMutableBufferPointer { dst in
        Vector2<S>._clipConvex(
          src.baseAddress!, n, into: dst.baseAddress!, line.a, line.b, sign: 1,
          box: Vector2<S>._boundingBox(src.baseAddress!, n))
      }
    }
    result.removeLast(result.count - count)
    return result
  }
}

extension Vector2 {
  /// Runs `body` on contiguous buffers of two collections (copying only non-contiguous ones).
  @inlinable
  public static func _withTwoBuffers<A: Collection, B: Collection, R>(
    _ a: A, _ b: B, _ body: (UnsafeBufferPointer<Vector2>, UnsafeBufferPointer<Vector2>) -> R
  ) -> R where A.Element == Vector2, B.Element == Vector2 {
    let r = a.withContiguousStorageIfAvailable { pa in
      b.withContiguousStorageIfAvailable { pb in body(pa, pb) }
    }
    if let r, let r { return r }
    return Array(a).withUnsafeBufferPointer { pa in
      Array(b).withUnsafeBufferPointer { pb in body(pa, pb) }
    }
  }
}
