// Formatting numbers and text into the writer's buffer.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(ucrt)
  import ucrt
#endif

// MARK: Integers

extension FastWriter {
  /// Writes `value` in decimal (a `-` sign if negative, no leading zeros, no separators).
  ///
  /// - Complexity: O(number of digits); no allocation.
  @inlinable
  public func write(_ value: Int) {
    _writeInteger(magnitude: UInt64(truncatingIfNeeded: value.magnitude), negative: value < 0)
  }

  /// Writes an integer of any fixed-width type in decimal.
  ///
  /// Types up to 64 bits are formatted straight into the buffer; wider ones (`Int128`) go through
  /// their `description`.
  ///
  /// - Complexity: O(number of digits); no allocation up to 64 bits.
  @inlinable
  public func write<Integer: FixedWidthInteger>(_ value: Integer) {
    if Integer.bitWidth <= 64 {
      _writeInteger(magnitude: UInt64(truncatingIfNeeded: value.magnitude), negative: value < 0)
    } else {
      write(value.description)
    }
  }

  /// Writes `value` in decimal followed by a newline.
  ///
  /// - Complexity: O(number of digits); no allocation.
  @inlinable
  public func writeLine(_ value: Int) {
    write(value)
    write(byte: 0x0A)
  }

  /// Writes an integer of any fixed-width type in decimal, followed by a newline.
  ///
  /// - Complexity: O(number of digits).
  @inlinable
  public func writeLine<Integer: FixedWidthInteger>(_ value: Integer) {
    write(value)
    write(byte: 0x0A)
  }

  /// Writes the integers of `values` separated by `separator` (no separator before the first or
  /// after the last).
  ///
  /// ```swift
  /// output.write([3, 1, 2], separator: ",")   // "3,1,2"
  /// ```
  ///
  /// - Complexity: O(total digits + separators).
  @inlinable
  public func write<Values: Sequence>(_ values: Values, separator: String = " ")
  where Values.Element: FixedWidthInteger {
    var first = true
    for value in values {
      if !first { write(separator) }
      first = false
      write(value)
    }
  }

  /// Writes the integers of `values` separated by `separator`, then a newline.
  ///
  /// An empty sequence writes just the newline.
  ///
  /// - Complexity: O(total digits + separators).
  @inlinable
  public func writeLine<Values: Sequence>(_ values: Values, separator: String = " ")
  where Values.Element: FixedWidthInteger {
    write(values, separator: separator)
    write(byte: 0x0A)
  }

  @inlinable
  internal func _writeInteger(magnitude: UInt64, negative: Bool) {
    _reserve(21)  // 20 digits and a sign
    let digitCount = FastWriter._decimalDigitCount(magnitude)
    var cursor = _buffer + _count
    if negative {
      cursor.pointee = 0x2D
      cursor += 1
    }
    let end = cursor + digitCount
    var rest = magnitude
    var digit = end
    // Two digits per division, from a table of "00" ... "99".
    let pairs = FastWriter._digitPairs.utf8Start
    while rest >= 100 {
      let quotient = rest / 100
      let pair = Int(truncatingIfNeeded: rest &- quotient &* 100) &* 2
      digit -= 2
      digit[0] = pairs[pair]
      digit[1] = pairs[pair &+ 1]
      rest = quotient
    }
    if rest >= 10 {
      let pair = Int(truncatingIfNeeded: rest) &* 2
      digit[-2] = pairs[pair]
      digit[-1] = pairs[pair &+ 1]
    } else {
      digit[-1] = UInt8(truncatingIfNeeded: rest) &+ 0x30
    }
    _count = end - _buffer
  }

