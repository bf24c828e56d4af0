import AlgoKitTestSupport
import Dispatch
import Testing

@testable import AlgoKitIO

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Both reader sources: the whole input in memory, and a pipe read 16 bytes at a time.
enum Source: CaseIterable, CustomStringConvertible {
  case memory, pipe
  func reader(_ text: String) -> FastReader {
    switch self {
    case .memory: return FastReader(string: text)
    case .pipe: return pipedReader(text)
    }
  }
  var description: String { self == .memory ? "memory" : "pipe(16)" }
}

@Suite("FastReader")
struct FastReaderTests {
  @Test("integers: signs, leading zeros, extremes", arguments: Source.allCases)
  func integers(source: Source) throws {
    let r = source.reader(" 12 -7\n+5\t007 -0\r\n9223372036854775807 -9223372036854775808 000000000000000000000000042 ")
    #expect(try r.readInt() == 12)
    #expect(try r.readInt() == -7)
    #expect(try r.readInt() == 5)
    #expect(try r.readInt() == 7)
    #expect(try r.readInt() == 0)
    #expect(try r.readInt() == Int.max)
    #expect(try r.readInt() == Int.min)
    #expect(try r.readInt() == 42)
    #expect(try r.readInt() == nil)
    #expect(try r.readInt() == nil)  // stays at the end
  }

  @Test("end of input: empty and separators only", arguments: ["", " ", "\n\n\r\n\t ", "\u{0}\u{1}"])
  func endOfInput(text: String) throws {
    for source in Source.allCases {
      let r = source.reader(text)
      #expect(try r.readInt() == nil)
      #expect(try r.readDouble() == nil)
      #expect(try r.readString() == nil)
      #expect(try r.readBytes() == nil)
    }
  }

  @Test("malformed integers throw, consume the token, and reading goes on", arguments: Source.allCases)
  func malformedIntegers(source: Source) throws {
    let r = source.reader("12a - + --1 3.5 1_000 0x10 ٣ 8")
    for bad in ["12a", "-", "+", "--1", "3.5", "1_000", "0x10", "٣"] {
      #expect(throws: FastReader.ReadError.notAnInteger(token: bad)) { try r.readInt() }
    }
    #expect(try r.readInt() == 8)
    #expect(try r.readInt() == nil)
  }

  @Test("overflow is detected on both sides", arguments: Source.allCases)
  func overflow(source: Source) throws {
    let tokens = [
      "9223372036854775808", "-9223372036854775809", "18446744073709551616",
      "99999999999999999999999", "-100000000000000000000",
    ]
    let r = source.reader(tokens.joined(separator: " ") + " 1")
    for token in tokens {
      #expect(throws: FastReader.ReadError.integerOverflow(token: token)) { try r.readInt() }
    }
    #expect(try r.readInt() == 1)
  }

