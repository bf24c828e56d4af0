// The number model: one protocol that integer and floating coordinates both satisfy, so every
// algorithm is written once. Predicates go through `_orientationSign` and `_sign`, which are
// exact for integers (full-width products) and for `Double`/`Float` with `.exact` tolerance
// (adaptive predicate), and tolerance-based for floating types otherwise.

/// A coordinate type for ``Vector2``: a signed integer (exact arithmetic) or a binary floating-point
/// type (tolerance model, with an exact orientation predicate).
///
/// Conforming types in AlgoKit: `Int`, `Int64`, `Int32` (exact) and `Double`, `Float`.
///
/// **Integers.** Every predicate is exact: orientation and cross-product signs use
/// `multipliedFullWidth`, so they are exact for coordinates with `|x| < 2^62` (coordinate
/// differences must fit in the type; beyond that the subtraction traps). Areas accumulate in
/// ``GeometryWideInt`` (128 bits). The tolerance argument of a predicate is ignored.
///
/// **Floating point.** Predicates take a ``GeometryTolerance``; with ``GeometryTolerance/exact`` the
/// orientation sign is the exact sign for the given coordinates (Shewchuk-style adaptive predicate,
/// see ``GeometryPredicates``); `Float` is evaluated exactly in `Double`.
public protocol GeometryScalar: SignedNumeric, Comparable, Hashable, Sendable {
  /// The type areas and cross products accumulate in: ``GeometryWideInt`` for integers
  /// (exact), `Double` for floating types.
  associatedtype Wide: GeometryWideScalar

  /// Whether arithmetic on this type is exact (integers).
  static var _isExact: Bool { get }

  /// Sign (-1, 0, +1) of `(b - a) × (c - a)`: +1 when `a, b, c` turn counterclockwise.
  /// Exact for integers; for floating types see ``GeometryTolerance``.
  static func _orientationSign(
    _ a: Vector2<Self>, _ b: Vector2<Self>, _ c: Vector2<Self>, tolerance: GeometryTolerance
  ) -> Int

  /// Sign of `value`, where `scale` is the sum of the magnitudes of the terms `value` was computed
  /// from (so that the relative tolerance means "relative to the inputs"). Exact for integers.
  static func _sign(_ value: Self, scale: Self, tolerance: GeometryTolerance) -> Int

  /// `a * b` in the wide type (exact for integers).
  static func _wideProduct(_ a: Self, _ b: Self) -> Wide

  /// False for NaN and infinities (always true for integers).
  var _isFiniteCoordinate: Bool { get }

  /// The value as a `Double` (rounded for integers beyond 2^53).
  var _doubleValue: Double { get }

  /// An unsigned key whose order is the order of the values (`a < b` iff `key(a) < key(b)`,
  /// `a == b` iff equal keys; -0.0 and +0.0 share a key). Used by radix sorting. NaN: unspecified.
  var _radixKey: UInt64 { get }
}

/// The accumulator type for exact or floating cross products and areas.
public protocol GeometryWideScalar: AdditiveArithmetic, Comparable, Hashable, Sendable {
  /// The value as a `Double` (rounded to nearest when not representable).
  var wideDoubleValue: Double { get }
  /// -1, 0 or +1 (0 for NaN).
  var wideSign: Int { get }
}

extension GeometryScalar where Self: FixedWidthInteger & SignedInteger {
  /// Integers are exact.
  @inlinable
  public static var _isExact: Bool { true }

  @inlinable @inline(__always)
  public static func _orientationSign(
    _ a: Vector2<Self>, _ b: Vector2<Self>, _ c: Vector2<Self>, tolerance: GeometryTolerance
  ) -> Int {
    let ux = b.x - a.x, uy = b.y - a.y, vx = c.x - a.x, vy = c.y - a.y
    let p = ux.multipliedFullWidth(by: vy), q = uy.multipliedFullWidth(by: vx)
    if p.high != q.high { return p.high < q.high ? -1 : 1 }
    return p.low == q.low ? 0 : (p.low < q.low ? -1 : 1)
  }

