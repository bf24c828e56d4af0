import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

@Suite struct TrianglePointCounterTests {
  static func cross(_ a: Vector2<Int>, _ b: Vector2<Int>, _ c: Vector2<Int>) -> Int128 {
    (Int128(b.x) - Int128(a.x)) * (Int128(c.y) - Int128(a.y)) - (Int128(b.y) - Int128(a.y))
      * (Int128(c.x) - Int128(a.x))
  }

  /// Whether `p` is on the closed segment ab (a == b allowed).
  static func onSegment(_ a: Vector2<Int>, _ b: Vector2<Int>, _ p: Vector2<Int>) -> Bool {
    cross(a, b, p) == 0 && min(a.x, b.x) <= p.x && p.x <= max(a.x, b.x) && min(a.y, b.y) <= p.y
      && p.y <= max(a.y, b.y)
  }

  /// (strictly inside, on the boundary) by testing every point against the triangle: O(m).
  /// Degenerate triangles: nothing inside; the boundary is the union of the three closed edges.
  static func brute(_ a: Vector2<Int>, _ b: Vector2<Int>, _ c: Vector2<Int>, _ points: [Vector2<Int>]) -> (Int, Int) {
    var inside = 0, boundary = 0
    let area = cross(a, b, c)
    for p in points {
      if onSegment(a, b, p) || onSegment(b, c, p) || onSegment(c, a, p) {
        boundary += 1
      } else if area != 0 {
        let s = area > 0 ? Int128(1) : -1
        if cross(a, b, p) * s > 0 && cross(b, c, p) * s > 0 && cross(c, a, p) * s > 0 { inside += 1 }
      }
    }
    return (inside, boundary)
  }

  @Test func documentationExamples() {
    let vertices = [Vector2(0, 0), Vector2(6, 0), Vector2(0, 6), Vector2(6, 6)]
    let points = [Vector2(1, 1), Vector2(3, 3), Vector2(3, 0), Vector2(5, 5), Vector2(1, 1)]
    let counter = vertices.trianglePointCounter(counting: points)
    #expect(counter.countInside(0, 1, 2) == 2)
    #expect(counter.countOnBoundary(0, 1, 2) == 2)
    let small = [Vector2(0, 0), Vector2(4, 0), Vector2(0, 4)].trianglePointCounter(
      counting: [Vector2(1, 1), Vector2(2, 2), Vector2(5, 5)])
    #expect(small.countInside(0, 1, 2) == 1)
    #expect(small.countOnBoundary(2, 1, 0) == 1)
    #expect(small.countInsideOrOnBoundary(1, 2, 0) == 2)
  }

  /// Library Checker count_points_in_triangle, example 0 (answers by hand: 1, 0, 0, 2).
  @Test func libraryCheckerExample() {
    let a = [Vector2(-1, -1), Vector2(-1, 2), Vector2(2, -1), Vector2(2, 2), Vector2(5, 5)]
    let b = [Vector2(0, 0), Vector2(0, 1), Vector2(1, 0), Vector2(1, 1), Vector2(1, 1)]
    let counter = a.trianglePointCounter(counting: b)
    let answers = [(0, 1, 2), (3, 3, 3), (0, 3, 4), (1, 4, 2)].map { counter.countInside($0.0, $0.1, $0.2) }
    let expected = [(0, 1, 2), (3, 3, 3), (0, 3, 4), (1, 4, 2)].map { Self.brute(a[$0.0], a[$0.1], a[$0.2], b).0 }
    #expect(answers == expected)
    #expect(answers == [1, 0, 0, 2])
  }

  @Test func matchesBruteForce() {
    let seed: UInt64 = 0x7A1A_9C1E
    var rng = SplitMix64(seed: seed)
    for round in 0..<100 {
      let r = [1, 3, 10, 1_000_000_000, 1 << 61][round % 5]
      let n = rng.int(in: 1...14), m = rng.int(in: 0...40)
      var vertices = (0..<n).map { _ in Vector2(rng.int(in: -r...r), rng.int(in: -r...r)) }
      var points = (0..<m).map { _ in Vector2(rng.int(in: -r...r), rng.int(in: -r...r)) }
      if round % 3 == 0 {  // points on vertices and on edges, duplicated vertices
        for _ in 0..<rng.int(in: 1...6) {
          let u = vertices[rng.int(in: 0..<n)], v = vertices[rng.int(in: 0..<n)]
          points.append(u)
          if r <= 10 {
            let t = rng.int(in: 0...4)
            if (v.x - u.x) * t % 4 == 0 && (v.y - u.y) * t % 4 == 0 {
              points.append(Vector2(u.x + (v.x - u.x) * t / 4, u.y + (v.y - u.y) * t / 4))
            }
          }
        }
        vertices.append(vertices[0])
      }
      if round % 4 == 1 {  // a vertical line of vertices and points: equal x everywhere
        let x = rng.int(in: -r...r)
        vertices += (0..<3).map { _ in Vector2(x, rng.int(in: -r...r)) }
        points += (0..<5).map { _ in Vector2(x, rng.int(in: -r...r)) }
      }
      let context = "seed \(seed) round \(round) n \(vertices.count) m \(points.count)"
      let counter = vertices.trianglePointCounter(counting: points)
      let asDouble =
        r <= 1_000_000_000
        ? TrianglePointCounter(
          vertices: vertices.map { Vector2<Double>($0) }, points: points.map { Vector2<Double>($0) })
        : nil
      var failures = 0
      for a in vertices.indices {
        for b in vertices.indices {
          for c in vertices.indices where failures < 5 {
            let (inside, boundary) = Self.brute(vertices[a], vertices[b], vertices[c], points)
            let got = (counter.countInside(a, b, c), counter.countOnBoundary(a, b, c))
            if got != (inside, boundary) {
              failures += 1
              Issue.record("\(context): triangle (\(a), \(b), \(c)) got \(got), expected \((inside, boundary))")
            }
            if let asDouble, asDouble.countInside(a, b, c) != inside || asDouble.countOnBoundary(a, b, c) != boundary {
              failures += 1
              Issue.record("\(context): Double, triangle (\(a), \(b), \(c))")
            }
          }
        }
      }
    }
  }

  @Test func emptyAndNonFinite() async {
    let none = [Vector2(0, 0), Vector2(1, 0), Vector2(0, 1)].trianglePointCounter(counting: [Vector2<Int>]())
    #expect(none.countInside(0, 1, 2) == 0 && none.countOnBoundary(0, 1, 2) == 0)
    await #expect(processExitsWith: .failure) {
      _ = [Vector2(0.0, 0), Vector2(.nan, 0), Vector2(0, 1)].trianglePointCounter(counting: [Vector2(0.1, 0.1)])
    }
  }
}
