import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

@Suite struct ConvexLayersTests {
  static func cross(_ a: Vector2<Int>, _ b: Vector2<Int>, _ c: Vector2<Int>) -> Int128 {
    (Int128(b.x) - Int128(a.x)) * (Int128(c.y) - Int128(a.y)) - (Int128(b.y) - Int128(a.y))
      * (Int128(c.x) - Int128(a.x))
  }

  /// The distinct points on the boundary of the hull of `pts`, by brute force: a line through two
  /// distinct points with no point strictly on its right supports the hull, and every point on a
  /// supporting line is on the boundary (for collinear input every line through two points is
  /// supporting on both sides). O(d³) for d distinct points.
  static func bruteBoundary(_ pts: Set<Vector2<Int>>) -> Set<Vector2<Int>> {
    if pts.count <= 2 { return pts }
    var boundary = Set<Vector2<Int>>()
    let list = Array(pts)
    for a in list {
      for b in list where a != b {
        if list.allSatisfy({ cross(a, b, $0) >= 0 }) {
          for q in list where cross(a, b, q) == 0 { boundary.insert(q) }
        }
      }
    }
    return boundary
  }

  /// Layers as sets of distinct points, by repeated brute-force hulls: O(n³) per layer.
  static func bruteLayers(_ input: [Vector2<Int>]) -> [Set<Vector2<Int>>] {
    var left = Set(input)
    var layers: [Set<Vector2<Int>>] = []
    while !left.isEmpty {
      let b = bruteBoundary(left)
      layers.append(b)
      left.subtract(b)
    }
    return layers
  }

  /// Layers by repeated gift wrapping (the shared `Ref.hull`), each layer's boundary being the
  /// points on its closed hull edges: O(n·h) per layer, for inputs too large for `bruteLayers`.
  static func wrappedLayers(_ input: [Vector2<Int>]) -> [Set<Vector2<Int>>] {
    var left = Set(input)
    var layers: [Set<Vector2<Int>>] = []
    while !left.isEmpty {
      let h = Ref.hull(Array(left))
      var b = Set<Vector2<Int>>()
      for p in left {
        for t in h.indices {
          let a = h[t], c = h[(t + 1) % h.count]
          if cross(a, c, p) == 0 && min(a.x, c.x) <= p.x && p.x <= max(a.x, c.x) && min(a.y, c.y) <= p.y
            && p.y <= max(a.y, c.y)
          {
            b.insert(p)
            break
          }
        }
      }
      layers.append(b)
      left.subtract(b)
    }
    return layers
  }

