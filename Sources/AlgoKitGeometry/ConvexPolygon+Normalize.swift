// Validation and normal form of a convex polygon (counterclockwise, no duplicate or collinear
// vertices), shared by point location, Minkowski sums and the other convex-only algorithms.
// Every turn is decided by the exact orientation predicate.

extension Vector2 {
  /// Whether `m` lies in the closed axis-aligned box of `a` and `b` (exact; for three collinear
  /// points this is "`m` is on the segment `ab`").
  @inlinable @inline(__always)
  public static func _geo2Between(_ a: Vector2, _ m: Vector2, _ b: Vector2) -> Bool {
    min(a.x, b.x) <= m.x && m.x <= max(a.x, b.x) && min(a.y, b.y) <= m.y && m.y <= max(a.y, b.y)
  }

  /// Order by `y`, then `x`.
  @inlinable @inline(__always)
  public static func _geo2PrecedesYX(_ a: Vector2, _ b: Vector2) -> Bool {
    a.y < b.y || (a.y == b.y && a.x < b.x)
  }

  /// The convex polygon `input` in normal form: counterclockwise, consecutive duplicates and
  /// vertices in the middle of a straight edge removed, starting at the first surviving vertex.
  ///
  /// - Returns: `[]` for empty input; one point; two points (the extremes) when all vertices are
  ///   collinear; otherwise at least 3 vertices with strictly left turns winding once. nil when a
  ///   coordinate is not finite, or the polygon is not convex (a reflex turn, a spike that doubles
  ///   back, zero area without being collinear, or a boundary winding more than once).
  /// - Complexity: O(n) time and memory. Exact turns (integers; `Double`/`Float` via the adaptive
  ///   predicate).
  @inlinable
  public static func _geo2NormalizedConvex(_ input: UnsafeBufferPointer<Vector2>) -> [Vector2]? {
    var p: [Vector2] = []
    p.reserveCapacity(input.count)
    for v in input {
      if !Scalar._isExact && !v.isFinite { return nil }
      if p.last != v { p.append(v) }
    }
    while p.count > 1 && p.first == p.last { p.removeLast() }
    if p.count <= 2 { return p }
    // For a convex polygon the turn at its lexicographically smallest vertex is the orientation
    // (exact); 0 there means all vertices are collinear or the polygon has a spike.
    var m = 0
    for i in 1..<p.count where lexicographicallyPrecedes(p[i], p[m]) { m = i }
    let sign = Scalar._orientationSign(
      p[m == 0 ? p.count - 1 : m - 1], p[m], p[m + 1 == p.count ? 0 : m + 1], tolerance: .exact)
    if sign == 0 {
      // Zero area: fine only when every vertex is on one line (a degenerate "segment" polygon).
      let a = p[0]
      let b = p.first { $0 != a }!
      for v in p where Scalar._orientationSign(a, b, v, tolerance: .exact) != 0 { return nil }
      var lo = a, hi = a
      for v in p {
        if lexicographicallyPrecedes(v, lo) { lo = v }
        if lexicographicallyPrecedes(hi, v) { hi = v }
      }
      return [lo, hi]
    }
    if sign < 0 { p.reverse() }
    // Drop vertices in the middle of a straight run (stack pass, then the wrap-around).
    var s: [Vector2] = []
    s.reserveCapacity(p.count)
    @inline(__always) func straight(_ a: Vector2, _ m: Vector2, _ b: Vector2) -> Bool {
      Scalar._orientationSign(a, m, b, tolerance: .exact) == 0 && _geo2Between(a, m, b)
    }
    for v in p {
      while s.count >= 2 && straight(s[s.count - 2], s[s.count - 1], v) { s.removeLast() }
      s.append(v)
    }
    var head = 0
    var changed = true
    while changed && s.count - head >= 3 {
      changed = false
      if straight(s[s.count - 2], s[s.count - 1], s[head]) { s.removeLast(); changed = true }
      if s.count - head >= 3 && straight(s[s.count - 1], s[head], s[head + 1]) { head += 1; changed = true }
    }
    let q = Array(s[head...])
    let n = q.count
    if n < 3 { return nil }  // positive area cannot collapse to fewer than 3 vertices
    // Strictly left at every vertex, and winding once: with all turns in (0, π) the number of
    // local minima in (y, x) order is the winding number (comparisons only, so exact).
    var minima = 0
    for i in 0..<n {
      let a = q[i], b = q[(i + 1) % n], c = q[(i + 2) % n]
      if Scalar._orientationSign(a, b, c, tolerance: .exact) <= 0 { return nil }
      if _geo2PrecedesYX(b, a) && _geo2PrecedesYX(b, c) { minima += 1 }
    }
    return minima == 1 ? q : nil
  }

  /// ``_geo2NormalizedConvex(_:)`` for any collection.
  @inlinable
  public static func _geo2NormalizedConvex<C: Collection>(_ c: C) -> [Vector2]? where C.Element == Vector2 {
    if let r = c.withContiguousStorageIfAvailable({ _geo2NormalizedConvex($0) }) { return r }
    return Array(c).withUnsafeBufferPointer { _geo2NormalizedConvex($0) }
  }
}