  /// The number of decimal digits of `value` (1 for 0), by binary search over powers of ten.
  @inlinable @inline(__always)
  internal static func _decimalDigitCount(_ value: UInt64) -> Int {
    if value < 10_000_000_000 {
      if value < 100_000 {
        if value < 100 { return value < 10 ? 1 : 2 }
        if value < 10_000 { return value < 1_000 ? 3 : 4 }
        return 5
      }
      if value < 10_000_000 { return value < 1_000_000 ? 6 : 7 }
      if value < 1_000_000_000 { return value < 100_000_000 ? 8 : 9 }
      return 10
    }
    if value < 1_000_000_000_000_000 {
      if value < 1_000_000_000_000 { return value < 100_000_000_000 ? 11 : 12 }
      if value < 100_000_000_000_000 { return value < 10_000_000_000_000 ? 13 : 14 }
      return 15
    }
    if value < 100_000_000_000_000_000 { return value < 10_000_000_000_000_000 ? 16 : 17 }
    if value < 10_000_000_000_000_000_000 { return value < 1_000_000_000_000_000_000 ? 18 : 19 }
    return 20
  }

  /// "00", "01", ..., "99" back to back.
  @usableFromInline
  internal static let _digitPairs: StaticString = """
    00010203040506070809101112131415161718192021222324252627282930313233343536373839\
    40414243444546474849505152535455565758596061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899
    """
}

// MARK: Floating point

extension FastWriter {
  /// Writes `value` in its shortest round-trip form, as `value.description` spells it.
  ///
  /// The text reads back as exactly `value`: `0.1`, `2.0`, `1e-05`, `6.02e+23`, `-0.0`; `inf`,
  /// `-inf` and `nan` for the special values. Magnitudes below 10^-4 and above 2^53 use
  /// exponent notation (`1e-05`, `1e+16`); judges that compare with a tolerance accept it, but for
  /// a fixed number of decimals use ``write(_:precision:)``.
  ///
  /// - Complexity: O(1); allocates only when the text exceeds 15 bytes.
  @inlinable
  public func write(_ value: Double) {
    write(value.description)
  }

  /// Writes `value` in fixed notation with exactly `precision` digits after the decimal point,
  /// correctly rounded (as C's `printf("%.*f")`).
  ///
  /// ```swift
  /// output.write(2.0 / 3.0, precision: 6)   // "0.666667"
  /// output.write(2.5, precision: 0)         // "2" (ties to even)
  /// ```
  ///
  /// `precision` is clamped to `0...100`. Infinity and NaN are written as `inf`, `-inf` and
  /// `nan`. Large values are written in full (`1e300` has 301 digits). A negative value that
  /// rounds to zero keeps its sign (`-0.00`), as in C.
  ///
  /// - Complexity: O(digits written). When `|value| × 10^precision < 2^52` and
  ///   `precision <= 18` (the usual case) the digits come from one exact scaled integer, with no
  ///   allocation; otherwise from the C library's `vsnprintf` (about 20 times slower). On a
  ///   platform without `vsnprintf` that case falls back to the shortest form of
  ///   ``write(_:)-(Double)``.
  @inlinable
  public func write(_ value: Double, precision: Int) {
    _writeFixed(value, precision: Swift.min(Swift.max(precision, 0), 100))
  }

