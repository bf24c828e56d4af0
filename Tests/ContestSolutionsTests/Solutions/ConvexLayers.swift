// Convex layers (Library Checker convex_layers): n distinct integer points; repeatedly remove every
// point on the boundary of the convex hull of the points left (points on edges included, and all
// of them when they are collinear); print, per point, the round it was removed in (from 1). Onion
// peeling with exact turns, O(n log n + n·L) for L layers.
//
// Submission: append `solveConvexLayers(FastReader(), FastWriter())`, then bundle.

import AlgoKitGeometry
import AlgoKitIO

func solveConvexLayers(_ input: FastReader, _ output: FastWriter) {
  let n = input.int()
  var points: [Vector2<Int>] = []
  points.reserveCapacity(n)
  for _ in 0..<n {
    let x = input.int()
    points.append(Vector2(x, input.int()))
  }
  var round = [Int](repeating: 0, count: n)
  for (k, layer) in points.convexLayers().enumerated() {
    for i in layer { round[i] = k + 1 }
  }
  for r in round { output.writeLine(r) }
}
