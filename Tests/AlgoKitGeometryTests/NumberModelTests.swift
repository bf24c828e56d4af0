import AlgoKitTestSupport
import Foundation
import Testing

@testable import AlgoKitGeometry

@Suite struct NumberModelTests {
  @Test func integerOrientationIsExactAtContestScale() {
    let seed: UInt64 = 11
    var rng = SplitMix64(seed: seed)
    for _ in 0..<5_000 {
      let r = 1_000_000_000
      let a = Vector2(rng.int(-r...r), rng.int(-r...r))
      let b = Vector2(rng.int(-r...r), rng.int(-r...r))
      // Half the cases nearly collinear: c on the line a-b plus a small offset.
      var c = Vector2(rng.int(-r...r), rng.int(-r...r))
      if rng.next() & 1 == 0 {
        let g = max(1, abs(b.x - a.x) + abs(b.y - a.y))
        let t = rng.int(-3...3)
        c = Vector2(a.x + (b.x - a.x) / g * t + rng.int(-1...1), a.y + (b.y - a.y) / g * t + rng.int(-1...1))
      }
      #expect(Vector2.orientation(a, b, c) == Ref.orient(a, b, c), "seed \(seed) \(a) \(b) \(c)")
    }
  }

  @Test func integerOrientationNearInt64Limit() {
    let m = (1 << 62) - 1
    let cases: [(Vector2<Int>, Vector2<Int>, Vector2<Int>)] = [
      (Vector2(-m, -m), Vector2(m, m), Vector2(m - 1, m)),
      (Vector2(-m, -m), Vector2(m, m), Vector2(m, m - 1)),
      (Vector2(-m, -m), Vector2(m, m), Vector2(0, 0)),
      (Vector2(-m, m), Vector2(m, -m), Vector2(m, m)),
    ]
    for (a, b, c) in cases {
      #expect(Vector2.orientation(a, b, c) == Ref.orient(a, b, c), "\(a) \(b) \(c)")
      #expect(Vector2.orientation(a, c, b) == -Ref.orient(a, b, c))
    }
    let small = [Vector2<Int32>(Int32.max / 2, 0), Vector2(0, Int32.max / 2), Vector2(-Int32.max / 2, Int32.max / 2)]
    #expect(Vector2.orientation(small[0], small[1], small[2]) == 1)
  }

