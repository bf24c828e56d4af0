// Sort points by argument: n, then n integer points (|x|, |y| <= 10^9); print them in polar order
// around the origin: the origin first, then counterclockwise from the positive x-axis (inclusive),
// points on one ray nearer first. Exact integer comparisons, O(n log n).
//
// Submission: append `solveArgumentSort(FastReader(), FastWriter())`, then bundle.

import AlgoKitGeometry
import AlgoKitIO

func solveArgumentSort(_ input: FastReader, _ output: FastWriter) {
  let n = input.int()
  var points: [Vector2<Int>] = []
  points.reserveCapacity(n)
  for _ in 0..<n {
    let x = input.int()
    points.append(Vector2(x, input.int()))
  }
  points.sortByPolarAngle()
  for p in points {
    output.write(p.x)
    output.write(byte: UInt8(ascii: " "))
    output.writeLine(p.y)
  }
}
