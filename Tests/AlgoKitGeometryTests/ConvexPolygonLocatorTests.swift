import AlgoKitTestSupport
import Foundation
import Testing

@testable import AlgoKitGeometry

/// geo2's test references (nested, so no name collides with other test files).
enum Geo2Ref {
  /// O(n) point location in a convex counterclockwise polygon with exact Int128 orientation.
  static func locateLinear(_ poly: [Vector2<Int>], _ p: Vector2<Int>) -> PolygonPointLocation {
    let n = poly.count
    var boundary = false
    for i in 0..<n {
      let a = poly[i], b = poly[(i + 1) % n]
      let o = Ref.orient(a, b, p)
      if o < 0 { return .outside }
      if o == 0 && min(a.x, b.x) <= p.x && p.x <= max(a.x, b.x) && min(a.y, b.y) <= p.y && p.y <= max(a.y, b.y) {
        boundary = true
      }
    }
    return boundary ? .boundary : .inside
  }

  /// A random convex polygon (counterclockwise hull of random points) with at least 3 vertices.
  static func convexPolygon(_ n: Int, _ range: ClosedRange<Int>, _ rng: inout SplitMix64) -> [Vector2<Int>] {
    while true {
      let h = randomIntPoints(n, range, &rng).convexHull()
      if h.count >= 3 { return h }
    }
  }

  static func close(_ a: Double, _ b: Double, _ rel: Double, abs: Double = 0) -> Bool {
    (a - b).magnitude <= abs + rel * max(a.magnitude, b.magnitude)
  }
}

@Suite struct ConvexPolygonLocatorTests {
  @Test func randomIntegerPolygonsAgainstLinearScan() {
    let seed: UInt64 = 501
    var rng = SplitMix64(seed: seed)
    for round in 0..<300 {
      let r = [4, 30, 1_000_000_000][round % 3]
      let hull = Geo2Ref.convexPolygon(rng.int(3...40), -r...r, &rng)
      // A messy but equivalent input: clockwise, with collinear boundary points and duplicates.
      let messy = Array(hull.reversed()) + []
      guard let locator = ConvexPolygonLocator(messy), let locator2 = ConvexPolygonLocator(hull) else {
        Issue.record("seed \(seed) round \(round): valid polygon rejected \(hull)"); continue
      }
      #expect(locator.vertices.count == hull.count)
      for q in 0..<60 {
        let p: Vector2<Int>
        if q < 20 {  // points on edges and vertices
          let i = rng.int(0...(hull.count - 1))
          p =
            q % 2 == 0
            ? hull[i]
            : Vector2((hull[i].x + hull[(i + 1) % hull.count].x) / 2, (hull[i].y + hull[(i + 1) % hull.count].y) / 2)
        } else {
          p = Vector2(rng.int(-r - r / 4 - 1...r + r / 4 + 1), rng.int(-r - r / 4 - 1...r + r / 4 + 1))
        }
        let expected = Geo2Ref.locateLinear(hull, p)
        #expect(locator.locate(p) == expected, "seed \(seed) round \(round) p \(p) hull \(hull)")
        #expect(locator2.locate(p) == expected, "seed \(seed) round \(round)")
        #expect(hull.convexPolygonLocation(of: p) == expected, "seed \(seed) round \(round) p \(p)")
      }
    }
  }

  @Test func collinearAndDuplicateVerticesAreNormalized() {
    let seed: UInt64 = 502
    var rng = SplitMix64(seed: seed)
    for round in 0..<100 {
      let pts = randomIntPoints(rng.int(3...30), -6...6, &rng)
      let full = pts.convexHull(keepingCollinear: true)
      let hull = pts.convexHull()
      guard hull.count >= 3 else { continue }
      var messy: [Vector2<Int>] = []
      for v in full { messy.append(v); if rng.int(0...3) == 0 { messy.append(v) } }
      if round % 2 == 0 { messy.reverse() }
      let k = rng.int(0...(messy.count - 1))
      messy = Array(messy[k...] + messy[..<k])
      guard let locator = ConvexPolygonLocator(messy) else {
        Issue.record("seed \(seed) round \(round): rejected \(messy)"); continue
      }
      #expect(Set(locator.vertices) == Set(hull) && locator.vertices.count == hull.count, "seed \(seed) round \(round)")
      for x in -7...7 {
        for y in -7...7 {
          let p = Vector2(x, y)
          #expect(locator.locate(p) == Geo2Ref.locateLinear(hull, p), "seed \(seed) round \(round) \(p)")
        }
      }
    }
  }

