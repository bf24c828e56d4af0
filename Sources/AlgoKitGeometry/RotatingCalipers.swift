// Rotating calipers on the convex hull: diameter (furthest pair), width, and the minimum-area
// enclosing rectangle. Each hull edge is paired with the vertex farthest from its line (and, for the
// rectangle, the two vertices extreme along it); those vertices only move forward as the edge turns,
// so one sweep is O(h). Cross and dot products are exact in `Scalar.Wide` for integers.

extension Collection {
  /// The two points at maximum distance (the diameter of the point set), as offsets into the
  /// collection (`first < second`) and the exact squared distance.
  ///
  ///     [Vector2(0, 0), Vector2(3, 4), Vector2(1, 1)].furthestPair()   // (0, 1, 25)
  ///
  /// Integers: exact (squared distance in ``GeometryWideInt``; coordinates with `|x| < 2^61`).
  /// Floating: squared distances in `Double`; among pairs whose squared distances agree to rounding,
  /// either may be returned. Ties: any pair at the maximum distance.
  ///
  /// - Returns: nil for fewer than 2 points or a NaN/infinite coordinate; all points equal: the first
  ///   two offsets and 0.
  /// - Complexity: O(n log n) time (convex hull, then O(h) calipers), O(n) memory.
  @inlinable
  public func furthestPair<S: GeometryScalar>() -> (first: Int, second: Int, distanceSquared: S.Wide)?
  where Element == Vector2<S> {
    let points = Array(self)
    if points.count < 2 { return nil }
    let hull = points.convexHull()
    if hull.isEmpty { return nil }
    let pair = Vector2<S>._geo2FurthestHullPair(hull)
    // Hull points are input points; one distinct point means every point is equal (n >= 2).
    guard let i = points.firstIndex(of: pair.0) else { return nil }
    let j = pair.0 == pair.1 ? (i == 0 ? 1 : 0) : (points.firstIndex(of: pair.1) ?? i)
    return (Swift.min(i, j), Swift.max(i, j), Vector2<S>._geo2DistanceSquared(pair.0, pair.1))
  }

  /// The width of the point set: the minimum distance between two parallel lines enclosing it, as a
  /// `Double`.
  ///
  /// Integers: the candidate widths `cross / |edge|` have exact numerators and are rounded once each.
  /// Floating: computed in `Double`.
  ///
  /// - Returns: nil for empty input or a NaN/infinite coordinate; 0 when all points are collinear
  ///   (including a single point).
  /// - Complexity: O(n log n) time (convex hull, then O(h) calipers), O(n) memory.
  @inlinable
  public func minimumWidth<S: GeometryScalar>() -> Double? where Element == Vector2<S> {
    let hull = convexHull()
    if hull.isEmpty { return nil }
    if hull.count < 3 { return 0 }
    return Vector2<S>._geo2Calipers(hull).width
  }

  /// The minimum-area rectangle enclosing the points (one side lies on a hull edge), with corners
  /// counterclockwise, as `Double` points.
  ///
  ///     [Vector2(0, 0), Vector2(2, 2), Vector2(1, 3), Vector2(-1, 1)].minimumAreaEnclosingRectangle()
  ///     // area 4: the corners of that rotated 2√2 × √2 rectangle (up to rounding)
  ///
  /// Integers: each candidate area is `cross · (dot_max - dot_min) / |edge|²` with exact wide
  /// numerators, rounded in `Double`; corners are constructed in `Double`. Ties: the first edge (in hull
  /// order from the lexicographically smallest point) with the minimum area.
  ///
  /// - Returns: nil for empty input or a NaN/infinite coordinate. All points collinear: area 0 and
  ///   the degenerate rectangle `[a, b, b, a]` of the two extreme points (`[p, p, p, p]` for one point).
  /// - Complexity: O(n log n) time (convex hull, then O(h) calipers), O(n) memory.
  @inlinable
  public func minimumAreaEnclosingRectangle<S: GeometryScalar>() -> (corners: [Vector2<Double>], area: Double)?
  where Element == Vector2<S> {
    let hull = convexHull()
    if hull.isEmpty { return nil }
    if hull.count == 1 { return ([Vector2<Double>](repeating: hull[0].doubleVector, count: 4), 0) }
    if hull.count == 2 {
      let a = hull[0].doubleVector, b = hull[1].doubleVector
      return ([a, b, b, a], 0)
    }
    let r = Vector2<S>._geo2Calipers(hull)
    return (r.corners, r.area)
  }
}

extension Vector2 {
  /// `|a - b|²` in the wide type (exact for integers).
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func _geo2DistanceSquared(_ a: Vector2, _ b: Vector2) -> Scalar.Wide {
    let d = a - b
    return Scalar._wideProduct(d.x, d.x) + Scalar._wideProduct(d.y, d.y)
  }

