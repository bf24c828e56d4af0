// The namespace every knapsack solver lives in, and the limits they share.

/// Knapsack solvers: 0/1, unbounded, bounded, group, two-dimensional, mixed, counting,
/// value-indexed, bitset subset sum, and (in `LargeInstance*.swift`) large instances.
///
/// Every solver is a static function on this namespace. Weights and capacities are `Int`;
/// values are generic over `BinaryInteger` or `BinaryFloatingPoint`. Every entry point validates
/// its input before it allocates and throws ``KnapsackError`` on negative sizes, mismatched
/// lengths, overflowing value sums, NaN or infinite values, and tables over `memoryLimit`.
/// Empty item lists and zero capacity are ordinary inputs.
///
/// ```swift
/// let best = try Knapsack.zeroOneValue(weights: [1, 3, 4, 5], values: [1, 4, 5, 7], capacity: 7)
/// // best == 9 (items 1 and 2: weight 7, value 9)
/// ```
public enum Knapsack {
  /// The default cap on the bytes a single DP table may use: 1 GiB.
  ///
  /// Every solver that allocates a table takes a `memoryLimit:` parameter defaulting to this;
  /// a table over the limit is refused with ``KnapsackError/tableTooLarge(bytes:limit:)``
  /// before anything is allocated.
  public static let defaultMemoryLimit: Int = 1 << 30
}

extension Knapsack {
  /// One item: a weight (any `Int >= 0`) and a value.
  ///
  /// Used where items come in structures (``Knapsack/groupValue(groups:capacity:memoryLimit:)``);
  /// the flat solvers take parallel `weights` and `values` arrays instead, the contest layout.
  public struct Item<Value: KnapsackValue>: Equatable, Sendable {
    /// The capacity the item uses, `>= 0`.
    public var weight: Int
    /// What the item is worth, `>= 0` and finite.
    public var value: Value

    /// An item of `weight` worth `value`. Not validated here: the solver validates its items
    /// before it allocates.
    ///
    /// - Complexity: O(1).
    @inlinable
    public init(weight: Int, value: Value) {
      self.weight = weight
      self.value = value
    }
  }
}

/// A number a knapsack solver can maximize: every standard integer and floating-point type.
///
/// `Int`, `Int8` ... `Int64`, `UInt` ... `UInt64`, `Float` and `Double` conform. Any other
/// `FixedWidthInteger` or `BinaryFloatingPoint` type conforms with an empty extension
/// (`extension MyInt: KnapsackValue {}`): the requirements have default implementations for both.
///
/// Integer values are exact. Floating values are summed in the DP's order; NaN, infinite or
/// negative values are refused with ``KnapsackError/invalidValue(item:)``, and a sum that would
/// overflow to infinity with ``KnapsackError/valueOverflow(item:)``.
public protocol KnapsackValue: Comparable, AdditiveArithmetic, Sendable {
  /// Whether the value is accepted: `>= 0`, and finite for floating types.
  var _isValidKnapsackValue: Bool { get }
  /// `self + other`, or nil if that overflows (or becomes infinite).
  func _knapsackAdding(_ other: Self) -> Self?
  /// `self * count` for `count >= 0`, or nil if that overflows (or becomes infinite).
  func _knapsackMultiplied(by count: Int) -> Self?
  /// `self * count` where the caller has proved the product fits.
  func _knapsackTimes(_ count: Int) -> Self
  /// The value as an `Int64` when it is an integer that fits, else nil (floating types: nil).
  var _knapsackInt64: Int64? { get }
  /// The value equal to `value`, or nil if it does not fit (floating types: always nil).
  init?(_knapsackInt64 value: Int64)
}

/// The ``KnapsackValue`` requirements for every fixed-width integer: exact, overflow reported.
/// Each is O(1).
extension KnapsackValue where Self: FixedWidthInteger {
  /// `self >= 0`.
  @inlinable public var _isValidKnapsackValue: Bool { self >= 0 }
  /// `self + other`, or nil on overflow.
  @inlinable public func _knapsackAdding(_ other: Self) -> Self? {
    let (sum, overflow) = addingReportingOverflow(other)
    return overflow ? nil : sum
  }
  /// `self * count`, or nil on overflow (including a `count` that does not fit `Self`).
  @inlinable public func _knapsackMultiplied(by count: Int) -> Self? {
    if self == 0 || count == 0 { return 0 }
    guard let factor = Self(exactly: count) else { return nil }
    let (product, overflow) = multipliedReportingOverflow(by: factor)
    return overflow ? nil : product
  }
  /// `self * count`, wrapping; the caller has proved it fits.
  @inlinable public func _knapsackTimes(_ count: Int) -> Self {
    self == 0 ? 0 : self &* Self(truncatingIfNeeded: count)
  }
  /// `Int64(exactly: self)`.
  @inlinable public var _knapsackInt64: Int64? { Int64(exactly: self) }
  /// `Self(exactly: value)`.
  @inlinable public init?(_knapsackInt64 value: Int64) { self.init(exactly: value) }
}

