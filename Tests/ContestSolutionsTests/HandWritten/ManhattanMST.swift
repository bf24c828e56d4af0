// Manhattan MST (Library Checker manhattanmst), without AlgoKit: for 4 coordinate transforms, a
// sweep in decreasing x with a Fenwick tree of minima of x + y over ranks of y - x finds each
// point's nearest neighbour in one octant; Kruskal over those at most 4n edges.
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
var px = [Int](repeating: 0, count: n), py = [Int](repeating: 0, count: n)
for i in 0..<n { px[i] = readInt(); py[i] = readInt() }
var edges: [(w: Int, u: Int, v: Int)] = []
var x = [Int](repeating: 0, count: n), y = [Int](repeating: 0, count: n)
for transform in 0..<4 {
  for i in 0..<n {
    switch transform {
    case 0: x[i] = px[i]; y[i] = py[i]
    case 1: x[i] = py[i]; y[i] = px[i]
    case 2: x[i] = -px[i]; y[i] = py[i]
    default: x[i] = py[i]; y[i] = -px[i]
    }
  }
  let keys = Array(Set((0..<n).map { y[$0] - x[$0] })).sorted(by: >)
  var rankOf: [Int: Int] = [:]
  for (r, key) in keys.enumerated() { rankOf[key] = r + 1 }
  let order = (0..<n).sorted { x[$0] > x[$1] || (x[$0] == x[$1] && y[$0] > y[$1]) }
  var value = [Int](repeating: Int.max, count: keys.count + 1)
  var who = [Int](repeating: -1, count: keys.count + 1)
  for i in order {
    let r = rankOf[y[i] - x[i]]!
    var k = r, best = -1, bestValue = Int.max
    while k > 0 {
      if who[k] >= 0 && value[k] < bestValue { bestValue = value[k]; best = who[k] }
      k &= k - 1
    }
    if best >= 0 { edges.append((abs(px[i] - px[best]) + abs(py[i] - py[best]), i, best)) }
    k = r
    while k <= keys.count {
      if x[i] + y[i] < value[k] { value[k] = x[i] + y[i]; who[k] = i }
      k += k & -k
    }
  }
}
edges.sort { $0.w < $1.w }
var parent = Array(0..<n)
func find(_ i: Int) -> Int {
  var i = i
  while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
  return i
}
var total = 0
var tree = ""
for e in edges {
  let a = find(e.u), b = find(e.v)
  if a == b { continue }
  parent[a] = b
  total += e.w
  tree += "\(e.u) \(e.v)\n"
}
print("\(total)\n" + tree, terminator: "")
