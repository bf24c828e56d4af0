// Convex hull: Andrew's monotone chain on lexicographically sorted points, after an Akl–Toussaint
// pre-filter that drops points strictly inside the octagon of 8 extreme points (most points of a
// cloud, none of a circle). All turns use the exact orientation predicate.

extension Collection {
  /// The convex hull of these points, counterclockwise, starting at the lexicographically smallest
  /// point (least `x`, then least `y`), without repeating it at the end.
  ///
  ///     [Vector2(0, 0), Vector2(2, 0), Vector2(1, 0), Vector2(1, 1), Vector2(0, 0)].convexHull()
  ///     // [(0, 0), (2, 0), (1, 1)]
  ///     // keepingCollinear: true → [(0, 0), (1, 0), (2, 0), (1, 1)]
  ///
  /// - Parameter keepingCollinear: also return the points lying on the hull's edges (in boundary
  ///   order). Default false: vertices only (strictly convex turns).
  /// - Returns: duplicates are merged. Empty input: `[]`; one distinct point: `[p]`; all points
  ///   collinear: the two extreme points (`keepingCollinear`: every distinct point, sorted from the
  ///   smallest to the largest — a degenerate "polygon" that is a path). Floating points with a NaN or
  ///   infinite coordinate: `[]` (the hull is undefined).
  ///
  /// Exact: turns use ``Vector2/orientation(_:_:_:tolerance:)`` with `.exact` (full-width integer
  /// products for integers, |coordinate| < 2^62; the adaptive exact predicate for `Double`/`Float`, at
  /// any scale from subnormal to `greatestFiniteMagnitude` — see ``GeometryPredicates`` for the exact
  /// range), so no epsilon can make the result non-convex or drop a true vertex.
  ///
  /// - Complexity: O(n log n) time (O(n) pre-filter plus sorting the survivors), O(n) memory.
  @inlinable
  public func convexHull<S: GeometryScalar>(keepingCollinear: Bool = false) -> [Vector2<S>]
  where Element == Vector2<S> {
    if let r = withContiguousStorageIfAvailable({
      Vector2<S>._convexHull($0, keepingCollinear: keepingCollinear)
    }) {
      return r
    }
    return Array(self).withUnsafeBufferPointer {
      Vector2<S>._convexHull($0, keepingCollinear: keepingCollinear)
    }
  }
}

extension Vector2 {
  @inlinable
  public static func _convexHull(_ input: UnsafeBufferPointer<Vector2>, keepingCollinear: Bool) -> [Vector2] {
    let n = input.count
    if n == 0 { return [] }
    // Pass 1: finiteness and the 8 extreme points (left, bottom-left, bottom, bottom-right, right,
    // top-right, top, top-left: counterclockwise).
    var iL = 0, iBL = 0, iB = 0, iBR = 0, iR = 0, iTR = 0, iT = 0, iTL = 0
    var allFinite = true
    do {
      let p0 = input[0]
      var minX = p0.x, maxX = p0.x, minY = p0.y, maxY = p0.y
      var minS = p0.x + p0.y, maxS = minS, minD = p0.x - p0.y, maxD = minD
      for i in 0..<n {
        let p = input[i]
        if !Scalar._isExact && !p.isFinite { allFinite = false; break }
        let s = p.x + p.y, d = p.x - p.y
        if p.x < minX { minX = p.x; iL = i }
        if p.x > maxX { maxX = p.x; iR = i }
        if p.y < minY { minY = p.y; iB = i }
        if p.y > maxY { maxY = p.y; iT = i }
        if s < minS { minS = s; iBL = i }
        if s > maxS { maxS = s; iTR = i }
        if d < minD { minD = d; iTL = i }
        if d > maxD { maxD = d; iBR = i }
      }
    }
    if !allFinite { return [] }

    // Pass 2: keep the points not strictly inside the octagon.
    var points = [Vector2](unsafeUninitializedCapacity: n) { buffer, count in
      var octagon: [Vector2] = []
      if n >= 32 {
        for i in [iL, iBL, iB, iBR, iR, iTR, iT, iTL] {
          let p = input[i]
          if octagon.last != p { octagon.append(p) }
        }
        while octagon.count > 1 && octagon.first == octagon.last { octagon.removeLast() }
      }
      if octagon.count < 3 {
        for i in 0..<n { buffer[i] = input[i] }
        count = n
        return
      }
      let m = octagon.count
      @inline(__always) func strictlyInside(_ p: Vector2) -> Bool {
        var j = m &- 1
        for k in 0..<m {
          if Scalar._orientationSign(octagon[j], octagon[k], p, tolerance: .exact) <= 0 { return false }
          j = k
        }
        return true
      }
      // An axis-aligned box inside the octagon answers most points with four comparisons.
      let xl = max(input[iL].x, input[iBL].x, input[iTL].x)
      let xr = min(input[iR].x, input[iBR].x, input[iTR].x)
      let yb = max(input[iB].y, input[iBL].y, input[iBR].y)
      let yt = min(input[iT].y, input[iTL].y, input[iTR].y)
      var useBox = xl < xr && yb < yt
      if useBox {
        for c in [Vector2(xl, yb), Vector2(xr, yb), Vector2(xr, yt), Vector2(xl, yt)] {
          var j = m &- 1
          for k in 0..<m {
            if Scalar._orientationSign(octagon[j], octagon[k], c, tolerance: .exact) < 0 { useBox = false }
            j = k
          }
        }
      }
      var c = 0
      for i in 0..<n {
        let p = input[i]
        if useBox && xl < p.x && p.x < xr && yb < p.y && p.y < yt { continue }
        if strictlyInside(p) { continue }
        buffer[c] = p
        c &+= 1
      }
      count = c
    }

    points.withUnsafeMutableBufferPointer { Vector2._sortLexicographically($0) }
    return points.withUnsafeMutableBufferPointer { p -> [Vector2] in
      // Merge duplicates.
      var m = 1
      for i in 1..<p.count where p[i] != p[m &- 1] {
        p[m] = p[i]
        m &+= 1
      }
      if m <= 2 { return Array(p[0..<m]) }
      if keepingCollinear {
        var collinear = true
        for i in 1..<(m &- 1)
        where Scalar._orientationSign(p[0], p[m &- 1], p[i], tolerance: .exact) != 0 {
          collinear = false
          break
        }
        if collinear { return Array(p[0..<m]) }
      }
      return [Vector2](unsafeUninitializedCapacity: 2 &* m) { h, count in
        var k = 0
        @inline(__always) func pops(_ i: Int) -> Bool {
          let o = Scalar._orientationSign(h[k &- 2], h[k &- 1], p[i], tolerance: .exact)
          return keepingCollinear ? o < 0 : o <= 0
        }
        for i in 0..<m {
          while k >= 2 && pops(i) { k &-= 1 }
          h[k] = p[i]
          k &+= 1
        }
        let lowerEnd = k &+ 1
        var i = m &- 2
        while i >= 0 {
          while k >= lowerEnd && pops(i) { k &-= 1 }
          h[k] = p[i]
          k &+= 1
          i &-= 1
        }
        count = k &- 1
      }
    }
  }
}
