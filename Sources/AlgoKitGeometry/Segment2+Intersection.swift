// Segments and lines: point on segment, segment/segment and line/line intersection.
// Classification is exact for integers (and for floats with `.exact`); intersection points are
// constructions and need a floating scalar (convert integer segments with `Segment2<Double>(_:)`).

/// How two closed segments meet.
public enum SegmentIntersectionKind: Hashable, Sendable {
  /// No common point.
  case none
  /// Exactly one common point.
  case point
  /// A common sub-segment of positive length (collinear overlap).
  case overlap
}

/// The common part of two closed segments.
public enum SegmentIntersection<Scalar: GeometryScalar>: Hashable, Sendable {
  case none
  case point(Vector2<Scalar>)
  /// The overlap, from its lexicographically smaller end to the larger.
  case overlap(Segment2<Scalar>)
}

/// How two lines meet.
public enum LineIntersection<Scalar: GeometryScalar>: Hashable, Sendable {
  /// Parallel and distinct.
  case parallel
  /// The same line.
  case coincident
  /// Crossing at one point.
  case point(Vector2<Scalar>)
}

extension Vector2 {
  /// Whether `v` lies in `[min(lo, hi), max(lo, hi)]`, widened by the tolerance for floats.
  @inlinable @inline(__always)
  internal static func _between(_ v: Scalar, _ lo: Scalar, _ hi: Scalar, _ tolerance: GeometryTolerance) -> Bool {
    let a = min(lo, hi), b = max(lo, hi)
    if a <= v && v <= b { return true }
    if Scalar._isExact || tolerance.isExact { return false }
    let dv = v._doubleValue, da = a._doubleValue, db = b._doubleValue
    let slack = tolerance.absolute + tolerance.relative * max(dv.magnitude, da.magnitude, db.magnitude)
    return da - slack <= dv && dv <= db + slack
  }
}

extension Segment2 {
  /// Whether `p` lies on this closed segment: collinear with it (orientation 0 under `tolerance`)
  /// and within its bounding box (widened by `tolerance` for floats). Exact for integers.
  /// A degenerate segment contains only its point.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func contains(_ p: Vector2<Scalar>, tolerance: GeometryTolerance = .default) -> Bool {
    Scalar._orientationSign(start, end, p, tolerance: tolerance) == 0
      && Vector2._between(p.x, start.x, end.x, tolerance)
      && Vector2._between(p.y, start.y, end.y, tolerance)
  }

  /// The lexicographically ordered endpoints.
  @inlinable
  internal var _ordered: (lo: Vector2<Scalar>, hi: Vector2<Scalar>) {
    Vector2.lexicographicallyPrecedes(end, start) ? (end, start) : (start, end)
  }

  /// The exact (integers) or tolerant classification, with the common point when it is an endpoint,
  /// and the orientation signs for the crossing case.
  @inlinable
  internal func _classify(_ other: Segment2, tolerance: GeometryTolerance)
    -> (kind: SegmentIntersectionKind, point: Vector2<Scalar>?, overlap: Segment2?)
  {
    let a = start, b = end, c = other.start, d = other.end
    if !Scalar._isExact && !(a.isFinite && b.isFinite && c.isFinite && d.isFinite) { return (.none, nil, nil) }
    // Exact modes: disjoint bounding boxes cannot meet. Implied by exact signs, but stated so that
    // beyond the exact predicate's span (coordinates spanning more than 2^984) no box-disjoint
    // pair is called touching. A tolerance may join a near miss, so it skips this.
    if Scalar._isExact || tolerance.isExact {
      if Swift.max(a.x, b.x) < Swift.min(c.x, d.x) || Swift.max(c.x, d.x) < Swift.min(a.x, b.x)
        || Swift.max(a.y, b.y) < Swift.min(c.y, d.y) || Swift.max(c.y, d.y) < Swift.min(a.y, b.y)
      {
        return (.none, nil, nil)
      }
    }
    let o1 = Scalar._orientationSign(a, b, c, tolerance: tolerance)
    let o2 = Scalar._orientationSign(a, b, d, tolerance: tolerance)
    let o3 = Scalar._orientationSign(c, d, a, tolerance: tolerance)
    let o4 = Scalar._orientationSign(c, d, b, tolerance: tolerance)
    if o1 == 0 && o2 == 0 && o3 == 0 && o4 == 0 {
      // Collinear (or degenerate): overlap of the lexicographic intervals, which order a line.
      let s = _ordered, t = other._ordered
      let lo = Vector2.lexicographicallyPrecedes(s.lo, t.lo) ? t.lo : s.lo
      let hi = Vector2.lexicographicallyPrecedes(s.hi, t.hi) ? s.hi : t.hi
      if Vector2.lexicographicallyPrecedes(hi, lo) { return (.none, nil, nil) }
      if lo == hi { return (.point, lo, nil) }
      return (.overlap, nil, Segment2(lo, hi))
    }
    if o1 * o2 <= 0 && o3 * o4 <= 0 {
      if o1 == 0 { return (.point, c, nil) }
      if o2 == 0 { return (.point, d, nil) }
      if o3 == 0 { return (.point, a, nil) }
      if o4 == 0 { return (.point, b, nil) }
      return (.point, nil, nil)  // a proper crossing
    }
    return (.none, nil, nil)
  }

  /// How this segment meets `other`: none, one point, or a collinear overlap. Exact for integers
  /// and, with `.exact`, for floats; otherwise signs go through `tolerance`. A NaN or infinite
  /// coordinate: `.none`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func intersectionKind(with other: Segment2, tolerance: GeometryTolerance = .default) -> SegmentIntersectionKind
  {
    _classify(other, tolerance: tolerance).kind
  }

  /// Whether the closed segments share a point.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func intersects(_ other: Segment2, tolerance: GeometryTolerance = .default) -> Bool {
    intersectionKind(with: other, tolerance: tolerance) != .none
  }
}

