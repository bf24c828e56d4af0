// A buffered writer to a file descriptor (standard output by default) or to memory. Everything
// is nested in the class so that the module stays bundle-safe.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(ucrt)
  import ucrt
#endif

/// A fast buffered writer of integers, floating-point values and text.
///
/// Output collects in a 64 KiB buffer and goes to the system in large `write` calls. Integers are
/// formatted straight into the buffer, with no `String` in between.
///
/// ```swift
/// let output = FastWriter()             // standard output
/// output.writeLine(42)                  // "42\n"
/// output.writeLine([1, 2, 3])           // "1 2 3\n"
/// output.writeLine(3.14159, precision: 2)  // "3.14\n"
/// output.write("Yes"); output.writeLine()  // "Yes\n"
/// ```
///
/// **When output leaves the buffer.** When the buffer is full; on ``flush()`` (call it after each
/// query in interactive problems); when the writer is deinitialized (a writer made inside a
/// function is flushed when the function returns); and at normal process exit (`exit` or the end
/// of top-level code) for writers that are still alive, such as a global in `main.swift`.
/// Output is lost if the process is killed or traps (`fatalError`, a failed precondition), so
/// flush before deliberately aborting.
///
/// Mixing `print` with a `FastWriter` on the same stream reorders output: `print` has its own
/// buffer. Use one or the other, or flush between them.
///
/// **Errors.** A failed `write` (for example a closed pipe, when `SIGPIPE` is ignored) is
/// recorded in ``writeError`` and the rest of that writer's output is discarded; nothing traps.
///
/// A writer is not thread-safe and not `Sendable`: use it from one thread.
public final class FastWriter {
  /// Where a writer's output goes.
  public enum Destination: Equatable, Sendable {
    /// File descriptor 1.
    case standardOutput
    /// File descriptor 2.
    case standardError
    /// An open file descriptor, which the writer never closes.
    case fileDescriptor(Int32)
    /// An in-memory byte array, read back with ``FastWriter/capturedBytes()`` or
    /// ``FastWriter/capturedString()``. For tests and for building output before printing it.
    case memory
  }

  @usableFromInline internal let _buffer: UnsafeMutablePointer<UInt8>
  @usableFromInline internal let _capacity: Int
  /// The number of buffered bytes, behind a pointer: a stored `var` of a class pays a dynamic
  /// exclusivity check on every access, which made writing an integer twice as slow.
  @usableFromInline internal let _countStorage: UnsafeMutablePointer<Int>
  @inlinable internal var _count: Int {
    get { _countStorage.pointee }
    set { _countStorage.pointee = newValue }
  }
  /// The target descriptor, or `-1` for `.memory`.
  @usableFromInline internal let _fileDescriptor: Int32
  @usableFromInline internal var _captured: [UInt8]

  /// The `errno` of the first failed system `write`, or `nil` if every write succeeded.
  ///
  /// Once set, further output of this writer is discarded.
  public private(set) var writeError: Int32?

  /// Creates a writer.
  ///
  /// - Parameters:
  ///   - destination: Where the output goes; standard output by default.
  ///   - bufferCapacity: Bytes collected before a system `write`; values below 512 are raised
  ///     to 512 (so any single number fits).
  /// - Complexity: O(`bufferCapacity`) to allocate the buffer.
  public init(_ destination: Destination = .standardOutput, bufferCapacity: Int = 1 << 16) {
    let capacity = Swift.max(bufferCapacity, 512)
    _buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    _capacity = capacity
    _countStorage = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    _countStorage.initialize(to: 0)
    _captured = []
    switch destination {
    case .standardOutput: _fileDescriptor = 1
    case .standardError: _fileDescriptor = 2
    case .fileDescriptor(let descriptor):
      // Every negative descriptor (including -1, what a failed `open` returns) becomes -2, the
      // EBADF marker; -1 is reserved for `.memory`.
      _fileDescriptor = descriptor < 0 ? -2 : descriptor
    case .memory: _fileDescriptor = -1
    }
    if _fileDescriptor == -2 { writeError = 9 }  // EBADF: a negative descriptor
    if _fileDescriptor >= 0 { FastWriter._exitRegistry.add(self) }
  }

  deinit {
    if _fileDescriptor >= 0 { FastWriter._exitRegistry.remove(self) }
    flush()
    _buffer.deallocate()
    _countStorage.deallocate()
  }

  /// Sends the buffered output to the destination now.
  ///
  /// Call it after each answer in an interactive problem. After a failed `write` (see
  /// ``writeError``) the buffered bytes are discarded.
  ///
  /// - Complexity: O(*b*) for *b* buffered bytes: one system `write` in the usual case.
  public func flush() {
    guard _count > 0 else { return }
    let count = _count
    _count = 0
    _send(UnsafeRawBufferPointer(start: _buffer, count: count))
  }