  @inlinable @inline(__always)
  public static func _sign(_ value: Self, scale: Self, tolerance: GeometryTolerance) -> Int {
    value == 0 ? 0 : (value < 0 ? -1 : 1)
  }

  @inlinable @inline(__always)
  public static func _wideProduct(_ a: Self, _ b: Self) -> GeometryWideInt {
    GeometryWideInt(Int64(a)).multipliedBy64(Int64(b))
  }

  @inlinable @inline(__always)
  public var _isFiniteCoordinate: Bool { true }

  @inlinable @inline(__always)
  public var _doubleValue: Double { Double(self) }

  @inlinable @inline(__always)
  public var _radixKey: UInt64 { UInt64(bitPattern: Int64(self)) ^ (1 << 63) }
}

extension Int: GeometryScalar {}
extension Int64: GeometryScalar {}
extension Int32: GeometryScalar {}

extension Double: GeometryScalar {
  public typealias Wide = Double
  /// Floating point is not exact.
  @inlinable
  public static var _isExact: Bool { false }

  @inlinable @inline(__always)
  public static func _orientationSign(
    _ a: Vector2<Double>, _ b: Vector2<Double>, _ c: Vector2<Double>, tolerance: GeometryTolerance
  ) -> Int {
    GeometryPredicates._orientation(a.x, a.y, b.x, b.y, c.x, c.y, tolerance: tolerance)
  }

  @inlinable @inline(__always)
  public static func _sign(_ value: Double, scale: Double, tolerance: GeometryTolerance) -> Int {
    tolerance.sign(value, scale: scale)
  }

  @inlinable @inline(__always)
  public static func _wideProduct(_ a: Double, _ b: Double) -> Double { a * b }

  @inlinable @inline(__always)
  public var _isFiniteCoordinate: Bool { isFinite }

  @inlinable @inline(__always)
  public var _doubleValue: Double { self }

  @inlinable @inline(__always)
  public var _radixKey: UInt64 {
    let bits = (self + 0.0).bitPattern  // -0.0 + 0.0 == +0.0
    return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
  }
}

extension Float: GeometryScalar {
  public typealias Wide = Double
  /// Floating point is not exact.
  @inlinable
  public static var _isExact: Bool { false }

  /// Evaluated in `Double` (exact conversion), so `.exact` gives the exact sign.
  @inlinable @inline(__always)
  public static func _orientationSign(
    _ a: Vector2<Float>, _ b: Vector2<Float>, _ c: Vector2<Float>, tolerance: GeometryTolerance
  ) -> Int {
    GeometryPredicates._orientation(
      Double(a.x), Double(a.y), Double(b.x), Double(b.y), Double(c.x), Double(c.y),
      tolerance: tolerance)
  }

  @inlinable @inline(__always)
  public static func _sign(_ value: Float, scale: Float, tolerance: GeometryTolerance) -> Int {
    tolerance.sign(Double(value), scale: Double(scale))
  }

  @inlinable @inline(__always)
  public static func _wideProduct(_ a: Float, _ b: Float) -> Double { Double(a) * Double(b) }

  @inlinable @inline(__always)
  public var _isFiniteCoordinate: Bool { isFinite }

  @inlinable @inline(__always)
  public var _doubleValue: Double { Double(self) }

  @inlinable @inline(__always)
  public var _radixKey: UInt64 { Double(self)._radixKey }
}

extension Double: GeometryWideScalar {
  /// The value itself.
  ///
  /// - Complexity: O(1).
  @inlinable public var wideDoubleValue: Double { self }
  /// -1, 0 or +1 (0 for NaN).
  ///
  /// - Complexity: O(1).
  @inlinable public var wideSign: Int { self > 0 ? 1 : (self < 0 ? -1 : 0) }
}
