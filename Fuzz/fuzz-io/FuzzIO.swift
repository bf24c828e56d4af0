// libFuzzer target for AlgoKitIO: FastReader on arbitrary bytes (in memory, and through a pipe with
// a 16-byte buffer so every refill path runs) against a reference tokenizer written here (split on
// bytes <= 0x20, parse with the standard library's Int(_:) and Double(_:)), and round trips
// FastWriter -> FastReader for integers (Int.min and Int.max included) and doubles; fixed-precision
// output against C's snprintf("%.*f"). Traps on the first disagreement; nothing else may trap.
//
// Fuzz:   swift build -c release --sanitize=fuzzer -Xswiftc -DFUZZING --product fuzz-io
//         .build/release/fuzz-io -max_total_time=30 Tests/FuzzCorpus/fuzz-io
// Replay: swift run fuzz-io [FILE|DIR ...] [--random N]   (plain build; no args: the corpus)

import AlgoKitIO
import FuzzSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var input = FuzzInput(UnsafeBufferPointer(start: data, count: size))
  switch input.byte() % 3 {
  case 0: IOFuzz.reader(&input, throughPipe: false)
  case 1: IOFuzz.reader(&input, throughPipe: true)
  default: IOFuzz.roundTrip(&input)
  }
  return 0
}

