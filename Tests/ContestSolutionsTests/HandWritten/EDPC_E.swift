// EDPC E (Knapsack 2), value-indexed 0/1 DP (least weight per value), without AlgoKit.
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
var weights: [Int] = [], values: [Int] = []
for _ in 0..<n { weights.append(readInt()); values.append(readInt()) }
let total = values.reduce(0, +)
var least = [Int](repeating: Int.max, count: total + 1)
least[0] = 0
for i in 0..<n {
  for v in stride(from: total, through: values[i], by: -1) where least[v - values[i]] != Int.max {
    least[v] = min(least[v], least[v - values[i]] + weights[i])
  }
}
var answer = 0
for v in 0...total where least[v] <= capacity { answer = v }
print(answer)
