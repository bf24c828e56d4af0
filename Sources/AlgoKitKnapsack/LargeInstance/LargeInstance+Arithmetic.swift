// Exact comparisons of products for the large-instance solver.
//
// Weights, values and the capacity may each be up to `Int.max`, so a bound such as
// `value + slack * p / w` or an efficiency test `p_i * w_j < p_j * w_i` needs 128-bit
// intermediates. `Int128` needs macOS 15, so this file does the few operations the solver needs
// on `multipliedFullWidth` halves.

extension Knapsack._LargeInstance {
  /// An unsigned 128-bit number: only construction from a product, addition and comparison.
  struct Wide: Comparable {
    var high: UInt
    var low: UInt

    /// `a * b` exactly.
    static func product(_ a: UInt, _ b: UInt) -> Wide {
      let (h, l) = a.multipliedFullWidth(by: b)
      return Wide(high: h, low: l)
    }

    /// `a + b`. Callers add two products whose operands are at most 2^63 each, so each product is
    /// below 2^126 and the sum cannot overflow.
    static func + (a: Wide, b: Wide) -> Wide {
      let (l, carry) = a.low.addingReportingOverflow(b.low)
      return Wide(high: a.high &+ b.high &+ (carry ? 1 : 0), low: l)
    }

    static func < (a: Wide, b: Wide) -> Bool {
      a.high != b.high ? a.high < b.high : a.low < b.low
    }
  }

  /// Whether `a * b < c * d` for unsigned operands, exactly; the fast path is two 64-bit products.
  @inline(__always)
  static func productLess(_ a: UInt, _ b: UInt, _ c: UInt, _ d: UInt) -> Bool {
    let (x, o1) = a.multipliedReportingOverflow(by: b)
    let (y, o2) = c.multipliedReportingOverflow(by: d)
    if !(o1 || o2) { return x < y }
    return Wide.product(a, b) < Wide.product(c, d)
  }

  /// `floor(a * b / d)` for `a, b >= 0`, `d > 0`, or nil when the quotient exceeds `Int.max`.
  static func floorOfProduct(_ a: Int, _ b: Int, dividedBy d: Int) -> Int? {
    let (h, l) = UInt(a).multipliedFullWidth(by: UInt(b))
    guard h < UInt(d) else { return nil }
    let (q, _) = UInt(d).dividingFullWidth((h, l))
    return q > UInt(Int.max) ? nil : Int(q)
  }

  /// `ceil(a * b / d)` for `a, b >= 0`, `d > 0`, or nil when the quotient exceeds `Int.max`.
  static func ceilOfProduct(_ a: Int, _ b: Int, dividedBy d: Int) -> Int? {
    let (h, l) = UInt(a).multipliedFullWidth(by: UInt(b))
    guard h < UInt(d) else { return nil }
    let (q, r) = UInt(d).dividingFullWidth((h, l))
    let c = r == 0 ? q : q + 1
    return c > UInt(Int.max) ? nil : Int(c)
  }
}
