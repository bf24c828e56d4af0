// Orientation, convex hull and minimum enclosing circle at the ends of Double's range: the same
// integer configuration scaled by 2^k (an exact scaling) must give the same answers, mapped back.
import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

@Suite struct ExtremeScaleTests {
  static func scaled(_ p: Vector2<Int>, _ k: Int) -> Vector2<Double> {
    Vector2(
      Double(sign: .plus, exponent: k, significand: Double(p.x)),
      Double(sign: .plus, exponent: k, significand: Double(p.y)))
  }

  /// Exponents from subnormal coordinates (20 * 2^-1074 is exact) to 20 * 2^1000 < 2^1005; 665 and
  /// -665 are the powers of two nearest 1e200 and 1e-200.
  static let exponents = [-1074, -1060, -1000, -700, -665, -500, -485, -100, 0, 100, 480, 520, 665, 900, 1000]

  @Test func orientationMatchesInt128AtEveryScale() {
    let seed: UInt64 = 0x5CA1E
    var rng = SplitMix64(seed: seed)
    for round in 0..<3000 {
      let k = Self.exponents[round % Self.exponents.count]
      let a = Vector2(rng.int(-20...20), rng.int(-20...20)), b = Vector2(rng.int(-20...20), rng.int(-20...20))
      var c = Vector2(rng.int(-20...20), rng.int(-20...20))
      if round % 3 == 0 { c = Vector2(a.x + 2 * (b.x - a.x), a.y + 2 * (b.y - a.y)) }  // collinear, |c| <= 100
      let expected = Ref.orient(a, b, c)
      let got = GeometryPredicates.orientation(Self.scaled(a, k), Self.scaled(b, k), Self.scaled(c, k))
      #expect(got == expected, "seed \(seed) round \(round) k \(k): \(a) \(b) \(c)")
    }
    // Mixed magnitudes within the documented span: a huge offset plus a tiny turn.
    let big = 0x1p900, small = 0x1p-50
    #expect(
      GeometryPredicates.orientation(
        Vector2(big, big), Vector2(big * 2, big * 2), Vector2(big * 3, big * 3 + big * small)) == 1)
    #expect(
      GeometryPredicates.orientation(
        Vector2(big, big), Vector2(big * 2, big * 2), Vector2(big * 3, big * 3 - big * small)) == -1)
    #expect(
      GeometryPredicates.orientation(Vector2(big, big), Vector2(big * 2, big * 2), Vector2(big * 3, big * 3)) == 0)
  }

  @Test func convexHullIsScaleInvariant() {
    let seed: UInt64 = 0x5CA1F
    var rng = SplitMix64(seed: seed)
    for round in 0..<150 {
      let k = Self.exponents[round % Self.exponents.count]
      var pts = randomIntPoints(rng.int(3...60), -20...20, &rng)
      if round % 4 == 0 { pts += (0...8).map { Vector2(-20 + 5 * $0 % 41, 20 - 5 * $0 % 41) } }  // collinear runs
      let expected = Ref.hull(pts)
      #expect(pts.convexHull() == expected, "seed \(seed) round \(round): scale 1")
      let hull = pts.map { Self.scaled($0, k) }.convexHull()
      #expect(hull == expected.map { Self.scaled($0, k) }, "seed \(seed) round \(round) k \(k)")
    }
  }

  @Test func minimumEnclosingCircleIsScaleInvariant() {
    let seed: UInt64 = 0x5CA20
    var rng = SplitMix64(seed: seed)
    // Results (center, radius) must be normal numbers to map back exactly: no subnormal scales.
    let exponents = Self.exponents.filter { $0 >= -1000 }
    for round in 0..<150 {
      let k = exponents[round % exponents.count]
      let pts = randomIntPoints(rng.int(1...40), -20...20, &rng)
      let unit = pts.minimumEnclosingCircle()!
      let c = pts.map { Self.scaled($0, k) }.minimumEnclosingCircle()!
      let s = Double(sign: .plus, exponent: k, significand: 1)
      func unscaled(_ v: Double) -> Double { Double(sign: .plus, exponent: -k, significand: v) }
      // Unit-scale results are O(20): compare after mapping back, to 1e-12 relative.
      #expect(
        Geo2Ref.close(unscaled(c.radius), unit.radius, 1e-12, abs: 1e-12),
        "seed \(seed) round \(round) k \(k): radius \(c.radius) vs \(unit.radius) * \(s)")
      #expect(
        Geo2Ref.close(unscaled(c.center.x), unit.center.x, 1e-12, abs: 1e-12)
          && Geo2Ref.close(unscaled(c.center.y), unit.center.y, 1e-12, abs: 1e-12),
        "seed \(seed) round \(round) k \(k): center \(c.center) vs \(unit.center) * \(s)")
      // And it covers every scaled point (contains must not be fooled by overflow or underflow).
      for p in pts { #expect(c.contains(Self.scaled(p, k)), "seed \(seed) round \(round) k \(k): \(p) outside") }
    }
  }

  @Test func circleContainsAtExtremeScales() {
    for s in [1e200, 1e-200, 0x1p1000, 0x1p-1060] {
      let c = Circle2(center: Vector2(0.0, 0), radius: s)
      #expect(!c.contains(Vector2(3 * s, 0)), "scale \(s)")
      #expect(!c.contains(Vector2(0.75 * s, 0.75 * s)), "scale \(s)")
      #expect(c.contains(Vector2(0.5 * s, -0.5 * s)), "scale \(s)")
      #expect(c.contains(Vector2(s, 0)), "scale \(s)")
    }
    // p - center overflows to infinity: not covered by a finite radius.
    let big = Circle2(center: Vector2(-0x1p1023, 0.0), radius: 0x1p600)
    #expect(!big.contains(Vector2(0x1p1023, 0)))
    #expect(Circle2(center: Vector2(-0x1p1023, 0.0), radius: .infinity).contains(Vector2(0x1p1023, 0)))
  }
}
