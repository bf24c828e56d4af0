import AlgoKitTestSupport
import Testing

@testable import AlgoKitIO

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("FastWriter")
struct FastWriterTests {
  @Test("integers: extremes and random values match String(describing:)")
  func integers() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SplitMix64(seed: seed)
    var values: [Int] = [0, 1, -1, 9, 10, -10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1]
    var power = 1
    for _ in 0..<18 { power *= 10; values += [power, power - 1, -power, -(power - 1)] }
    for _ in 0..<5000 { values.append(Int(bitPattern: UInt(rng.next())) >> Int(rng.next() % 64)) }
    let w = FastWriter(.memory, bufferCapacity: 600)  // small: many flushes
    for value in values { w.write(value); w.write(byte: UInt8(ascii: " ")) }
    let expected = values.map { String($0) + " " }.joined()
    #expect(w.capturedString() == expected, "seed \(seed)")
  }

  @Test("digit counts at every power of ten")
  func digitCounts() {
    var power: UInt64 = 1
    for digits in 1...20 {
      for value in [power, power &- 1, power &+ 1, power &* 5] where value != 0 || digits == 1 {
        #expect(FastWriter._decimalDigitCount(value) == String(value).count, "\(value)")
      }
      if digits < 20 { power *= 10 }
    }
    #expect(FastWriter._decimalDigitCount(0) == 1)
    #expect(FastWriter._decimalDigitCount(UInt64.max) == 20)
  }

  @Test("other integer types")
  func otherIntegerTypes() {
    let w = FastWriter(.memory)
    w.write(UInt64.max); w.writeLine()
    w.write(Int8.min); w.writeLine()
    w.writeLine(UInt8(200))
    w.writeLine(Int32.min)
    w.writeLine(UInt(0))
    #expect(w.capturedString() == "18446744073709551615\n-128\n200\n-2147483648\n0\n")
  }

  @Test("a literal integer is written as an integer, not as a Double")
  func literalOverload() {
    let w = FastWriter(.memory)
    w.writeLine(5)
    w.write(7)
    #expect(w.capturedString() == "5\n7")
  }

  @Test("sequences with separators")
  func sequences() {
    let w = FastWriter(.memory)
    w.writeLine([3, 1, 2])
    w.write([Int](), separator: ",")
    w.writeLine([Int]())
    w.writeLine([UInt8(1), 2], separator: ", ")
    w.write(1...3, separator: "")
    w.writeLine()
    w.writeLine([0.5, 2.0], precision: 3, separator: ";")
    w.writeLine([0.1, -0.0])
    #expect(w.capturedString() == "3 1 2\n\n1, 2\n123\n0.500;2.000\n0.1 -0.0\n")
  }

  @Test("doubles: shortest round-trip form is Double.description")
  func shortestDoubles() {
    let w = FastWriter(.memory)
    let values: [Double] = [
      0.1, 2, -0.0, 1e-5, 6.02e23, .infinity, -.infinity, .nan, 0.30000000000000004,
      .leastNonzeroMagnitude, .greatestFiniteMagnitude,
    ]
    for value in values { w.writeLine(value) }
    #expect(w.capturedString() == values.map { "\($0)\n" }.joined())
  }

  @Test("doubles: fixed precision, correctly rounded, clamped")
  func fixedDoubles() {
    let cases: [(Double, Int, String)] = [
      (2.0 / 3.0, 6, "0.666667"), (2.5, 0, "2"), (3.5, 0, "4"), (0.125, 2, "0.12"), (0.375, 2, "0.38"),
      (-1.5, 3, "-1.500"), (1e21, 0, "1000000000000000000000"), (0.1, 20, "0.10000000000000000555"),
      (-0.0, 1, "-0.0"), (1.0, -4, "1"), (123.456, 1, "123.5"), (.infinity, 2, "inf"), (-.infinity, 2, "-inf"),
    ]
    for (value, precision, expected) in cases {
      let w = FastWriter(.memory)
      w.write(value, precision: precision)
      #expect(w.capturedString() == expected, "\(value) precision \(precision)")
    }
    let w = FastWriter(.memory)
    w.write(1.0, precision: 1000)
    #expect(w.capturedString() == "1." + String(repeating: "0", count: 100))
    let big = FastWriter(.memory, bufferCapacity: 512)
    big.write("x")
    big.writeLine(-Double.greatestFiniteMagnitude, precision: 100)
    let text = big.capturedString()
    #expect(text.hasPrefix("x-17976931348623157") && text.count == 1 + 1 + 309 + 1 + 100 + 1)
  }

  @Test("fixed precision: the exact fast path agrees with C's printf (random, ties included)")
  func fixedAgreesWithPrintf() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SplitMix64(seed: seed)
    var values: [Double] = [
      0.5, 1.5, 2.5, -0.5, 0.125, 0.375, 1.005, 2.675, 0.045, 1e-300, -1e-300, 4503599627370495.5,
    ]
    for _ in 0..<20_000 {
      switch rng.next() % 4 {
      case 0:  // exact ties
        values.append(Double(Int64(bitPattern: rng.next()) >> 11) / Double(1 << Int(rng.next() % 52)))
      case 1: values.append(Double("\(rng.next() % 100_000).\(rng.next() % 1000)5")!)  // decimal near-ties
      case 2: values.append(Double(bitPattern: rng.next() & 0x7FEF_FFFF_FFFF_FFFF) * (rng.next() % 2 == 0 ? 1 : -1))
      default: values.append(Double(Int(rng.next() % 2_000_001) - 1_000_000) / 1000)
      }
    }
    for value in values {
      let precision = Int(rng.next() % 19)
      let fast = FastWriter(.memory)
      fast.write(value, precision: precision)
      let reference = FastWriter(.memory)
      reference._writeFixedWithC(value, precision: precision)
      #expect(fast.capturedString() == reference.capturedString(), "seed \(seed): \(value) precision \(precision)")
    }
    let nan = FastWriter(.memory)
    nan.write(-Double.nan, precision: 2)
    nan.write(byte: 32)
    nan.write(Double.nan, precision: 2)
    #expect(nan.capturedString() == "nan nan")
  }

  @Test("fixed precision output reads back within half a unit in the last place (random)")
  func fixedRoundTrip() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SplitMix64(seed: seed)
    for _ in 0..<2000 {
      let value = Double(Int64(bitPattern: rng.next()) >> 20) / Double(1 << Int(rng.next() % 40))
      let precision = Int(rng.next() % 10)
      let w = FastWriter(.memory)
      w.write(value, precision: precision)
      let text = w.capturedString()
      let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
      #expect(decimals == precision, "seed \(seed): \(value) -> \(text)")
      let back = try #require(Double(text))
      var unit = 1.0
      for _ in 0..<precision { unit /= 10 }
      // The text is within half a unit of `value`; reading it back adds at most half an ulp.
      #expect(abs(back - value) <= unit / 2 * (1 + 1e-9) + value.ulp, "seed \(seed): \(value) -> \(text)")
    }
  }

  @Test("text, bytes, substrings, and writes larger than the buffer")
  func text() {
    let w = FastWriter(.memory, bufferCapacity: 512)
    let long = String(repeating: "αβγ", count: 500)  // 3000 bytes > buffer
    w.write("héllo ")
    w.write("abc".dropFirst())
    w.writeLine(long)
    w.write(bytes: [UInt8(ascii: "#"), UInt8(ascii: ".")])
    w.write(bytes: Array(repeating: UInt8(ascii: "z"), count: 1000))
    w.write(bytes: (0..<3).lazy.map { UInt8(ascii: "0") + UInt8($0) })
    #expect(w.capturedString() == "héllo bc" + long + "\n#." + String(repeating: "z", count: 1000) + "012")
  }

  @Test("deinit flushes to the descriptor; flush() sends early")
  func flushing() {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    do {
      let w = FastWriter(.fileDescriptor(descriptors[1]))
      w.writeLine(1)
      w.flush()
      var byte: UInt8 = 0
      #expect(read(descriptors[0], &byte, 1) == 1 && byte == UInt8(ascii: "1"))
      w.write("tail")
    }
    close(descriptors[1])
    #expect(drain(descriptors[0]) == Array("\ntail".utf8))
    close(descriptors[0])
  }

  @Test("a failing descriptor is reported in writeError, never traps")
  func writeFailure() {
    let w = FastWriter(.fileDescriptor(-5))
    w.writeLine(12)
    w.flush()
    #expect(w.writeError == 9)
    let closed = FastWriter(.fileDescriptor(1_000_000))
    closed.write("x")
    closed.flush()
    #expect(closed.writeError == 9)
    #expect(FastWriter(.memory).writeError == nil)
  }

  @Test("writers alive at exit are flushed in creation order, not hash order")
  func exitFlushOrder() {
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
      // Descriptor 2 is never written: the writers only register, and nothing is buffered.
      var writers: [FastWriter?] = (0..<32).map { _ in FastWriter(.fileDescriptor(2)) }
      let ids = writers.map { ObjectIdentifier($0!) }
      let mine = Set(ids)
      #expect(FastWriter._exitRegistry.registeredWriters().filter(mine.contains) == ids)
      // Deinitialize two in the middle: they leave the registry and the rest keep their order.
      writers[7] = nil
      writers[20] = nil
      let survivors = ids.enumerated().filter { $0.offset != 7 && $0.offset != 20 }.map(\.element)
      // Filter by the survivors only: a freed writer's address may be reused by another test.
      let alive = Set(survivors)
      #expect(FastWriter._exitRegistry.registeredWriters().filter(alive.contains) == survivors)
      withExtendedLifetime(writers) {}
    #endif
  }

  @Test("descriptor -1 (a failed open) reports EBADF, never buffers in memory")
  func minusOneDescriptor() {
    let w = FastWriter(.fileDescriptor(-1))
    #expect(w.writeError == 9)
    w.writeLine(7)
    w.flush()
    #expect(w.writeError == 9)
    #expect(w.capturedBytes().isEmpty)
  }
}
