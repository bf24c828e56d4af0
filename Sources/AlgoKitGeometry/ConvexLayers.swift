// Convex layers (onion peeling): the points are sorted lexicographically once, duplicates merged,
// then each round runs a monotone chain that keeps collinear boundary points over the points still
// left (still sorted, so no re-sorting), removes every boundary point and compacts the rest. Points
// deep inside are set aside while a polygon around them is provably inside the hull, and a box
// filter drops interior points cheaply. All turns use the exact orientation predicate.

extension Collection {
  /// The convex layers of these points ("onion peeling"): the points on the boundary of the convex
  /// hull form the first layer; remove them and repeat on what is left. Each layer lists input
  /// offsets counterclockwise, starting at its lexicographically smallest point (least `x`, then
  /// least `y`).
  ///
  ///     [Vector2(0, 0), Vector2(4, 0), Vector2(4, 4), Vector2(0, 4), Vector2(1, 1), Vector2(2, 0)]
  ///       .convexLayers()
  ///     // [[0, 5, 1, 2, 3], [4]]: (2, 0) lies on the bottom edge, so it is on the first layer
  ///
  /// - Returns: the layers, outermost first; every offset appears in exactly one layer.
  ///   - **Collinear points**: a point on a hull edge (not only at a corner) is on the boundary, so
  ///     it belongs to that layer, in boundary order (the rule of Library Checker "convex_layers").
  ///     When all the points left are collinear (or one point is left) they form the last layer,
  ///     sorted from the lexicographically smallest to the largest.
  ///   - **Duplicates** are on the same layer, next to each other, in increasing offset order.
  ///   - Empty input: `[]`. Floating points with a NaN or infinite coordinate: `[]` (the layers are
  ///     undefined).
  ///
  /// Exact: turns use ``Vector2/orientation(_:_:_:tolerance:)`` with `.exact` (integers with
  /// `|coordinate| < 2^62`; `Double`/`Float` at any finite scale), so a point is on a boundary
  /// exactly when it is. No arithmetic besides the predicate, so nothing can overflow.
  ///
  /// - Complexity: O(n log n + n·L) time worst case for L layers, O(n) memory besides the result.
  ///   One sort; then each layer is a monotone chain over the points left that may be on it. From
  ///   1024 points left, the points strictly inside the hull of 8 points about 3√m deep (m points
  ///   left) are set aside, untouched, until the peeling reaches that hull; below that, a box inside
  ///   the octagon of extreme points drops most interior points with 4 comparisons each. A thin
  ///   layer then costs about O(√n) plus a share of the occasional O(m) rebuilds, not O(m) (the
  ///   Library Checker "max_x" shape — 2·10^5 points, 5·10^4 layers — takes 2 s); the worst case
  ///   stays O(n²), since each layer takes at least 3 points. Random points in a square have
  ///   Θ(n^(2/3)) layers, a √n × √n grid about √n/2.
  @inlinable
  public func convexLayers<S: GeometryScalar>() -> [[Int]] where Element == Vector2<S> {
    if let r = withContiguousStorageIfAvailable({ Vector2<S>._geometryConvexLayers($0) }) { return r }
    return Array(self).withUnsafeBufferPointer { Vector2<S>._geometryConvexLayers($0) }
  }
}

