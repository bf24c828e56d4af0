// Convex hull with boundary points (AOJ CGL_4_A), monotone chain, without AlgoKit.
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

struct P { var x: Int; var y: Int }
func cross(_ o: P, _ a: P, _ b: P) -> Int { (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x) }
let n = readInt()
var points: [P] = []
for _ in 0..<n { let x = readInt(); points.append(P(x: x, y: readInt())) }
points.sort { ($0.x, $0.y) < ($1.x, $1.y) }
var hull: [P] = []
for p in points {
  while hull.count >= 2 && cross(hull[hull.count - 2], hull[hull.count - 1], p) < 0 { hull.removeLast() }
  hull.append(p)
}
let lower = hull.count + 1
for p in points.reversed().dropFirst() {
  while hull.count >= lower && cross(hull[hull.count - 2], hull[hull.count - 1], p) < 0 { hull.removeLast() }
  hull.append(p)
}
hull.removeLast()
let first = hull.indices.min { (hull[$0].y, hull[$0].x) < (hull[$1].y, hull[$1].x) }!
var out = "\(hull.count)\n"
for k in 0..<hull.count { let p = hull[(first + k) % hull.count]; out += "\(p.x) \(p.y)\n" }
print(out, terminator: "")
