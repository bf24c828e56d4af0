// Count points in triangles (Library Checker count_points_in_triangle), without AlgoKit: for each
// pair of points of A sorted by (x, y), the points of B strictly between them in that order and
// strictly below / on the segment, by a direct O(n² m) loop; each query is then O(1).
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

struct P: Equatable { var x: Int; var y: Int }
func less(_ a: P, _ b: P) -> Bool { a.x < b.x || (a.x == b.x && a.y < b.y) }
// |coordinates| <= 10^9: differences up to 2·10^9, products up to 4·10^18 < 2^63.
func orient(_ o: P, _ a: P, _ b: P) -> Int {
  let l = (a.x - o.x) * (b.y - o.y), r = (a.y - o.y) * (b.x - o.x)
  return l > r ? 1 : (l < r ? -1 : 0)
}
let n = readInt()
var a: [P] = []
for _ in 0..<n { let x = readInt(); a.append(P(x: x, y: readInt())) }
let m = readInt()
var b: [P] = []
for _ in 0..<m { let x = readInt(); b.append(P(x: x, y: readInt())) }
var below = [Int32](repeating: 0, count: n * n), on = [Int32](repeating: 0, count: n * n)
var same = [Int32](repeating: 0, count: n)
for i in 0..<n {
  for p in b where p == a[i] { same[i] += 1 }
  for j in 0..<n where less(a[i], a[j]) {
    var d: Int32 = 0, e: Int32 = 0
    for p in b where less(a[i], p) && less(p, a[j]) {
      let o = orient(a[i], a[j], p)
      if o < 0 { d += 1 } else if o == 0 { e += 1 }
    }
    below[i * n + j] = d
    on[i * n + j] = e
  }
}
let q = readInt()
var out: [UInt8] = []
out.reserveCapacity(8 * q)
for _ in 0..<q {
  var t = [readInt(), readInt(), readInt()]
  t.sort { less(a[$0], a[$1]) }
  let (p, r, s) = (t[0], t[1], t[2])  // a[p] <= a[r] <= a[s]
  var answer = 0
  if a[p] != a[r] && a[r] != a[s] {
    let turn = orient(a[p], a[s], a[r])
    if turn > 0 {
      answer = Int(below[p * n + r] + below[r * n + s] - below[p * n + s] - on[p * n + s])
    } else if turn < 0 {
      answer = Int(
        below[p * n + s] - below[p * n + r] - on[p * n + r] - below[r * n + s] - on[r * n + s] - same[r])
    }
  }
  out += Array(String(answer).utf8)
  out.append(10)
}
out.withUnsafeBytes { _ = write(1, $0.baseAddress, $0.count) }
