// Short, trapping conveniences for contest code, where the input is guaranteed well formed.

extension FastReader {
  /// Reads the next integer; stops the program if there is none.
  ///
  /// The contest-code spelling of ``readInt()``: `let n = input.int()`.
  ///
  /// - Precondition: The input holds another token and it is an integer in `Int`'s range. On end
  ///   of input, a malformed or overflowing token or a read failure, this calls `fatalError` with a
  ///   message such as `AlgoKitIO: expected an integer, found "3.5"`. `fatalError` is kept in
  ///   `-Ounchecked` builds, so bad input never becomes a wrong value.
  /// - Complexity: O(*k*) for a token of *k* bytes; no allocation.
  @inlinable
  public func int() -> Int {
    do {
      if let value = try readInt() { return value }
    } catch {
      FastReader._fail(error)
    }
    FastReader._failAtEnd("an integer")
  }

  /// Reads the next `count` integers into an array; stops the program if there are fewer.
  ///
  /// ```swift
  /// let n = input.int()
  /// let a = input.ints(n)
  /// ```
  ///
  /// - Precondition: `count >= 0`, and the input holds `count` more integers (see ``int()``).
  ///   A negative count calls `fatalError`.
  /// - Complexity: O(total bytes read); O(`count`) memory. Capacity is reserved up front only up
  ///   to 2^20 elements, so a wrong, huge `count` fails at the end of the input instead of
  ///   allocating first.
  @inlinable
  public func ints(_ count: Int) -> [Int] {
    if count < 0 { fatalError("AlgoKitIO: ints(_:) needs a count >= 0, got \(count)") }
    var values: [Int] = []
    values.reserveCapacity(Swift.min(count, 1 << 20))
    for _ in 0..<count { values.append(int()) }
    return values
  }

  /// Reads the next floating-point value (see ``readDouble()``); stops the program if there is none.
  ///
  /// - Precondition: The input holds another token and it is a number; otherwise `fatalError`
  ///   with a message naming the token.
  /// - Complexity: O(*k*) for a token of *k* bytes.
  @inlinable
  public func double() -> Double {
    do {
      if let value = try readDouble() { return value }
    } catch {
      FastReader._fail(error)
    }
    FastReader._failAtEnd("a number")
  }

  /// Reads the next token as a `String` (see ``readString()``); stops the program if there is none.
  ///
  /// - Precondition: The input holds another token; otherwise `fatalError`.
  /// - Complexity: O(*k*) time and memory for a token of *k* bytes.
  @inlinable
  public func string() -> String {
    do {
      if let value = try readString() { return value }
    } catch {
      FastReader._fail(error)
    }
    FastReader._failAtEnd("a token")
  }

  /// Reads the next token as bytes (see ``readBytes()``); stops the program if there is none.
  ///
  /// - Precondition: The input holds another token; otherwise `fatalError`.
  /// - Complexity: O(*k*) time and memory for a token of *k* bytes.
  @inlinable
  public func bytes() -> [UInt8] {
    do {
      if let value = try readBytes() { return value }
    } catch {
      FastReader._fail(error)
    }
    FastReader._failAtEnd("a token")
  }

  @usableFromInline
  internal static func _fail(_ error: any Error) -> Never {
    fatalError("AlgoKitIO: \(error)")
  }

  @usableFromInline
  internal static func _failAtEnd(_ expected: String) -> Never {
    fatalError("AlgoKitIO: expected \(expected), found the end of the input")
  }
}