/// The ``KnapsackValue`` requirements for every binary floating-point type: rounded IEEE
/// arithmetic, with infinity reported as overflow. Each is O(1).
extension KnapsackValue where Self: BinaryFloatingPoint {
  /// Finite and `>= 0` (NaN is refused).
  @inlinable public var _isValidKnapsackValue: Bool { isFinite && self >= 0 }
  /// `self + other` (rounded), or nil if it is infinite.
  @inlinable public func _knapsackAdding(_ other: Self) -> Self? {
    let sum = self + other
    return sum.isFinite ? sum : nil
  }
  /// `self * count` (rounded), or nil if it is infinite.
  @inlinable public func _knapsackMultiplied(by count: Int) -> Self? {
    let product = self * Self(count)
    return product.isFinite ? product : nil
  }
  /// `self * count` (rounded).
  @inlinable public func _knapsackTimes(_ count: Int) -> Self { self * Self(count) }
  /// Always nil: floating values never take the integer fast paths.
  @inlinable public var _knapsackInt64: Int64? { nil }
  /// Always nil: floating values never take the integer fast paths.
  @inlinable public init?(_knapsackInt64 value: Int64) { return nil }
}

extension Int: KnapsackValue {}
extension Int8: KnapsackValue {}
extension Int16: KnapsackValue {}
extension Int32: KnapsackValue {}
extension Int64: KnapsackValue {}
extension UInt: KnapsackValue {}
extension UInt8: KnapsackValue {}
extension UInt16: KnapsackValue {}
extension UInt32: KnapsackValue {}
extension UInt64: KnapsackValue {}
extension Float: KnapsackValue {}
extension Double: KnapsackValue {}

// MARK: - Validation shared by the solvers

extension Knapsack {
  /// Checks parallel weight/value arrays and the capacity; returns the largest value any feasible
  /// 0/1 selection can reach (the sum over items that fit), proving no DP sum overflows.
  @inlinable
  internal static func _validateZeroOne<V: KnapsackValue>(
    weights: [Int], values: [V], capacity: Int
  ) throws(KnapsackError) -> V {
    guard weights.count == values.count else {
      throw .mismatchedLengths(weights: weights.count, values: values.count)
    }
    guard capacity >= 0 else { throw .negativeCapacity(capacity) }
    var total = V.zero
    for i in weights.indices {
      let w = weights[i], v = values[i]
      guard w >= 0 else { throw .negativeWeight(item: i, weight: w) }
      guard v._isValidKnapsackValue else { throw .invalidValue(item: i) }
      if w <= capacity {
        guard let t = total._knapsackAdding(v) else { throw .valueOverflow(item: i) }
        total = t
      }
    }
    return total
  }

  /// Throws ``KnapsackError/tableTooLarge(bytes:limit:)`` unless `count` elements of `stride`
  /// bytes fit in `limit`; returns the byte count.
  @inlinable
  @discardableResult
  internal static func _checkTable(
    count: Int, stride: Int, limit: Int
  ) throws(KnapsackError) -> Int {
    let (bytes, overflow) = count.multipliedReportingOverflow(by: stride)
    guard !overflow, count < .max, bytes <= limit else {
      throw .tableTooLarge(bytes: overflow ? .max : bytes, limit: limit)
    }
    return bytes
  }

  /// The cells of an array over `0...capacity`: `capacity + 1`, saturating at `Int.max`
  /// (which ``_checkTable(count:stride:limit:)`` always refuses).
  @inlinable
  internal static func _cellCount(_ capacity: Int) -> Int {
    capacity == .max ? .max : capacity + 1
  }

  /// `a * b` for non-negative sizes, or nil on overflow.
  @inlinable
  internal static func _product(_ a: Int, _ b: Int) -> Int? {
    let (p, o) = a.multipliedReportingOverflow(by: b)
    return o ? nil : p
  }
}
