import AlgoKitTestSupport
import Foundation
import Testing

@testable import AlgoKitGeometry

/// Independent reference: the intersection of convex P and Q is the convex hull of P's vertices in
/// Q, Q's vertices in P and the crossing points of their edges (no clipping involved).
func referenceIntersectionArea(_ p: [Vector2<Double>], _ q: [Vector2<Double>]) -> Double {
  func inside(_ v: Vector2<Double>, _ poly: [Vector2<Double>]) -> Bool {
    var pos = false, neg = false
    for i in poly.indices {
      let a = poly[i], b = poly[(i + 1) % poly.count]
      let c = (b - a).cross(v - a)
      let scale = 1e-9 * ((b - a).length * max(1, (v - a).length))
      if c > scale { pos = true } else if c < -scale { neg = true }
    }
    return !(pos && neg)
  }
  var pts = p.filter { inside($0, q) } + q.filter { inside($0, p) }
  for i in p.indices {
    let a = p[i], b = p[(i + 1) % p.count]
    for j in q.indices {
      let c = q[j], d = q[(j + 1) % q.count]
      let den = (b - a).cross(d - c)
      if den == 0 { continue }
      let t = (c - a).cross(d - c) / den, u = (c - a).cross(b - a) / den
      if t >= 0 && t <= 1 && u >= 0 && u <= 1 { pts.append(a + (b - a) * t) }
    }
  }
  let hull = pts.convexHull()
  return hull.count < 3 ? 0 : hull.area()
}

func rotatedRect(_ cx: Double, _ cy: Double, _ w: Double, _ h: Double, _ angle: Double) -> [Vector2<Double>] {
  let c = cos(angle), s = sin(angle)
  return [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)].map { dx, dy in
    Vector2(cx + dx * c - dy * s, cy + dx * s + dy * c)
  }
}

@Suite struct ConvexPolygonIntersectionTests {
  @Test func randomRotatedRectanglesMatchReference() {
    let seed: UInt64 = 31
    var rng = SplitMix64(seed: seed)
    for round in 0..<1000 {
      let a = rotatedRect(
        rng.double(0...100), rng.double(0...100), rng.double(5...40), rng.double(5...40), rng.double(0...Double.pi))
      var b = rotatedRect(
        rng.double(0...100), rng.double(0...100), rng.double(5...40), rng.double(5...40), rng.double(0...Double.pi))
      if round % 3 == 0 { b.reverse() }  // clockwise
      let got = a.convexIntersectionArea(with: b)
      let want = referenceIntersectionArea(a, b)
      #expect(abs(got - want) <= 1e-9 * max(1, want), "seed \(seed) round \(round): \(got) vs \(want)")
      let iou = a.convexIntersectionOverUnion(with: b)
      #expect(iou >= 0 && iou <= 1)
      #expect(abs(iou - want / (a.area() + b.area() - want)) <= 1e-9)
    }
  }

  @Test func randomConvexPolygonsMatchReference() {
    let seed: UInt64 = 32
    var rng = SplitMix64(seed: seed)
    for round in 0..<200 {
      let p = (0..<rng.int(3...30)).map { _ in Vector2(rng.double(-10...10), rng.double(-10...10)) }.convexHull()
      let q = (0..<rng.int(3...30)).map { _ in Vector2(rng.double(-10...10), rng.double(-10...10)) }.convexHull()
      guard p.count >= 3, q.count >= 3 else { continue }
      let got = p.convexIntersectionArea(with: q)
      let want = referenceIntersectionArea(p, q)
      #expect(abs(got - want) <= 1e-9 * max(1, want), "seed \(seed) round \(round)")
      let poly = p.convexIntersection(with: q)
      #expect(abs((poly.count >= 3 ? poly.area() : 0) - want) <= 1e-9 * max(1, want))
      #expect(abs(q.convexIntersectionArea(with: p) - want) <= 1e-9 * max(1, want))
    }
  }

  @Test func identicalNestedDisjoint() {
    let seed: UInt64 = 33
    var rng = SplitMix64(seed: seed)
    for _ in 0..<500 {
      let a = rotatedRect(
        rng.double(0...100), rng.double(0...100), rng.double(5...40), rng.double(5...40), rng.double(0...Double.pi))
      #expect(a.convexIntersectionArea(with: a) == a.area(), "seed \(seed)")
      #expect(a.convexIntersectionOverUnion(with: a) == 1, "seed \(seed)")
      #expect(a.reversed().convexIntersectionArea(with: a) == Array(a.reversed()).area())
      // Same polygon, different starting vertex: clipping still returns it unchanged.
      let rotated = Array(a[1...] + a[..<1])
      #expect(a.convexIntersectionArea(with: rotated) == a.area())
      // Nested: a shrunken copy inside.
      let c = a.reduce(Vector2(0.0, 0), +) / 4
      let inner = a.map { c + ($0 - c) * 0.5 }
      #expect(inner.convexIntersectionArea(with: a) == inner.area())
      #expect(a.convexIntersectionArea(with: inner) == inner.area())
      #expect(inner.convexIntersectionOverUnion(with: a) == inner.area() / a.area())
      // Disjoint: translated far away; touching along an edge.
      let far = a.map { $0 + Vector2(500, 0) }
      #expect(a.convexIntersectionArea(with: far) == 0)
      #expect(a.convexIntersectionOverUnion(with: far) == 0)
    }
    let unit = [Vector2(0.0, 0), Vector2(1, 0), Vector2(1, 1), Vector2(0, 1)]
    let right = unit.map { $0 + Vector2(1, 0) }
    #expect(unit.convexIntersectionArea(with: right) == 0)
    #expect(unit.convexIntersectionOverUnion(with: right) == 0)
    let corner = unit.map { $0 + Vector2(1, 1) }
    #expect(unit.convexIntersectionArea(with: corner) == 0)
  }

