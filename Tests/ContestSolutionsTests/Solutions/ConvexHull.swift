// Convex hull with the points on its edges (AOJ CGL_4_A format): n, then n integer points;
// print the number of boundary points, then the points counterclockwise starting from the one
// with the least y (the leftmost among those). Monotone chain with exact integer orientation,
// O(n log n). The format assumes a hull with positive area (not every point on one line).
//
// Submission: append `solveConvexHull(FastReader(), FastWriter())`, then bundle.

import AlgoKitGeometry
import AlgoKitIO

func solveConvexHull(_ input: FastReader, _ output: FastWriter) {
  let n = input.int()
  var points: [Vector2<Int>] = []
  points.reserveCapacity(n)
  for _ in 0..<n {
    let x = input.int()
    points.append(Vector2(x, input.int()))
  }
  let hull = points.convexHull(keepingCollinear: true)
  // The library starts at the least (x, y); the format starts at the least (y, x).
  let first = hull.indices.min { (hull[$0].y, hull[$0].x) < (hull[$1].y, hull[$1].x) } ?? 0
  output.writeLine(hull.count)
  for k in 0..<hull.count {
    let p = hull[(first + k) % hull.count]
    output.write(p.x)
    output.write(byte: UInt8(ascii: " "))
    output.writeLine(p.y)
  }
}
