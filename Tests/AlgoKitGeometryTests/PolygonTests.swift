import AlgoKitTestSupport
import Foundation
import Testing

@testable import AlgoKitGeometry

/// A random star-shaped (hence simple) integer polygon around `center`, counterclockwise.
func starPolygon(_ n: Int, center: Vector2<Int>, radius: Int, _ rng: inout SplitMix64) -> [Vector2<Int>] {
  var pts: [Vector2<Int>] = []
  while pts.count < n {
    let p = Vector2(rng.int(-radius...radius), rng.int(-radius...radius))
    if p != .zero && !pts.contains(where: { $0.crossSign(p) == 0 && $0.dot(p) > 0 }) { pts.append(p) }
  }
  pts.sortByPolarAngle()
  // Star-shaped around the center only if every angular gap is below π.
  for i in pts.indices where pts[i].crossSign(pts[(i + 1) % n]) <= 0 {
    return starPolygon(n, center: center, radius: radius, &rng)
  }
  return pts.map { $0 + center }
}

@Suite struct PolygonTests {
  @Test func pointLocationMatchesFanTriangulation() {
    let seed: UInt64 = 51
    var rng = SplitMix64(seed: seed)
    for round in 0..<60 {
      let c = Vector2(rng.int(-5...5), rng.int(-5...5))
      var poly = starPolygon(rng.int(3...12), center: c, radius: 8, &rng)
      if round % 2 == 1 { poly.reverse() }
      for _ in 0..<40 {
        let q = Vector2(rng.int(-16...16), rng.int(-16...16))
        var boundary = false, inFan = false
        for i in poly.indices {
          let a = poly[i], b = poly[(i + 1) % poly.count]
          if Segment2(a, b).contains(q) { boundary = true }
          let o1 = Ref.orient(c, a, q), o2 = Ref.orient(a, b, q), o3 = Ref.orient(b, c, q)
          if (o1 >= 0 && o2 >= 0 && o3 >= 0) || (o1 <= 0 && o2 <= 0 && o3 <= 0) { inFan = true }
        }
        let expected: PolygonPointLocation = boundary ? .boundary : (inFan ? .inside : .outside)
        #expect(poly.locate(q) == expected, "seed \(seed) round \(round) \(poly) \(q)")
        let scaled = poly.map { Vector2(Double($0.x) * 0x1p-20, Double($0.y) * 0x1p-20) }  // ~1e-6, exact
        #expect(scaled.locate(Vector2(Double(q.x) * 0x1p-20, Double(q.y) * 0x1p-20), tolerance: .exact) == expected)
        let big = poly.map { $0 * 100_000_000 }
        #expect(big.locate(q * 100_000_000) == expected)
      }
    }
  }

  @Test func pointLocationEdgeCases() {
    let square = [Vector2(0, 0), Vector2(4, 0), Vector2(4, 4), Vector2(0, 4)]
    #expect(square.locate(Vector2(2, 2)) == .inside)
    #expect(square.locate(Vector2(4, 1)) == .boundary)
    #expect(square.locate(Vector2(0, 0)) == .boundary)
    #expect(square.locate(Vector2(5, 0)) == .outside)
    #expect(square.locate(Vector2(-1, 4)) == .outside)  // ray through a vertex
    #expect([Vector2<Int>]().locate(Vector2(0, 0)) == .outside)
    #expect([Vector2(1, 1)].locate(Vector2(1, 1)) == .boundary)
    #expect([Vector2(0, 0), Vector2(2, 2)].locate(Vector2(1, 1)) == .boundary)
    #expect([Vector2(0, 0), Vector2(2, 2)].locate(Vector2(1, 0)) == .outside)
    let d = square.map { Vector2<Double>($0) }
    #expect(d.locate(Vector2(4 + 1e-12, 2)) == .boundary)  // default tolerance
    #expect(d.locate(Vector2(4 + 1e-12, 2), tolerance: .exact) == .outside)
    #expect(d.locate(Vector2(.nan, 2)) == .outside)
  }

  @Test func perimeterCentroidConvexity() {
    let rect = [Vector2(0, 0), Vector2(4, 0), Vector2(4, 2), Vector2(0, 2)]
    #expect(rect.perimeter() == 12)
    #expect(rect.centroid() == Vector2(2, 1))
    #expect([Vector2(0.0, 0), Vector2(3, 0), Vector2(0, 3)].centroid() == Vector2(1, 1))
    // L-shape: 4x2 at the bottom plus 2x2 on the left top → centroid of two rectangles.
    let l = [Vector2(0, 0), Vector2(4, 0), Vector2(4, 2), Vector2(2, 2), Vector2(2, 4), Vector2(0, 4)]
    let expected = (Vector2(2.0, 1) * 8 + Vector2(1.0, 3) * 4) / 12
    let got = l.centroid()!
    #expect((got - expected).length < 1e-15)
    let far = l.map { $0 + Vector2(1_000_000_000, -1_000_000_000) }
    #expect((far.centroid()! - (expected + Vector2(1e9, -1e9))).length < 1e-6)
    #expect(Array(l.reversed()).centroid()!.isApproximatelyEqual(to: expected))
    #expect([Vector2(0, 0), Vector2(1, 1), Vector2(2, 2)].centroid() == nil)
    #expect([Vector2(0, 0), Vector2(1, 1)].centroid() == nil)
    #expect(rect.isConvex() && rect.isConvex(strictly: true))
    #expect(!l.isConvex())
    let withCollinear = [Vector2(0, 0), Vector2(2, 0), Vector2(4, 0), Vector2(4, 2), Vector2(0, 2)]
    #expect(withCollinear.isConvex() && !withCollinear.isConvex(strictly: true))
    let pentagram = (0..<5).map { k -> Vector2<Double> in
      let t = Double(2 * k) * 2 * Double.pi / 5
      return Vector2(cos(t), sin(t))
    }
    #expect(!pentagram.isConvex())
    #expect(![Vector2(0, 0), Vector2(1, 1), Vector2(2, 2)].isConvex())
    #expect(![Vector2(0, 0), Vector2(1, 1)].isConvex())
    #expect([Vector2(0, 0), Vector2(0, 0), Vector2(4, 0), Vector2(4, 2), Vector2(0, 2), Vector2(0, 0)].isConvex())
    // Random star polygons: convex iff every vertex is on the hull boundary.
    let seed: UInt64 = 52
    var rng = SplitMix64(seed: seed)
    for round in 0..<300 {
      let poly = starPolygon(rng.int(3...8), center: .zero, radius: 4, &rng)
      let hullCount = poly.convexHull(keepingCollinear: true).count
      let allCollinear = poly.convexHull().count < 3
      #expect(poly.isConvex() == (hullCount == poly.count && !allCollinear), "seed \(seed) round \(round) \(poly)")
      #expect(Array(poly.reversed()).isConvex() == poly.isConvex())
    }
  }
}