  @Test func badInput() {
    let unit = [Vector2(0.0, 0), Vector2(1, 0), Vector2(1, 1), Vector2(0, 1)]
    #expect(unit.convexIntersectionArea(with: [Vector2(0.0, 0), Vector2(1, 1)]) == 0)
    #expect(unit.convexIntersectionArea(with: [Vector2<Double>]()) == 0)
    #expect(unit.convexIntersectionArea(with: [Vector2(0.0, 0), Vector2(1, 1), Vector2(2, 2)]) == 0)
    #expect(unit.convexIntersectionArea(with: [Vector2(0.0, 0), Vector2(.nan, 1), Vector2(2, 2)]).isNaN)
    #expect(unit.convexIntersectionOverUnion(with: [Vector2(0.0, 0), Vector2(.infinity, 1), Vector2(2, 2)]).isNaN)
    #expect(unit.convexIntersection(with: [Vector2(0.0, 0), Vector2(.nan, 1), Vector2(2, 2)]).isEmpty)
    // Tiny and huge scales.
    for s in [1e-6, 1e9] {
      let a = unit.map { $0 * s }, b = unit.map { ($0 + Vector2(0.5, 0.5)) * s }
      #expect(abs(a.convexIntersectionArea(with: b) - 0.25 * s * s) <= 1e-12 * s * s)
    }
    let big = unit.map { $0 + Vector2(1e9, 1e9) }, shifted = unit.map { $0 + Vector2(1e9 + 0.5, 1e9) }
    #expect(abs(big.convexIntersectionArea(with: shifted) - 0.5) <= 1e-6)
  }

  @Test func halfPlaneClipping() {
    let unit = [Vector2(0.0, 0), Vector2(2, 0), Vector2(2, 2), Vector2(0, 2)]
    let cut = unit.clipped(toLeftOf: Line2(through: Vector2(1.0, -5), Vector2(1, 5)))  // keep x <= 1
    #expect(cut.area() == 2)
    #expect(cut.allSatisfy { $0.x <= 1 })
    #expect(unit.clipped(toLeftOf: Line2(through: Vector2(5.0, 0), Vector2(5, 1))).area() == 4)
    #expect(unit.clipped(toLeftOf: Line2(through: Vector2(5.0, 1), Vector2(5, 0))).isEmpty)
    #expect(unit.clipped(toLeftOf: Line2(through: Vector2(0.0, 0), Vector2(2, 0))) == unit)  // on an edge
    let seed: UInt64 = 34
    var rng = SplitMix64(seed: seed)
    for _ in 0..<300 {
      let p = (0..<20).map { _ in Vector2(rng.double(-10...10), rng.double(-10...10)) }.convexHull()
      let a = Vector2(rng.double(-10...10), rng.double(-10...10)),
        b = Vector2(rng.double(-10...10), rng.double(-10...10))
      let clipped = p.clipped(toLeftOf: Line2(through: a, b))
      // Reference: intersect with a huge square-ish polygon on the left of the line.
      let d = (b - a).normalized()!, n = d.perpendicular
      let halfPlane = [a - d * 1e3, a + d * 1e3, a + d * 1e3 + n * 1e3, a - d * 1e3 + n * 1e3]
      let want = referenceIntersectionArea(p, halfPlane)
      #expect(abs((clipped.count >= 3 ? clipped.area() : 0) - want) <= 1e-7 * max(1, want), "seed \(seed)")
    }
  }

  @Test func integerAreaIsExact() {
    let seed: UInt64 = 35
    var rng = SplitMix64(seed: seed)
    for _ in 0..<200 {
      let p = randomIntPoints(rng.int(0...2000), -1_000_000_000...1_000_000_000, &rng)
      #expect(p.twiceSignedArea().description == Ref.twiceArea(p).description, "seed \(seed)")
    }
    let square = [
      Vector2(0, 0), Vector2(1_000_000_000, 0), Vector2(1_000_000_000, 1_000_000_000), Vector2(0, 1_000_000_000),
    ]
    #expect(square.twiceSignedArea().intValue == 2_000_000_000_000_000_000)
    #expect(square.polygonOrientation() == 1 && Array(square.reversed()).polygonOrientation() == -1)
    #expect(square.area() == 1e18)
    #expect([Vector2(1, 1), Vector2(2, 2)].twiceSignedArea().intValue == 0)
  }
}
