// Counting points in many triangles whose corners come from a fixed vertex set ("points below each
// segment"): for every pair of vertices u <lex v, the number of points strictly between them in
// lexicographic order that lie strictly below / exactly on the segment uv. Lexicographic order is
// the x order after the shear (x, y) -> (x + εy, y), which keeps every orientation sign, so equal x
// needs no special case. A triangle's count is then a signed sum of its three edges' counts.
// Per vertex, one angular sort and a Fenwick sweep fill its row of the tables.

/// Counts of points strictly inside, and on the boundary of, triangles whose corners are taken from
/// a fixed set of vertices — the classic "count points in triangles" problem (Library Checker
/// `count_points_in_triangle`: strictly inside, boundary excluded). Build it with
/// ``Swift/Collection/trianglePointCounter(counting:)``, then each query is O(1).
///
///     let vertices = [Vector2(0, 0), Vector2(6, 0), Vector2(0, 6), Vector2(6, 6)]
///     let points = [Vector2(1, 1), Vector2(3, 3), Vector2(3, 0), Vector2(5, 5), Vector2(1, 1)]
///     let counter = vertices.trianglePointCounter(counting: points)
///     counter.countInside(0, 1, 2)       // 2: (1, 1) twice; (3, 3) is on the hypotenuse
///     counter.countOnBoundary(0, 1, 2)   // 2: (3, 3) and (3, 0)
///
/// Triangles are given by vertex offsets in any order (either orientation). A degenerate triangle
/// (two equal corners, or three collinear ones) has nothing inside; its "boundary" is the segment
/// between its extreme corners (a point when all corners are equal). Points equal to each other are
/// counted with multiplicity; a point equal to a corner is on the boundary.
///
/// Exact: only the orientation predicate with `.exact` (integers with `|coordinate| < 2^62`,
/// `Double`/`Float` at any finite scale), no other arithmetic on coordinates, so nothing overflows.
public struct TrianglePointCounter<Scalar: GeometryScalar>: Sendable {
  /// The vertices the triangles' corners are taken from.
  public let vertices: [Vector2<Scalar>]
  /// How many points are counted.
  public let pointCount: Int
  /// `[u * n + v]` for `vertices[u] <lex vertices[v]`: points `w` with `u <lex w <lex v` strictly
  /// below the segment uv (`orientation(u, v, w) < 0`).
  @usableFromInline internal var below: [Int32]
  /// Same, exactly on the segment (`orientation(u, v, w) == 0`), i.e. on the open segment.
  @usableFromInline internal var on: [Int32]
  /// Per vertex: the points equal to it.
  @usableFromInline internal var equal: [Int32]

  /// The tables for `vertices` and `points`.
  ///
  /// - Precondition: every coordinate is finite (floating), and fewer than 2^31 points.
  /// - Complexity: O(n·(n + m)·log(n + m)) time for n vertices and m points (per vertex, an
  ///   angular sort and a Fenwick sweep of the points and vertices after it), O(n² + m) memory
  ///   (two n × n tables of `Int32`).
  @inlinable
  public init(vertices: [Vector2<Scalar>], points: [Vector2<Scalar>]) {
    precondition(
      Scalar._isExact || (vertices.allSatisfy(\.isFinite) && points.allSatisfy(\.isFinite)),
      "TrianglePointCounter: NaN or infinite coordinate")
    precondition(points.count < Int(Int32.max), "TrianglePointCounter: 2^31 points or more")
    self.vertices = vertices
    self.pointCount = points.count
    let n = vertices.count
    below = [Int32](repeating: 0, count: n * n)
    on = [Int32](repeating: 0, count: n * n)
    equal = [Int32](repeating: 0, count: n)
    // Vertices (id >= 0) and points (id -1) in lexicographic order, vertices first among equals.
    var items = vertices.indices.map { _Item(point: vertices[$0], id: $0) }
    items += points.map { _Item(point: $0, id: -1) }
    items.sort { Vector2._lexicographicallyBefore($0, $1) }
    var position = [Int](repeating: 0, count: n)
    for t in items.indices where items[t].id >= 0 {
      position[items[t].id] = t
      var s = t + 1
      while s < items.count && items[s].point == items[t].point {
        if items[s].id < 0 { equal[items[t].id] += 1 }
        s += 1
      }
    }
    var suffix: [Int] = []  // offsets into items: after vertex u, not equal to it
    var byAngle: [Int] = []
    var angleRank = [Int](repeating: 0, count: items.count)
    var fenwick: [Int32] = []
    for u in 0..<n {
      let o = vertices[u]
      suffix.removeAll(keepingCapacity: true)
      for t in (position[u] + 1)..<items.count where items[t].point != o { suffix.append(t) }
      if suffix.isEmpty { continue }
      // Directions from o all lie in the half-plane (-90°, 90°], where "clockwise of" is a strict
      // weak order: a before b iff orientation(o, a, b) > 0.
      byAngle = suffix
      byAngle.sort { Scalar._orientationSign(o, items[$0].point, items[$1].point, tolerance: .exact) > 0 }
      var rank = 0
      for k in byAngle.indices {
        let t = byAngle[k]
        if k == 0
          || Scalar._orientationSign(o, items[byAngle[k - 1]].point, items[t].point, tolerance: .exact) != 0
        {
          rank += 1
        }
        angleRank[t] = rank
      }
      fenwick.removeAll(keepingCapacity: true)
      fenwick.append(contentsOf: repeatElement(0, count: rank + 1))
      @inline(__always) func prefix(_ r: Int) -> Int32 {
        var r = r, s: Int32 = 0
        while r > 0 {
          s &+= fenwick[r]
          r &= r - 1
        }
        return s
      }
      // In lexicographic order: a vertex v sees exactly the points strictly between u and v.
      for t in suffix {
        let r = angleRank[t]
        let v = items[t].id
        if v >= 0 {
          let strictlyBelow = prefix(r - 1)
          below[u * n + v] = strictlyBelow
          on[u * n + v] = prefix(r) - strictlyBelow
        } else {
          var k = r
          while k <= rank {
            fenwick[k] &+= 1
            k += k & -k
          }
        }
      }
    }
  }

