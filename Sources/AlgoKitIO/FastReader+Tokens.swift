// Raw tokens and lines.

extension FastReader {
  /// Reads the next token (a maximal run of bytes above `0x20`) as bytes.
  ///
  /// Handy for grids and strings over a small alphabet: compare against ASCII codes
  /// (`UInt8(ascii: "#")`) instead of `Character`s.
  ///
  /// - Returns: The token's bytes (never empty), or `nil` if only separators remain.
  /// - Throws: ``ReadError/readFailed(errno:)`` if the system `read` fails.
  /// - Complexity: O(*k*) time and memory for a token of *k* bytes.
  @inlinable
  public func readBytes() throws -> [UInt8]? {
    guard let start = try _nextToken() else { return nil }
    return Array(UnsafeBufferPointer(start: _buffer + start, count: _position &- start))
  }

  /// Reads the next token (a maximal run of bytes above `0x20`) as a `String`.
  ///
  /// Bytes that are not valid UTF-8 are replaced with U+FFFD, as `String(decoding:as:)` does.
  ///
  /// - Returns: The token (never empty), or `nil` if only separators remain.
  /// - Throws: ``ReadError/readFailed(errno:)`` if the system `read` fails.
  /// - Complexity: O(*k*) time and memory for a token of *k* bytes; tokens of up to 15 bytes
  ///   are stored inline in the `String`, without a heap allocation.
  @inlinable
  public func readString() throws -> String? {
    guard let start = try _nextToken() else { return nil }
    return String(
      decoding: UnsafeBufferPointer(start: _buffer + start, count: _position &- start), as: UTF8.self)
  }

  /// Reads the rest of the current line, without its terminator (`\n` or `\r\n`), and consumes
  /// the terminator.
  ///
  /// Token reads leave the separator after their token unconsumed, so after ``readInt()`` on the
  /// line `"3\n"` this returns `""` (the rest of that line); call it once more for the next line.
  /// Invalid UTF-8 is replaced with U+FFFD.
  ///
  /// - Returns: The line, or `nil` at the end of the input. A last line without a final `\n` is
  ///   returned; an input ending in `\n` has no empty line after it (as `Swift.readLine()`).
  /// - Throws: ``ReadError/readFailed(errno:)`` if the system `read` fails.
  /// - Complexity: O(*k*) time and memory for a line of *k* bytes.
  public func readLine() throws -> String? {
    if _position == _end {
      _position = 0
      _end = 0
      if try _fill() == 0 { return nil }
    }
    var start = _position
    var index = start
    while true {
      while index < _end && _buffer[index] != 0x0A { index += 1 }
      if index < _end || _exhausted { break }
      let scanned = index - start
      try _makeRoom(keepingFrom: start)
      start = 0
      index = scanned
      if try _fill() == 0 { break }
    }
    var lineEnd = index
    if lineEnd > start && _buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
    _position = index < _end ? index + 1 : index
    return String(decoding: UnsafeBufferPointer(start: _buffer + start, count: lineEnd - start), as: UTF8.self)
  }
}
