import AlgoKitTestSupport
import Testing

@testable import AlgoKitIO

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A reader that gets `text` through a pipe with a tiny buffer, so every token straddles refills.
/// `text` must fit in the pipe (64 KiB on Linux): the write happens before any read.
func pipedReader(_ text: String, bufferCapacity: Int = 16) -> FastReader {
  var descriptors: [Int32] = [0, 0]
  precondition(pipe(&descriptors) == 0)
  let bytes = Array(text.utf8)
  precondition(bytes.count < 60_000, "pipe helper is for small inputs")
  var offset = 0
  while offset < bytes.count {
    let n = bytes[offset...].withUnsafeBytes { write(descriptors[1], $0.baseAddress, $0.count) }
    precondition(n > 0)
    offset += n
  }
  close(descriptors[1])
  // The read end stays open for the test's lifetime (a few descriptors per test run).
  return FastReader(fileDescriptor: descriptors[0], bufferCapacity: bufferCapacity)
}

/// Reads everything from `descriptor` until end of file.
func drain(_ descriptor: Int32) -> [UInt8] {
  var result: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 4096)
  while true {
    let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if n <= 0 { break }
    result += chunk[0..<n]
  }
  return result
}
