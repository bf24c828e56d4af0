import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

/// Independent segment intersection: parametric solution with Int128 rationals.
func referenceSegmentKind(_ a: Vector2<Int>, _ b: Vector2<Int>, _ c: Vector2<Int>, _ d: Vector2<Int>)
  -> (SegmentIntersectionKind, (Double, Double)?)
{
  func i(_ v: Vector2<Int>) -> (Int128, Int128) { (Int128(v.x), Int128(v.y)) }
  let (ax, ay) = i(a), (bx, by) = i(b), (cx, cy) = i(c), (dx, dy) = i(d)
  let ux = bx - ax, uy = by - ay, vx = dx - cx, vy = dy - cy, wx = cx - ax, wy = cy - ay
  let den = ux * vy - uy * vx
  if den != 0 {
    var tn = wx * vy - wy * vx, sn = wx * uy - wy * ux, dd = den
    if dd < 0 { tn = -tn; sn = -sn; dd = -dd }
    if tn < 0 || tn > dd || sn < 0 || sn > dd { return (.none, nil) }
    let t = Double(tn) / Double(dd)
    return (.point, (Double(ax) + Double(ux) * t, Double(ay) + Double(uy) * t))
  }
  // Parallel or degenerate: all four points must lie on one line.
  let (o, dir): ((Int128, Int128), (Int128, Int128)) =
    (ux != 0 || uy != 0) ? ((ax, ay), (ux, uy)) : ((cx, cy), (vx, vy))
  if dir == (0, 0) { return a == c ? (.point, (Double(a.x), Double(a.y))) : (.none, nil) }
  for (px, py) in [(ax, ay), (bx, by), (cx, cy), (dx, dy)] where dir.0 * (py - o.1) - dir.1 * (px - o.0) != 0 {
    return (.none, nil)
  }
  func t(_ p: (Int128, Int128)) -> Int128 { (p.0 - o.0) * dir.0 + (p.1 - o.1) * dir.1 }
  let lo = max(min(t((ax, ay)), t((bx, by))), min(t((cx, cy)), t((dx, dy))))
  let hi = min(max(t((ax, ay)), t((bx, by))), max(t((cx, cy)), t((dx, dy))))
  if lo > hi { return (.none, nil) }
  if lo == hi {
    let p = [a, b, c, d].first { t(i($0)) == lo }!
    return (.point, (Double(p.x), Double(p.y)))
  }
  return (.overlap, nil)
}

