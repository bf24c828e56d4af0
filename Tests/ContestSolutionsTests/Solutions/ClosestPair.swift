// Closest pair of points (AOJ CGL_5_A format): n >= 2, then n points with real coordinates; print
// the smallest distance between two of them (checked to 1e-6). Divide and conquer, O(n log n).
//
// Submission: append `solveClosestPair(FastReader(), FastWriter())`, then bundle.

import AlgoKitGeometry
import AlgoKitIO

func solveClosestPair(_ input: FastReader, _ output: FastWriter) {
  let n = input.int()
  var points: [Vector2<Double>] = []
  points.reserveCapacity(n)
  for _ in 0..<n {
    let x = input.double()
    points.append(Vector2(x, input.double()))
  }
  let distanceSquared = points.closestPair()?.distanceSquared ?? 0
  output.writeLine(Double(distanceSquared).squareRoot(), precision: 10)
}