extension Vector2 {
  @inlinable
  internal static func _geometryConvexLayers(_ input: UnsafeBufferPointer<Vector2>) -> [[Int]] {
    let n = input.count
    if n == 0 { return [] }
    if !Scalar._isExact && !input.allSatisfy(\.isFinite) { return [] }
    var sorted = (0..<n).map { _IndexedPoint(point: input[$0], index: $0) }
    sorted.withUnsafeMutableBufferPointer { _sortLexicographically($0) { $0.point } }
    // Distinct points, in lexicographic order; the input offsets of point k are
    // offsets[groupStart[k]..<groupStart[k + 1]], increasing (the sort is not stable, so each group
    // is sorted; groups are short).
    var points: [Vector2] = []
    var groupStart: [Int] = []
    var offsets: [Int] = []
    points.reserveCapacity(n)
    groupStart.reserveCapacity(n + 1)
    offsets.reserveCapacity(n)
    var i = 0
    while i < n {
      var j = i + 1
      while j < n && sorted[j].point == sorted[i].point { j += 1 }
      points.append(sorted[i].point)
      groupStart.append(offsets.count)
      if j - i == 1 {
        offsets.append(sorted[i].index)
      } else {
        offsets += sorted[i..<j].map(\.index).sorted()
      }
      i = j
    }
    groupStart.append(offsets.count)

    var layers: [[Int]] = []
    let d = points.count
    // Scratch, as raw buffers (the rounds are the hot loop: no bounds or uniqueness checks):
    // the distinct points left (`alive` indexes `points`, `alivePoints` holds them, for locality)
    // in lexicographic order; per round, those that may be on the boundary (all, or those outside a
    // box strictly inside the hull) and the chain over them.
    let alive = UnsafeMutablePointer<Int>.allocate(capacity: d)
    let alivePoints = UnsafeMutablePointer<Vector2>.allocate(capacity: d)
    let candidates = UnsafeMutablePointer<Int>.allocate(capacity: d)
    let candidatePoints = UnsafeMutablePointer<Vector2>.allocate(capacity: d)
    let chain = UnsafeMutablePointer<Int>.allocate(capacity: 2 * d)
    let chainPoints = UnsafeMutablePointer<Vector2>.allocate(capacity: 2 * d)
    let removed = UnsafeMutablePointer<Bool>.allocate(capacity: d)
    // Deferred points (lexicographic order too): strictly inside `region`, a polygon whose corners
    // are checked every round to be still in the hull of the points left, so these points cannot
    // be on the boundary and the rounds do not touch them. See `_geometryDeepRegion`.
    let deep = UnsafeMutablePointer<Int>.allocate(capacity: d)
    let deepPoints = UnsafeMutablePointer<Vector2>.allocate(capacity: d)
    let keys = UnsafeMutablePointer<Double>.allocate(capacity: d)
    defer {
      alive.deallocate(); alivePoints.deallocate(); candidates.deallocate(); candidatePoints.deallocate()
      chain.deallocate(); chainPoints.deallocate(); removed.deallocate()
      deep.deallocate(); deepPoints.deallocate(); keys.deallocate()
    }
    removed.initialize(repeating: false, count: d)
    points.withUnsafeBufferPointer { alivePoints.initialize(from: $0.baseAddress!, count: d) }
    for k in 0..<d { alive[k] = k }
    var m = d
    var md = 0
    var region: [Vector2] = []
    var regionFailed = false
    while m + md > 0 {
      if regionFailed {
        // The region may reach the boundary now: merge the deferred points back (the next region is
        // built from the points left, so it holds for this round at least).
        regionFailed = false
        var i = 0, j = 0, t = 0
        while i < m || j < md {
          if j == md || (i < m && lexicographicallyPrecedes(alivePoints[i], deepPoints[j])) {
            candidates[t] = alive[i]; candidatePoints[t] = alivePoints[i]; i &+= 1
          } else {
            candidates[t] = deep[j]; candidatePoints[t] = deepPoints[j]; j &+= 1
          }
          t &+= 1
        }
        alive.update(from: candidates, count: t)
        alivePoints.update(from: candidatePoints, count: t)
        m = t
        md = 0
      }
      if md == 0 && m >= 1024 {
        let depth = 3 * Int(Double(m).squareRoot())
        if let r = _geometryDeepRegion(UnsafeBufferPointer(start: alivePoints, count: m), depth: depth, keys: keys) {
          var kept = 0
          for t in 0..<m {
            let p = alivePoints[t]
            var inside = true
            var j = r.count &- 1
            for k in 0..<r.count {
              if Scalar._orientationSign(r[j], r[k], p, tolerance: .exact) <= 0 { inside = false; break }
              j = k
            }
            if inside {
              deep[md] = alive[t]; deepPoints[md] = p; md &+= 1
            } else {
              alive[kept] = alive[t]; alivePoints[kept] = p; kept &+= 1
            }
          }
          m = kept
          region = md > 0 ? r : []
        }
      }
      var layer: [Int] = []
      if m <= 2 && md == 0 {
        for t in 0..<m { Self._geometryAppendGroup(alive[t], groupStart, offsets, &layer) }
        layers.append(layer)
        break
      }
      var c = 0
      if let box = m >= 64 && md == 0 ? _geometryInnerBox(UnsafeBufferPointer(start: alivePoints, count: m)) : nil {
        // Points strictly inside the box are strictly inside the hull: not on this layer.
        for t in 0..<m {
          let p = alivePoints[t]
          if box.xl < p.x && p.x < box.xr && box.yb < p.y && p.y < box.yt { continue }
          candidates[c] = alive[t]
          candidatePoints[c] = p
          c &+= 1
        }
      } else {
        candidates.update(from: alive, count: m)
        candidatePoints.update(from: alivePoints, count: m)
        c = m
      }
      // Lower chain (left to right), then upper chain (right to left), each popping only on a
      // strictly clockwise turn, so points on an edge stay. The candidates hold every boundary
      // point, so their chain is the boundary of all the points left.
      var k = 0
      for a in 0..<c {
        let p = candidatePoints[a]
        while k >= 2 && Scalar._orientationSign(chainPoints[k &- 2], chainPoints[k &- 1], p, tolerance: .exact) < 0 {
          k &-= 1
        }
        chain[k] = candidates[a]
        chainPoints[k] = p
        k &+= 1
      }
      let lowerCount = k
      let lowerEnd = k &+ 1
      var a = c &- 2
      while a >= 0 {
        let p = candidatePoints[a]
        while k >= lowerEnd
          && Scalar._orientationSign(chainPoints[k &- 2], chainPoints[k &- 1], p, tolerance: .exact) < 0
        {
          k &-= 1
        }
        chain[k] = candidates[a]
        chainPoints[k] = p
        k &+= 1
        a &-= 1
      }
      // chain[0..<lowerCount] is the lower chain, chain[lowerCount - 1..<k] the upper one (sharing
      // the extreme points). Both hold every candidate only when all the points are collinear (a
      // box filters nothing then: it needs a hull with positive area).
      // The deferred points are strictly inside the region; the region must be in the closed hull of
      // the points left, which is then the hull the chain just traced. Else redo the round.
      if md > 0 && !_geometryPolygonContains(chainPoints, k &- 1, region) {
        regionFailed = true
        continue
      }
      if lowerCount == c && k &- lowerCount &+ 1 == c {
        // (Never with deferred points: the region has positive area inside the hull.)
        for t in 0..<m { Self._geometryAppendGroup(alive[t], groupStart, offsets, &layer) }
        layers.append(layer)
        break
      }
      for t in 0..<(k &- 1) {
        removed[chain[t]] = true
        Self._geometryAppendGroup(chain[t], groupStart, offsets, &layer)
      }
      layers.append(layer)
      var kept = 0
      for t in 0..<m where !removed[alive[t]] {
        alive[kept] = alive[t]
        alivePoints[kept] = alivePoints[t]
        kept &+= 1
      }
      m = kept
    }
    return layers
  }