@Suite struct SegmentTests {
  @Test func randomSegmentsMatchRationalReference() {
    let seed: UInt64 = 41
    var rng = SplitMix64(seed: seed)
    for round in 0..<5_000 {
      let r = [3, 6, 1_000_000_000][round % 3]
      let p = randomIntPoints(4, -r...r, &rng)
      let s = Segment2(p[0], p[1]), t = Segment2(p[2], p[3])
      let (kind, point) = referenceSegmentKind(p[0], p[1], p[2], p[3])
      #expect(s.intersectionKind(with: t) == kind, "seed \(seed) round \(round) \(p)")
      #expect(t.intersectionKind(with: s) == kind)
      let d = Segment2<Double>(s).intersection(with: Segment2<Double>(t), tolerance: .exact)
      switch (d, kind) {
      case (.none, .none), (.overlap, .overlap): break
      case (.point(let q), .point):
        #expect(
          abs(q.x - point!.0) <= 1e-9 * max(1, abs(point!.0)) && abs(q.y - point!.1) <= 1e-9 * max(1, abs(point!.1)),
          "seed \(seed) round \(round)")
      default: Issue.record("seed \(seed) round \(round): \(d) vs \(kind)")
      }
      // Point on segment: exact reference with Int128 cross and dot.
      let q = p[2]
      let onLine = Ref.orient(p[0], p[1], q) == 0
      let dot =
        (Int128(q.x) - Int128(p[0].x)) * (Int128(q.x) - Int128(p[1].x))
        + (Int128(q.y) - Int128(p[0].y)) * (Int128(q.y) - Int128(p[1].y))
      #expect(s.contains(q) == (onLine && dot <= 0), "seed \(seed) round \(round)")
    }
  }

  @Test func handPickedCases() {
    let s = Segment2(Vector2(0.0, 0), Vector2(4, 4))
    #expect(s.intersection(with: Segment2(Vector2(0.0, 4), Vector2(4, 0))) == .point(Vector2(2, 2)))
    #expect(s.intersection(with: Segment2(Vector2(4.0, 4), Vector2(6, 0))) == .point(Vector2(4, 4)))  // touching
    #expect(
      s.intersection(with: Segment2(Vector2(2.0, 2), Vector2(8, 8))) == .overlap(Segment2(Vector2(2, 2), Vector2(4, 4)))
    )
    // Collinear, end to end.
    #expect(s.intersection(with: Segment2(Vector2(4.0, 4), Vector2(8, 8))) == .point(Vector2(4, 4)))
    #expect(s.intersection(with: Segment2(Vector2(5.0, 5), Vector2(8, 8))) == .none)
    #expect(s.intersection(with: Segment2(Vector2(1.0, 0), Vector2(5, 4))) == .none)  // parallel
    #expect(s.intersection(with: Segment2(Vector2(1.0, 1), Vector2(1, 1))) == .point(Vector2(1, 1)))  // degenerate
    #expect(s.intersection(with: Segment2(Vector2(1.0, 2), Vector2(1, 2))) == .none)
    // Near 1e-6 and 1e9 the default (relative) tolerance still classifies correctly.
    for k in [1e-6, 1e9] {
      let a = Segment2(Vector2(0.0, 0), Vector2(4 * k, 4 * k)), b = Segment2(Vector2(0.0, 4 * k), Vector2(4 * k, 0))
      guard case .point(let p) = a.intersection(with: b) else { Issue.record("scale \(k)"); continue }
      #expect(abs(p.x - 2 * k) <= 1e-12 * k && abs(p.y - 2 * k) <= 1e-12 * k)
    }
    // NaN: no intersection claimed, no crash.
    #expect(s.intersection(with: Segment2(Vector2(.nan, 0), Vector2(1, 1))) == .none)
  }

  @Test func linesAndDistances() {
    let l = Line2(through: Vector2(0.0, 0), Vector2(2, 0))
    #expect(l.intersection(with: Line2(through: Vector2(0.0, 1), Vector2(2, 1))) == .parallel)
    #expect(l.intersection(with: Line2(through: Vector2(5.0, 0), Vector2(-3, 0))) == .coincident)
    #expect(l.intersection(with: Line2(through: Vector2(1.0, -1), Vector2(1, 1))) == .point(Vector2(1, 0)))
    #expect(l.projection(of: Vector2(3.0, 7)) == Vector2(3, 0))
    #expect(l.reflection(of: Vector2(3.0, 7)) == Vector2(3, -7))
    #expect(l.distance(to: Vector2(3.0, -7)) == 7)
    #expect(Line2(through: Vector2(1, 1), Vector2(1, 1)).distance(to: Vector2(4, 5)) == 5)
    let il = Line2(through: Vector2(0, 0), Vector2(3, 3))
    #expect(il.isParallel(to: Line2(through: Vector2(1, 0), Vector2(1_000_000_001, 1_000_000_000))))
    #expect(il.isParallel(to: Line2(through: Vector2(5, 0), Vector2(1_000_000_005, 1_000_000_000))))
    #expect(!il.isParallel(to: Line2(through: Vector2(0, 0), Vector2(1_000_000_000, 999_999_999))))
    let seed: UInt64 = 42
    var rng = SplitMix64(seed: seed)
    for round in 0..<500 {
      let p = randomIntPoints(5, -50...50, &rng)
      let s = Segment2(p[0], p[1])
      // Dense sampling bounds the true distance from above, within half a sampling step.
      var sampled = Double.infinity
      for k in 0...500 {
        let t = Double(k) / 500
        let q = Vector2(Double(p[0].x) + Double(p[1].x - p[0].x) * t, Double(p[0].y) + Double(p[1].y - p[0].y) * t)
        sampled = min(sampled, (q - p[2].doubleVector).length)
      }
      let d = s.distance(to: p[2])
      #expect(d <= sampled + 1e-9 && sampled - d <= s.length / 500 + 1e-9, "seed \(seed) round \(round)")
      let t = Segment2(p[3], p[4])
      let dd = s.distance(to: t)
      if s.intersects(t) {
        #expect(dd == 0)
      } else {
        #expect(
          dd > 0 && dd == min(s.distance(to: p[3]), s.distance(to: p[4]), t.distance(to: p[0]), t.distance(to: p[1])))
      }
    }
  }
}
