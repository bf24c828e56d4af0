// Vector operations whose results are not integers: they require a floating-point scalar.
// Integer vectors convert first (`Vector2<Double>(v)` or `v.doubleVector`).

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Vector2 where Scalar: BinaryFloatingPoint {
  /// The Euclidean length (overflow-safe: scaled when the squares would overflow).
  ///
  /// - Complexity: O(1).
  @inlinable
  public var length: Scalar {
    let ax = x.magnitude, ay = y.magnitude
    let m = max(ax, ay)
    if m == 0 || !m.isFinite { return m.isNaN ? .nan : m }  // 0, infinity, NaN
    let s = (x * x + y * y).squareRoot()
    if s.isFinite && s > 0 && s >= m { return s }
    let rx = ax / m, ry = ay / m  // rescale: squares overflowed or underflowed
    return m * (rx * rx + ry * ry).squareRoot()
  }

  /// The unit vector in this direction, or nil when the length is 0 or not finite.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func normalized() -> Vector2? {
    let l = length
    guard l > 0, l.isFinite else { return nil }
    return Vector2(x / l, y / l)
  }

  /// The polar angle `atan2(y, x)` in `(-π, π]` (0 for the zero vector).
  ///
  /// - Complexity: O(1).
  @inlinable
  public var angle: Scalar { Scalar(atan2(Double(y), Double(x))) }

  /// The unsigned angle between `self` and `other`, in `[0, π]`, computed as
  /// `atan2(|cross|, dot)` (accurate for nearly parallel vectors, unlike `acos`).
  ///
  /// - Complexity: O(1).
  @inlinable
  public func angle(to other: Vector2) -> Scalar {
    Scalar(atan2(Double(cross(other)).magnitude, Double(dot(other))))
  }

  /// The signed angle from `self` to `other` in `(-π, π]`, positive counterclockwise.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func signedAngle(to other: Vector2) -> Scalar {
    Scalar(atan2(Double(cross(other)), Double(dot(other))))
  }

  /// The vector rotated counterclockwise by `radians`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func rotated(by radians: Scalar) -> Vector2 {
    let c = Scalar(cos(Double(radians))), s = Scalar(sin(Double(radians)))
    return Vector2(x * c - y * s, x * s + y * c)
  }

  /// The vector rotated counterclockwise by `radians` around `center`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func rotated(by radians: Scalar, around center: Vector2) -> Vector2 {
    center + (self - center).rotated(by: radians)
  }

  /// The orthogonal projection of `self` onto the line spanned by `direction`; the zero vector when
  /// `direction` is zero.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func projected(onto direction: Vector2) -> Vector2 {
    let d = direction.lengthSquared
    guard d > 0 else { return .zero }
    return direction * (dot(direction) / d)
  }

  /// The mirror image of `self` across the line through the origin spanned by `direction`;
  /// `self` when `direction` is zero.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func reflected(across direction: Vector2) -> Vector2 {
    guard direction.lengthSquared > 0 else { return self }
    return projected(onto: direction) * 2 - self
  }

  /// The Euclidean distance to `other`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func distance(to other: Vector2) -> Scalar { (self - other).length }

  /// Division by a scalar.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func / (a: Vector2, k: Scalar) -> Vector2 { Vector2(a.x / k, a.y / k) }

  /// Linear interpolation: `self` at `t = 0`, `other` at `t = 1`.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func interpolated(to other: Vector2, _ t: Scalar) -> Vector2 {
    Vector2(x + (other.x - x) * t, y + (other.y - y) * t)
  }
}
