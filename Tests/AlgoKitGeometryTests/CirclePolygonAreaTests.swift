import AlgoKitTestSupport
import Foundation
import Testing

@testable import AlgoKitGeometry

@Suite struct CirclePolygonAreaTests {
  /// Sutherland–Hodgman clip of any polygon (concave allowed) by a convex counterclockwise window:
  /// the area of the result is the area of the intersection.
  static func clip(_ subject: [Vector2<Double>], by window: [Vector2<Double>]) -> [Vector2<Double>] {
    var poly = subject
    for i in window.indices {
      let a = window[i], b = window[(i + 1) % window.count], d = b - a
      var out: [Vector2<Double>] = []
      for j in poly.indices {
        let p = poly[j], q = poly[(j + 1) % poly.count]
        let sp = d.cross(p - a), sq = d.cross(q - a)
        if sp >= 0 { out.append(p) }
        if (sp >= 0) != (sq >= 0) { out.append(p.interpolated(to: q, sp / (sp - sq))) }
      }
      poly = out
      if poly.isEmpty { break }
    }
    return poly
  }

  /// Regular n-gons inscribed in and circumscribed about the circle: the true area lies between the
  /// areas of the polygon clipped by each.
  static func bounds(_ polygon: [Vector2<Double>], _ c: Circle2<Double>, _ n: Int) -> (Double, Double) {
    let outerR = c.radius / cos(Double.pi / Double(n))
    func ngon(_ r: Double) -> [Vector2<Double>] {
      (0..<n).map { k in
        let t = 2 * Double.pi * Double(k) / Double(n)
        return c.center + Vector2(cos(t), sin(t)) * r
      }
    }
    let lo = clip(polygon, by: ngon(c.radius)), hi = clip(polygon, by: ngon(outerR))
    return (lo.count >= 3 ? lo.area() : 0, hi.count >= 3 ? hi.area() : 0)
  }

  /// A random star-shaped (hence simple) polygon around `o`.
  static func starPolygon(_ n: Int, _ o: Vector2<Double>, _ rmax: Double, _ rng: inout SplitMix64) -> [Vector2<Double>]
  {
    var angles = (0..<n).map { _ in rng.double(0...(2 * Double.pi)) }
    angles.sort()
    return angles.map { t in o + Vector2(cos(t), sin(t)) * rng.double(0.1...rmax) }
  }

  @Test func randomPolygonsBetweenInscribedAndCircumscribedBounds() {
    let seed: UInt64 = 551
    var rng = SplitMix64(seed: seed)
    for round in 0..<150 {
      let poly = Self.starPolygon(rng.int(3...12), Vector2(rng.double(-2...2), rng.double(-2...2)), 4, &rng)
      let c = Circle2(center: Vector2(rng.double(-2...2), rng.double(-2...2)), radius: rng.double(0.2...3))
      let input = round % 2 == 0 ? poly : poly.reversed()
      let area = c.intersectionArea(with: input)
      let (lo, hi) = Self.bounds(poly, c, 256)
      #expect(lo - 1e-9 <= area && area <= hi + 1e-9, "seed \(seed) round \(round): \(area) not in [\(lo), \(hi)]")
    }
  }

  @Test func exactCases() {
    let square = [Vector2(0.0, 0), Vector2(1, 0), Vector2(1, 1), Vector2(0, 1)]
    let unit = Circle2(center: Vector2(0.0, 0), radius: 1)
    #expect(Geo2Ref.close(unit.intersectionArea(with: square), Double.pi / 4, 1e-14))
    // Polygon inside the circle: its own area. Circle inside the polygon: πr².
    #expect(Geo2Ref.close(Circle2(center: Vector2(0.5, 0.5), radius: 10).intersectionArea(with: square), 1, 1e-14))
    #expect(
      Geo2Ref.close(
        Circle2(center: Vector2(0.5, 0.5), radius: 0.25).intersectionArea(with: square), Double.pi / 16, 1e-14))
    // Disjoint; tangent to an edge from outside.
    #expect(Circle2(center: Vector2(5.0, 5), radius: 1).intersectionArea(with: square) == 0)
    #expect(Circle2(center: Vector2(2.0, 0.5), radius: 1).intersectionArea(with: square).magnitude < 1e-15)
    // Half-plane-like: a big square cut by a circle centered on its edge: half the disk.
    let big = [Vector2(-10.0, 0), Vector2(10, 0), Vector2(10, 10), Vector2(-10, 10)]
    #expect(Geo2Ref.close(unit.intersectionArea(with: big), Double.pi / 2, 1e-14))
    // A concave L-shape containing the circle's center, integer vertices.
    let l = [Vector2(-2, -2), Vector2(2, -2), Vector2(2, 0), Vector2(0, 0), Vector2(0, 2), Vector2(-2, 2)]
    #expect(Geo2Ref.close(unit.intersectionArea(with: l), 3 * Double.pi / 4, 1e-14))
    // Tiny and huge scales (relative accuracy).
    let s = 1e-6
    #expect(
      Geo2Ref.close(
        Circle2(center: Vector2(0.0, 0), radius: s).intersectionArea(with: square.map { $0 * s }),
        Double.pi / 4 * s * s, 1e-12))
    let shift = Vector2(1e9, -1e9)
    #expect(
      Geo2Ref.close(
        Circle2(center: shift, radius: 1).intersectionArea(with: square.map { $0 + shift }), Double.pi / 4, 1e-6))
  }

  @Test func badInputs() {
    let unit = Circle2(center: Vector2(0.0, 0), radius: 1)
    #expect(unit.intersectionArea(with: [Vector2<Double>]()) == 0)
    #expect(unit.intersectionArea(with: [Vector2(0.0, 0), Vector2(1, 0)]) == 0)
    #expect(
      Circle2(center: Vector2(0.0, 0), radius: 0).intersectionArea(with: [
        Vector2(-1.0, -1), Vector2(1, -1), Vector2(0, 1),
      ]) == 0)
    #expect(unit.intersectionArea(with: [Vector2(0.0, 0), Vector2(.nan, 0), Vector2(0, 1)]).isNaN)
    #expect(
      Circle2(center: Vector2(0.0, 0), radius: -1).intersectionArea(with: [
        Vector2(0.0, 0), Vector2(1, 0), Vector2(0, 1),
      ]).isNaN)
    #expect(
      Circle2(center: Vector2(0.0, 0), radius: .infinity).intersectionArea(with: [
        Vector2(0.0, 0), Vector2(1, 0), Vector2(0, 1),
      ]).isNaN)
    // Repeated vertices and zero-length edges are harmless.
    let sq = [Vector2(0.0, 0), Vector2(0, 0), Vector2(1, 0), Vector2(1, 1), Vector2(1, 1), Vector2(0, 1)]
    #expect(Geo2Ref.close(unit.intersectionArea(with: sq), Double.pi / 4, 1e-14))
  }
}