  @Test func doubleOrientationIsExactNearDegenerate() {
    // Shewchuk's classic: a near (0.5, 0.5) on an ulp grid, b = (12, 12), c = (24, 24).
    let ulp = 0x1p-53
    var disagreementsWithNaive = 0
    for i in 0..<64 {
      for j in 0..<64 {
        let a = Vector2(0.5 + Double(i) * ulp, 0.5 + Double(j) * ulp)
        let b = Vector2(12.0, 12.0), c = Vector2(24.0, 24.0)
        let exact = Ref.orient(a, b, c, scaleExponent: 53)
        #expect(GeometryPredicates.orientation(a, b, c) == exact, "\(i) \(j)")
        #expect(Vector2.orientation(a, b, c, tolerance: .exact) == exact)
        #expect(Vector2.orientation(b, c, a, tolerance: .exact) == exact)
        let naive = (b - a).cross(c - a)
        if (naive > 0 ? 1 : (naive < 0 ? -1 : 0)) != exact { disagreementsWithNaive += 1 }
        // Float goes through Double exactly.
        let fa = Vector2<Float>(Float(a.x), Float(a.y)), fb = Vector2<Float>(12, 12), fc = Vector2<Float>(24, 24)
        #expect(
          Vector2.orientation(fa, fb, fc, tolerance: .exact)
            == Ref.orient(Vector2(Double(fa.x), Double(fa.y)), b, c, scaleExponent: 53))
      }
    }
    #expect(disagreementsWithNaive > 0)  // the test does exercise the exact fallback
  }

  @Test func doubleOrientationRandomGrid() {
    let seed: UInt64 = 12
    var rng = SplitMix64(seed: seed)
    for _ in 0..<5_000 {
      // Coordinates on a 2^-40 grid in [-4, 4]: exact reference in Int128.
      func g() -> Double { Double(rng.int(-(1 << 42)...(1 << 42))) * 0x1p-40 }
      let a = Vector2(g(), g()), b = Vector2(g(), g())
      var c = Vector2(g(), g())
      if rng.next() & 1 == 0 {  // nearly on the line: rounded point of the line plus a grid step
        let t = rng.double(-2...2)
        c = Vector2(
          ((a.x + (b.x - a.x) * t) * 0x1p40).rounded() * 0x1p-40,
          ((a.y + (b.y - a.y) * t) * 0x1p40).rounded() * 0x1p-40)
      }
      #expect(Vector2.orientation(a, b, c, tolerance: .exact) == Ref.orient(a, b, c, scaleExponent: 40), "seed \(seed)")
    }
  }

  @Test func toleranceModel() {
    let t = GeometryTolerance.default
    #expect(t.isApproximatelyEqual(0.1 + 0.2, 0.3))
    #expect(!t.isApproximatelyEqual(1, 1 + 1e-8))
    #expect(!t.isApproximatelyEqual(0, 1e-300))  // no absolute part by default
    #expect(GeometryTolerance(absolute: 1e-9).isApproximatelyEqual(0, 1e-10))
    #expect(!t.isApproximatelyEqual(.nan, .nan))
    #expect(GeometryTolerance(absolute: -1, relative: .nan) == .exact)
    // Nearly collinear at two scales: the relative tolerance behaves the same at 1e-6 and 1e9.
    for s in [1e-6, 1.0, 1e9] {
      let a = Vector2(0.0, 0.0), b = Vector2(s, s), c = Vector2(2 * s, 2 * s * (1 + 1e-12))
      #expect(Vector2.orientation(a, b, c) == 0, "scale \(s)")
      #expect(Vector2.orientation(a, b, c, tolerance: .exact) == 1, "scale \(s)")
      let d = Vector2(2 * s, 2 * s * (1 + 1e-6))
      #expect(Vector2.orientation(a, b, d) == 1, "scale \(s)")
    }
    // NaN never yields a sign.
    #expect(Vector2.orientation(Vector2(0.0, 0), Vector2(1.0, .nan), Vector2(2.0, 2)) == 0)
    #expect(Vector2.orientation(Vector2(0.0, 0), Vector2(1.0, .nan), Vector2(2.0, 2), tolerance: .exact) == 0)
  }

  @Test func wideIntegerArithmeticAndDescription() {
    let seed: UInt64 = 13
    var rng = SplitMix64(seed: seed)
    for _ in 0..<2000 {
      let a = Int64.random(in: .min ... .max, using: &rng), b = Int64.random(in: .min ... .max, using: &rng)
      let c = Int64.random(in: -1000...1000, using: &rng)
      let w = Int._wideProduct(Int(a), Int(b)) + GeometryWideInt(Int(c)) - Int._wideProduct(Int(c), 7)
      let r = Int128(a) * Int128(b) + Int128(c) - Int128(c) * 7
      #expect(w.description == r.description, "seed \(seed)")
      #expect(w.wideSign == r.signum())
      #expect(w.wideDoubleValue == Double(r))
      #expect((w < GeometryWideInt(0)) == (r < 0))
    }
    #expect(GeometryWideInt(Int.min).description == Int.min.description)
    #expect(GeometryWideInt(high: .min, low: 0).description == Int128.min.description)
    #expect(GeometryWideInt(42).intValue == 42)
    #expect(Int._wideProduct(Int.max, Int.max).intValue == nil)
  }

  @Test func vectorOperations() {
    let v = Vector2(3, 4)
    #expect(v + Vector2(1, 1) == Vector2(4, 5))
    #expect(v - Vector2(1, 1) == Vector2(2, 3))
    #expect(-v == Vector2(-3, -4))
    #expect(v * 2 == Vector2(6, 8) && 2 * v == Vector2(6, 8))
    #expect(v.dot(Vector2(2, 1)) == 10)
    #expect(v.cross(Vector2(1, 0)) == -4)
    #expect(v.lengthSquared == 25)
    #expect(v.perpendicular == Vector2(-4, 3))
    #expect(
      Vector2(1_000_000_000, 1_000_000_000).wideCross(Vector2(-1_000_000_000, 1_000_000_000)).intValue
        == 2_000_000_000_000_000_000)
    let d = Vector2<Double>(v)
    #expect(d.length == 5)
    #expect(d.normalized() == Vector2(0.6, 0.8))
    #expect(Vector2<Double>.zero.normalized() == nil)
    #expect(Vector2(Double.nan, 1).normalized() == nil)
    #expect(Vector2(1e200, 1e200).length == 1e200 * 2.0.squareRoot())
    #expect(Vector2(3e-200, 4e-200).length == 5e-200)
    #expect(abs(Vector2(0.0, 1).angle - Double.pi / 2) < 1e-15)
    #expect(abs(Vector2(1.0, 0).angle(to: Vector2(0, -1)) - Double.pi / 2) < 1e-15)
    #expect(abs(Vector2(1.0, 0).signedAngle(to: Vector2(0, -1)) + Double.pi / 2) < 1e-15)
    let r = Vector2(1.0, 0).rotated(by: .pi / 2)
    #expect(r.isApproximatelyEqual(to: Vector2(0, 1), tolerance: GeometryTolerance(absolute: 1e-15)))
    #expect(Vector2(2.0, 3).projected(onto: Vector2(5, 0)) == Vector2(2, 0))
    #expect(Vector2(2.0, 3).reflected(across: Vector2(1, 0)) == Vector2(2, -3))
    #expect(Vector2(2.0, 3).reflected(across: .zero) == Vector2(2, 3))
    #expect(Vector2(2.0, 3).projected(onto: .zero) == .zero)
  }

  @Test func polarOrderMatchesAngleReference() {
    let seed: UInt64 = 14
    var rng = SplitMix64(seed: seed)
    for round in 0..<30 {
      var pts = randomIntPoints(200, -6...6, &rng)
      pts.append(.zero)
      var sorted = pts
      sorted.sortByPolarAngle()
      // Reference: the reduced direction's angle in [0, 2π), then the gcd multiple.
      func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
      func key(_ p: Vector2<Int>) -> (Double, Int) {
        if p == .zero { return (-1, 0) }
        let g = gcd(p.x, p.y)
        var t = atan2(Double(p.y / g), Double(p.x / g))
        if t < 0 { t += 2 * Double.pi }
        return (t, g)
      }
      let expected = pts.sorted { key($0) < key($1) }
      #expect(sorted.map(key).elementsEqual(expected.map(key)) { $0 == $1 }, "seed \(seed) round \(round)")
      // Around another center.
      let center = Vector2(2, -1)
      var around = pts
      around.sortByPolarAngle(around: center)
      let expectedAround = pts.sorted { key($0 - center) < key($1 - center) }
      #expect(around.map { key($0 - center) }.elementsEqual(expectedAround.map { key($0 - center) }) { $0 == $1 })
    }
    var d = [
      Vector2(1.0, 0), Vector2(-1, -1e-300), Vector2(.nan, 0), Vector2(-1, 0), Vector2(0, 0), Vector2(1, 1e-300),
    ]
    d.sortByPolarAngle()
    #expect(
      Array(d[0..<5]) == [Vector2(0, 0), Vector2(1, 0), Vector2(1, 1e-300), Vector2(-1, 0), Vector2(-1, -1e-300)])
    #expect(d[5].x.isNaN)
  }
}
