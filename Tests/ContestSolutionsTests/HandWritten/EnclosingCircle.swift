// Smallest enclosing circle: Welzl's randomized incremental algorithm, without AlgoKit.
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
var points: [(x: Double, y: Double)] = []
for _ in 0..<n { let x = Double(readInt()); points.append((x, Double(readInt()))) }
var state: UInt64 = 0x9E37_79B9_7F4A_7C15
func random(_ bound: Int) -> Int {
  state ^= state << 13; state ^= state >> 7; state ^= state << 17
  return Int(state % UInt64(bound))
}
if n > 1 { for i in stride(from: n - 1, to: 0, by: -1) { points.swapAt(i, random(i + 1)) } }
typealias P = (x: Double, y: Double)
func inside(_ c: (P, Double), _ p: P) -> Bool {
  let dx = p.x - c.0.x, dy = p.y - c.0.y
  return (dx * dx + dy * dy).squareRoot() <= c.1 * (1 + 1e-12) + 1e-9
}
func diametral(_ a: P, _ b: P) -> (P, Double) {
  let c = ((a.x + b.x) / 2, (a.y + b.y) / 2)
  return (c, ((a.x - c.0) * (a.x - c.0) + (a.y - c.1) * (a.y - c.1)).squareRoot())
}
func circumcircle(_ a: P, _ b: P, _ c: P) -> (P, Double) {
  let bx = b.x - a.x, by = b.y - a.y, cx = c.x - a.x, cy = c.y - a.y
  let d = 2 * (bx * cy - by * cx)
  if d == 0 {
    let candidates = [diametral(a, b), diametral(a, c), diametral(b, c)]
    return candidates.max { $0.1 < $1.1 }!
  }
  let ux = (cy * (bx * bx + by * by) - by * (cx * cx + cy * cy)) / d
  let uy = (bx * (cx * cx + cy * cy) - cx * (bx * bx + by * by)) / d
  return ((a.x + ux, a.y + uy), (ux * ux + uy * uy).squareRoot())
}
var circle: (P, Double) = (points[0], 0)
for i in 1..<max(n, 1) where !inside(circle, points[i]) {
  circle = (points[i], 0)
  for j in 0..<i where !inside(circle, points[j]) {
    circle = diametral(points[i], points[j])
    for k in 0..<j where !inside(circle, points[k]) { circle = circumcircle(points[i], points[j], points[k]) }
  }
}
print("\(circle.0.x) \(circle.0.y) \(circle.1)")
