// Single-source shortest paths (AOJ GRL_1_A), Dijkstra with a binary heap, without AlgoKit.
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

let vertexCount = readInt(), edgeCount = readInt(), source = readInt()
var adjacency = [[(to: Int, cost: Int)]](repeating: [], count: vertexCount)
for _ in 0..<edgeCount { let s = readInt(), t = readInt(); adjacency[s].append((t, readInt())) }
var distance = [Int](repeating: Int.max, count: vertexCount)
var heap: [(d: Int, v: Int)] = []
func push(_ item: (d: Int, v: Int)) {
  heap.append(item)
  var i = heap.count - 1
  while i > 0 && heap[(i - 1) / 2].d > heap[i].d { heap.swapAt(i, (i - 1) / 2); i = (i - 1) / 2 }
}
func pop() -> (d: Int, v: Int) {
  let top = heap[0]
  heap[0] = heap[heap.count - 1]
  heap.removeLast()
  var i = 0
  while true {
    var m = i
    let l = 2 * i + 1, r = 2 * i + 2
    if l < heap.count && heap[l].d < heap[m].d { m = l }
    if r < heap.count && heap[r].d < heap[m].d { m = r }
    if m == i { break }
    heap.swapAt(i, m)
    i = m
  }
  return top
}
distance[source] = 0
push((0, source))
while !heap.isEmpty {
  let (d, u) = pop()
  if d > distance[u] { continue }
  for e in adjacency[u] where d + e.cost < distance[e.to] {
    distance[e.to] = d + e.cost
    push((distance[e.to], e.to))
  }
}
var out = ""
for d in distance { out += d == Int.max ? "INF\n" : "\(d)\n" }
print(out, terminator: "")
