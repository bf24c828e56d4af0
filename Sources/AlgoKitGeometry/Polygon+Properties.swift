// Perimeter, centroid, point location and convexity of a polygon given as a sequence of vertices.

/// Where a point lies relative to a polygon.
public enum PolygonPointLocation: Hashable, Sendable {
  case inside
  case boundary
  case outside
}

extension Collection {
  /// The perimeter of the closed polygon with these vertices, as a `Double` (0 for fewer than 2;
  /// twice the segment length for 2; NaN or infinity when a coordinate is).
  ///
  /// - Complexity: O(n).
  @inlinable
  public func perimeter<S: GeometryScalar>() -> Double where Element == Vector2<S> {
    guard !isEmpty else { return 0 }
    var previous = self[index(startIndex, offsetBy: count - 1)].doubleVector
    var sum = 0.0
    for v in self {
      let d = v.doubleVector
      sum += (d - previous).length
      previous = d
    }
    return sum
  }

  /// The centroid (center of mass) of the polygon's area, as `Vector2<Double>`; nil when the
  /// signed area is 0 (fewer than 3 vertices, collinear, or loops that cancel) or a coordinate is not
  /// finite. Terms are taken relative to the first vertex (no loss to large coordinates). For a
  /// self-intersecting polygon: the winding-weighted centroid.
  ///
  /// - Complexity: O(n).
  @inlinable
  public func centroid<S: GeometryScalar>() -> Vector2<Double>? where Element == Vector2<S> {
    guard let first = self.first?.doubleVector, count >= 3 else { return nil }
    var twiceArea = 0.0, cx = 0.0, cy = 0.0
    var previous: Vector2<Double>? = nil
    for v in self.dropFirst() {
      let current = v.doubleVector - first
      if let p = previous {
        let c = p.cross(current)
        twiceArea += c
        cx += (p.x + current.x) * c
        cy += (p.y + current.y) * c
      }
      previous = current
    }
    guard twiceArea != 0, twiceArea.isFinite else { return nil }
    let result = first + Vector2(cx, cy) / (3 * twiceArea)
    return result.isFinite ? result : nil
  }

  /// Where `p` lies relative to the polygon with these vertices: `.boundary` when it is on an edge
  /// (``Segment2/contains(_:tolerance:)`` with `tolerance`), otherwise `.inside` or `.outside` by
  /// the even-odd (crossing number) rule, whose edge tests use the *exact* orientation so that
  /// no tolerance can make the parity inconsistent. Self-intersecting polygons follow the even-odd
  /// rule. Fewer than 3 vertices: `.boundary` on the degenerate segment/point, else `.outside`.
  /// Non-finite coordinates: `.outside` unless a test says boundary (never a crash).
  ///
  ///     let square = [Vector2(0, 0), Vector2(4, 0), Vector2(4, 4), Vector2(0, 4)]
  ///     square.locate(Vector2(2, 2))   // .inside
  ///     square.locate(Vector2(4, 1))   // .boundary
  ///
  /// - Complexity: O(n).
  @inlinable
  public func locate<S: GeometryScalar>(_ p: Vector2<S>, tolerance: GeometryTolerance = .default)
    -> PolygonPointLocation where Element == Vector2<S>
  {
    guard !isEmpty else { return .outside }
    var a = self[index(startIndex, offsetBy: count - 1)]
    var inside = false
    for b in self {
      if Segment2(a, b).contains(p, tolerance: tolerance) { return .boundary }
      // Half-open rule on y: each edge counts once at shared vertices; horizontal edges never count.
      if (a.y <= p.y) != (b.y <= p.y) {
        let o = S._orientationSign(a, b, p, tolerance: .exact)
        if (b.y > a.y) == (o > 0) && o != 0 { inside.toggle() }
      }
      a = b
    }
    return inside ? .inside : .outside
  }

  /// Whether the polygon with these vertices (in order, either orientation) is convex: every turn
  /// has the same sign (collinear turns allowed unless `strictly`) and the boundary winds around
  /// once (which rules out star polygons such as the pentagram). Repeated consecutive vertices are
  /// ignored. Fewer than 3 distinct vertices, or all collinear: false. Turns use `tolerance`
  /// (exact for integers).
  ///
  /// - Complexity: O(n).
  @inlinable
  public func isConvex<S: GeometryScalar>(strictly: Bool = false, tolerance: GeometryTolerance = .default) -> Bool
  where Element == Vector2<S> {
    var v: [Vector2<S>] = []
    v.reserveCapacity(count)
    for p in self where v.last != p { v.append(p) }
    while v.count > 1 && v.first == v.last { v.removeLast() }
    let n = v.count
    if n < 3 || !v.allSatisfy(\.isFinite) { return false }
    var sign = 0
    var xChanges = 0, yChanges = 0, lastDx = 0, lastDy = 0
    for i in 0..<n {
      let a = v[i], b = v[(i + 1) % n], c = v[(i + 2) % n]
      let o = S._orientationSign(a, b, c, tolerance: tolerance)
      if o == 0 {
        if strictly { return false }
      } else if sign == 0 {
        sign = o
      } else if o != sign {
        return false
      }
      let dx = b.x > a.x ? 1 : (b.x < a.x ? -1 : 0), dy = b.y > a.y ? 1 : (b.y < a.y ? -1 : 0)
      if dx != 0 { if lastDx != 0 && dx != lastDx { xChanges += 1 }; lastDx = dx }
      if dy != 0 { if lastDy != 0 && dy != lastDy { yChanges += 1 }; lastDy = dy }
    }
    // Close the cycle: compare the last non-zero direction with the first one.
    var firstDx = 0, firstDy = 0
    for i in 0..<n {
      let a = v[i], b = v[(i + 1) % n]
      if firstDx == 0 { firstDx = b.x > a.x ? 1 : (b.x < a.x ? -1 : 0) }
      if firstDy == 0 { firstDy = b.y > a.y ? 1 : (b.y < a.y ? -1 : 0) }
    }
    if firstDx != 0 && firstDx != lastDx { xChanges += 1 }
    if firstDy != 0 && firstDy != lastDy { yChanges += 1 }
    return sign != 0 && xChanges <= 2 && yChanges <= 2
  }
}
