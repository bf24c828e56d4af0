// Running swiftc and the programs it builds, from tests: found once, skipped where it cannot work.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum Toolchain {
  /// Why tests that invoke swiftc are off, or nil when they run.
  ///
  /// Off when `ALGOKIT_SKIP_SWIFTC_TESTS=1` is set (the CI's sanitizer stage sets it), or when
  /// this test process runs under a sanitizer (detected by its runtime's symbols: a child
  /// swiftc build is slow there and checks nothing the sanitizer adds).
  static let skipReason: String? = {
    if ProcessInfo.processInfo.environment["ALGOKIT_SKIP_SWIFTC_TESTS"] == "1" {
      return "ALGOKIT_SKIP_SWIFTC_TESTS=1"
    }
    #if canImport(Glibc)
      let handle: UnsafeMutableRawPointer? = nil  // RTLD_DEFAULT
    #elseif canImport(Darwin)
      let handle = UnsafeMutableRawPointer(bitPattern: -2)  // RTLD_DEFAULT
    #endif
    #if canImport(Glibc) || canImport(Darwin)
      for symbol in ["__asan_init", "__tsan_init", "__ubsan_handle_add_overflow"] where dlsym(handle, symbol) != nil {
        return "running under a sanitizer (\(symbol) is linked)"
      }
    #endif
    return nil
  }()

  static var enabled: Bool { skipReason == nil }

  /// `swiftc`: `$SWIFTC`, else the first on `PATH`, else next to the running `swift`'s usual
  /// install location. Nil if none exists (the tests then fail with that message).
  static let swiftc: URL? = {
    let environment = ProcessInfo.processInfo.environment
    var candidates: [String] = []
    if let explicit = environment["SWIFTC"] { candidates.append(explicit) }
    for directory in (environment["PATH"] ?? "").split(separator: ":") {
      candidates.append("\(directory)/swiftc")
    }
    candidates += ["/opt/swift/usr/bin/swiftc", "/usr/bin/swiftc"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map(URL.init(fileURLWithPath:))
  }()

  struct Run {
    var status: Int32
    var output: String
    var errors: String
    var timedOut: Bool
  }

  /// Runs `executable` with `arguments` and `input` as standard input, without blocking a
  /// thread; kills it after `timeLimit` seconds.
  static func run(
    _ executable: URL, _ arguments: [String], input: URL? = nil, timeLimit: Double
  ) async throws -> Run {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("algokit-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("out")
    let errURL = scratch.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
    let timedOut = Flag()
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      process.terminationHandler = { _ in continuation.resume() }
      do {
        try process.run()
      } catch {
        process.terminationHandler = nil
        continuation.resume()
        return
      }
      DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) {
        if process.isRunning {
          timedOut.set()
          process.terminate()
        }
      }
    }
    try outHandle.close()
    try errHandle.close()
    let launched = process.processIdentifier != 0
    return Run(
      status: launched ? process.terminationStatus : -1,
      output: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
      errors: launched
        ? ((try? String(contentsOf: errURL, encoding: .utf8)) ?? "") : "could not launch \(executable.path)",
      timedOut: timedOut.value)
  }

  final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    func set() { lock.lock(); raised = true; lock.unlock() }
    var value: Bool { lock.lock(); defer { lock.unlock() }; return raised }
  }

  /// Compiles one Swift file with `swiftc` and `flags`; returns the executable.
  static func compile(_ source: URL, to executable: URL, flags: [String]) async throws -> URL {
    guard let swiftc else { throw Failure("no swiftc found on PATH, at $SWIFTC or in /opt/swift/usr/bin") }
    let run = try await Self.run(swiftc, flags + [source.path, "-o", executable.path], timeLimit: 600)
    guard run.status == 0, !run.timedOut else {
      throw Failure(
        "swiftc \(flags.joined(separator: " ")) \(source.lastPathComponent) failed:\n\(run.errors.prefix(4000))")
    }
    return executable
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
