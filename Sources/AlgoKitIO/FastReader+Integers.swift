// Integer tokens: one pass over a contiguous token, overflow checks only when the digit count
// makes overflow possible.

extension FastReader {
  /// Reads the next token as a decimal `Int`.
  ///
  /// Accepts an optional `+` or `-` followed by one or more ASCII digits; leading zeros are
  /// allowed (`007` is 7, `-0` is 0). Nothing else is: no spaces inside, no `_`, no `0x`, no
  /// decimal point.
  ///
  /// ```swift
  /// let input = FastReader(string: "12 -7\n")
  /// try input.readInt()   // 12
  /// try input.readInt()   // -7
  /// try input.readInt()   // nil: end of input
  /// ```
  ///
  /// - Returns: The integer, or `nil` if only separators remain before the end of the input.
  /// - Throws: ``ReadError/notAnInteger(token:)`` if the token is not an integer,
  ///   ``ReadError/integerOverflow(token:)`` if it is outside `Int.min...Int.max` (both consume
  ///   the token); ``ReadError/readFailed(errno:)`` if the system `read` fails.
  /// - Complexity: O(*k*) for a token of *k* bytes (plus the separators skipped), amortized
  ///   over the buffer refills; no allocation.
  @inlinable
  public func readInt() throws -> Int? {
    // Fast path, one pass: a token of 1-18 digits (and an optional `-`) followed by a separator,
    // all inside the buffer. Anything else (a refill, a long or bad token) takes the general path.
    let state = _state
    let buffer = state.pointee.buffer
    let end = state.pointee.end
    var index = state.pointee.position
    while index < end && buffer[index] <= 0x20 { index &+= 1 }
    if index < end {
      let negative = buffer[index] == 0x2D
      if negative { index &+= 1 }
      let digitsStart = index
      var magnitude = 0
      while index < end {
        let digit = buffer[index] &- 0x30
        if digit > 9 { break }
        magnitude = magnitude &* 10 &+ Int(digit)
        index &+= 1
      }
      let digitCount = index &- digitsStart
      if index < end && buffer[index] <= 0x20 && digitCount > 0
        && digitCount <= (Int.bitWidth == 64 ? 18 : 9)
      {
        state.pointee.position = index
        return negative ? 0 &- magnitude : magnitude
      }
    }
    guard let start = try _nextToken() else { return nil }
    return try _parseInt(from: start, to: _position)
  }

  /// Parses `_buffer[start..<end]` (a nonempty token) as an `Int`.
  @inlinable
  internal func _parseInt(from start: Int, to end: Int) throws -> Int {
    let buffer = _buffer
    var index = start
    let first = buffer[index]
    let negative = first == 0x2D  // "-"
    if negative || first == 0x2B { index &+= 1 }  // "+"
    let digitCount = end &- index
    // Up to 18 digits (9 on 32-bit platforms) cannot overflow `Int`: no checks in the loop.
    let safeDigits = Int.bitWidth == 64 ? 18 : 9
    guard digitCount > 0, digitCount <= safeDigits else {
      return try _parseLongInt(from: start, to: end)
    }
    var magnitude = 0
    while index < end {
      let digit = buffer[index] &- 0x30
      if digit > 9 { throw ReadError.notAnInteger(token: _describeToken(from: start, to: end)) }
      magnitude = magnitude &* 10 &+ Int(digit)
      index &+= 1
    }
    return negative ? 0 &- magnitude : magnitude
  }

  /// The slow path of `_parseInt`: an empty digit run, or enough digits to overflow.
  @usableFromInline
  internal func _parseLongInt(from start: Int, to end: Int) throws -> Int {
    var index = start
    let negative = _buffer[index] == 0x2D
    if negative || _buffer[index] == 0x2B { index += 1 }
    if index == end { throw ReadError.notAnInteger(token: _describeToken(from: start, to: end)) }
    let limit = negative ? UInt64(Int.max) + 1 : UInt64(Int.max)
    var magnitude: UInt64 = 0
    var overflow = false
    while index < end {
      let digit = _buffer[index] &- 0x30
      if digit > 9 { throw ReadError.notAnInteger(token: _describeToken(from: start, to: end)) }
      if !overflow {
        let (product, o1) = magnitude.multipliedReportingOverflow(by: 10)
        let (sum, o2) = product.addingReportingOverflow(UInt64(digit))
        magnitude = sum
        overflow = o1 || o2 || sum > limit
      }
      index += 1
    }
    if overflow { throw ReadError.integerOverflow(token: _describeToken(from: start, to: end)) }
    if negative {
      return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
    }
    return Int(magnitude)
  }
}