  /// Checks `layers` against the brute force (or `expected`) and the documented order rules.
  static func check(
    _ pts: [Vector2<Int>], _ layers: [[Int]], _ context: String, expected: [Set<Vector2<Int>>]? = nil
  ) {
    let expected = expected ?? bruteLayers(pts)
    #expect(layers.count == expected.count, "\(context): \(layers.count) layers, expected \(expected.count)")
    #expect(layers.flatMap { $0 }.sorted() == Array(pts.indices), "\(context): not a partition of the offsets")
    for (k, layer) in layers.enumerated() where k < expected.count {
      #expect(Set(layer.map { pts[$0] }) == expected[k], "\(context): layer \(k) differs")
      // Duplicates adjacent, increasing offsets; then the distinct points in boundary order.
      var distinct: [Vector2<Int>] = []
      for (t, i) in layer.enumerated() {
        if t > 0 && pts[layer[t - 1]] == pts[i] {
          #expect(layer[t - 1] < i, "\(context): duplicates out of offset order")
        } else {
          #expect(!distinct.contains(pts[i]), "\(context): duplicates not adjacent in layer \(k)")
          distinct.append(pts[i])
        }
      }
      guard let first = distinct.first else { continue }
      #expect(distinct.allSatisfy { ($0.x, $0.y) >= (first.x, first.y) }, "\(context): layer \(k) start")
      let collinear = distinct.allSatisfy { cross(distinct[0], distinct[distinct.count - 1], $0) == 0 }
      if collinear {
        #expect(
          zip(distinct, distinct.dropFirst()).allSatisfy { ($0.x, $0.y) < ($1.x, $1.y) },
          "\(context): collinear layer \(k) not sorted")
        #expect(k == layers.count - 1, "\(context): collinear layer \(k) is not the last")
      } else {
        // Counterclockwise with points on edges in order: no point strictly right of any step.
        for t in distinct.indices {
          let a = distinct[t], b = distinct[(t + 1) % distinct.count]
          #expect(distinct.allSatisfy { cross(a, b, $0) >= 0 }, "\(context): layer \(k) not counterclockwise")
        }
      }
    }
  }

  @Test func documentationExample() {
    let pts = [Vector2(0, 0), Vector2(4, 0), Vector2(4, 4), Vector2(0, 4), Vector2(1, 1), Vector2(2, 0)]
    #expect(pts.convexLayers() == [[0, 5, 1, 2, 3], [4]])
  }

  @Test func smallCases() {
    #expect([Vector2<Int>]().convexLayers() == [])
    #expect([Vector2(5, 5)].convexLayers() == [[0]])
    #expect([Vector2(5, 5), Vector2(5, 5)].convexLayers() == [[0, 1]])
    #expect([Vector2(3, 3), Vector2(1, 1), Vector2(2, 2)].convexLayers() == [[1, 2, 0]])
    // Library Checker convex_layers example 0: a vertical edge with a point on it, a horizontal spur.
    let example = [Vector2(0, 0), Vector2(0, 1), Vector2(0, 2), Vector2(1, 1), Vector2(2, 1), Vector2(3, 1)]
    #expect(example.convexLayers() == [[0, 5, 2, 1], [3, 4]])
    // Square with its centre and a duplicated corner.
    let square = [Vector2(2, 2), Vector2(0, 0), Vector2(4, 0), Vector2(4, 4), Vector2(0, 4), Vector2(0, 0)]
    #expect(square.convexLayers() == [[1, 5, 2, 3, 4], [0]])
  }

  @Test func nonFiniteAndFloatingInput() {
    #expect([Vector2(0.0, 0.0), Vector2(Double.nan, 1), Vector2(1, 1)].convexLayers() == [])
    #expect([Vector2(0.0, 0.0), Vector2(Double.infinity, 1), Vector2(1, 1)].convexLayers() == [])
    let pts = [Vector2(0.5, 0.0), Vector2(1.0, 0.5), Vector2(0.5, 1.0), Vector2(0.0, 0.5), Vector2(0.5, 0.5)]
    #expect(pts.convexLayers() == [[3, 0, 1, 2], [4]])
  }

  @Test func matchesBruteForce() {
    let seed: UInt64 = 0x00C0_FFEE
    var rng = SplitMix64(seed: seed)
    for round in 0..<400 {
      let n = rng.int(in: 0...40)
      let r = [2, 5, 1000, 1_000_000_000][round % 4]
      var pts = (0..<n).map { _ in Vector2(rng.int(in: -r...r), rng.int(in: -r...r)) }
      if round % 5 == 0 && !pts.isEmpty {  // duplicates
        for _ in 0..<rng.int(in: 1...5) { pts.append(pts[rng.int(in: 0..<pts.count)]) }
      }
      if round % 7 == 0 {  // collinear runs
        let a = rng.int(in: -3...3), b = rng.int(in: -3...3), c = rng.int(in: -50...50)
        pts += (0..<rng.int(in: 1...8)).map { _ in
          let t = rng.int(in: -10...10); return Vector2(a * t, b * t + c)
        }
      }
      let context = "seed \(seed) round \(round) n \(pts.count)"
      let layers = pts.convexLayers()
      Self.check(pts, layers, context)
      // The same points as Double (exact predicate): the same layers.
      #expect(pts.map { Vector2<Double>($0) }.convexLayers() == layers, "\(context): Double differs")
      // A non-contiguous collection: the same answer.
      #expect(pts.lazy.map { $0 }.convexLayers() == layers, "\(context): lazy collection differs")
    }
  }

  /// Inputs of 64 points or more, where each round first drops the points inside a box.
  @Test func largeInputsMatchGiftWrapping() {
    let seed: UInt64 = 0x0B0C_5017
    var rng = SplitMix64(seed: seed)
    for round in 0..<24 {
      let n = rng.int(in: 64...400)
      let r = [6, 30, 1_000_000, 1 << 40][round % 4]
      var pts: [Vector2<Int>]
      switch round % 3 {
      case 0:  // uniform in a square
        pts = (0..<n).map { _ in Vector2(rng.int(in: -r...r), rng.int(in: -r...r)) }
      case 1:  // a disc: most points near some layer's boundary
        pts = []
        while pts.count < n {
          let p = Vector2(rng.int(in: -r...r), rng.int(in: -r...r))
          if Double(p.x) * Double(p.x) + Double(p.y) * Double(p.y) <= Double(r) * Double(r) { pts.append(p) }
        }
      default:  // a thin diagonal band, plus duplicates
        pts = (0..<n).map { _ in
          let t = rng.int(in: -r...r)
          return Vector2(t, t / 2 + rng.int(in: -2...2))
        }
        pts += pts.prefix(10)
      }
      let context = "seed \(seed) round \(round) n \(pts.count)"
      Self.check(pts, pts.convexLayers(), context, expected: Self.wrappedLayers(pts))
    }
  }

  /// 1024 points or more, where points well inside are deferred until the peeling reaches them.
  @Test func deferredPointsMatchGiftWrapping() {
    let seed: UInt64 = 0xDEE9_1024
    var rng = SplitMix64(seed: seed)
    for round in 0..<3 {
      let n = rng.int(in: 1100...1500)
      let r = [50, 1_000_000, 1 << 40][round % 3]
      var pts: [Vector2<Int>]
      switch round % 3 {
      case 0:  // the Library Checker "max_x" shape: one layer per 4 points
        let h = n / 4
        pts = []
        for i in 0..<h {
          let f = 2 * h - i
          pts += [Vector2(i, i), Vector2(f, i), Vector2(i, f), Vector2(f, f)]
        }
      case 1:  // uniform in a square, with duplicates
        pts = (0..<n).map { _ in Vector2(rng.int(in: -r...r), rng.int(in: -r...r)) }
        pts += pts.prefix(50)
      default:  // a disc
        pts = []
        while pts.count < n {
          let p = Vector2(rng.int(in: -r...r), rng.int(in: -r...r))
          if Double(p.x) * Double(p.x) + Double(p.y) * Double(p.y) <= Double(r) * Double(r) { pts.append(p) }
        }
      }
      pts.shuffle(using: &rng)
      let context = "seed \(seed) round \(round) n \(pts.count)"
      let layers = pts.convexLayers()
      Self.check(pts, layers, context, expected: Self.wrappedLayers(pts))
      if r <= 1_000_000 {  // the Double keys and selections of the set-aside path: the same layers
        #expect(pts.map { Vector2<Double>($0) }.convexLayers() == layers, "\(context): Double differs")
      }
    }
  }

  @Test func gridsAndNestedTriangles() {
    var pts: [Vector2<Int>] = []
    for x in 0..<9 { for y in 0..<7 { pts.append(Vector2(x, y)) } }
    Self.check(pts, pts.convexLayers(), "grid 9x7")
    pts = []
    for x in 0..<13 { for y in 0..<11 { pts.append(Vector2(3 * x, 2 * y)) } }
    Self.check(pts, pts.convexLayers(), "grid 13x11", expected: Self.wrappedLayers(pts))
    var nested: [Vector2<Int>] = []
    for k in 0..<12 {
      nested += [Vector2(-100 + 3 * k, -100 + k), Vector2(100 - 3 * k, -100 + k), Vector2(0, 100 - 4 * k)]
    }
    let layers = nested.convexLayers()
    Self.check(nested, layers, "nested triangles")
    #expect(layers.count == 12)
  }
}
