// AtCoder Educational DP Contest D, "Knapsack 1".
// N <= 100 items (weight w_i <= W, value v_i <= 10^9), capacity W <= 10^5: print the best value.
// Capacity-indexed 0/1 DP, O(N·W): 10^7 cell updates at the limits.
//
// Submission: `algokit-bundle EDPC_D.swift -o Main.swift` after appending the line
//     solveEDPCKnapsack1(FastReader(), FastWriter())
// (top-level code may only live in the main file, so the test target keeps it out of here).

import AlgoKitIO
import AlgoKitKnapsack

func solveEDPCKnapsack1(_ input: FastReader, _ output: FastWriter) {
  let n = input.int()
  let capacity = input.int()
  var weights: [Int] = []
  var values: [Int] = []
  for _ in 0..<n {
    weights.append(input.int())
    values.append(input.int())
  }
  let best = try! Knapsack.zeroOneValue(
    weights: weights, values: values, capacity: capacity, strategy: .capacityIndexed)
  output.writeLine(best)
}
