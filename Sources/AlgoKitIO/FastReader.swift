// A buffered tokenizer over a file descriptor (standard input by default) or an in-memory byte
// array. Everything is nested in the class so that the module stays bundle-safe.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(ucrt)
  import ucrt
#endif

/// A fast reader of whitespace-separated integers, floating-point values and tokens.
///
/// `FastReader` reads standard input (or any file descriptor) with the system `read` call into a
/// large buffer and parses tokens straight out of it: no `String` per line, no `split`, no
/// `Character` iteration. It is the input half of AlgoKit's contest kit; ``FastWriter`` is the
/// output half.
///
/// ```swift
/// let input = FastReader()          // standard input
/// let n = input.int()               // traps with a message if the input has no integer
/// var total = 0
/// for _ in 0..<n { total += input.int() }
/// ```
///
/// **Tokens.** A token is a maximal run of bytes above `0x20`; every byte in `0x00...0x20`
/// (space, tab, newline, carriage return, the other ASCII control characters) separates tokens.
/// A read never consumes the separator after its token, so ``readLine()`` after ``readInt()``
/// returns the rest of the integer's line (often empty), as `getline` after `cin >>` does in C++.
///
/// **Two kinds of API.**
/// - `read…()` methods (``readInt()``, ``readDouble()``, ``readString()``, ``readBytes()``,
///   ``readLine()``) return `nil` at the end of the input and throw ``ReadError`` on a token
///   that does not parse or when the system `read` fails. A token that fails to parse is consumed,
///   so a loop over `read…()` always makes progress: it never hangs.
/// - Short trapping conveniences (``int()``, ``double()``, ``string()``, ``bytes()``, ``ints(_:)``)
///   for contest code, where the input is guaranteed well formed. On end of input or a bad
///   token they stop the program with `fatalError` and a message naming the problem (never a
///   silently wrong value, also under `-Ounchecked`).
///
/// **Memory.** The buffer holds 64 KiB by default and grows only to hold a single token (or a
/// line, for ``readLine()``) longer than the buffer, so memory is `O(buffer + longest token)`,
/// independent of the input size.
/// A reader made from bytes holds a copy of them.
///
/// **Interactive problems.** `read` is called only when the buffer is exhausted and a token (or
/// the separator that ends it) is still needed, so the reader never waits for input beyond the
/// line that holds the requested token.
///
/// A reader is not thread-safe and not `Sendable`: use it from one thread (a contest program's
/// main thread).
public final class FastReader {
  /// The mutable state lives behind a pointer: stored `var`s of a class pay a dynamic
  /// exclusivity check on every access, which doubled the cost of a token.
  @usableFromInline
  internal struct _State {
    /// The bytes read so far that were not consumed yet are `buffer[position..<end]`.
    @usableFromInline internal var buffer: UnsafeMutablePointer<UInt8>
    @usableFromInline internal var capacity: Int
    @usableFromInline internal var position: Int
    @usableFromInline internal var end: Int
    /// Set once `read` returned 0 (or the reader is in-memory): no refill will add bytes.
    @usableFromInline internal var exhausted: Bool

    @inlinable
    internal init(buffer: UnsafeMutablePointer<UInt8>, capacity: Int, end: Int, exhausted: Bool) {
      self.buffer = buffer
      self.capacity = capacity
      self.position = 0
      self.end = end
      self.exhausted = exhausted
    }
  }

  @usableFromInline internal let _state: UnsafeMutablePointer<_State>
  /// The descriptor refills come from; `-1` for a reader over in-memory bytes, `-2` for an
  /// invalid (negative) descriptor.
  @usableFromInline internal let _fileDescriptor: Int32

  @inlinable internal var _buffer: UnsafeMutablePointer<UInt8> {
    get { _state.pointee.buffer }
    set { _state.pointee.buffer = newValue }
  }
  @inlinable internal var _capacity: Int {
    get { _state.pointee.capacity }
    set { _state.pointee.capacity = newValue }
  }
  @inlinable internal var _position: Int {
    get { _state.pointee.position }
    set { _state.pointee.position = newValue }
  }
  @inlinable internal var _end: Int {
    get { _state.pointee.end }
    set { _state.pointee.end = newValue }
  }
  @inlinable internal var _exhausted: Bool {
    get { _state.pointee.exhausted }
    set { _state.pointee.exhausted = newValue }
  }

