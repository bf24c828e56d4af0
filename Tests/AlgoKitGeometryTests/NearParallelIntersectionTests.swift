// Nearly parallel segment and line crossings (issue 17): the computed point must be finite, inside
// both segments' bounding boxes, and close to the exact crossing computed with Int128 rationals.
import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

@Suite struct NearParallelIntersectionTests {
  /// Exact crossing of lines ab and cd for points on the 2^-k grid, as Doubles rounded from the
  /// exact Int128 rational `a + (b - a) * num / den` (nil when exactly parallel).
  static func exactCrossing(
    _ a: Vector2<Double>, _ b: Vector2<Double>, _ c: Vector2<Double>, _ d: Vector2<Double>,
    k: Int
  ) -> (Double, Double)? {
    func i(_ v: Double) -> Int128 {
      let s = v * Double(sign: .plus, exponent: k, significand: 1)
      precondition(s == s.rounded())
      return Int128(s)
    }
    let ax = i(a.x), ay = i(a.y), bx = i(b.x), by = i(b.y), cx = i(c.x), cy = i(c.y), dx = i(d.x), dy = i(d.y)
    let vx = dx - cx, vy = dy - cy
    let num = vx * (ay - cy) - vy * (ax - cx)  // orient(c, d, a)
    let den = vx * (ay - by) - vy * (ax - bx)  // orient(c, d, a) - orient(c, d, b)
    if den == 0 { return nil }
    // x = ax + (bx - ax) * num / den, as one exact rational rounded: (ax * den + (bx - ax) * num) / den
    // fits Int128 for |coordinates| < 2^33 on the grid (products < 2^100).
    let scale = Double(sign: .plus, exponent: -k, significand: 1)
    let x = Double(ax * den + (bx - ax) * num) / Double(den) * scale
    let y = Double(ay * den + (by - ay) * num) / Double(den) * scale
    return (x, y)
  }

  static func inBox(_ p: Vector2<Double>, _ s: Segment2<Double>) -> Bool {
    min(s.start.x, s.end.x) <= p.x && p.x <= max(s.start.x, s.end.x)
      && min(s.start.y, s.end.y) <= p.y && p.y <= max(s.start.y, s.end.y)
  }

  @Test func issueExample() {
    let s = Segment2(Vector2(0.0, 0), Vector2(0.1, 0.3))
    let t = Segment2(Vector2(-0.2, -0.5999999999999999), Vector2(0.30000000000000004, 0.8999999999999999))
    for (x, y) in [(s, t), (t, s)] {
      guard case .point(let p) = x.intersection(with: y, tolerance: .exact) else {
        Issue.record("expected a point, got \(x.intersection(with: y, tolerance: .exact))"); continue
      }
      #expect(p.x.isFinite && p.y.isFinite && Self.inBox(p, s) && Self.inBox(p, t), "\(p)")
      #expect(abs(p.x - 0.0222) < 1e-3 && abs(p.y - 0.0667) < 1e-3, "\(p)")
    }
    guard case .point(let q) = s.line.intersection(with: t.line, tolerance: .exact) else {
      Issue.record("expected a line crossing"); return
    }
    #expect(abs(q.x - 0.0222) < 1e-3 && abs(q.y - 0.0667) < 1e-3, "\(q)")
  }

