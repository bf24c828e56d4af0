// Diameter of a convex polygon (AOJ CGL_4_B): monotone chain, then rotating calipers, without AlgoKit.
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
for _ in 0..<n { let x = readDouble(); points.append((x, readDouble())) }
points.sort { $0.x != $1.x ? $0.x < $1.x : $0.y < $1.y }
func cross(_ o: (x: Double, y: Double), _ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
  (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
}
var hull: [(x: Double, y: Double)] = []
for p in points {
  while hull.count >= 2 && cross(hull[hull.count - 2], hull[hull.count - 1], p) <= 0 { hull.removeLast() }
  hull.append(p)
}
let lower = hull.count + 1
for p in points.reversed().dropFirst() {
  while hull.count >= lower && cross(hull[hull.count - 2], hull[hull.count - 1], p) <= 0 { hull.removeLast() }
  hull.append(p)
}
if hull.count > 1 { hull.removeLast() }
func distance(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
  ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
}
var best = 0.0
let h = hull.count
if h <= 2 {
  for i in 0..<h { for j in 0..<h { best = max(best, distance(hull[i], hull[j])) } }
} else {
  var j = 1
  for i in 0..<h {
    let a = hull[i], b = hull[(i + 1) % h]
    while abs(cross(a, b, hull[(j + 1) % h])) > abs(cross(a, b, hull[j])) { j = (j + 1) % h }
    best = max(best, distance(a, hull[j]), distance(b, hull[j]))
  }
}
print(String(best))