  /// A vertex or a point, for the lexicographic sort.
  @usableFromInline
  internal struct _Item: Sendable {
    @usableFromInline internal var point: Vector2<Scalar>
    /// The vertex's offset, or -1 for a point.
    @usableFromInline internal var id: Int
    @inlinable
    internal init(point: Vector2<Scalar>, id: Int) {
      self.point = point
      self.id = id
    }
  }

  /// The three corners in lexicographic order of their points.
  @inlinable @inline(__always)
  internal func _sortedCorners(_ a: Int, _ b: Int, _ c: Int) -> (Int, Int, Int) {
    var (p, q, r) = (a, b, c)
    @inline(__always) func before(_ i: Int, _ j: Int) -> Bool {
      Vector2.lexicographicallyPrecedes(vertices[i], vertices[j])
    }
    if before(q, p) { swap(&p, &q) }
    if before(r, q) { swap(&q, &r) }
    if before(q, p) { swap(&p, &q) }
    return (p, q, r)
  }

  /// The number of points strictly inside the triangle with corners `vertices[a]`, `vertices[b]`,
  /// `vertices[c]` (boundary excluded, as in Library Checker `count_points_in_triangle`); 0 for a
  /// degenerate triangle.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func countInside(_ a: Int, _ b: Int, _ c: Int) -> Int {
    let (p, q, r) = _sortedCorners(a, b, c)
    let vp = vertices[p], vq = vertices[q], vr = vertices[r]
    if vp == vq || vq == vr { return 0 }
    let n = vertices.count
    let turn = Scalar._orientationSign(vp, vr, vq, tolerance: .exact)
    if turn == 0 { return 0 }
    let pq = p * n + q, qr = q * n + r, pr = p * n + r
    if turn > 0 {
      // q above pr: below the upper chain p-q-r, minus on or below pr.
      return Int(below[pq]) + Int(below[qr]) - Int(below[pr]) - Int(on[pr])
    }
    // q below pr: below pr, minus on or below the lower chain (q itself included).
    return Int(below[pr]) - Int(below[pq]) - Int(on[pq]) - Int(below[qr]) - Int(on[qr]) - Int(equal[q])
  }

  /// The number of points on the boundary of the triangle with corners `vertices[a]`, `vertices[b]`,
  /// `vertices[c]` (its edges and corners). Degenerate triangle: the points on the segment between
  /// its extreme corners, ends included.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func countOnBoundary(_ a: Int, _ b: Int, _ c: Int) -> Int {
    let (p, q, r) = _sortedCorners(a, b, c)
    let vp = vertices[p], vq = vertices[q], vr = vertices[r]
    if vp == vr { return Int(equal[p]) }
    let n = vertices.count
    let ends = Int(on[p * n + r]) + Int(equal[p]) + Int(equal[r])
    if vp == vq || vq == vr || Scalar._orientationSign(vp, vr, vq, tolerance: .exact) == 0 { return ends }
    return ends + Int(on[p * n + q]) + Int(on[q * n + r]) + Int(equal[q])
  }

  /// The number of points inside or on the boundary of the triangle (the closed triangle).
  ///
  /// - Complexity: O(1).
  @inlinable
  public func countInsideOrOnBoundary(_ a: Int, _ b: Int, _ c: Int) -> Int {
    countInside(a, b, c) + countOnBoundary(a, b, c)
  }
}

extension Vector2 {
  /// Lexicographic order of items, vertices before points at equal coordinates.
  @inlinable @inline(__always)
  internal static func _lexicographicallyBefore(
    _ a: TrianglePointCounter<Scalar>._Item, _ b: TrianglePointCounter<Scalar>._Item
  ) -> Bool {
    if a.point != b.point { return lexicographicallyPrecedes(a.point, b.point) }
    return a.id >= 0 && b.id < 0
  }
}

extension Collection {
  /// The tables that answer, in O(1) each, how many of `points` lie strictly inside or on the
  /// boundary of a triangle with corners among these vertices (see ``TrianglePointCounter``).
  ///
  ///     let counter = [Vector2(0, 0), Vector2(4, 0), Vector2(0, 4)].trianglePointCounter(
  ///       counting: [Vector2(1, 1), Vector2(2, 2), Vector2(5, 5)])
  ///     counter.countInside(0, 1, 2)       // 1
  ///     counter.countOnBoundary(2, 1, 0)   // 1: (2, 2) on the hypotenuse
  ///
  /// - Precondition: every coordinate is finite (floating), and fewer than 2^31 points.
  /// - Complexity: O(n·(n + m)·log(n + m)) time for n vertices and m points, O(n² + m) memory; then
  ///   O(1) per query.
  @inlinable
  public func trianglePointCounter<S: GeometryScalar, Points: Collection>(
    counting points: Points
  ) -> TrianglePointCounter<S> where Element == Vector2<S>, Points.Element == Vector2<S> {
    TrianglePointCounter(vertices: Array(self), points: Array(points))
  }
}