  /// `u · v` in the wide type (exact for integers).
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func _geo2WideDot(_ u: Vector2, _ v: Vector2) -> Scalar.Wide {
    Scalar._wideProduct(u.x, v.x) + Scalar._wideProduct(u.y, v.y)
  }

  /// The furthest pair of vertices of a convex hull (counterclockwise, strictly convex, as
  /// `convexHull()` returns it; 1 or 2 points allowed).
  ///
  /// - Complexity: O(n) time (each pointer moves at most once around), O(1) memory.
  @inlinable
  public static func _geo2FurthestHullPair(_ h: [Vector2]) -> (Vector2, Vector2) {
    let n = h.count
    if n == 1 { return (h[0], h[0]) }
    if n == 2 { return (h[0], h[1]) }
    var best = (h[0], h[1])
    var bestD = _geo2DistanceSquared(h[0], h[1])
    @inline(__always) func consider(_ a: Vector2, _ b: Vector2) {
      let d = _geo2DistanceSquared(a, b)
      if bestD < d { bestD = d; best = (a, b) }
    }
    var j = 1
    for i in 0..<n {
      let a = h[i], b = h[i + 1 == n ? 0 : i + 1]
      let e = b - a
      // Advance j to the vertex farthest from line ab (areas are unimodal along a convex polygon).
      var steps = 0
      while steps < n {
        let next = j + 1 == n ? 0 : j + 1
        if e.wideCross(h[j] - a) < e.wideCross(h[next] - a) { j = next; steps += 1 } else { break }
      }
      let next = j + 1 == n ? 0 : j + 1
      consider(a, h[j]); consider(b, h[j]); consider(a, h[next]); consider(b, h[next])
    }
    return best
  }

  /// Width and minimum-area enclosing rectangle of a strictly convex counterclockwise hull with at
  /// least 3 vertices.
  ///
  /// - Complexity: O(n) time (rotating calipers), O(1) extra memory besides the 4 corners.
  @inlinable
  public static func _geo2Calipers(_ h: [Vector2]) -> (width: Double, corners: [Vector2<Double>], area: Double) {
    let n = h.count
    @inline(__always) func succ(_ k: Int) -> Int { k + 1 == n ? 0 : k + 1 }
    // Initial pointers for edge 0 by a linear scan: farthest from its line, max and min along it.
    let e0 = h[1] - h[0]
    var j = 0, k = 0, l = 0
    for t in 0..<n {
      let v = h[t] - h[0]
      if e0.wideCross(h[j] - h[0]) < e0.wideCross(v) { j = t }
      if _geo2WideDot(e0, h[k] - h[0]) < _geo2WideDot(e0, v) { k = t }
      if _geo2WideDot(e0, v) < _geo2WideDot(e0, h[l] - h[0]) { l = t }
    }
    var width = Double.infinity, bestArea = Double.infinity
    var bestEdge = 0, bestJ = j, bestK = k, bestL = l
    for i in 0..<n {
      let a = h[i], e = h[succ(i)] - a
      var steps = 0
      while steps < n, e.wideCross(h[j] - a) < e.wideCross(h[succ(j)] - a) { j = succ(j); steps += 1 }
      steps = 0
      while steps < n, _geo2WideDot(e, h[k] - a) < _geo2WideDot(e, h[succ(k)] - a) { k = succ(k); steps += 1 }
      steps = 0
      while steps < n, _geo2WideDot(e, h[succ(l)] - a) < _geo2WideDot(e, h[l] - a) { l = succ(l); steps += 1 }
      let c = e.wideCross(h[j] - a).wideDoubleValue
      let span = (_geo2WideDot(e, h[k] - a) - _geo2WideDot(e, h[l] - a)).wideDoubleValue
      let length2 = _geo2WideDot(e, e).wideDoubleValue
      let w = c / length2.squareRoot()
      if w < width { width = w }
      let area = c * span / length2
      if area < bestArea { bestArea = area; bestEdge = i; bestJ = j; bestK = k; bestL = l }
    }
    let a = h[bestEdge], e = h[succ(bestEdge)] - a
    let c = e.wideCross(h[bestJ] - a).wideDoubleValue
    let dk = _geo2WideDot(e, h[bestK] - a).wideDoubleValue
    let dl = _geo2WideDot(e, h[bestL] - a).wideDoubleValue
    let ed = e.doubleVector, length = ed.length
    let u = ed / length, normal = u.perpendicular * (c / length)
    let base = a.doubleVector
    let p0 = base + u * (dl / length), p1 = base + u * (dk / length)
    return (width, [p0, p1, p1 + normal, p0 + normal], bestArea)
  }
}
