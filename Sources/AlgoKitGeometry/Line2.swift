// Lines, segments and rays, each defined by two points so that predicates on them are exact
// (integers, and Double with `.exact`) with respect to the defining points.

/// The infinite line through `a` and `b`, directed from `a` to `b`. Its left side (counterclockwise
/// from the direction) is the half-plane used by clipping.
///
/// A line with `a == b` is degenerate: predicates treat every point as on it.
@frozen
public struct Line2<Scalar: GeometryScalar>: Hashable, Sendable {
  /// A point of the line (the origin of its direction).
  public var a: Vector2<Scalar>
  /// A second point; the line is directed from `a` to `b`.
  public var b: Vector2<Scalar>

  /// The line through `a` and `b`, directed from `a` to `b`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public init(through a: Vector2<Scalar>, _ b: Vector2<Scalar>) {
    self.a = a
    self.b = b
  }

  /// The line through `point` with direction `direction`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public init(point: Vector2<Scalar>, direction: Vector2<Scalar>) {
    self.a = point
    self.b = point + direction
  }

  /// `b - a`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var direction: Vector2<Scalar> { b - a }

  /// Which side of the line `p` lies on: +1 left (counterclockwise), -1 right, 0 on the line.
  /// Exact for integers; floating: see ``Vector2/orientation(_:_:_:tolerance:)``.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func side(of p: Vector2<Scalar>, tolerance: GeometryTolerance = .default) -> Int {
    Scalar._orientationSign(a, b, p, tolerance: tolerance)
  }
}

/// The closed segment from `start` to `end` (a single point when they are equal).
@frozen
public struct Segment2<Scalar: GeometryScalar>: Hashable, Sendable {
  /// The first endpoint.
  public var start: Vector2<Scalar>
  /// The second endpoint.
  public var end: Vector2<Scalar>

  /// The segment from `start` to `end`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public init(_ start: Vector2<Scalar>, _ end: Vector2<Scalar>) {
    self.start = start
    self.end = end
  }

  /// The line through the segment, directed from `start` to `end`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var line: Line2<Scalar> { Line2(through: start, end) }
}

/// The ray from `origin` through `through` (a single point when they are equal).
@frozen
public struct Ray2<Scalar: GeometryScalar>: Hashable, Sendable {
  /// The start of the ray.
  public var origin: Vector2<Scalar>
  /// A second point on the ray, fixing its direction.
  public var through: Vector2<Scalar>

  /// The ray from `origin` through `through`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public init(from origin: Vector2<Scalar>, through: Vector2<Scalar>) {
    self.origin = origin
    self.through = through
  }

  /// `through - origin`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var direction: Vector2<Scalar> { through - origin }
}