  /// Whether every point of `region` is in the closed convex polygon `polygon[0..<count]`
  /// (counterclockwise, points on edges allowed): on the left of or on every edge. A polygon of
  /// collinear points contains no point off its line, and `region` has positive area.
  ///
  /// - Complexity: O(count · |region|) time, O(1) memory.
  @inlinable
  internal static func _geometryPolygonContains(
    _ polygon: UnsafeMutablePointer<Vector2>, _ count: Int, _ region: [Vector2]
  ) -> Bool {
    if count < 3 { return false }
    for v in region {
      var j = count &- 1
      for k in 0..<count {
        if Scalar._orientationSign(polygon[j], polygon[k], v, tolerance: .exact) < 0 { return false }
        j = k
      }
    }
    return true
  }

  /// The convex hull of 8 points of `p` (sorted lexicographically), each about `depth` points in
  /// from the extreme in its direction (`x`, `y`, `x + y`, `x - y`, both ways; `Double` keys,
  /// selected in O(n)), so that the points strictly inside it stay strictly inside the hull of the
  /// points left for several rounds. Nil when it has fewer than 3 corners or `p` is too small.
  ///
  /// - Complexity: O(n) expected time (six selections), O(1) memory besides `keys` (n scratch).
  @inlinable
  internal static func _geometryDeepRegion(
    _ p: UnsafeBufferPointer<Vector2>, depth: Int, keys: UnsafeMutablePointer<Double>
  ) -> [Vector2]? {
    let n = p.count
    if n <= 4 * depth { return nil }
    @inline(__always) func key(_ q: Vector2, _ kind: Int) -> Double {
      switch kind {
      case 0: return q.y._doubleValue
      case 1: return q.x._doubleValue + q.y._doubleValue
      default: return q.x._doubleValue - q.y._doubleValue
      }
    }
    /// The point whose key is the `rank`-th smallest.
    func pick(_ kind: Int, _ rank: Int) -> Vector2 {
      for i in 0..<n { keys[i] = key(p[i], kind) }
      let value = _geometrySelect(keys, n, rank)
      for i in 0..<n where key(p[i], kind) == value { return p[i] }
      return p[0]  // unreachable: the selected value is a key
    }
    let bottom = pick(0, depth), top = pick(0, n &- 1 &- depth)
    let bottomLeft = pick(1, depth), topRight = pick(1, n &- 1 &- depth)
    let topLeft = pick(2, depth), bottomRight = pick(2, n &- 1 &- depth)
    // Their hull (counterclockwise, strictly convex): the 8 points in direction order need not be
    // convex (on an X-shaped set they fold back on themselves).
    let region = [p[depth], bottomLeft, bottom, bottomRight, p[n &- 1 &- depth], topRight, top, topLeft].convexHull()
    return region.count >= 3 ? region : nil
  }

