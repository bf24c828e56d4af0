// Convex layers (onion peeling): the points are sorted lexicographically once, duplicates merged,
// then each round runs a monotone chain that keeps collinear boundary points over the points still
// left (still sorted, so no re-sorting), removes every boundary point and compacts the rest. All
// turns use the exact orientation predicate.

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
  /// - Complexity: O(n log n + n·L) time for L layers: one sort, then one O(m) chain over the m
  ///   points left per layer. Each layer takes at least 3 points (or all that are left), so the
  ///   worst case is O(n²) (about n²/6 steps, for nested triangles); random points in a square have
  ///   Θ(n^(2/3)) layers, a √n × √n grid about √n/2. O(n) memory besides the result.
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
    // `alive` holds the distinct points left (indices into `points`), in lexicographic order.
    var alive = Array(0..<points.count)
    var chain = [Int](repeating: 0, count: 2 * points.count)
    var removed = [Bool](repeating: false, count: points.count)
    @inline(__always) func emit(_ k: Int, into layer: inout [Int]) {
      for t in groupStart[k]..<groupStart[k + 1] { layer.append(offsets[t]) }
    }
    while !alive.isEmpty {
      let m = alive.count
      var layer: [Int] = []
      if m <= 2 {
        for k in alive { emit(k, into: &layer) }
        layers.append(layer)
        break
      }
      // Lower chain (left to right), then upper chain (right to left), each popping only on a
      // strictly clockwise turn, so points on an edge stay.
      var k = 0
      for a in 0..<m {
        let p = points[alive[a]]
        while k >= 2
          && Scalar._orientationSign(points[chain[k - 2]], points[chain[k - 1]], p, tolerance: .exact) < 0
        {
          k -= 1
        }
        chain[k] = alive[a]
        k += 1
      }
      let lowerCount = k
      let lowerEnd = k + 1
      var a = m - 2
      while a >= 0 {
        let p = points[alive[a]]
        while k >= lowerEnd
          && Scalar._orientationSign(points[chain[k - 2]], points[chain[k - 1]], p, tolerance: .exact) < 0
        {
          k -= 1
        }
        chain[k] = alive[a]
        k += 1
        a -= 1
      }
      // chain[0..<lowerCount] is the lower chain, chain[lowerCount - 1..<k] the upper one (sharing
      // the extreme points). Both hold every point only when all the points are collinear.
      if lowerCount == m && k - lowerCount + 1 == m {
        for q in alive { emit(q, into: &layer) }
        layers.append(layer)
        break
      }
      for t in 0..<(k - 1) {
        removed[chain[t]] = true
        emit(chain[t], into: &layer)
      }
      layers.append(layer)
      var c = 0
      for t in 0..<m where !removed[alive[t]] {
        alive[c] = alive[t]
        c += 1
      }
      alive.removeLast(m - c)
    }
    return layers
  }
}
