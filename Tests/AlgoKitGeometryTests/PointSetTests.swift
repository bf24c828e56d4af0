import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

@Suite struct PointSetTests {
  @Test func closestPairMatchesBruteForce() {
    let seed: UInt64 = 61
    var rng = SplitMix64(seed: seed)
    for round in 0..<120 {
      let r = [5, 1000, 1_000_000_000][round % 3]
      let pts = randomIntPoints(rng.int(2...200), -r...r, &rng)
      var best: Int128 = .max
      for i in pts.indices {
        for j in pts.indices where i < j {
          let dx = Int128(pts[i].x) - Int128(pts[j].x), dy = Int128(pts[i].y) - Int128(pts[j].y)
          best = min(best, dx * dx + dy * dy)
        }
      }
      let got = pts.closestPair()!
      #expect(got.distanceSquared.description == best.description, "seed \(seed) round \(round)")
      let dx = Int128(pts[got.first].x) - Int128(pts[got.second].x),
        dy = Int128(pts[got.first].y) - Int128(pts[got.second].y)
      #expect(dx * dx + dy * dy == best && got.first < got.second)
      let d = pts.map { Vector2(Double($0.x) * 1e-6, Double($0.y) * 1e-6) }
      let gd = d.closestPair()!
      #expect(abs(gd.distanceSquared - Double(best) * 1e-12) <= 1e-9 * Double(best) * 1e-12)
    }
    #expect([Vector2<Int>]().closestPair() == nil)
    #expect([Vector2(1, 1)].closestPair() == nil)
    #expect([Vector2(0.0, 0), Vector2(.nan, 1)].closestPair() == nil)
    #expect([Vector2(0, 0), Vector2(5, 5), Vector2(1, 1)].closestPair()! == (0, 2, GeometryWideInt(2)))
  }

  @Test func closestPairDivideAndConquerFallback() {
    // Two columns of distinct points: the sweep's window holds everything, its budget runs out,
    // and divide and conquer must finish with the exact answer.
    let seed: UInt64 = 64
    var rng = SplitMix64(seed: seed)
    for round in 0..<3 {
      var ys = Set<Int>()
      while ys.count < 1500 { ys.insert(rng.int(-1_000_000_000...1_000_000_000)) }
      let pts = ys.map { Vector2(rng.int(0...1) * (round + 1), $0) }
      var best: Int128 = .max
      for i in pts.indices {
        for j in pts.indices where i < j {
          let dx = Int128(pts[i].x) - Int128(pts[j].x), dy = Int128(pts[i].y) - Int128(pts[j].y)
          best = min(best, dx * dx + dy * dy)
        }
      }
      #expect(pts.closestPair()!.distanceSquared.description == best.description, "seed \(seed) round \(round)")
    }
  }

  @Test func closestPairContestScale() {
    // 2·10^5 distinct points on a coarse lattice, then one planted near pair.
    let seed: UInt64 = 62
    var rng = SplitMix64(seed: seed)
    var seen = Set<Vector2<Int>>()
    var pts: [Vector2<Int>] = []
    while pts.count < 100_000 {
      let p = Vector2(rng.int(-100_000...100_000) * 10_000, rng.int(-100_000...100_000) * 10_000)
      if seen.insert(p).inserted { pts.append(p) }
    }
    pts.append(pts[12345] + Vector2(3, 4))
    let got = pts.closestPair()!
    #expect(got.distanceSquared.intValue == 25 && got.first == 12345 && got.second == 100_000)
    pts.append(pts[777])
    #expect(pts.closestPair()!.distanceSquared.intValue == 0)
  }

  @Test func minimumEnclosingCircleMatchesBruteForce() {
    let seed: UInt64 = 63
    var rng = SplitMix64(seed: seed)
    for round in 0..<80 {
      let r = [3, 100, 1_000_000_000][round % 3]
      let pts = randomIntPoints(rng.int(1...25), -r...r, &rng)
      let d = pts.map { Vector2<Double>($0) }
      // Brute force: the smallest circle through 2 or 3 points that covers everything.
      var best = Double.infinity
      func consider(_ c: Circle2<Double>) {
        if c.radius < best && d.allSatisfy({ ($0 - c.center).length <= c.radius * (1 + 1e-9) + 1e-9 }) {
          best = c.radius
        }
      }
      if Set(pts).count == 1 { best = 0 }
      for i in d.indices {
        for j in d.indices where i < j {
          consider(Circle2._diametral(d[i], d[j]))
          for k in d.indices where j < k && Ref.orient(pts[i], pts[j], pts[k]) != 0 {
            consider(Circle2._through(d[i], d[j], d[k]))
          }
        }
      }
      let c = pts.minimumEnclosingCircle()!
      #expect(abs(c.radius - best) <= 1e-8 * max(1, best), "seed \(seed) round \(round): \(c.radius) vs \(best)")
      #expect(d.allSatisfy { c.contains($0) }, "seed \(seed) round \(round)")
      #expect(abs(pts.minimumEnclosingCircle(seed: 99)!.radius - c.radius) <= 1e-8 * max(1, best))
    }
  }

  @Test func minimumEnclosingCircleDegenerate() {
    #expect([Vector2<Int>]().minimumEnclosingCircle() == nil)
    #expect([Vector2(3, 4)].minimumEnclosingCircle() == Circle2(center: Vector2(3.0, 4), radius: 0))
    #expect(Array(repeating: Vector2(3, 4), count: 1000).minimumEnclosingCircle()!.radius == 0)
    let line = (0..<1000).map { Vector2($0, 2 * $0) }
    let c = line.minimumEnclosingCircle()!
    #expect(abs(c.radius - (999.0 * 999 * 5).squareRoot() / 2) < 1e-9 * c.radius)
    #expect([Vector2(0.0, 0), Vector2(.infinity, 0)].minimumEnclosingCircle() == nil)
    #expect([Vector2(0.0, 0), Vector2(.nan, 0)].minimumEnclosingCircle() == nil)
    // Tiny and huge scales.
    for s in [1e-6, 1e9] {
      let pts = [Vector2(-s, 0), Vector2(s, 0), Vector2(0, s), Vector2(0, -s), Vector2(s / 2, s / 2)]
      let c = pts.minimumEnclosingCircle()!
      #expect(abs(c.radius - s) <= 1e-12 * s && c.center.length <= 1e-12 * s)
    }
  }
}