  /// Creates a reader of standard input.
  ///
  /// - Parameter bufferCapacity: Bytes requested from the system per `read` call; values below
  ///   16 are raised to 16. The default, 64 KiB, is past the point where larger buffers help.
  /// - Complexity: O(`bufferCapacity`) to allocate the buffer; nothing is read until the first
  ///   token is requested.
  @inlinable
  public convenience init(bufferCapacity: Int = 1 << 16) {
    self.init(fileDescriptor: 0, bufferCapacity: bufferCapacity)
  }

  /// Creates a reader of an open file descriptor, which it reads but never closes.
  ///
  /// - Parameters:
  ///   - fileDescriptor: An open descriptor; a failing `read` on it (for example a closed or
  ///     negative descriptor) makes the `read…()` methods throw ``ReadError/readFailed(errno:)``.
  ///   - bufferCapacity: Bytes requested per `read` call; values below 16 are raised to 16.
  /// - Complexity: O(`bufferCapacity`).
  public init(fileDescriptor: Int32, bufferCapacity: Int = 1 << 16) {
    let capacity = Swift.max(bufferCapacity, 16)
    _state = UnsafeMutablePointer<_State>.allocate(capacity: 1)
    _state.initialize(
      to: _State(
        buffer: UnsafeMutablePointer<UInt8>.allocate(capacity: capacity), capacity: capacity, end: 0,
        exhausted: false))
    _fileDescriptor = fileDescriptor < 0 ? -2 : fileDescriptor
  }

  /// Creates a reader over a copy of `bytes`, for tests and for input already in memory.
  ///
  /// - Complexity: O(*n*) time and memory, where *n* is the number of bytes.
  @inlinable
  public init<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
    let array = Array(bytes)
    let capacity = Swift.max(array.count, 16)
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    array.withUnsafeBufferPointer { source in
      if let base = source.baseAddress { buffer.initialize(from: base, count: source.count) }
    }
    _state = UnsafeMutablePointer<_State>.allocate(capacity: 1)
    _state.initialize(to: _State(buffer: buffer, capacity: capacity, end: array.count, exhausted: true))
    _fileDescriptor = -1
  }

  /// Creates a reader over the UTF-8 bytes of `string`.
  ///
  /// ```swift
  /// let input = FastReader(string: "3\n1 2 3\n")
  /// ```
  ///
  /// - Complexity: O(*n*) time and memory in the string's UTF-8 length.
  @inlinable
  public convenience init(string: String) {
    self.init(bytes: string.utf8)
  }

  deinit {
    _state.pointee.buffer.deallocate()
    _state.deallocate()
  }
}

@available(*, unavailable, message: "A FastReader is used from one thread; it is not Sendable.")
extension FastReader: Sendable {}

extension FastReader {
  /// Why a `read…()` call could not return a value.
  ///
  /// A token that fails to parse has been consumed when the error is thrown; the next read
  /// starts after it. Tokens are reported truncated to their first 64 bytes (then `…`).
  public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The token is not a decimal integer: an optional `+` or `-`, then one or more digits `0-9`.
    case notAnInteger(token: String)
    /// The token is a decimal integer outside `Int.min...Int.max`.
    case integerOverflow(token: String)
    /// The token is not a floating-point number in any form `Double(_: String)` accepts.
    case notANumber(token: String)
    /// The system `read` call failed with this `errno` (other than `EINTR`, which is retried).
    case readFailed(errno: Int32)

    /// A one-line description naming the problem and the token.
    public var description: String {
      switch self {
      case .notAnInteger(let token): return "expected an integer, found \"\(token)\""
      case .integerOverflow(let token): return "integer \(token) does not fit in Int"
      case .notANumber(let token): return "expected a number, found \"\(token)\""
      case .readFailed(let code): return "read from the input failed (errno \(code))"
      }
    }
  }
}

