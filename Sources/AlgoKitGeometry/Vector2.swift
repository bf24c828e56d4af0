// The 2D vector, also used as a point. Generic over `GeometryScalar`, so the same code runs
// exactly on integers and tolerantly on floating point.

/// A 2D vector or point with coordinates of type `Scalar` (an integer or floating type).
///
///     let p = Vector2(3, 4)                  // Vector2<Int>
///     let q = Vector2(0.5, 2.0)              // Vector2<Double>
///     p.cross(Vector2(1, 0))                 // -4, exact
///     Vector2.orientation(.zero, p, Vector2(6, 8))   // 0: collinear, exact
///
/// Integer arithmetic traps on overflow like `Int` does; predicates (orientation, polar order)
/// never overflow for `|coordinate| < 2^62`, they use full-width products.
@frozen
public struct Vector2<Scalar: GeometryScalar>: Hashable, Sendable {
  /// The first coordinate.
  public var x: Scalar
  /// The second coordinate.
  public var y: Scalar

  /// The vector `(x, y)`.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public init(_ x: Scalar, _ y: Scalar) {
    self.x = x
    self.y = y
  }

  /// The vector `(x, y)`.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public init(x: Scalar, y: Scalar) {
    self.x = x
    self.y = y
  }

  /// The origin.
  ///
  /// - Complexity: O(1).
  @inlinable
  public static var zero: Vector2 { Vector2(0, 0) }

  /// Whether both coordinates are finite (always true for integers).
  ///
  /// - Complexity: O(1).
  @inlinable
  public var isFinite: Bool { x._isFiniteCoordinate && y._isFiniteCoordinate }
}

/// A point is a vector from the origin.
public typealias Point2<Scalar: GeometryScalar> = Vector2<Scalar>

extension Vector2: CustomStringConvertible {
  /// `(x, y)`.
  ///
  /// - Complexity: O(1).
  public var description: String { "(\(x), \(y))" }
}

// MARK: - Arithmetic

// Component-wise arithmetic, O(1). Integer scalars trap on overflow, as `Int` does.
extension Vector2 {
  /// Component-wise sum.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func + (a: Vector2, b: Vector2) -> Vector2 { Vector2(a.x + b.x, a.y + b.y) }

  /// Component-wise difference.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func - (a: Vector2, b: Vector2) -> Vector2 { Vector2(a.x - b.x, a.y - b.y) }

  /// The opposite vector.
  @inlinable @inline(__always)
  public static prefix func - (a: Vector2) -> Vector2 { Vector2(0 - a.x, 0 - a.y) }

  /// Scaling by `k`.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func * (a: Vector2, k: Scalar) -> Vector2 { Vector2(a.x * k, a.y * k) }

  /// Scaling by `k`.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func * (k: Scalar, a: Vector2) -> Vector2 { Vector2(a.x * k, a.y * k) }

  /// Adds `b` in place.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func += (a: inout Vector2, b: Vector2) { a = a + b }

  /// Subtracts `b` in place.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func -= (a: inout Vector2, b: Vector2) { a = a - b }

  /// Scales by `k` in place.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func *= (a: inout Vector2, k: Scalar) { a = a * k }

  /// `x * other.x + y * other.y`. Integers: traps on overflow (fits for `|components| <= 2·10^9`).
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func dot(_ other: Vector2) -> Scalar { x * other.x + y * other.y }

  /// The z-component of the 3D cross product, `x * other.y - y * other.x`: positive when `other`
  /// is counterclockwise from `self`. Integers: traps on overflow (fits for `|components| <=
  /// 2·10^9`); use ``wideCross(_:)`` or ``crossSign(_:tolerance:)`` beyond that.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func cross(_ other: Vector2) -> Scalar { x * other.y - y * other.x }

  /// The cross product in the wide type: exact for integers (128 bits), `Double` for floats.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func wideCross(_ other: Vector2) -> Scalar.Wide {
    Scalar._wideProduct(x, other.y) - Scalar._wideProduct(y, other.x)
  }

  /// The sign of ``cross(_:)``: exact for integers (any magnitude) and, with `.exact`, for floats.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func crossSign(_ other: Vector2, tolerance: GeometryTolerance = .default) -> Int {
    Scalar._orientationSign(.zero, self, other, tolerance: tolerance)
  }

  /// `x * x + y * y`. Integers: traps on overflow (fits for `|components| <= 2·10^9`).
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public var lengthSquared: Scalar { x * x + y * y }

  /// The vector turned a quarter counterclockwise, `(-y, x)`. Exact for every scalar.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public var perpendicular: Vector2 { Vector2(0 - y, x) }

  /// Lexicographic order: by `x`, then by `y` (the order of the convex hull's sort).
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func lexicographicallyPrecedes(_ a: Vector2, _ b: Vector2) -> Bool {
    a.x < b.x || (a.x == b.x && a.y < b.y)
  }
}

// MARK: - Orientation

extension Vector2 {
  /// The turn `a → b → c`: +1 counterclockwise (left turn), -1 clockwise, 0 collinear.
  ///
  /// Integers: exact (full-width products), `tolerance` ignored. Floating: 0 when the determinant is
  /// negligible under `tolerance` (scale `(|ux| + |uy|)(|vx| + |vy|)` with `u = b - a`, `v = c - a`:
  /// `relative` bounds the sine of the angle at `a`); any non-zero answer is the exact sign. With
  /// `.exact` the answer is the exact sign (adaptive predicate).
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func orientation(
    _ a: Vector2, _ b: Vector2, _ c: Vector2, tolerance: GeometryTolerance = .default
  ) -> Int {
    Scalar._orientationSign(a, b, c, tolerance: tolerance)
  }

  /// Approximate equality of points under `tolerance`, coordinate by coordinate
  /// (`|Δ| <= absolute + relative * max(|a|, |b|)`). Exact equality for integers.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func isApproximatelyEqual(to other: Vector2, tolerance: GeometryTolerance = .default) -> Bool {
    if Scalar._isExact || tolerance.isExact { return self == other }
    return tolerance.isApproximatelyEqual(x._doubleValue, other.x._doubleValue)
      && tolerance.isApproximatelyEqual(y._doubleValue, other.y._doubleValue)
  }
}

// MARK: - Conversions

extension Vector2 {
  /// This vector with `Double` coordinates (integers beyond 2^53 are rounded).
  ///
  /// - Complexity: O(1).
  @inlinable
  public var doubleVector: Vector2<Double> { Vector2<Double>(x._doubleValue, y._doubleValue) }
}

extension Vector2 where Scalar: BinaryFloatingPoint {
  /// Converts a vector of any scalar (rounding to nearest).
  ///
  /// - Complexity: O(1).
  @inlinable
  public init<Other: GeometryScalar>(_ other: Vector2<Other>) {
    self.init(Scalar(other.x._doubleValue), Scalar(other.y._doubleValue))
  }
}