  /// Random nearly parallel crossing segments on the 2^-30 grid: c and d are a and b's line moved by
  /// a few grid steps, so the rounded direction cross product is often tiny or 0.
  @Test func randomNearParallelMatchesRationalReference() {
    let seed: UInt64 = 1717
    var rng = SplitMix64(seed: seed)
    let k = 30, step = Double(sign: .plus, exponent: -k, significand: 1)
    func g(_ v: Double) -> Double { (v / step).rounded() * step }
    var checked = 0
    for round in 0..<20_000 {
      let a = Vector2(g(rng.double(-2...2)), g(rng.double(-2...2)))
      let u = Vector2(g(rng.double(-1...1)), g(rng.double(-1...1)))
      let b = a + u
      let s1 = rng.double(-1.5 ... -0.1), s2 = rng.double(1.1...2.5)
      let c = Vector2(
        g(a.x + u.x * s1) + Double(rng.int(-3...3)) * step, g(a.y + u.y * s1) + Double(rng.int(-3...3)) * step)
      let d = Vector2(
        g(a.x + u.x * s2) + Double(rng.int(-3...3)) * step, g(a.y + u.y * s2) + Double(rng.int(-3...3)) * step)
      let s = Segment2(a, b), t = Segment2(c, d)
      let r = s.intersection(with: t, tolerance: .exact)
      switch r {
      case .none: continue
      case .overlap(let o):
        #expect(
          Self.exactCrossing(a, b, c, d, k: k) == nil, "seed \(seed) round \(round): overlap \(o) but lines cross")
      case .point(let p):
        #expect(
          p.x.isFinite && p.y.isFinite && Self.inBox(p, s) && Self.inBox(p, t),
          "seed \(seed) round \(round): \(p) for \(s) \(t)")
        let lp = s.line.intersection(with: t.line, tolerance: .exact)
        guard let (x, y) = Self.exactCrossing(a, b, c, d, k: k) else {
          Issue.record("seed \(seed) round \(round): point \(p) for exactly parallel lines"); continue
        }
        #expect(abs(p.x - x) <= 1e-12 && abs(p.y - y) <= 1e-12, "seed \(seed) round \(round): \(p) vs (\(x), \(y))")
        if case .point(let q) = lp {
          #expect(
            abs(q.x - x) <= 1e-12 && abs(q.y - y) <= 1e-12, "seed \(seed) round \(round): line \(q) vs (\(x), \(y))")
        } else {
          Issue.record("seed \(seed) round \(round): lines \(lp)")
        }
        checked += 1
      }
    }
    #expect(checked > 1_000, "only \(checked) crossings exercised")
  }

  /// Decimal (off-grid) nearly parallel segments through a common point: finite, in both boxes.
  @Test func decimalNearParallelStayInBoxes() {
    let seed: UInt64 = 99
    var rng = SplitMix64(seed: seed)
    for round in 0..<20_000 {
      let u = Vector2(rng.double(-1...1), rng.double(-1...1))
      let o = Vector2(rng.double(-1...1), rng.double(-1...1)) * 1e-3
      let a = o - u * rng.double(0.1...1), b = o + u * rng.double(0.1...1)
      let f = rng.double(1 - 1e-12...1 + 1e-12)
      let c = o - u * (rng.double(0.1...1) * f), d = o + u * (rng.double(0.1...1) / f)
      let s = Segment2(a, b), t = Segment2(c, d)
      for r in [s.intersection(with: t, tolerance: .exact), t.intersection(with: s, tolerance: .exact)] {
        if case .point(let p) = r {
          #expect(
            p.x.isFinite && p.y.isFinite && Self.inBox(p, s) && Self.inBox(p, t), "seed \(seed) round \(round): \(p)")
        }
      }
      if case .point(let q) = s.line.intersection(with: t.line, tolerance: .exact) {
        #expect(q.x.isFinite && q.y.isFinite, "seed \(seed) round \(round): line point \(q)")
      }
    }
  }

  @Test func hugeAndTinyScales() {
    for e in [-1000, -500, 0, 500, 1000] {
      let m = Double(sign: .plus, exponent: e, significand: 1)
      let s = Segment2(Vector2(0.0, 0) * m, Vector2(0.1, 0.3) * m)
      let t = Segment2(Vector2(-0.2, -0.5999999999999999) * m, Vector2(0.30000000000000004, 0.8999999999999999) * m)
      if case .point(let p) = s.intersection(with: t, tolerance: .exact) {
        #expect(p.x.isFinite && p.y.isFinite && Self.inBox(p, s) && Self.inBox(p, t), "scale 2^\(e): \(p)")
      }
    }
    let big = Double.greatestFiniteMagnitude
    let s = Segment2(Vector2(-big, -big), Vector2(big, big)), t = Segment2(Vector2(-big, big), Vector2(big, -big))
    #expect(s.intersection(with: t, tolerance: .exact) == .point(Vector2(0, 0)))
  }
}
