// Floating-point tokens: an exact fast path for the common short decimals, the standard
// library's correctly rounded parser for everything else.

extension FastReader {
  /// Reads the next token as a `Double`, correctly rounded (round to nearest, ties to even).
  ///
  /// Accepts every form `Double(_: String)` accepts: decimals with an optional sign, fraction and
  /// exponent (`3`, `-0.25`, `.5`, `1.`, `6.02e23`, `1E-9`), and also hexadecimal floats
  /// (`0x1p-3`), `inf`/`infinity` and `nan` in any letter case. A decimal beyond `Double`'s range
  /// becomes `±infinity` and one below the smallest subnormal becomes `±0`, as in
  /// `Double(_: String)`.
  ///
  /// Short decimals (at most 19 significant digits, value exact below 2^53, decimal exponent
  /// within ±22) are converted with one exact multiplication or division, which is correctly
  /// rounded; any other token goes to `Double(_: String)`, also correctly rounded.
  ///
  /// - Returns: The value, or `nil` if only separators remain before the end of the input.
  /// - Throws: ``ReadError/notANumber(token:)`` if the token is not a number (the token is
  ///   consumed); ``ReadError/readFailed(errno:)`` if the system `read` fails.
  /// - Complexity: O(*k*) for a token of *k* bytes; allocates only on the slow path (a
  ///   `String` of the token).
  @inlinable
  public func readDouble() throws -> Double? {
    guard let start = try _nextToken() else { return nil }
    if let value = _parseShortDecimal(from: start, to: _position) { return value }
    return try _parseDoubleSlowly(from: start, to: _position)
  }

  /// Exact conversion of `mantissa × 10^exponent` when both are small enough (Clinger's fast
  /// path); `nil` when the token is not such a decimal.
  @inlinable
  internal func _parseShortDecimal(from start: Int, to end: Int) -> Double? {
    let buffer = _buffer
    var index = start
    let negative = buffer[index] == 0x2D
    if negative || buffer[index] == 0x2B { index &+= 1 }
    var mantissa: UInt64 = 0
    var significantDigits = 0
    var exponent = 0
    var sawDigit = false
    while index < end {
      let digit = buffer[index] &- 0x30
      if digit > 9 { break }
      sawDigit = true
      if mantissa != 0 || digit != 0 {
        if significantDigits == 19 { return nil }
        mantissa = mantissa &* 10 &+ UInt64(digit)
        significantDigits &+= 1
      }
      index &+= 1
    }
    if index < end && buffer[index] == 0x2E {  // "."
      index &+= 1
      while index < end {
        let digit = buffer[index] &- 0x30
        if digit > 9 { break }
        sawDigit = true
        if mantissa != 0 || digit != 0 {
          if significantDigits == 19 { return nil }
          mantissa = mantissa &* 10 &+ UInt64(digit)
          significantDigits &+= 1
        }
        exponent &-= 1
        index &+= 1
      }
    }
    guard sawDigit else { return nil }
    if index < end && (buffer[index] | 0x20) == 0x65 {  // "e" or "E"
      index &+= 1
      var exponentNegative = false
      if index < end && (buffer[index] == 0x2D || buffer[index] == 0x2B) {
        exponentNegative = buffer[index] == 0x2D
        index &+= 1
      }
      var explicit = 0
      var exponentDigits = 0
      while index < end {
        let digit = buffer[index] &- 0x30
        if digit > 9 || explicit > 100_000 { return nil }
        explicit = explicit &* 10 &+ Int(digit)
        exponentDigits &+= 1
        index &+= 1
      }
      guard exponentDigits > 0 else { return nil }
      exponent &+= exponentNegative ? 0 &- explicit : explicit
    }
    guard index == end else { return nil }
    if mantissa == 0 { return negative ? -0.0 : 0.0 }
    guard mantissa <= 1 << 53, exponent >= -22, exponent <= 22 else { return nil }
    var value = Double(mantissa)  // exact: mantissa <= 2^53
    if exponent < 0 {
      value /= FastReader._powersOfTen[0 &- exponent]
    } else {
      value *= FastReader._powersOfTen[exponent]
    }
    return negative ? -value : value
  }

  /// The exactly representable powers of ten, 10^0 ... 10^22.
  @usableFromInline
  internal static let _powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  @usableFromInline
  internal func _parseDoubleSlowly(from start: Int, to end: Int) throws -> Double {
    let text = String(decoding: UnsafeBufferPointer(start: _buffer + start, count: end - start), as: UTF8.self)
    guard let value = Double(text) else {
      throw ReadError.notANumber(token: _describeToken(from: start, to: end))
    }
    return value
  }
}
