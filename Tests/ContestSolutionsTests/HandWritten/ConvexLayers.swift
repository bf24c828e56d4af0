// Convex layers (Library Checker convex_layers): repeated monotone chain keeping points on edges,
// over the points left in sorted order, without AlgoKit.
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
func readInt() -> Int {
  var c = nextByte()
  while c == 32 || c == 10 || c == 13 || c == 9 { c = nextByte() }
  var negative = false
  if c == 45 { negative = true; c = nextByte() }
  var v = 0
  while c >= 48 && c <= 57 { v = v * 10 + Int(c - 48); c = nextByte() }
  return negative ? -v : v
}

let n = readInt()
var xs = [Int](repeating: 0, count: n), ys = [Int](repeating: 0, count: n)
for i in 0..<n { xs[i] = readInt(); ys[i] = readInt() }
func cross(_ o: Int, _ a: Int, _ b: Int) -> Int {
  (xs[a] - xs[o]) * (ys[b] - ys[o]) - (ys[a] - ys[o]) * (xs[b] - xs[o])
}
var alive = (0..<n).sorted { (xs[$0], ys[$0]) < (xs[$1], ys[$1]) }
var layer = [Int](repeating: 0, count: n)
var hull = [Int](repeating: 0, count: 2 * n + 2)
var round = 0
while !alive.isEmpty {
  round += 1
  let m = alive.count
  if m <= 2 {
    for i in alive { layer[i] = round }
    break
  }
  var k = 0
  for i in alive {
    while k >= 2 && cross(hull[k - 2], hull[k - 1], i) < 0 { k -= 1 }
    hull[k] = i; k += 1
  }
  let lower = k + 1
  for i in alive.reversed().dropFirst() {
    while k >= lower && cross(hull[k - 2], hull[k - 1], i) < 0 { k -= 1 }
    hull[k] = i; k += 1
  }
  for t in 0..<k { layer[hull[t]] = round }  // collinear points: every point is on the chain
  alive.removeAll { layer[$0] != 0 }
}
var out: [UInt8] = []
out.reserveCapacity(8 * n)
for i in 0..<n { out += Array(String(layer[i]).utf8); out.append(10) }
out.withUnsafeBytes { _ = write(1, $0.baseAddress, $0.count) }
