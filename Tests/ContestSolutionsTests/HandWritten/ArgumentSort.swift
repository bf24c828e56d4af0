// Sort points by argument around the origin (origin first, counterclockwise from the positive
// x-axis, nearer first on a ray), exact integer comparisons, without AlgoKit.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

var inputBuffer = [UInt8](repeating: 0, count: 1 << 16)
var inputLength = 0
var inputPosition = 0
func nextByte() -> UInt8 {
  if inputPosition == inputLength {
    inputLength = inputBuffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
    inputPosition = 0
    if inputLength <= 0 { inputLength = 0; return 0 }
  }
  inputPosition += 1
  return inputBuffer[inputPosition - 1]
}
func token() -> [UInt8] {
  var c = nextByte()
  while c == 32 || c == 10 || c == 13 || c == 9 { c = nextByte() }
  var bytes: [UInt8] = []
  while c != 0 && c != 32 && c != 10 && c != 13 && c != 9 { bytes.append(c); c = nextByte() }
  return bytes
}
func readInt() -> Int { Int(String(decoding: token(), as: UTF8.self))! }
func readDouble() -> Double { Double(String(decoding: token(), as: UTF8.self))! }

let n = readInt()
var points: [(x: Int, y: Int)] = []
for _ in 0..<n { let x = readInt(); points.append((x, readInt())) }
func half(_ p: (x: Int, y: Int)) -> Int { p.y > 0 || (p.y == 0 && p.x > 0) ? 0 : (p.x == 0 && p.y == 0 ? -1 : 1) }
points.sort { a, b in
  let ha = half(a), hb = half(b)
  if ha != hb { return ha < hb }
  let c = a.x * b.y - a.y * b.x
  if c != 0 { return c > 0 }
  return abs(a.x) + abs(a.y) < abs(b.x) + abs(b.y)
}
var out = ""
for p in points { out += "\(p.x) \(p.y)\n" }
print(out, terminator: "")
