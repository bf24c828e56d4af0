import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

@Suite struct CircleTests {
  typealias V = Vector2<Double>

  static func onCircle(_ p: V, _ c: Circle2<Double>, _ rel: Double = 1e-9) -> Bool {
    Geo2Ref.close(p.distance(to: c.center), c.radius, rel, abs: rel * (c.center.length + c.radius))
  }

  static func randomCircle(_ rng: inout SplitMix64, _ range: ClosedRange<Int>, _ rmax: Int) -> (
    Circle2<Double>, Int, Int, Int
  ) {
    let x = rng.int(range), y = rng.int(range), r = rng.int(0...rmax)
    return (Circle2(center: V(Double(x), Double(y)), radius: Double(r)), x, y, r)
  }

  @Test func circleLineAgainstExactClassification() {
    let seed: UInt64 = 541
    var rng = SplitMix64(seed: seed)
    var kinds = [0, 0, 0]
    for round in 0..<3000 {
      let (c, cx, cy, r) = Self.randomCircle(&rng, -6...6, 6)
      let ax = rng.int(-10...10), ay = rng.int(-10...10), bx = rng.int(-10...10), by = rng.int(-10...10)
      if ax == bx && ay == by { continue }
      let line = Line2(through: V(Double(ax), Double(ay)), V(Double(bx), Double(by)))
      // Exact: h² |d|² = cross², compared with r² |d|².
      let cr = Ref.cross(Vector2(ax, ay), Vector2(bx, by), Vector2(cx, cy))
      let d2 = Int128((bx - ax) * (bx - ax) + (by - ay) * (by - ay))
      let lhs = cr * cr, rhs = Int128(r * r) * d2
      guard let result = c.intersection(with: line) else { Issue.record("nil"); continue }
      switch result {
      case .none: kinds[0] += 1; #expect(lhs > rhs, "seed \(seed) round \(round)")
      case .point(let p):
        kinds[1] += 1
        #expect(lhs == rhs, "seed \(seed) round \(round)")
        #expect(Self.onCircle(p, c) && line.distance(to: p) < 1e-9, "seed \(seed) round \(round)")
      case .points(let p, let q):
        kinds[2] += 1
        #expect(lhs < rhs, "seed \(seed) round \(round)")
        #expect(Self.onCircle(p, c) && Self.onCircle(q, c), "seed \(seed) round \(round)")
        #expect(line.distance(to: p) < 1e-9 && line.distance(to: q) < 1e-9, "seed \(seed) round \(round)")
        #expect((q - p).dot(line.direction) > 0, "seed \(seed) round \(round): order")
      case .coincident: Issue.record("coincident from a line")
      }
    }
    #expect(kinds.allSatisfy { $0 > 20 }, "seed \(seed): \(kinds)")
  }