  /// Writes `value` in its shortest round-trip form (see ``write(_:)-(Double)``), then a newline.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func writeLine(_ value: Double) {
    write(value)
    write(byte: 0x0A)
  }

  /// Writes `value` with `precision` decimals (see ``write(_:precision:)``), then a newline.
  ///
  /// - Complexity: O(digits written).
  @inlinable
  public func writeLine(_ value: Double, precision: Int) {
    write(value, precision: precision)
    write(byte: 0x0A)
  }

  /// Writes the values of `values` separated by `separator`, then a newline; each value with
  /// `precision` decimals, or in shortest form when `precision` is `nil`.
  ///
  /// - Complexity: O(total characters written).
  @inlinable
  public func writeLine<Values: Sequence>(
    _ values: Values, precision: Int? = nil, separator: String = " "
  ) where Values.Element == Double {
    var first = true
    for value in values {
      if !first { write(separator) }
      first = false
      if let precision { write(value, precision: precision) } else { write(value) }
    }
    write(byte: 0x0A)
  }

  @inlinable
  internal func _writeFixed(_ value: Double, precision: Int) {
    if value.isNaN { return write("nan") }
    if value.isInfinite { return write(value < 0 ? "-inf" : "inf") }
    // Exact fast path: `magnitude × 10^precision` as an unevaluated sum `high + low` (`low` is the
    // product's rounding error, exact through a fused multiply-add). Below 2^52 every halfway
    // point k + 0.5 is a double, so `high` is on the same side of it as the exact product, and
    // when `high` is exactly on it, the sign of `low` decides. Ties round to even, as printf.
    if precision <= 18 {
      let scale = FastReader._powersOfTen[precision]
      let magnitude = value.magnitude
      let high = magnitude * scale
      if high < 4_503_599_627_370_496 {  // 2^52
        let low = (-high).addingProduct(magnitude, scale)
        var rounded = high.rounded(.toNearestOrEven)
        let excess = high - rounded
        if excess == 0.5 && low > 0 {
          rounded += 1
        } else if excess == -0.5 && low < 0 {
          rounded -= 1
        }
        _writeScaled(UInt64(rounded), precision: precision, negative: value.sign == .minus)
        return
      }
    }
    _writeFixedWithC(value, precision: precision)
  }

  /// Writes `scaled / 10^precision` with exactly `precision` decimals.
  @inlinable
  internal func _writeScaled(_ scaled: UInt64, precision: Int, negative: Bool) {
    var unit: UInt64 = 1
    for _ in 0..<precision { unit &*= 10 }
    _writeInteger(magnitude: scaled / unit, negative: negative)
    guard precision > 0 else { return }
    _reserve(precision &+ 1)
    _buffer[_count] = 0x2E  // "."
    var rest = scaled % unit
    var digit = _buffer + _count + precision
    for _ in 0..<precision {
      digit.pointee = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
      rest /= 10
      digit -= 1
    }
    _count &+= precision &+ 1
  }

  /// Large values and high precisions: the C library's exact `printf` conversion.
  @usableFromInline
  internal func _writeFixedWithC(_ value: Double, precision: Int) {
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin) || canImport(ucrt)
      // The longest result: sign, 309 integer digits, point, 100 decimals, and the C terminator.
      _reserve(412)
      let available = _capacity &- _count
      let written = (_buffer + _count).withMemoryRebound(to: CChar.self, capacity: available) { text in
        withVaList([Int32(precision), value]) { arguments in
          vsnprintf(text, available, "%.*f", arguments)
        }
      }
      if written > 0 { _count &+= Swift.min(Int(written), available &- 1) }
    #else
      write(value)
    #endif
  }
}

// MARK: Text and bytes

extension FastWriter {
  /// Writes the UTF-8 bytes of `text`.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length; no allocation for native strings.
  @inlinable
  public func write<Text: StringProtocol>(_ text: Text) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      _append(UnsafeRawBufferPointer(bytes))
    }
    if done == nil {
      for byte in text.utf8 { write(byte: byte) }
    }
  }

  /// Writes the UTF-8 bytes of `text`, then a newline.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length.
  @inlinable
  public func writeLine<Text: StringProtocol>(_ text: Text) {
    write(text)
    write(byte: 0x0A)
  }

  /// Writes a newline.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func writeLine() {
    write(byte: 0x0A)
  }

  /// Writes one byte, for example `UInt8(ascii: " ")`.
  ///
  /// - Complexity: O(1) amortized.
  @inlinable
  public func write(byte: UInt8) {
    if _count == _capacity { flush() }
    _buffer[_count] = byte
    _count &+= 1
  }

  /// Writes raw bytes, for example a row of a grid read with ``FastReader/readBytes()``.
  ///
  /// - Complexity: O(*n*) for *n* bytes.
  @inlinable
  public func write<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
    let done: Void? = bytes.withContiguousStorageIfAvailable { contiguous in
      _append(UnsafeRawBufferPointer(contiguous))
    }
    if done == nil {
      for byte in bytes { write(byte: byte) }
    }
  }
}