  /// The `rank`-th smallest of `a[0..<n]` (reorders `a`): quickselect with a median-of-3 pivot.
  ///
  /// - Complexity: O(n) expected time, O(1) memory.
  @inlinable
  internal static func _geometrySelect(_ a: UnsafeMutablePointer<Double>, _ n: Int, _ rank: Int) -> Double {
    var lo = 0, hi = n &- 1
    while lo < hi {
      let mid = lo &+ (hi &- lo) / 2
      let x = a[lo], y = a[mid], z = a[hi]
      let pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y))
      var i = lo, j = hi
      while i <= j {
        while a[i] < pivot { i &+= 1 }
        while pivot < a[j] { j &-= 1 }
        if i <= j {
          let t = a[i]; a[i] = a[j]; a[j] = t
          i &+= 1; j &-= 1
        }
      }
      if rank <= j {
        hi = j
      } else if rank >= i {
        lo = i
      } else {
        return a[rank]
      }
    }
    return a[lo]
  }

  /// Appends the input offsets of distinct point `k`.
  @inlinable @inline(__always)
  internal static func _geometryAppendGroup(
    _ k: Int, _ groupStart: [Int], _ offsets: [Int], _ layer: inout [Int]
  ) {
    for t in groupStart[k]..<groupStart[k + 1] { layer.append(offsets[t]) }
  }

  /// An axis-aligned box whose open interior lies strictly inside the convex hull of `p` (sorted
  /// lexicographically): the largest box inside the octagon of its 8 extreme points (least and
  /// greatest `x`, `y`, `x + y`, `x - y`), checked with the exact predicate. Nil when there is none
  /// (for instance, a hull of zero area).
  ///
  /// The diagonal extremes are chosen on `Double` sums (cheap, never overflow): any choice of input
  /// points is safe, since a box corner passes only when it is on the left of (or on) every edge of
  /// the closed polygon through the chosen points, which puts it in their convex hull unless they are
  /// collinear — and then no box with positive area passes.
  ///
  /// - Complexity: O(n) time, O(1) memory.
  @inlinable
  internal static func _geometryInnerBox(
    _ p: UnsafeBufferPointer<Vector2>
  ) -> (xl: Scalar, xr: Scalar, yb: Scalar, yt: Scalar)? {
    let n = p.count
    let iL = 0, iR = n &- 1  // least and greatest x: the ends of the lexicographic order
    var iBL = 0, iB = 0, iBR = 0, iTR = 0, iT = 0, iTL = 0
    var minY = p[0].y, maxY = minY
    var minS = p[0].x._doubleValue + p[0].y._doubleValue, maxS = minS
    var minD = p[0].x._doubleValue - p[0].y._doubleValue, maxD = minD
    for i in 0..<n {
      let q = p[i]
      if q.y < minY { minY = q.y; iB = i }
      if q.y > maxY { maxY = q.y; iT = i }
      let x = q.x._doubleValue, y = q.y._doubleValue
      let s = x + y, d = x - y
      if s < minS { minS = s; iBL = i }
      if s > maxS { maxS = s; iTR = i }
      if d < minD { minD = d; iTL = i }
      if d > maxD { maxD = d; iBR = i }
    }
    var octagon: [Vector2] = []
    for i in [iL, iBL, iB, iBR, iR, iTR, iT, iTL] where octagon.last != p[i] { octagon.append(p[i]) }
    while octagon.count > 1 && octagon.first == octagon.last { octagon.removeLast() }
    if octagon.count < 3 { return nil }
    let xl = Swift.max(p[iL].x, p[iBL].x, p[iTL].x), xr = Swift.min(p[iR].x, p[iBR].x, p[iTR].x)
    let yb = Swift.max(p[iB].y, p[iBL].y, p[iBR].y), yt = Swift.min(p[iT].y, p[iTL].y, p[iTR].y)
    if !(xl < xr && yb < yt) { return nil }
    for c in [Vector2(xl, yb), Vector2(xr, yb), Vector2(xr, yt), Vector2(xl, yt)] {
      var j = octagon.count - 1
      for k in octagon.indices {
        if Scalar._orientationSign(octagon[j], octagon[k], c, tolerance: .exact) < 0 { return nil }
        j = k
      }
    }
    return (xl, xr, yb, yt)
  }
}