  @Test func circleCircleAgainstExactClassification() {
    let seed: UInt64 = 542
    var rng = SplitMix64(seed: seed)
    var kinds = [0, 0, 0, 0]
    for round in 0..<4000 {
      let (a, ax, ay, ar) = Self.randomCircle(&rng, -4...4, 5)
      let (b, bx, by, br) = round % 10 == 0 ? (a, ax, ay, ar) : Self.randomCircle(&rng, -4...4, 5)
      let d2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay)
      let sum2 = (ar + br) * (ar + br), dif2 = (ar - br) * (ar - br)
      guard let result = a.intersection(with: b) else { Issue.record("nil"); continue }
      switch result {
      case .coincident:
        kinds[3] += 1
        #expect(d2 == 0 && ar == br, "seed \(seed) round \(round)")
      case .none:
        kinds[0] += 1
        #expect(d2 > sum2 || d2 < dif2 || (d2 == 0 && ar != br), "seed \(seed) round \(round)")
      case .point(let p):
        kinds[1] += 1
        #expect(d2 > 0 && (d2 == sum2 || d2 == dif2), "seed \(seed) round \(round)")
        #expect(Self.onCircle(p, a) && Self.onCircle(p, b), "seed \(seed) round \(round): \(p)")
      case .points(let p, let q):
        kinds[2] += 1
        #expect(dif2 < d2 && d2 < sum2, "seed \(seed) round \(round)")
        #expect(
          Self.onCircle(p, a) && Self.onCircle(p, b) && Self.onCircle(q, a) && Self.onCircle(q, b),
          "seed \(seed) round \(round)")
        #expect(
          Vector2.orientation(a.center, b.center, p) > 0 && Vector2.orientation(a.center, b.center, q) < 0,
          "seed \(seed) round \(round): order")
      }
    }
    #expect(kinds.allSatisfy { $0 > 50 }, "seed \(seed): \(kinds)")
  }

  @Test func largeAndSmallScales() {
    // Scale a configuration by 1e-6 and shift it to 1e9: classifications must not change, points
    // must stay on both circles (relative to the radius).
    let seed: UInt64 = 543
    var rng = SplitMix64(seed: seed)
    for round in 0..<1000 {
      let (a, _, _, _) = Self.randomCircle(&rng, -4...4, 5)
      let (b, _, _, _) = Self.randomCircle(&rng, -4...4, 5)
      let base = a.intersection(with: b)!
      for (s, shift) in [(1e-6, 0.0), (1.0, 1e9), (1e3, -1e9)] {
        let sa = Circle2(center: a.center * s + V(shift, shift), radius: a.radius * s)
        let sb = Circle2(center: b.center * s + V(shift, shift), radius: b.radius * s)
        let r = sa.intersection(with: sb)!
        switch (base, r) {
        case (.none, .none), (.coincident, .coincident), (.point, .point): break
        case (.points, .points(let p, let q)):
          let tol = 1e-6 * s + 1e-15 * shift.magnitude  // absolute, dominated by rounding at the shift
          #expect(
            (p.distance(to: sa.center) - sa.radius).magnitude <= tol * 10
              && (q.distance(to: sb.center) - sb.radius).magnitude <= tol * 10,
            "seed \(seed) round \(round) scale \(s) shift \(shift)")
        default: Issue.record("seed \(seed) round \(round) scale \(s) shift \(shift): \(base) became \(r)")
        }
      }
    }
  }

  @Test func tangentsFromPoint() {
    let seed: UInt64 = 544
    var rng = SplitMix64(seed: seed)
    for round in 0..<2000 {
      let (c, cx, cy, r) = Self.randomCircle(&rng, -5...5, 5)
      let px = rng.int(-10...10), py = rng.int(-10...10)
      let p = V(Double(px), Double(py))
      let d2 = (px - cx) * (px - cx) + (py - cy) * (py - cy)
      let t = c.tangentPoints(from: p)!
      if d2 < r * r {
        #expect(t.isEmpty, "seed \(seed) round \(round)")
      } else if d2 == r * r {
        #expect(t == [p], "seed \(seed) round \(round)")
      } else {
        #expect(t.count == 2, "seed \(seed) round \(round)")
        for q in t {
          #expect(Self.onCircle(q, c), "seed \(seed) round \(round)")
          // The radius at q is perpendicular to the tangent pq.
          #expect((q - c.center).dot(q - p).magnitude <= 1e-9 * Double(d2 + 1), "seed \(seed) round \(round)")
        }
        if r > 0 {
          #expect(
            Vector2.orientation(p, c.center, t[0]) < 0 && Vector2.orientation(p, c.center, t[1]) > 0,
            "seed \(seed) round \(round): order")
        }
      }
    }
    #expect(Circle2(center: V(0, 0), radius: -1).tangentPoints(from: V(3, 3)) == nil)
    #expect(Circle2(center: V(0, 0), radius: 1).tangentPoints(from: V(.nan, 3)) == nil)
  }

  @Test func commonTangentsCountsAndTangency() {
    let seed: UInt64 = 545
    var rng = SplitMix64(seed: seed)
    var seen = Set<Int>()
    for round in 0..<4000 {
      let (a, ax, ay, ar) = Self.randomCircle(&rng, -4...4, 4)
      let (b, bx, by, br) = round % 20 == 0 ? (a, ax, ay, ar) : Self.randomCircle(&rng, -4...4, 4)
      let d2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay)
      let sum2 = (ar + br) * (ar + br), dif2 = (ar - br) * (ar - br)
      let tangents = a.commonTangents(with: b)
      if d2 == 0 && ar == br { #expect(tangents == nil, "seed \(seed) round \(round)"); continue }
      guard let ts = tangents else { Issue.record("seed \(seed) round \(round): nil"); continue }
      let expected: Int
      if d2 == 0 || d2 < dif2 {
        expected = 0
      } else if d2 == dif2 && dif2 == sum2 {
        expected = 2
      }  // a point on the other circle: same line twice
      else if d2 == dif2 {
        expected = 1
      } else if d2 < sum2 {
        expected = 2
      } else if d2 == sum2 {
        expected = 3
      } else {
        expected = 4
      }
      seen.insert(expected)
      #expect(ts.count == expected, "seed \(seed) round \(round): \(ts.count) vs \(expected) for \(a) \(b)")
      for s in ts {
        #expect(Self.onCircle(s.start, a) && Self.onCircle(s.end, b), "seed \(seed) round \(round)")
        // The line through the segment is tangent to both: radii perpendicular to it.
        let dir = s.end - s.start
        if dir.length > 1e-9 {
          let line = Line2(through: s.start, s.end)
          #expect(Geo2Ref.close(line.distance(to: a.center), a.radius, 1e-9, abs: 1e-9), "seed \(seed) round \(round)")
          #expect(Geo2Ref.close(line.distance(to: b.center), b.radius, 1e-9, abs: 1e-9), "seed \(seed) round \(round)")
        }
      }
    }
    #expect(seen == [0, 1, 2, 3, 4], "seed \(seed): \(seen)")
    #expect(Circle2(center: V(0, 0), radius: 1).commonTangents(with: Circle2(center: V(0, 0), radius: 2)) == [])
    #expect(Circle2(center: V(0, 0), radius: .nan).commonTangents(with: Circle2(center: V(0, 0), radius: 2)) == nil)
  }

  @Test func circumcircle() {
    let seed: UInt64 = 546
    var rng = SplitMix64(seed: seed)
    for round in 0..<3000 {
      let r = [5, 1000, 1_000_000_000][round % 3]
      let p = randomIntPoints(3, -r...r, &rng)
      let v = p.map(\.doubleVector)
      let c = Circle2.circumcircle(v[0], v[1], v[2], tolerance: .exact)
      if Ref.orient(p[0], p[1], p[2]) == 0 { #expect(c == nil, "seed \(seed) round \(round)"); continue }
      guard let c else { Issue.record("seed \(seed) round \(round): nil for a triangle"); continue }
      // Equidistant (relative to the radius; thin triangles have huge circles).
      for q in v { #expect(Geo2Ref.close(q.distance(to: c.center), c.radius, 1e-6), "seed \(seed) round \(round)") }
    }
    #expect(Circle2.circumcircle(V(0, 0), V(4, 0), V(0, 2)) == Circle2(center: V(2, 1), radius: 5.0.squareRoot()))
    #expect(Circle2.circumcircle(V(0, 0), V(1, 1), V(2, 2)) == nil)
    #expect(Circle2.circumcircle(V(0, 0), V(0, 0), V(2, 2)) == nil)
    #expect(Circle2.circumcircle(V(0, 0), V(1, .nan), V(2, 3)) == nil)
    // Near 1e-6: still a proper circle.
    let tiny = Circle2.circumcircle(V(1e-6, 0), V(0, 1e-6), V(-1e-6, 0))!
    #expect(tiny.center.length < 1e-18 && Geo2Ref.close(tiny.radius, 1e-6, 1e-12))
  }

  @Test func locationAndBadInputs() {
    let c = Circle2(center: Vector2(1_000_000_000, -1_000_000_000), radius: 5)
    #expect(c.location(of: Vector2(1_000_000_003, -999_999_996)) == .boundary)
    #expect(c.location(of: Vector2(1_000_000_003, -999_999_997)) == .inside)
    #expect(c.location(of: Vector2(1_000_000_004, -999_999_996)) == .outside)
    let d = Circle2(center: V(0, 0), radius: 1)
    #expect(d.location(of: V(1 + 1e-12, 0)) == .boundary)
    #expect(d.location(of: V(1 + 1e-12, 0), tolerance: .exact) == .outside)
    #expect(d.location(of: V(.nan, 0)) == .outside)
    #expect(d.intersection(with: Line2(through: V(1, 1), V(1, 1))) == nil)
    #expect(d.intersection(with: Line2(through: V(0, .infinity), V(1, 1))) == nil)
    #expect(Circle2(center: V(0, 0), radius: -1).intersection(with: d) == nil)
    #expect(d.intersection(with: Circle2(center: V(0, 0), radius: 2)) == CircleIntersection.none)  // concentric
    #expect(d.intersection(with: d) == .coincident)
    #expect(d.intersection(with: Circle2(center: V(3, 0), radius: 2)) == .point(V(1, 0)))  // external
    #expect(d.intersection(with: Circle2(center: V(-1, 0), radius: 2)) == .point(V(1, 0)))  // internal
    #expect(Circle2(center: V(-1, 0), radius: 2).intersection(with: d) == .point(V(1, 0)))
    // Zero radius: a point on the other circle is a tangent point.
    #expect(Circle2(center: V(0, 1), radius: 0).intersection(with: d) == .point(V(0, 1)))
    #expect(
      Circle2(center: V(0, 0), radius: 0).intersection(with: Line2(through: V(-1, 0), V(1, 0))) == .point(V(0, 0)))
  }
}