enum IOFuzz {
  static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { preconditionFailure("fuzz-io: \(message())") }
  }

  /// The reference: a cursor over the bytes with the documented token and line rules.
  struct Model {
    let text: [UInt8]
    var position = 0

    mutating func token() -> [UInt8]? {
      while position < text.count && text[position] <= 0x20 { position += 1 }
      guard position < text.count else { return nil }
      let start = position
      while position < text.count && text[position] > 0x20 { position += 1 }
      return Array(text[start..<position])
    }

    /// The rest of the line without `\n` / `\r\n`, and whether it ended at the end of the input.
    mutating func line() -> (line: [UInt8], last: Bool)? {
      guard position < text.count else { return nil }
      let start = position
      while position < text.count && text[position] != 0x0A { position += 1 }
      var line = Array(text[start..<position])
      let last = position == text.count
      if !last {
        position += 1
        if line.last == 0x0D { line.removeLast() }
      }
      return (line, last)
    }
  }

  static func reader(_ input: inout FuzzInput, throughPipe: Bool) {
    var ops: [UInt8] = []
    for _ in 0..<input.int(in: 0...40) { ops.append(input.byte()) }
    let text = Array(input.bytes[input.position...])
    let reader: FastReader
    var descriptors: [Int32] = [-1, -1]
    if throughPipe {
      guard text.count <= 60_000, pipe(&descriptors) == 0 else { return }
      var written = 0
      while written < text.count {
        let n = text[written...].withUnsafeBytes { write(descriptors[1], $0.baseAddress, $0.count) }
        guard n > 0 else { break }
        written += n
      }
      close(descriptors[1])
      reader = FastReader(fileDescriptor: descriptors[0], bufferCapacity: 1)
    } else {
      reader = FastReader(bytes: text)
    }
    defer { if throughPipe { close(descriptors[0]) } }
    var model = Model(text: text)
    for op in ops + [0, 1, 2, 3, 4] {
      switch op % 5 {
      case 0:
        let token = model.token()
        let expected = token.flatMap { Int(String(decoding: $0, as: UTF8.self)) }
        do {
          let got = try reader.readInt()
          check(got == expected, "readInt \(String(describing: got)) for token \(String(describing: token))")
        } catch let error as FastReader.ReadError {
          switch error {
          case .notAnInteger, .integerOverflow:
            check(token != nil && expected == nil, "readInt threw \(error) for \(String(describing: token))")
            let digits = token!.drop { $0 == 0x2B || $0 == 0x2D }
            let isOverflow =
              token!.count - digits.count <= 1 && !digits.isEmpty && digits.allSatisfy { (0x30...0x39).contains($0) }
            check(
              isOverflow == (error == .integerOverflow(token: error.token)), "readInt error kind \(error) for \(token!)"
            )
          default: preconditionFailure("fuzz-io: readInt threw \(error)")
          }
        } catch { preconditionFailure("fuzz-io: untyped error \(error)") }
      case 1:
        let token = model.token()
        let expected = token.flatMap { Double(String(decoding: $0, as: UTF8.self)) }
        do {
          let got = try reader.readDouble()
          check(
            (token == nil) == (got == nil) && (token == nil || expected != nil),
            "readDouble returned \(String(describing: got)) for \(String(describing: token))")
          guard let got else { break }
          check(
            got.bitPattern == expected!.bitPattern || (got.isNaN && expected!.isNaN),
            "readDouble \(got) != Double(_:) \(expected!) for \(String(decoding: token!, as: UTF8.self))")
        } catch let error as FastReader.ReadError {
          check(
            token != nil && expected == nil && error == .notANumber(token: error.token),
            "readDouble threw \(error) for \(String(describing: token)), Double(_:) gives \(String(describing: expected))"
          )
        } catch { preconditionFailure("fuzz-io: untyped error \(error)") }
      case 2:
        let token = model.token()
        let got = try? reader.readBytes()
        check(got == token, "readBytes \(String(describing: got)) != \(String(describing: token))")
      case 3:
        let token = model.token()
        let got = try? reader.readString()
        check(got == token.map { String(decoding: $0, as: UTF8.self) }, "readString \(String(describing: got))")
      default:
        let line = model.line()
        let got = try? reader.readLine()
        if let line, line.last, line.line.last == 0x0D, let got {
          // A last line without `\n` that ends in `\r`: either spelling is acceptable.
          check(
            got == String(decoding: line.line, as: UTF8.self)
              || got == String(decoding: line.line.dropLast(), as: UTF8.self),
            "readLine last line \(got)")
        } else {
          check(
            got == line.map { String(decoding: $0.line, as: UTF8.self) },
            "readLine \(String(describing: got)) != \(String(describing: line))")
        }
      }
    }
  }

  static func roundTrip(_ input: inout FuzzInput) {
    let ints = (0..<input.int(in: 0...20)).map { _ in
      input.byte() & 1 == 0 ? input.fullInt() : input.int(in: -300...300)
    }
    let doubles = (0..<input.int(in: 0...10)).map { _ in input.double() }
    let precision = input.int(in: -2...30)
    let writer = FastWriter(.memory, bufferCapacity: input.int(in: 0...600))
    writer.writeLine(ints)
    for d in doubles { writer.write(d); writer.write(" ") }
    writer.writeLine()
    for i in ints { writer.write(i); writer.write(byte: 0x0A) }
    let text = writer.capturedBytes()
    let reader = FastReader(bytes: text)
    for pass in 0..<2 {
      for (k, expected) in ints.enumerated() {
        let got = try? reader.readInt()
        check(got == expected, "round trip pass \(pass) int \(k): wrote \(expected), read \(String(describing: got))")
      }
      if pass == 0 {
        for d in doubles {
          guard let got = try? reader.readDouble() else { preconditionFailure("fuzz-io: could not read back \(d)") }
          check(got.bitPattern == d.bitPattern || (got.isNaN && d.isNaN), "double round trip: wrote \(d), read \(got)")
        }
      }
    }
    check((try? reader.readInt()) == .some(nil), "text after the round trip")
    // Fixed precision against C.
    for d in doubles {
      let w = FastWriter(.memory)
      w.write(d, precision: precision)
      let p = Swift.min(Swift.max(precision, 0), 100)
      var buffer = [CChar](repeating: 0, count: 512)
      let n = withVaList([p, d]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
      var expected =
        n >= 0 && n < buffer.count
        ? String(decoding: buffer.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self) : nil
      if d.isNaN { expected = d.sign == .minus ? "-nan" : "nan" }
      let got = w.capturedString()
      check(
        got == expected || (d.isNaN && got.hasSuffix("nan")),
        "write(\(d), precision: \(precision)) = \(got), C gives \(String(describing: expected))")
    }
  }
}

extension FastReader.ReadError {
  var token: String {
    switch self {
    case .notAnInteger(let t), .integerOverflow(let t), .notANumber(let t): return t
    case .readFailed: return ""
    }
  }
}

// MARK: - Replay entry point (plain builds)

#if !FUZZING
  @main
  enum FuzzMain {
    static func main() { FuzzReplay.run(target: "fuzz-io", entry: fuzzTestOneInput) }
  }
#endif
