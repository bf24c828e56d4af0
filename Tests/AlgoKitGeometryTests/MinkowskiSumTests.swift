import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

@Suite struct MinkowskiSumTests {
  /// Reference: the convex hull of all pairwise sums, rotated to start at the lowest (y, x) point.
  static func reference(_ p: [Vector2<Int>], _ q: [Vector2<Int>]) -> [Vector2<Int>] {
    var sums: [Vector2<Int>] = []
    for a in p { for b in q { sums.append(a + b) } }
    let h = sums.convexHull()
    guard let k = h.indices.min(by: { h[$0].y < h[$1].y || (h[$0].y == h[$1].y && h[$0].x < h[$1].x) }) else {
      return h
    }
    if h.count == 2 { return [h[k], h[1 - k]] }
    return Array(h[k...] + h[..<k])
  }

  @Test func randomConvexPolygonsMatchHullOfSums() {
    let seed: UInt64 = 531
    var rng = SplitMix64(seed: seed)
    for round in 0..<300 {
      let r = [3, 100, 1_000_000_000][round % 3]
      let p = Geo2Ref.convexPolygon(rng.int(3...20), -r...r, &rng)
      let q = Geo2Ref.convexPolygon(rng.int(3...20), -r...r, &rng)
      // Equivalent messy inputs: clockwise, collinear boundary points, rotated start.
      let messyQ = Array(q.reversed())
      let sum = p.minkowskiSum(with: messyQ)
      #expect(sum == Self.reference(p, q), "seed \(seed) round \(round): \(p) + \(q)")
    }
  }

  @Test func collinearEdgesAndDegenerateOperands() {
    let seed: UInt64 = 532
    var rng = SplitMix64(seed: seed)
    for round in 0..<300 {
      // Small grids: parallel edges in both operands are common.
      func operand() -> [Vector2<Int>] {
        let pts = randomIntPoints(rng.int(1...8), -3...3, &rng)
        let h = pts.convexHull(keepingCollinear: rng.int(0...1) == 0)
        return rng.int(0...1) == 0 ? h : h.reversed()
      }
      let p = operand(), q = operand()
      guard let sum = p.minkowskiSum(with: q) else {
        Issue.record("seed \(seed) round \(round): nil for \(p) \(q)"); continue
      }
      #expect(sum == Self.reference(p, q), "seed \(seed) round \(round): \(p) + \(q) = \(sum)")
    }
  }

  @Test func floatingAtScales() {
    let seed: UInt64 = 533
    var rng = SplitMix64(seed: seed)
    for round in 0..<100 {
      let s = [1.0, 0.5e-6, 1024.0][round % 3]  // powers of two keep sums exact; 1e-6-ish checks tiny values
      let p = Geo2Ref.convexPolygon(rng.int(3...15), -1000...1000, &rng)
      let q = Geo2Ref.convexPolygon(rng.int(3...15), -1000...1000, &rng)
      let dp = p.map { Vector2(Double($0.x) * s, Double($0.y) * s) },
        dq = q.map { Vector2(Double($0.x) * s, Double($0.y) * s) }
      let sum = dp.minkowskiSum(with: dq)!
      let ref = Self.reference(p, q).map { Vector2(Double($0.x) * s, Double($0.y) * s) }
      #expect(sum.count == ref.count, "seed \(seed) round \(round)")
      #expect(
        zip(sum, ref).allSatisfy { $0.isApproximatelyEqual(to: $1, tolerance: GeometryTolerance(relative: 1e-12)) },
        "seed \(seed) round \(round)")
    }
  }

  @Test func badInputs() {
    let square = [Vector2(0, 0), Vector2(1, 0), Vector2(1, 1), Vector2(0, 1)]
    let triangle = [Vector2(0, 0), Vector2(2, 0), Vector2(0, 2)]
    #expect(
      square.minkowskiSum(with: triangle) == [
        Vector2(0, 0), Vector2(3, 0), Vector2(3, 1), Vector2(1, 3), Vector2(0, 3),
      ])
    #expect(square.minkowskiSum(with: [Vector2<Int>]()) == [])
    #expect(square.minkowskiSum(with: [Vector2(5, 5)]) == [Vector2(5, 5), Vector2(6, 5), Vector2(6, 6), Vector2(5, 6)])
    #expect(
      [Vector2(0, 0), Vector2(2, 0)].minkowskiSum(with: [Vector2(0, 0), Vector2(0, 3)])
        == [Vector2(0, 0), Vector2(2, 0), Vector2(2, 3), Vector2(0, 3)])
    #expect(
      [Vector2(0, 0), Vector2(2, 0)].minkowskiSum(with: [Vector2(1, 0), Vector2(5, 0)]) == [
        Vector2(1, 0), Vector2(7, 0),
      ])
    #expect([Vector2(1, 1)].minkowskiSum(with: [Vector2(2, 2)]) == [Vector2(3, 3)])
    let reflex = [Vector2(0, 0), Vector2(4, 0), Vector2(2, 1), Vector2(4, 4), Vector2(0, 4)]
    #expect(reflex.minkowskiSum(with: square) == nil)
    #expect(square.minkowskiSum(with: reflex) == nil)
    let star = [Vector2(0, 10), Vector2(-6, -8), Vector2(10, 3), Vector2(-10, 3), Vector2(6, -8)]
    #expect(star.minkowskiSum(with: square) == nil)
    #expect([Vector2(0.0, 0), Vector2(1, .nan), Vector2(0, 1)].minkowskiSum(with: [Vector2(0.0, 0)]) == nil)
    // Contest scale: exact at 1e9.
    let r = 1_000_000_000
    let big = [Vector2(-r, -r), Vector2(r, -r), Vector2(r, r), Vector2(-r, r)]
    #expect(big.minkowskiSum(with: big) == big.map { $0 * 2 })
  }
}