  @Test func badInputs() {
    #expect(ConvexPolygonLocator([Vector2<Int>]()) == nil)
    #expect(ConvexPolygonLocator([Vector2(0, 0), Vector2(1, 1)]) == nil)
    #expect(ConvexPolygonLocator([Vector2(0, 0), Vector2(1, 1), Vector2(2, 2), Vector2(0, 0)]) == nil)  // collinear
    // Reflex vertex.
    #expect(ConvexPolygonLocator([Vector2(0, 0), Vector2(4, 0), Vector2(2, 1), Vector2(4, 4), Vector2(0, 4)]) == nil)
    // A pentagram: every turn is left, but it winds twice.
    let star = [Vector2(0, 10), Vector2(-6, -8), Vector2(10, 3), Vector2(-10, 3), Vector2(6, -8)]
    #expect(star.polygonOrientation() != 0)
    #expect(ConvexPolygonLocator(star) == nil)
    // A spike that doubles back.
    #expect(ConvexPolygonLocator([Vector2(0, 0), Vector2(4, 0), Vector2(6, 0), Vector2(4, 0), Vector2(4, 4)]) == nil)
    #expect(ConvexPolygonLocator([Vector2(0.0, 0), Vector2(1, .nan), Vector2(0, 1)]) == nil)
    #expect(ConvexPolygonLocator([Vector2(0.0, 0), Vector2(.infinity, 0), Vector2(0, 1)]) == nil)
    // Unvalidated entry point on degenerate inputs: documented answers, no crash.
    #expect([Vector2<Int>]().convexPolygonLocation(of: Vector2(0, 0)) == .outside)
    #expect([Vector2(1, 1)].convexPolygonLocation(of: Vector2(1, 1)) == .boundary)
    #expect([Vector2(1, 1), Vector2(3, 3)].convexPolygonLocation(of: Vector2(2, 2)) == .boundary)
    #expect([Vector2(1, 1), Vector2(3, 3)].convexPolygonLocation(of: Vector2(4, 4)) == .outside)
    let tri = ConvexPolygonLocator([Vector2(0.0, 0), Vector2(1, 0), Vector2(0, 1)])!
    #expect(tri.locate(Vector2(.nan, 0.1)) == .outside)
  }

  @Test func doublesMatchIntegersAtLargeAndSmallScales() {
    // Doubles that are integers (up to 1e9) or integers times 2^-40 (about 1e-6 apart at 1e6 · 2^-40):
    // with .exact the answer must equal the integer answer.
    let seed: UInt64 = 503
    var rng = SplitMix64(seed: seed)
    let scales = [1.0, Double(sign: .plus, exponent: -40, significand: 1)]
    for round in 0..<120 {
      let r = round % 2 == 0 ? 1_000_000_000 : 1_000_000
      let hull = Geo2Ref.convexPolygon(rng.int(3...25), -r...r, &rng)
      let s = scales[round % 2]
      let dh = hull.map { Vector2(Double($0.x) * s, Double($0.y) * s) }
      let locator = ConvexPolygonLocator(dh)!
      for q in 0..<40 {
        let p = q < 10 ? hull[rng.int(0...(hull.count - 1))] : Vector2(rng.int(-r...r), rng.int(-r...r))
        let dp = Vector2(Double(p.x) * s, Double(p.y) * s)
        let expected = Geo2Ref.locateLinear(hull, p)
        #expect(locator.locate(dp, tolerance: .exact) == expected, "seed \(seed) round \(round) \(p)")
        if expected == .boundary { #expect(locator.locate(dp) == .boundary) }
      }
    }
  }

  @Test func toleranceCountsNearlyOnEdgeAsBoundary() {
    // The edge (1, 0) → (0, 1) of a diamond; points 1e-13 off it (relative orientation ~2e-13).
    let diamond = ConvexPolygonLocator([Vector2(1.0, 0), Vector2(0, 1), Vector2(-1, 0), Vector2(0, -1)])!
    let justOutside = Vector2(0.5 + 1e-13, 0.5 + 1e-13), justInside = Vector2(0.5 - 1e-13, 0.5 - 1e-13)
    #expect(diamond.locate(justOutside) == .boundary)
    #expect(diamond.locate(justInside) == .boundary)
    #expect(diamond.locate(justOutside, tolerance: .exact) == .outside)
    #expect(diamond.locate(justInside, tolerance: .exact) == .inside)
    #expect(diamond.locate(Vector2(0.5 + 1e-6, 0.5)) == .outside)
    #expect(diamond.locate(Vector2(0.25, 0.25)) == .inside)
  }

  @Test func manyVerticesAtContestScale() {
    // A convex polygon with thousands of vertices (hull of points on a large circle, rounded to
    // integers), queries against the linear scan.
    let seed: UInt64 = 504
    var rng = SplitMix64(seed: seed)
    let r = 1_000_000_000.0
    let pts = (0..<5_000).map { _ -> Vector2<Int> in
      let t = rng.double(0...(2 * Double.pi))
      return Vector2(Int((r * cos(t)).rounded()), Int((r * sin(t)).rounded()))
    }
    let hull = pts.convexHull()
    #expect(hull.count > 500)
    let locator = ConvexPolygonLocator(hull)!
    for q in 0..<150 {
      let p =
        q % 3 == 0
        ? hull[rng.int(0...(hull.count - 1))]
        : Vector2(rng.int(-1_000_000_001...1_000_000_001), rng.int(-1_000_000_001...1_000_000_001))
      #expect(locator.locate(p) == Geo2Ref.locateLinear(hull, p), "seed \(seed) query \(q) \(p)")
    }
  }
}