  @Test("random integer tokens agree with Int(String)")
  func randomIntegers() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SplitMix64(seed: seed)
    let separators = [" ", "\n", "\t", "\r\n", "  "]
    var tokens: [String] = []
    for _ in 0..<3000 {
      switch rng.next() % 6 {
      case 0: tokens.append(String(Int(bitPattern: UInt(rng.next()))))
      case 1: tokens.append(String(Int.random(in: -1000...1000, using: &rng)))
      case 2: tokens.append("+" + String(rng.next() % 1_000_000_000_000))
      case 3: tokens.append(String(repeating: "0", count: Int(rng.next() % 25)) + String(rng.next() % 100))
      case 4: tokens.append(String(rng.next()) + String(rng.next() % 10))  // often overflows
      default: tokens.append(["x", "1-", "-", "1e5", "+-3", "12:30"].randomElement(using: &rng)!)
      }
    }
    var text = ""
    for token in tokens { text += token + separators.randomElement(using: &rng)! }
    for source in Source.allCases where source == .memory || text.utf8.count < 60_000 {
      let r = source.reader(text)
      for token in tokens {
        let got = Result { try r.readInt() }
        if let expected = Int(token) {
          #expect(try got.get() == expected, "seed \(seed), token \(token), \(source)")
        } else {
          let isDigits =
            token.drop(while: { $0 == "+" || $0 == "-" }).allSatisfy(\.isASCIIDigit)
            && token.filter({ $0 == "+" || $0 == "-" }).count <= 1 && token.last?.isASCIIDigit == true
          let expectedError: FastReader.ReadError =
            isDigits ? .integerOverflow(token: token) : .notAnInteger(token: token)
          #expect(throws: expectedError, "seed \(seed), token \(token)") { try got.get() }
        }
      }
      #expect(try r.readInt() == nil, "seed \(seed)")
    }
  }

  @Test("doubles: decimal forms, exponents, specials", arguments: Source.allCases)
  func doubles(source: Source) throws {
    let r = source.reader(
      "3 -0.25 .5 1. 6.02e23 1E-9 +2.5e+3 0.1 -0 1e400 -1e400 1e-400 0x1p-3 inf -Infinity 1e22 123456789012345678901234"
    )
    let expected: [Double] = [
      3, -0.25, 0.5, 1, 6.02e23, 1e-9, 2500, 0.1, -0.0, .infinity, -.infinity, 0,
      0.125, .infinity, -.infinity, 1e22, 1.23456789012345678901234e23,
    ]
    for value in expected {
      let got = try #require(try r.readDouble())
      #expect(got == value && got.sign == value.sign, "expected \(value), got \(got)")
    }
    #expect(try r.readDouble() == nil)
    let nan = FastReader(string: "nan NaN")
    #expect(try nan.readDouble()?.isNaN == true)
    #expect(try nan.readDouble()?.isNaN == true)
  }

  @Test("malformed doubles throw and consume the token")
  func malformedDoubles() throws {
    let r = FastReader(string: "1e e5 . - 1.2.3 1e+ 12abc 0x 4.5")
    for bad in ["1e", "e5", ".", "-", "1.2.3", "1e+", "12abc", "0x"] {
      #expect(throws: FastReader.ReadError.notANumber(token: bad)) { try r.readDouble() }
    }
    #expect(try r.readDouble() == 4.5)
  }

  @Test("random decimals are bit-identical to Double(String) (correctly rounded)")
  func randomDoubles() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SplitMix64(seed: seed)
    var tokens: [String] = []
    for _ in 0..<20_000 {
      let integerDigits = Int(rng.next() % 12)
      let fractionDigits = Int(rng.next() % 12)
      var token = rng.next() % 3 == 0 ? "-" : ""
      for _ in 0..<integerDigits { token += String(rng.next() % 10) }
      if fractionDigits > 0 || integerDigits == 0 {
        token += "."
        for _ in 0..<max(fractionDigits, 1) { token += String(rng.next() % 10) }
      }
      if rng.next() % 2 == 0 { token += "e" + String(Int(rng.next() % 70) - 35) }
      tokens.append(token)
    }
    tokens += (0..<2000).map { _ in String(Double(bitPattern: rng.next() & 0x7FEF_FFFF_FFFF_FFFF)) }
    let r = FastReader(string: tokens.joined(separator: "\n"))
    for token in tokens {
      let expected = try #require(Double(token), "seed \(seed) token \(token)")
      let got = try #require(try r.readDouble())
      #expect(got.bitPattern == expected.bitPattern, "seed \(seed): \(token) -> \(got), expected \(expected)")
    }
  }

  @Test("tokens as String and bytes; UTF-8 passes through", arguments: Source.allCases)
  func tokens(source: Source) throws {
    let r = source.reader("héllo  #.#\n日本語 x")
    #expect(try r.readString() == "héllo")
    #expect(try r.readBytes() == Array("#.#".utf8))
    #expect(try r.readString() == "日本語")
    #expect(try r.readBytes() == [UInt8(ascii: "x")])
    #expect(try r.readString() == nil)
  }

  @Test("a token longer than the buffer grows it", arguments: [1, 15, 16, 17, 100, 5000])
  func longToken(length: Int) throws {
    let token = String(repeating: "ab", count: length)
    let r = pipedReader("  " + token + " 5 " + String(repeating: "9", count: length) + "x")
    #expect(try r.readString() == token)
    #expect(try r.readInt() == 5)
    #expect(throws: FastReader.ReadError.self) { try r.readInt() }
    #expect(try r.readInt() == nil)
  }

  @Test("error tokens are truncated to 64 bytes")
  func truncatedErrorToken() throws {
    let token = String(repeating: "z", count: 100)
    let r = FastReader(string: token)
    #expect(throws: FastReader.ReadError.notAnInteger(token: String(repeating: "z", count: 64) + "…")) {
      try r.readInt()
    }
  }

  @Test("lines: rest of line after a token, CRLF, last line without newline", arguments: Source.allCases)
  func lines(source: Source) throws {
    let r = source.reader("3\nhello world\r\n\nlast")
    #expect(try r.readInt() == 3)
    #expect(try r.readLine() == "")
    #expect(try r.readLine() == "hello world")
    #expect(try r.readLine() == "")
    #expect(try r.readLine() == "last")
    #expect(try r.readLine() == nil)
    let s = source.reader("a b\n")
    #expect(try s.readLine() == "a b")
    #expect(try s.readLine() == nil)
    #expect(try source.reader("").readLine() == nil)
  }

  @Test("a long line spanning many refills")
  func longLine() throws {
    let line = String(repeating: "0123456789 ", count: 300)
    let r = pipedReader(line + "\nnext")
    #expect(try r.readLine() == line)
    #expect(try r.readString() == "next")
  }

  @Test("a failing descriptor throws readFailed, never traps")
  func readFailure() throws {
    #expect(throws: FastReader.ReadError.readFailed(errno: 9)) { try FastReader(fileDescriptor: -3).readInt() }
    #expect(throws: FastReader.ReadError.readFailed(errno: 9)) {
      try FastReader(fileDescriptor: 1_000_000).readString()
    }
  }

  @Test("trapping conveniences on good input")
  func conveniences() {
    let r = FastReader(string: "4\n1 2 3 4\n2.5 word xyz")
    let n = r.int()
    #expect(r.ints(n) == [1, 2, 3, 4])
    #expect(r.double() == 2.5)
    #expect(r.string() == "word")
    #expect(r.bytes() == Array("xyz".utf8))
    #expect(r.ints(0) == [])
  }

  @Test("error descriptions are one line and name the token")
  func descriptions() {
    #expect(FastReader.ReadError.notAnInteger(token: "3.5").description == "expected an integer, found \"3.5\"")
    #expect(FastReader.ReadError.integerOverflow(token: "99").description == "integer 99 does not fit in Int")
    #expect(!FastReader.ReadError.readFailed(errno: 9).description.contains("\n"))
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}

