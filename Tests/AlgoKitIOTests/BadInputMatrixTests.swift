// One test per row of the bad-input matrix (Sources/AlgoKit/AlgoKit.docc/BadInput.md), I/O family.

import AlgoKitIO
import Testing

@Suite("Bad-input matrix: fast I/O")
struct IOBadInputMatrixTests {
  @Test("read…(): nil at the end of the input, typed errors on bad tokens (consumed, no hang)")
  func readRow() throws {
    let r = FastReader(string: "x 9223372036854775808 -9223372036854775809 abc 1e400 nan\n")
    #expect(throws: FastReader.ReadError.notAnInteger(token: "x")) { try r.readInt() }
    #expect(throws: FastReader.ReadError.integerOverflow(token: "9223372036854775808")) { try r.readInt() }
    #expect(throws: FastReader.ReadError.integerOverflow(token: "-9223372036854775809")) { try r.readInt() }
    #expect(throws: FastReader.ReadError.notANumber(token: "abc")) { try r.readDouble() }
    #expect(try r.readDouble() == .infinity)  // beyond Double's range: ±infinity, as Double(_:)
    #expect(try r.readDouble()?.isNaN == true)
    #expect(try r.readInt() == nil && r.readString() == nil && r.readBytes() == nil)
    let empty = FastReader(bytes: [UInt8]())
    #expect(try empty.readInt() == nil && empty.readDouble() == nil && empty.readLine() == nil)
  }

  @Test("sizes: buffer capacities below the minimum are raised; a negative descriptor throws readFailed")
  func sizeRow() throws {
    let tiny = FastReader(fileDescriptor: 0, bufferCapacity: -5)
    _ = tiny
    let closed = FastReader(fileDescriptor: -1)
    #expect(throws: FastReader.ReadError.self) { try closed.readInt() }
    let w = FastWriter(.memory, bufferCapacity: Int.min)
    w.write(Int.min); w.write(" "); w.write(Int.max)
    #expect(w.capturedString() == "-9223372036854775808 9223372036854775807")
    let bad = FastWriter(.fileDescriptor(-3))
    bad.write(1); bad.flush()
    #expect(bad.writeError != nil)
  }

  @Test("write(_:precision:): precision clamped to 0...100; NaN and infinity spelled out")
  func precisionRow() {
    let w = FastWriter(.memory)
    w.write(2.5, precision: -3); w.write(" ")
    w.write(1.0 / 3.0, precision: Int.max); w.write(" ")
    w.write(Double.nan, precision: 2); w.write(" ")
    w.write(-Double.infinity, precision: 2)
    let parts = w.capturedString().split(separator: " ")
    #expect(parts[0] == "2" && parts[1].count == 102 && parts[2] == "nan" && parts[3] == "-inf")
  }

  @Test("trapping conveniences: int() at the end, on a bad token, ints(-1) stop the program")
  func trappingRow() async {
    await #expect(processExitsWith: .failure) { _ = FastReader(string: "").int() }
    await #expect(processExitsWith: .failure) { _ = FastReader(string: "x").int() }
    await #expect(processExitsWith: .failure) { _ = FastReader(string: "").double() }
    await #expect(processExitsWith: .failure) { _ = FastReader(string: "1 2").ints(-1) }
  }
}
