// Manhattan MST (Library Checker manhattanmst): n integer points (duplicates allowed); print the
// weight of a minimum spanning tree under the L1 distance, then its n - 1 edges as "u v" (any
// minimum tree is accepted). Octant sweeps and Kruskal, O(n log n).
//
// Submission: append `solveManhattanMST(FastReader(), FastWriter())`, then bundle.

import AlgoKitGeometry
import AlgoKitIO

func solveManhattanMST(_ input: FastReader, _ output: FastWriter) {
  let n = input.int()
  var points: [Vector2<Int>] = []
  points.reserveCapacity(n)
  for _ in 0..<n {
    let x = input.int()
    points.append(Vector2(x, input.int()))
  }
  let tree = points.manhattanMinimumSpanningTree()
  output.writeLine(tree.reduce(0) { $0 + $1.weight })
  for edge in tree {
    output.write(edge.a)
    output.write(byte: UInt8(ascii: " "))
    output.writeLine(edge.b)
  }
}
