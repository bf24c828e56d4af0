// A minimal signed 128-bit integer for exact integer areas and cross products. `Int128` would do,
// but it needs macOS 15 / iOS 18 and the package supports older systems.

/// A signed 128-bit two's-complement integer: the exact accumulator for integer cross products and
/// shoelace sums (each term of a shoelace sum with coordinates up to 10^9 reaches 8·10^18, so a
/// sum over many vertices overflows `Int64`).
///
/// Supports what area code needs: `+`, `-`, comparison, products of two `Int64`, conversion to
/// `Double` and, when it fits, to `Int`. Overflow of 128 bits wraps (it needs more than 10^19
/// terms of 8·10^18).
public struct GeometryWideInt: Hashable, Sendable {
  /// The high 64 bits (carry the sign).
  public var high: Int64
  /// The low 64 bits.
  public var low: UInt64

  /// The value `high · 2^64 + low`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public init(high: Int64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// The value of an `Int64`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public init(_ value: Int64) {
    self.init(high: value < 0 ? -1 : 0, low: UInt64(bitPattern: value))
  }

  /// The value of an `Int`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public init(_ value: Int) { self.init(Int64(value)) }

  /// The exact product `self * other`, for `self` in `Int64` range.
  @inlinable @inline(__always)
  internal func multipliedBy64(_ other: Int64) -> GeometryWideInt {
    let p = Int64(truncatingIfNeeded: low).multipliedFullWidth(by: other)
    return GeometryWideInt(high: p.high, low: p.low)
  }

  /// The value when it fits in an `Int`, else nil.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var intValue: Int? {
    let v = Int64(bitPattern: low)
    return (high == 0 && v >= 0) || (high == -1 && v < 0) ? Int(v) : nil
  }

  /// Whether the value is even (twice-areas are even exactly when the area is an integer).
  ///
  /// - Complexity: O(1).
  @inlinable
  public var isEven: Bool { low & 1 == 0 }
}

extension GeometryWideInt: GeometryWideScalar {
  /// 0.
  ///
  /// - Complexity: O(1).
  @inlinable
  public static var zero: GeometryWideInt { GeometryWideInt(high: 0, low: 0) }

  /// Sum (wraps past 2^127).
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func + (a: GeometryWideInt, b: GeometryWideInt) -> GeometryWideInt {
    let (low, carry) = a.low.addingReportingOverflow(b.low)
    return GeometryWideInt(high: a.high &+ b.high &+ (carry ? 1 : 0), low: low)
  }

  /// Difference (wraps past 2^127).
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func - (a: GeometryWideInt, b: GeometryWideInt) -> GeometryWideInt {
    let (low, borrow) = a.low.subtractingReportingOverflow(b.low)
    return GeometryWideInt(high: a.high &- b.high &- (borrow ? 1 : 0), low: low)
  }

  /// Negation.
  @inlinable
  public static prefix func - (a: GeometryWideInt) -> GeometryWideInt { .zero - a }

  /// Signed comparison.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func < (a: GeometryWideInt, b: GeometryWideInt) -> Bool {
    a.high != b.high ? a.high < b.high : a.low < b.low
  }

  /// The value as a `Double`, correctly rounded (to nearest, ties to even).
  ///
  /// - Complexity: O(1).
  @inlinable
  public var wideDoubleValue: Double {
    let negative = high < 0
    let m = negative ? -self : self
    var hi = UInt64(bitPattern: m.high), lo = m.low
    if negative && m.high < 0 { hi = 1 << 63; lo = 0 }  // -2^127
    let magnitude: Double
    if hi == 0 {
      magnitude = Double(lo)
    } else {
      // The top 64 significant bits, with a sticky bit for anything below: one correct rounding.
      let shift = hi.leadingZeroBitCount
      var top = shift == 0 ? hi : (hi << shift) | (lo >> (64 - shift))
      let rest = shift == 0 ? lo : lo << shift
      if rest != 0 { top |= 1 }
      magnitude = Double(top) * Double(sign: .plus, exponent: 64 - shift, significand: 1)
    }
    return negative ? -magnitude : magnitude
  }

  /// Same as ``wideDoubleValue``.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var doubleValue: Double { wideDoubleValue }

  /// -1, 0 or +1.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var wideSign: Int { high < 0 ? -1 : (high == 0 && low == 0 ? 0 : 1) }
}

extension GeometryWideInt: CustomStringConvertible {
  /// The decimal value.
  ///
  /// - Complexity: O(1).
  public var description: String {
    let negative = high < 0
    var m = negative ? -self : self
    var hi = UInt64(bitPattern: m.high), lo = m.low
    if negative && m.high < 0 { hi = 1 << 63; lo = 0 }  // -2^127
    m = .zero
    // Repeated division by 10^19, the largest power of ten below 2^64.
    let d: UInt64 = 10_000_000_000_000_000_000
    var chunks: [UInt64] = []
    repeat {
      let qh = hi / d, r = hi % d
      let (ql, r2) = d.dividingFullWidth((r, lo))
      chunks.append(r2)
      hi = qh; lo = ql
    } while hi != 0 || lo != 0
    var s = negative ? "-" : ""
    s += String(chunks.removeLast())
    for c in chunks.reversed() {
      let digits = String(c)
      s += String(repeating: "0", count: 19 - digits.count) + digits
    }
    return s
  }
}