// MARK: - Buffer management (internal)

extension FastReader {
  /// Reads more bytes into `_buffer[_end..<_capacity]` and returns how many arrived (0 at the
  /// end of the input). Retries `EINTR`.
  @usableFromInline
  internal func _fill() throws -> Int {
    if _exhausted || _end == _capacity { return 0 }
    if _fileDescriptor == -2 { throw ReadError.readFailed(errno: 9) }  // EBADF
    while true {
      let count = FastReader._systemRead(_fileDescriptor, _buffer + _end, _capacity - _end)
      if count > 0 {
        _end += count
        return count
      }
      if count == 0 {
        _exhausted = true
        return 0
      }
      let code = FastReader._systemErrno()
      if code != FastReader._eintr { throw ReadError.readFailed(errno: code) }
    }
  }

  /// Skips separators. Returns `false` at the end of the input.
  @inlinable
  internal func _skipSeparators() throws -> Bool {
    while true {
      var position = _position
      let end = _end
      let buffer = _buffer
      while position < end && buffer[position] <= 0x20 { position &+= 1 }
      if position < end {
        _position = position
        return true
      }
      _position = 0
      _end = 0
      if try _fill() == 0 { return false }
    }
  }

  /// Finds the next token and makes it contiguous in the buffer: on return it is
  /// `_buffer[start..<_position]`. Returns `nil` at the end of the input.
  ///
  /// The separator after the token is left unconsumed. A token that straddles the end of the
  /// buffer is moved to the buffer's start (and the buffer doubled if the token fills it).
  @inlinable
  internal func _nextToken() throws -> Int? {
    guard try _skipSeparators() else { return nil }
    var start = _position
    var position = start &+ 1  // the first byte is known to be a token byte
    while true {
      let end = _end
      let buffer = _buffer
      while position < end && buffer[position] > 0x20 { position &+= 1 }
      if position < end || _exhausted { break }
      // The token reaches the end of the buffered bytes: keep it, make room, read more.
      try _makeRoom(keepingFrom: start)
      position = _end
      start = 0
      if try _fill() == 0 { break }
    }
    _position = position
    return start
  }

  /// Moves `_buffer[start..<_end]` to the front, doubling the buffer if that range fills it.
  @usableFromInline
  internal func _makeRoom(keepingFrom start: Int) throws {
    let kept = _end - start
    if start > 0 {
      // The ranges may overlap: `copyMemory` has `memmove` semantics.
      UnsafeMutableRawPointer(_buffer).copyMemory(from: _buffer + start, byteCount: kept)
    } else if kept == _capacity {
      let newCapacity = _capacity * 2
      let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
      newBuffer.initialize(from: _buffer, count: kept)
      _buffer.deallocate()
      _buffer = newBuffer
      _capacity = newCapacity
    }
    _position = 0
    _end = kept
  }

  /// The token `_buffer[start..<end]` for an error message, truncated to 64 bytes.
  @usableFromInline
  internal func _describeToken(from start: Int, to end: Int) -> String {
    let shown = Swift.min(end - start, 64)
    let text = String(decoding: UnsafeBufferPointer(start: _buffer + start, count: shown), as: UTF8.self)
    return end - start > 64 ? text + "…" : text
  }

  @usableFromInline
  internal static func _systemRead(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
      return read(descriptor, buffer, count)
    #elseif canImport(ucrt)
      return Int(_read(descriptor, buffer, UInt32(Swift.min(count, Int(Int32.max)))))
    #else
      return -1  // no system `read` on this platform: reads fail with `readFailed`
    #endif
  }

  @usableFromInline
  internal static func _systemErrno() -> Int32 {
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin) || canImport(ucrt)
      return errno
    #else
      return 38  // ENOSYS
    #endif
  }

  @usableFromInline
  internal static var _eintr: Int32 { 4 }  // EINTR is 4 on Linux, Darwin and Windows
}
