// Diameter of a convex polygon (AOJ CGL_4_B format): n >= 2, then the polygon's n vertices with
// real coordinates, counterclockwise; print the largest distance between two of them (checked to
// 1e-6). Rotating calipers over the hull, O(n log n) (the points need not be in order).
//
// Submission: append `solveConvexDiameter(FastReader(), FastWriter())`, then bundle.

import AlgoKitGeometry
import AlgoKitIO

func solveConvexDiameter(_ input: FastReader, _ output: FastWriter) {
  let n = input.int()
  var points: [Vector2<Double>] = []
  points.reserveCapacity(n)
  for _ in 0..<n {
    let x = input.double()
    points.append(Vector2(x, input.double()))
  }
  let distanceSquared = points.furthestPair()?.distanceSquared ?? 0
  output.writeLine(distanceSquared.squareRoot(), precision: 10)
}