  /// The output written so far to a `.memory` writer (empty for other destinations).
  ///
  /// - Complexity: O(*n*) for *n* bytes written.
  public func capturedBytes() -> [UInt8] {
    flush()
    return _captured
  }

  /// The output written so far to a `.memory` writer, decoded as UTF-8 (invalid bytes become
  /// U+FFFD); empty for other destinations.
  ///
  /// - Complexity: O(*n*) for *n* bytes written.
  public func capturedString() -> String {
    flush()
    return String(decoding: _captured, as: UTF8.self)
  }
}

@available(*, unavailable, message: "A FastWriter is used from one thread; it is not Sendable.")
extension FastWriter: Sendable {}

// MARK: - System output (internal)

extension FastWriter {
  /// Writes `bytes` to the destination, bypassing the buffer (which must be flushed first).
  @usableFromInline
  internal func _send(_ bytes: UnsafeRawBufferPointer) {
    if _fileDescriptor == -1 {
      _captured.append(contentsOf: bytes)
      return
    }
    guard writeError == nil, var next = bytes.baseAddress else { return }
    var remaining = bytes.count
    while remaining > 0 {
      let written = FastWriter._systemWrite(_fileDescriptor, next, remaining)
      if written > 0 {
        next += written
        remaining -= written
      } else {
        let code = FastWriter._systemErrno()
        if written < 0 && code == 4 { continue }  // EINTR: retry
        writeError = written == 0 ? 5 : code  // a zero-byte write is reported as EIO
        return
      }
    }
  }

  @usableFromInline
  internal static func _systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      return Glibc.write(descriptor, bytes, count)
    #elseif canImport(Musl)
      return Musl.write(descriptor, bytes, count)
    #elseif canImport(Darwin)
      return Darwin.write(descriptor, bytes, count)
    #elseif canImport(ucrt)
      return Int(ucrt._write(descriptor, bytes, UInt32(Swift.min(count, Int(Int32.max)))))
    #else
      return -1  // no system `write` on this platform: recorded in `writeError` (ENOSYS)
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

  /// Makes room for `count` more bytes in the buffer (`count <= _capacity`).
  @inlinable
  internal func _reserve(_ count: Int) {
    if _capacity &- _count < count { flush() }
  }

  /// Appends raw bytes, through the buffer when they fit and directly otherwise.
  @usableFromInline
  internal func _append(_ bytes: UnsafeRawBufferPointer) {
    if bytes.count <= _capacity &- _count {
      if let base = bytes.baseAddress {
        (_buffer + _count).initialize(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        _count &+= bytes.count
      }
      return
    }
    flush()
    if bytes.count <= _capacity / 2 {
      _append(bytes)
    } else {
      _send(bytes)
    }
  }

  /// Flushes writers that are still alive at process exit (globals of `main.swift`, which are
  /// never deinitialized), in the order they were created, so two writers on one descriptor
  /// keep a deterministic order. The registration is installed with `atexit` on first use.
  @usableFromInline
  internal static let _exitRegistry = _ExitRegistry()

  @usableFromInline
  internal final class _ExitRegistry: @unchecked Sendable {
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
      /// Live descriptor writers in registration order. An array, not a dictionary: `flushAll`
      /// must not depend on hash order. Removal is O(*k*) for *k* live writers, which is a handful.
      private var writers: [(id: ObjectIdentifier, writer: Unmanaged<FastWriter>)] = []
      private var installed = false
      private let mutex: UnsafeMutablePointer<pthread_mutex_t>

      init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
      }

      func add(_ writer: FastWriter) {
        pthread_mutex_lock(mutex)
        writers.append((ObjectIdentifier(writer), Unmanaged.passUnretained(writer)))
        let install = !installed
        installed = true
        pthread_mutex_unlock(mutex)
        if install { atexit { FastWriter._exitRegistry.flushAll() } }
      }

      func remove(_ writer: FastWriter) {
        pthread_mutex_lock(mutex)
        let id = ObjectIdentifier(writer)
        if let index = writers.lastIndex(where: { $0.id == id }) { writers.remove(at: index) }
        pthread_mutex_unlock(mutex)
      }

      /// The live descriptor writers in registration order (the order `flushAll` uses).
      func registeredWriters() -> [ObjectIdentifier] {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return writers.map(\.id)
      }

      func flushAll() {
        pthread_mutex_lock(mutex)
        for entry in writers { entry.writer.takeUnretainedValue().flush() }
        pthread_mutex_unlock(mutex)
      }
    #else
      // No pthreads: writers are flushed by `flush()` and at deinitialization only.
      init() {}
      func add(_ writer: FastWriter) {}
      func remove(_ writer: FastWriter) {}
      func registeredWriters() -> [ObjectIdentifier] { [] }
    #endif
  }
}
