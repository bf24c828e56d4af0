// Count points in triangles (Library Checker count_points_in_triangle): n points A, m points B,
// then q queries (a, b, c); print how many points of B lie strictly inside the triangle
// A_a A_b A_c (boundary excluded; 0 for a degenerate triangle). Exact below-segment tables,
// O(n·(n + m)·log(n + m)) to build, O(1) per query.
//
// Submission: append `solveCountPointsInTriangle(FastReader(), FastWriter())`, then bundle.

import AlgoKitGeometry
import AlgoKitIO

func solveCountPointsInTriangle(_ input: FastReader, _ output: FastWriter) {
  func readPoints() -> [Vector2<Int>] {
    let count = input.int()
    var points: [Vector2<Int>] = []
    points.reserveCapacity(count)
    for _ in 0..<count {
      let x = input.int()
      points.append(Vector2(x, input.int()))
    }
    return points
  }
  let vertices = readPoints()
  let counter = vertices.trianglePointCounter(counting: readPoints())
  let q = input.int()
  for _ in 0..<q {
    let a = input.int(), b = input.int()
    output.writeLine(counter.countInside(a, b, input.int()))
  }
}
