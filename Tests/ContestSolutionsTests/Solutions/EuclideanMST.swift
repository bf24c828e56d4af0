// Euclidean minimum spanning tree: n >= 1, then n points with integer coordinates (|x|, |y| <=
// 10^9, duplicates allowed); print the total length of a minimum spanning tree (checked to 1e-6).
// Kruskal on the Delaunay edges, O(n log n).
//
// Submission: append `solveEuclideanMST(FastReader(), FastWriter())`, then bundle.

import AlgoKitGeometry
import AlgoKitIO

func solveEuclideanMST(_ input: FastReader, _ output: FastWriter) {
  let n = input.int()
  var points: [Vector2<Int>] = []
  points.reserveCapacity(n)
  for _ in 0..<n {
    let x = input.int()
    points.append(Vector2(x, input.int()))
  }
  let tree = (try? points.euclideanMinimumSpanningTree()) ?? []
  let total = tree.reduce(0.0) { $0 + $1.weight.wideDoubleValue.squareRoot() }
  output.writeLine(total, precision: 10)
}
