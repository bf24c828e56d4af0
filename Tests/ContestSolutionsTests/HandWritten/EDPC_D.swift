// EDPC D (Knapsack 1), capacity-indexed 0/1 DP, without AlgoKit.
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

let n = readInt(), capacity = readInt()
var best = [Int](repeating: 0, count: capacity + 1)
for _ in 0..<n {
  let w = readInt(), v = readInt()
  if w > capacity { continue }
  for c in stride(from: capacity, through: w, by: -1) { best[c] = max(best[c], best[c - w] + v) }
}
print(best[capacity])
