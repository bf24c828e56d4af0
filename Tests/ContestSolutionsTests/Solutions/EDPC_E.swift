// AtCoder Educational DP Contest E, "Knapsack 2".
// N <= 100 items (weight w_i <= W, value v_i <= 10^3), capacity W <= 10^9: print the best value.
// No array over capacities can exist: the value-indexed DP keeps the least weight for each total
// value, O(N·ΣV) with ΣV <= 10^5.
//
// Submission: append `solveEDPCKnapsack2(FastReader(), FastWriter())`, then bundle.

import AlgoKitIO
import AlgoKitKnapsack

func solveEDPCKnapsack2(_ input: FastReader, _ output: FastWriter) {
  let n = input.int()
  let capacity = input.int()
  var weights: [Int] = []
  var values: [Int] = []
  for _ in 0..<n {
    weights.append(input.int())
    values.append(input.int())
  }
  let best = try! Knapsack.zeroOneValueIndexed(weights: weights, values: values, capacity: capacity)
  output.writeLine(best)
}
