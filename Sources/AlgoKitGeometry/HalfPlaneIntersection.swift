// Half-plane intersection in O(n log n): sort the boundary lines by direction (exact polar order),
// keep the tightest line of each direction, decide boundedness exactly from the gaps between
// consecutive directions, then sweep with a deque (the bounded case).

/// The intersection of a set of closed half-planes.
public enum HalfPlaneIntersection<Scalar: GeometryScalar>: Hashable, Sendable {
  /// No point lies in every half-plane, or the common part has no interior (a point, a segment, a
  /// line or a ray: zero area).
  case empty
  /// A convex polygon of positive area, counterclockwise, at least 3 vertices.
  case bounded([Vector2<Scalar>])
  /// The intersection has interior and is unbounded (this includes the whole plane, for no
  /// half-planes). To get a polygon, add the four half-planes of a bounding box of your choice.
  case unbounded
}

extension Collection {
  /// The intersection of the closed half-planes on the left of these lines (each line's
  /// ``Line2/side(of:tolerance:)`` `>= 0`).
  ///
  ///     let box = [Line2(through: Vector2(0.0, 0), Vector2(1.0, 0)),   // y >= 0
  ///                Line2(through: Vector2(4.0, 0), Vector2(4.0, 1)),   // x <= 4
  ///                Line2(through: Vector2(0.0, 3), Vector2(-1.0, 3)),  // y <= 3
  ///                Line2(through: Vector2(0.0, 3), Vector2(0.0, 2))]   // x >= 0
  ///     box.halfPlaneIntersection()   // .bounded: (0, 0), (4, 0), (4, 3), (0, 3), counterclockwise
  ///     box.dropLast().halfPlaneIntersection()   // .unbounded
  ///
  /// **Unbounded input.** Boundedness and emptiness of an unbounded configuration are decided
  /// exactly from the line directions (`b - a`, exact for integers; for floating lines the rounded
  /// differences) and exact side tests: when the directions fit in a closed half-circle the
  /// intersection is `.unbounded` (if it has interior) or `.empty`; no bounding box is invented.
  /// Callers who want a polygon add the four lines of a box.
  ///
  /// **Bounded input.** The sweep computes line intersection points in floating point and drops a
  /// line when the previous vertex is outside its half-plane beyond `tolerance` (orientation test,
  /// ``GeometryTolerance``; default relative 1e-9). Vertices that coincide (exactly, or under
  /// `tolerance`) are merged; fewer than 3 remaining vertices is `.empty`. Lines with `a == b`
  /// impose no constraint and are ignored.
  ///
  /// - Returns: nil when a line has a NaN or infinite coordinate.
  /// - Complexity: O(n log n) time, O(n) memory.
  @inlinable
  public func halfPlaneIntersection<S: BinaryFloatingPoint & GeometryScalar>(
    tolerance: GeometryTolerance = .default
  ) -> HalfPlaneIntersection<S>? where Element == Line2<S> {
    var lines: [Line2<S>] = []
    lines.reserveCapacity(underestimatedCount)
    for line in self {
      if !line.a.isFinite || !line.b.isFinite { return nil }
      if line.a != line.b && line.direction != .zero { lines.append(line) }
    }
    return HalfPlaneIntersection<S>._compute(&lines, tolerance: tolerance)
  }
}

extension HalfPlaneIntersection where Scalar: BinaryFloatingPoint {
  @inlinable
  public static func _compute(_ lines: inout [Line2<Scalar>], tolerance: GeometryTolerance) -> HalfPlaneIntersection {
    if lines.isEmpty { return .unbounded }
    // Sort by direction; within a direction the tightest line (its point furthest left) first.
    lines.sort { p, q in
      let dp = p.direction, dq = q.direction
      if _sameDirection(dp, dq) { return q.side(of: p.a, tolerance: .exact) > 0 }
      return Vector2.polarAnglePrecedes(dp, dq)
    }
    // One line per direction.
    var unique: [Line2<Scalar>] = []
    unique.reserveCapacity(lines.count)
    for line in lines {
      if let last = unique.last, _sameDirection(last.direction, line.direction) { continue }
      unique.append(line)
    }
    let m = unique.count
    // A gap of at least π between consecutive directions means the directions fit in a closed
    // half-circle: the intersection is unbounded or empty.
    if m == 1 { return .unbounded }
    for i in 0..<m {
      let d = unique[i].direction, e = unique[(i + 1) % m].direction
      let s = d.crossSign(e, tolerance: .exact)
      if s < 0 { return .unbounded }  // gap > π: every half-plane contains a common far-away ray
      if s == 0 {
        // Opposite directions with a gap of exactly π: a strip along d, bounded below on one side.
        // It has interior iff the opposite line lies strictly on the left of this one.
        let here = unique[i], there = unique[(i + 1) % m]
        return here.side(of: there.a, tolerance: .exact) > 0 ? .unbounded : .empty
      }
    }
    // Bounded case: every gap is below π.
    var dq = [Line2<Scalar>](repeating: unique[0], count: m)
    var head = 0, tail = 0  // dq[head..<tail]
    @inline(__always) func outside(_ line: Line2<Scalar>, _ p: Vector2<Scalar>) -> Bool {
      line.side(of: p, tolerance: tolerance) < 0
    }
    for line in unique {
      while tail - head >= 2, let p = _meet(dq[tail - 2], dq[tail - 1]), outside(line, p) { tail -= 1 }
      while tail - head >= 2, let p = _meet(dq[head], dq[head + 1]), outside(line, p) { head += 1 }
      if tail - head >= 1 && dq[tail - 1].direction.crossSign(line.direction, tolerance: .exact) <= 0 {
        // The previous line turned by π or more: everything between was dropped.
        return .empty
      }
      dq[tail] = line
      tail += 1
    }
    while tail - head >= 3, let p = _meet(dq[tail - 2], dq[tail - 1]), outside(dq[head], p) { tail -= 1 }
    while tail - head >= 3, let p = _meet(dq[head], dq[head + 1]), outside(dq[tail - 1], p) { head += 1 }
    if tail - head < 3 { return .empty }
    var polygon: [Vector2<Scalar>] = []
    polygon.reserveCapacity(tail - head)
    for k in head..<tail {
      guard let p = _meet(dq[k], dq[k + 1 == tail ? head : k + 1]) else { return .empty }
      if let last = polygon.last, last.isApproximatelyEqual(to: p, tolerance: tolerance) { continue }
      polygon.append(p)
    }
    while polygon.count > 1, polygon[0].isApproximatelyEqual(to: polygon[polygon.count - 1], tolerance: tolerance) {
      polygon.removeLast()
    }
    if polygon.count < 3 || !(polygon.signedArea() > 0) { return .empty }
    return .bounded(polygon)
  }

  @inlinable @inline(__always)
  public static func _sameDirection(_ d: Vector2<Scalar>, _ e: Vector2<Scalar>) -> Bool {
    d.crossSign(e, tolerance: .exact) == 0 && d.dot(e) > 0
  }

  /// The intersection point of two non-parallel lines (nil when parallel or not finite).
  @inlinable @inline(__always)
  public static func _meet(_ l: Line2<Scalar>, _ k: Line2<Scalar>) -> Vector2<Scalar>? {
    let u = l.direction, v = k.direction
    let den = u.cross(v)
    if den == 0 { return nil }
    let p = l.a + u * ((k.a - l.a).cross(v) / den)
    return p.isFinite ? p : nil
  }
}
