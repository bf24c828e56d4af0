// Closest pair of points: a capped sweep over the points sorted by x (near-linear on typical
// inputs), finished when needed by divide and conquer (Shamos–Hoey), merging by y on the way back;
// distances compared squared in the wide type (exact for integers).

extension Collection {
  /// The two closest points: their offsets in the collection (`first < second`) and their squared
  /// distance (exact ``GeometryWideInt`` for integers, `Double` for floats). Duplicated points give
  /// distance 0 (the first duplicate pair found). Ties between equal distances: unspecified which pair.
  ///
  ///     [Vector2(0, 0), Vector2(5, 5), Vector2(1, 1)].closestPair()   // (0, 2, 2)
  ///
  /// - Returns: nil for fewer than 2 points, or when a coordinate is NaN or infinite.
  /// - Complexity: O(n log n) time worst case (a sweep with at most 32 pair checks per point, then
  ///   divide and conquer if the sweep's budget runs out), O(n) memory.
  @inlinable
  public func closestPair<S: GeometryScalar>() -> (first: Int, second: Int, distanceSquared: S.Wide)?
  where Element == Vector2<S> {
    if let r = withContiguousStorageIfAvailable({ Vector2<S>._closestPair($0) }) { return r }
    return Array(self).withUnsafeBufferPointer { Vector2<S>._closestPair($0) }
  }
}

extension Vector2 {
  /// A point with its offset in the input.
  @frozen
  public struct _IndexedPoint {
    /// The point.
    public var point: Vector2
    /// Its offset in the input.
    public var index: Int
    /// A point with its input offset.
    ///
    /// - Complexity: O(1).
    @inlinable
    public init(point: Vector2, index: Int) {
      self.point = point
      self.index = index
    }
  }

  @inlinable @inline(__always)
  internal static func _distanceSquared(_ a: Vector2, _ b: Vector2) -> Scalar.Wide {
    let dx = a.x - b.x, dy = a.y - b.y
    return Scalar._wideProduct(dx, dx) + Scalar._wideProduct(dy, dy)
  }

  @inlinable
  public static func _closestPair(_ input: UnsafeBufferPointer<Vector2>) -> (
    first: Int, second: Int, distanceSquared: Scalar.Wide
  )? {
    let n = input.count
    if n < 2 { return nil }
    if !Scalar._isExact && !input.allSatisfy(\.isFinite) { return nil }
    var points = (0..<n).map { _IndexedPoint(point: input[$0], index: $0) }
    points.withUnsafeMutableBufferPointer { _sortLexicographically($0) { $0.point } }
    var best = (i: points[0].index, j: points[1].index, d: _distanceSquared(points[0].point, points[1].point))
    for k in 1..<n where points[k].point == points[k - 1].point {
      let i = points[k - 1].index, j = points[k].index
      return (Swift.min(i, j), Swift.max(i, j), .zero)
    }
    // A sweep over the x-sorted points against the window of points within the best distance in
    // x answers typical inputs in near-linear time. Its work is capped at 32 pair checks per point
    // (adversarial inputs, e.g. many points sharing x, would make it quadratic); past the cap the
    // divide and conquer below finishes the job in O(n log n), starting from the best pair so far.
    let finished = points.withUnsafeBufferPointer { p -> Bool in
      var left = 0
      var work = 0
      let budget = 32 &* n
      for i in 1..<n {
        let v = p[i]
        while left < i {
          let dx = v.point.x - p[left].point.x
          if Scalar._wideProduct(dx, dx) < best.d { break }
          left &+= 1
        }
        work &+= i &- left
        if work > budget { return false }
        for j in left..<i {
          let dy = v.point.y - p[j].point.y
          if Scalar._wideProduct(dy, dy) < best.d {
            let d = _distanceSquared(v.point, p[j].point)
            if d < best.d { best = (p[j].index, v.index, d) }
          }
        }
      }
      return true
    }
    if finished { return (Swift.min(best.i, best.j), Swift.max(best.i, best.j), best.d) }
    // Two copies of the x-sorted points: each level merges its halves from one into the other.
    let other = UnsafeMutablePointer<_IndexedPoint>.allocate(capacity: n)
    defer { other.deallocate() }
    points.withUnsafeMutableBufferPointer { p in
      other.initialize(from: p.baseAddress!, count: n)
      _closestPairRecurse(p.baseAddress!, other, 0, n, &best)
    }
    return (Swift.min(best.i, best.j), Swift.max(best.i, best.j), best.d)
  }

  /// Solves `p[lo..<hi]` (sorted by x; `q[lo..<hi]` holds the same points) and leaves `p[lo..<hi]`
  /// sorted by y, using `q[lo..<hi]` as scratch.
  @inlinable
  internal static func _closestPairRecurse(
    _ p: UnsafeMutablePointer<_IndexedPoint>, _ q: UnsafeMutablePointer<_IndexedPoint>, _ lo: Int, _ hi: Int,
    _ best: inout (i: Int, j: Int, d: Scalar.Wide)
  ) {
    let count = hi &- lo
    if count <= 6 {
      for a in lo..<hi {
        for b in (a &+ 1)..<hi {
          let d = _distanceSquared(p[a].point, p[b].point)
          if d < best.d { best = (p[a].index, p[b].index, d) }
        }
      }
      // Insertion sort by y.
      for a in (lo &+ 1)..<hi {
        let v = p[a]
        var b = a
        while b > lo && v.point.y < p[b &- 1].point.y { p[b] = p[b &- 1]; b &-= 1 }
        p[b] = v
      }
      return
    }
    let mid = lo &+ count / 2
    let midX = p[mid].point.x
    // The halves are solved into q (with p as their scratch), then merged by y into p.
    _closestPairRecurse(q, p, lo, mid, &best)
    _closestPairRecurse(q, p, mid, hi, &best)
    var i = lo, j = mid, k = lo
    while i < mid && j < hi {
      // Branch-free: the comparison of random y values is unpredictable.
      let takeRight = q[j].point.y < q[i].point.y
      p[k] = q[takeRight ? j : i]
      j &+= takeRight ? 1 : 0
      i &+= takeRight ? 0 : 1
      k &+= 1
    }
    while i < mid { p[k] = q[i]; i &+= 1; k &+= 1 }
    while j < hi { p[k] = q[j]; j &+= 1; k &+= 1 }
    // The strip (points within the best distance of the dividing line, in y order) goes to q.
    let strip = q + lo
    var s = 0
    for a in lo..<hi {
      let dx = p[a].point.x - midX
      if Scalar._wideProduct(dx, dx) < best.d {
        let v = p[a]
        var b = s &- 1
        while b >= 0 {
          let dy = v.point.y - strip[b].point.y
          if !(Scalar._wideProduct(dy, dy) < best.d) { break }
          let d = _distanceSquared(v.point, strip[b].point)
          if d < best.d { best = (v.index, strip[b].index, d) }
          b &-= 1
        }
        strip[s] = v
        s &+= 1
      }
    }
  }
}
