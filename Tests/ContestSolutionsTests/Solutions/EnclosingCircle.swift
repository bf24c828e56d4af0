// Smallest enclosing circle: n >= 1, then n integer points (|x|, |y| <= 10^6); print the centre's
// x and y and the radius (checked to 1e-6). Randomized incremental (Welzl), expected O(n).
//
// Submission: append `solveEnclosingCircle(FastReader(), FastWriter())`, then bundle.

import AlgoKitGeometry
import AlgoKitIO

func solveEnclosingCircle(_ input: FastReader, _ output: FastWriter) {
  let n = input.int()
  var points: [Vector2<Int>] = []
  points.reserveCapacity(n)
  for _ in 0..<n {
    let x = input.int()
    points.append(Vector2(x, input.int()))
  }
  guard let circle = points.minimumEnclosingCircle() else { return }
  output.write(circle.center.x, precision: 10)
  output.write(byte: UInt8(ascii: " "))
  output.write(circle.center.y, precision: 10)
  output.write(byte: UInt8(ascii: " "))
  output.writeLine(circle.radius, precision: 10)
}
