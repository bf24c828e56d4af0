// Signed area and orientation of a polygon given as a sequence of vertices.

extension Vector2 {
  /// Twice the signed area of the polygon in `p`; 0 for fewer than 3 vertices. Exact for integers.
  ///
  /// Floating point: the shoelace terms are taken relative to the lexicographically smallest vertex
  /// and summed in a canonical direction (toward its lexicographically smaller neighbour), so the
  /// result depends only on the cyclic vertex sequence: every rotation or reversal of the same
  /// polygon gives bitwise the same magnitude (the sign follows the given order).
  @inlinable
  public static func _twiceSignedArea(_ p: UnsafeBufferPointer<Vector2>) -> Scalar.Wide {
    let n = p.count
    if n < 3 { return .zero }
    var start = 0, step = 1
    if !Scalar._isExact {
      for i in 1..<n where lexicographicallyPrecedes(p[i], p[start]) { start = i }
      let next = start &+ 1 == n ? 0 : start &+ 1
      let previous = start == 0 ? n &- 1 : start &- 1
      if lexicographicallyPrecedes(p[previous], p[next]) { step = n &- 1 }
    }
    let o = p[start]
    var sum = Scalar.Wide.zero
    var j = start &+ step
    if j >= n { j &-= n }
    var previous = p[j] - o
    for _ in 2..<n {
      j &+= step
      if j >= n { j &-= n }
      let current = p[j] - o
      sum += previous.wideCross(current)
      previous = current
    }
    return step == 1 ? sum : .zero - sum
  }
}

extension Collection {
  /// Twice the signed area of the polygon with these vertices, in order (shoelace): positive when
  /// they run counterclockwise. The polygon is implicitly closed; fewer than 3 vertices give 0.
  /// A self-intersecting polygon gives the sum of its loops' areas weighted by winding number.
  ///
  /// Integers: exact, in ``GeometryWideInt`` (each term of the sum reaches 8·10^18 for coordinates
  /// up to 10^9, so an `Int64` sum would overflow); `Double`/`Float`: a `Double`, with terms taken
  /// relative to the lexicographically smallest vertex (no precision lost to large coordinates) in a
  /// canonical direction, so every rotation or reversal of the same vertex cycle gives bitwise the
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
  /// (degenerate, or a self-intersecting polygon whose loops cancel). Exact for integers; for
  /// floating types the sign of the `Double` shoelace sum.
  ///
  /// - Complexity: O(n).
  @inlinable
  public func polygonOrientation<S: GeometryScalar>() -> Int where Element == Vector2<S> {
    twiceSignedArea().wideSign
  }
}
