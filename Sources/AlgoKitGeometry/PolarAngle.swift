// Ordering by polar angle, exact for integers and (via the exact predicate) for Double.

extension Vector2 {
  /// The half-plane of a direction: 0 for angles in `[0, π)` (y > 0, or y == 0 and x > 0),
  /// 1 for `[π, 2π)`, -1 for the zero vector.
  @inlinable @inline(__always)
  internal var _polarHalf: Int {
    if y > 0 || (y == 0 && x > 0) { return 0 }
    return (y == 0 && x == 0) ? -1 : 1
  }

  /// Whether `a` precedes `b` in polar order around `center`:
  /// `center` itself first; then by angle in `[0, 2π)` counterclockwise, starting at the direction
  /// of the positive x-axis (inclusive); equal angles: the nearer point first; equal points are
  /// equivalent. A strict weak ordering (use it with `sort(by:)`).
  ///
  /// Exact for integers (half-plane, then the sign of the cross product) and for `Double`/`Float`
  /// (the cross sign uses the exact predicate; no tolerance: a tolerant order would not be
  /// transitive).
  ///
  /// - Complexity: O(1).
  @inlinable
  public static func polarAnglePrecedes(_ a: Vector2, _ b: Vector2, around center: Vector2 = .zero) -> Bool {
    let da = a - center, db = b - center
    let ha = da._polarHalf, hb = db._polarHalf
    if ha != hb { return ha < hb }
    if ha < 0 { return false }
    let s = Scalar._orientationSign(center, a, b, tolerance: .exact)
    if s != 0 { return s > 0 }
    // Same direction: nearer first. On one ray, |dx| orders distance unless the ray is vertical.
    let ax = da.x < 0 ? 0 - da.x : da.x, bx = db.x < 0 ? 0 - db.x : db.x
    if ax != bx { return ax < bx }
    let ay = da.y < 0 ? 0 - da.y : da.y, by = db.y < 0 ? 0 - db.y : db.y
    return ay < by
  }
}

extension MutableCollection where Self: RandomAccessCollection {
  /// Sorts points by polar angle around `center` (see ``Vector2/polarAnglePrecedes(_:_:around:)``
  /// for the order: center first, then counterclockwise from the positive x-axis, nearer first on
  /// ties). Exact for integers and floating types. Points with a NaN or infinite coordinate are
  /// moved to the end (their relative order is unspecified); a non-finite `center` leaves the
  /// order unspecified (but the call returns).
  ///
  /// - Complexity: O(n log n) time, O(n) extra memory.
  @inlinable
  public mutating func sortByPolarAngle<S: GeometryScalar>(around center: Vector2<S> = .zero)
  where Element == Vector2<S> {
    if !S._isExact {
      // Partition non-finite points out so the comparator stays a strict weak ordering.
      let end = partition { !$0.isFinite }
      self[startIndex..<end].sort { Vector2.polarAnglePrecedes($0, $1, around: center) }
      return
    }
    sort { Vector2.polarAnglePrecedes($0, $1, around: center) }
  }
}