extension Segment2 where Scalar: BinaryFloatingPoint {
  /// The segment with coordinates converted (rounded to nearest).
  ///
  /// - Complexity: O(1).
  @inlinable
  public init<Other: GeometryScalar>(_ other: Segment2<Other>) {
    self.init(Vector2(other.start), Vector2(other.end))
  }

  /// The common part of two closed segments: `.none`, `.point(p)` or `.overlap(segment)`.
  /// Classification as in ``intersectionKind(with:tolerance:)``; a touching endpoint is returned
  /// exactly (with `.exact`, clamped into both boxes, which only matters for coordinates beyond the
  /// exact predicate's span of 2^984, see ``GeometryPredicates``); a proper crossing point is computed as `a + (b - a) * t` with `t` from exact
  /// determinants rounded once (no division by a rounded direction cross product), then clamped into
  /// both segments' bounding boxes: always finite and inside both boxes, also for nearly parallel
  /// segments.
  ///
  ///     Segment2(Vector2(0.0, 0), Vector2(2, 2)).intersection(with: Segment2(Vector2(0.0, 2), Vector2(2, 0)))
  ///     // .point((1.0, 1.0))
  ///
  /// - Complexity: O(1).
  @inlinable
  public func intersection(with other: Segment2, tolerance: GeometryTolerance = .default) -> SegmentIntersection<Scalar>
  {
    let r = _classify(other, tolerance: tolerance)
    switch r.kind {
    case .none: return .none
    case .overlap: return .overlap(r.overlap!)
    case .point:
      // A touching endpoint is exact, except beyond the exact predicate's range (coordinates
      // spanning more than 2^984), where the sign is a nearby input's: the box clamp then keeps the
      // documented "inside both boxes" (a no-op whenever the predicate is exact).
      if let p = r.point { return .point(tolerance.isExact ? _clampedIntoBoxes(p, other) : p) }
      return .point(_crossingPoint(other))
    }
  }

  /// The crossing point of two segments classified as properly crossing: the parameter from exact
  /// determinants (``GeometryPredicates/_crossingParameter(_:_:_:_:)``), clamped to [0, 1], and the
  /// point clamped into both bounding boxes, so it is finite and inside both segments' boxes even
  /// for nearly parallel segments (whose rounded direction cross product can be 0).
  @inlinable
  internal func _crossingPoint(_ other: Segment2) -> Vector2<Scalar> {
    let a = Vector2<Double>(start), b = Vector2<Double>(end)
    let c = Vector2<Double>(other.start), d = Vector2<Double>(other.end)
    // The segments cross, so the exact parameter is in [0, 1]; a tolerant classification may call
    // a near miss a crossing, where it is not (or the lines are exactly parallel): clamp, or 1/2.
    var t = GeometryPredicates._crossingParameter(a, b, c, d) ?? 0.5
    if !(t >= 0) { t = 0 } else if t > 1 { t = 1 }
    let u = b - a
    let p =
      u.x.isFinite && u.y.isFinite
      ? a + u * t : Vector2(a.x * (1 - t) + b.x * t, a.y * (1 - t) + b.y * t)
    return _clampedIntoBoxes(Vector2(Scalar(p.x), Scalar(p.y)), other)
  }