@Suite("FastReader on a live pipe")
struct InteractiveReaderTests {
  @Test("a token followed by its newline is returned without waiting for more input")
  func doesNotWaitPastTheLine() throws {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    defer { close(descriptors[0]) }
    let line = Array("17\n".utf8)
    #expect(line.withUnsafeBytes { write(descriptors[1], $0.baseAddress, $0.count) } == 3)
    // The writer stays open, as a judge's would. If the reader waited for more input, this
    // test would block: a watchdog closes the write end after 20 s so that it fails instead.
    let watchdog = Watchdog(descriptor: descriptors[1], seconds: 20)
    let reader = FastReader(fileDescriptor: descriptors[0])
    let value = try reader.readInt()
    let timedOut = watchdog.cancel()
    #expect(value == 17 && !timedOut)
  }
}

/// Closes a descriptor after a delay unless cancelled first.
final class Watchdog: @unchecked Sendable {
  private let descriptor: Int32
  private let queue = DispatchQueue(label: "cp.watchdog")  // serializes `state`
  private var state = 0  // 0 armed, 1 cancelled, 2 fired

  init(descriptor: Int32, seconds: Int) {
    self.descriptor = descriptor
    queue.asyncAfter(deadline: .now() + .seconds(seconds)) { [self] in
      if state == 0 {
        state = 2
        close(descriptor)
      }
    }
  }

  /// Stops the watchdog and closes the descriptor; returns whether it had already fired.
  func cancel() -> Bool {
    queue.sync {
      let fired = state == 2
      if state == 0 {
        state = 1
        close(descriptor)
      }
      return fired
    }
  }
}
