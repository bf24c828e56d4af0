// Closest pair (AOJ CGL_5_A), divide and conquer on x, without AlgoKit.
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
points.sort { $0.x < $1.x }
var scratch = points
func solve(_ lo: Int, _ hi: Int) -> Double {
  if hi - lo <= 3 {
    var best = Double.infinity
    for i in lo..<hi {
      for j in (i + 1)..<hi {
        let dx = points[i].x - points[j].x, dy = points[i].y - points[j].y
        best = min(best, (dx * dx + dy * dy).squareRoot())
      }
    }
    points[lo..<hi].sort { $0.y < $1.y }
    return best
  }
  let mid = (lo + hi) / 2
  let midX = points[mid].x
  var best = min(solve(lo, mid), solve(mid, hi))
  var i = lo, j = mid, k = lo
  while i < mid || j < hi {
    if j == hi || (i < mid && points[i].y <= points[j].y) {
      scratch[k] = points[i]; i += 1
    } else {
      scratch[k] = points[j]; j += 1
    }
    k += 1
  }
  for t in lo..<hi { points[t] = scratch[t] }
  var strip: [(x: Double, y: Double)] = []
  for t in lo..<hi where abs(points[t].x - midX) < best {
    for s in strip.reversed() {
      if points[t].y - s.y >= best { break }
      let dx = points[t].x - s.x, dy = points[t].y - s.y
      best = min(best, (dx * dx + dy * dy).squareRoot())
    }
    strip.append(points[t])
  }
  return best
}
let d = solve(0, n)
var text = String(d)
print(text)