  /// `p` clamped into the intersection of both segments' bounding boxes (per axis, when that axis's
  /// intersection is nonempty, as it is when the segments meet).
  @inlinable
  internal func _clampedIntoBoxes(_ p: Vector2<Scalar>, _ other: Segment2) -> Vector2<Scalar> {
    let a = start, b = end, c = other.start, d = other.end
    var p = p
    let loX = Swift.max(Swift.min(a.x, b.x), Swift.min(c.x, d.x))
    let hiX = Swift.min(Swift.max(a.x, b.x), Swift.max(c.x, d.x))
    let loY = Swift.max(Swift.min(a.y, b.y), Swift.min(c.y, d.y))
    let hiY = Swift.min(Swift.max(a.y, b.y), Swift.max(c.y, d.y))
    if loX <= hiX { p.x = Swift.min(Swift.max(p.x, loX), hiX) }
    if loY <= hiY { p.y = Swift.min(Swift.max(p.y, loY), hiY) }
    return p
  }

  /// The point of the segment nearest to `p` (the projection clamped to the segment).
  ///
  /// - Complexity: O(1).
  @inlinable
  public func closestPoint(to p: Vector2<Scalar>) -> Vector2<Scalar> {
    let u = end - start
    let l = u.lengthSquared
    if !(l > 0) { return start }
    let t = min(1, max(0, (p - start).dot(u) / l))
    return start + u * t
  }
}

extension Segment2 {
  /// Euclidean distance from `p` to the segment, as a `Double` (integers are converted exactly up
  /// to 2^53).
  ///
  /// - Complexity: O(1).
  @inlinable
  public func distance(to p: Vector2<Scalar>) -> Double {
    let s = Segment2<Double>(self), q = p.doubleVector
    return (s.closestPoint(to: q) - q).length
  }

  /// Euclidean distance between two closed segments, as a `Double`: 0 when they intersect (exact
  /// test for integers; `tolerance` for floats), else the least endpoint-to-segment distance.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func distance(to other: Segment2, tolerance: GeometryTolerance = .default) -> Double {
    if intersects(other, tolerance: tolerance) { return 0 }
    return min(
      distance(to: other.start), distance(to: other.end),
      other.distance(to: start), other.distance(to: end))
  }

  /// The length, as a `Double`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var length: Double { (end.doubleVector - start.doubleVector).length }
}

extension Line2 {
  /// Whether the lines are parallel (cross product of the directions is 0 under `tolerance`;
  /// exact for integers). Coincident lines are parallel.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func isParallel(to other: Line2, tolerance: GeometryTolerance = .default) -> Bool {
    direction.crossSign(other.direction, tolerance: tolerance) == 0
  }

  /// Euclidean distance from `p` to the line, as a `Double` (`|(b - a) × (p - a)| / |b - a|`;
  /// the distance to `a` for a degenerate line).
  ///
  /// - Complexity: O(1).
  @inlinable
  public func distance(to p: Vector2<Scalar>) -> Double {
    let a = self.a.doubleVector, u = b.doubleVector - a, v = p.doubleVector - a
    let l = u.length
    return l > 0 ? u.cross(v).magnitude / l : v.length
  }
}

extension Line2 where Scalar: BinaryFloatingPoint {
  /// How this line meets `other`: `.parallel`, `.coincident` or `.point(p)`.
  /// Parallelism and coincidence are decided with `tolerance` (exact with `.exact`). The point is
  /// `a + (b - a) t` with `t` the ratio of two exactly computed determinants, rounded once, so nearly
  /// parallel (but not parallel) lines give a finite point unless the true crossing lies beyond the
  /// floating-point range. A NaN or infinite coordinate: `.parallel` (unless `tolerance` already
  /// called the lines coincident).
  ///
  /// - Complexity: O(1).
  @inlinable
  public func intersection(with other: Line2, tolerance: GeometryTolerance = .default) -> LineIntersection<Scalar> {
    if isParallel(to: other, tolerance: tolerance) {
      return side(of: other.a, tolerance: tolerance) == 0 ? .coincident : .parallel
    }
    let p = GeometryPredicates._lineCrossing(
      Vector2<Double>(a), Vector2<Double>(b), Vector2<Double>(other.a), Vector2<Double>(other.b))
    guard let p else {
      // Not finite, or exactly parallel although `tolerance` said otherwise: decide exactly.
      let finite = a.isFinite && b.isFinite && other.a.isFinite && other.b.isFinite
      return finite && side(of: other.a, tolerance: .exact) == 0 ? .coincident : .parallel
    }
    return .point(Vector2(Scalar(p.x), Scalar(p.y)))
  }

  /// The orthogonal projection of `p` onto the line (`a` for a degenerate line).
  ///
  /// - Complexity: O(1).
  @inlinable
  public func projection(of p: Vector2<Scalar>) -> Vector2<Scalar> {
    let u = direction
    let l = u.lengthSquared
    if !(l > 0) { return a }
    return a + u * ((p - a).dot(u) / l)
  }

  /// The mirror image of `p` across the line.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func reflection(of p: Vector2<Scalar>) -> Vector2<Scalar> {
    projection(of: p) * 2 - p
  }
}
