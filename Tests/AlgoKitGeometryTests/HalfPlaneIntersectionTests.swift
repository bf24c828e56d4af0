import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

@Suite struct HalfPlaneIntersectionTests {
  /// Reference: the box [-b, b]² clipped by each half-plane in turn (Sutherland–Hodgman, O(n²)).
  static func clipBox(_ lines: [Line2<Double>], _ b: Double) -> [Vector2<Double>] {
    var poly = [Vector2(-b, -b), Vector2(b, -b), Vector2(b, b), Vector2(-b, b)]
    for line in lines where line.a != line.b {
      poly = poly.clipped(toLeftOf: line)
      if poly.isEmpty { break }
    }
    return poly
  }

  /// Random lines: many tangent to a circle around a random center (center on their left), so that
  /// bounded results are common, plus arbitrary lines; integer coordinates (exact directions).
  static func randomLines(_ n: Int, _ rng: inout SplitMix64, tangentShare: Int) -> [Line2<Double>] {
    let cx = rng.int(-50...50), cy = rng.int(-50...50)
    return (0..<n).map { _ in
      if rng.int(0...9) < tangentShare {
        let dx = rng.int(-30...30), dy = rng.int(-30...30)
        let px = cx + dx, py = cy + dy
        // direction perpendicular to (dx, dy), turned so the center is on the left
        let a = Vector2(Double(px), Double(py)), d = Vector2(Double(-dy), Double(dx))
        return Line2(point: a, direction: d == .zero ? Vector2(1, 0) : d)
      }
      let a = Vector2(Double(rng.int(-100...100)), Double(rng.int(-100...100)))
      let b = Vector2(Double(rng.int(-100...100)), Double(rng.int(-100...100)))
      return Line2(through: a, b)
    }
  }

  @Test func randomAgainstBoxClipping() {
    let seed: UInt64 = 521
    var rng = SplitMix64(seed: seed)
    let big = 1e7
    var counts = [0, 0, 0]
    for round in 0..<600 {
      let lines = Self.randomLines(rng.int(0...25), &rng, tangentShare: [10, 8, 5, 0][round % 4])
      guard let result = lines.halfPlaneIntersection() else { Issue.record("nil"); continue }
      let ref = Self.clipBox(lines, big)
      let refArea = ref.count >= 3 ? ref.area() : 0
      let touchesBox = ref.contains { $0.x.magnitude >= big * (1 - 1e-9) || $0.y.magnitude >= big * (1 - 1e-9) }
      switch result {
      case .empty:
        counts[0] += 1
        #expect(refArea <= 1e-6, "seed \(seed) round \(round): empty but reference area \(refArea) \(lines)")
      case .bounded(let poly):
        counts[1] += 1
        #expect(!touchesBox, "seed \(seed) round \(round): bounded but reference reaches the box")
        #expect(
          Geo2Ref.close(poly.area(), refArea, 1e-9, abs: 1e-9),
          "seed \(seed) round \(round): \(poly.area()) vs \(refArea)")
        #expect(poly.polygonOrientation() > 0, "seed \(seed) round \(round)")
        #expect(ConvexPolygonLocator(poly) != nil, "seed \(seed) round \(round): not convex \(poly)")
        for line in lines where line.a != line.b {
          for v in poly {
            #expect(
              line.side(of: v, tolerance: GeometryTolerance(relative: 1e-9)) >= 0,
              "seed \(seed) round \(round): vertex outside")
          }
        }
      case .unbounded:
        counts[2] += 1
        #expect(refArea > 0 && touchesBox, "seed \(seed) round \(round): unbounded but reference \(ref)")
      }
    }
    // The generator must exercise all three outcomes.
    #expect(counts.allSatisfy { $0 > 30 }, "seed \(seed): outcome counts \(counts)")
  }

  @Test func parallelAndDuplicateLines() {
    let seed: UInt64 = 522
    var rng = SplitMix64(seed: seed)
    for round in 0..<300 {
      // Axis-parallel and diagonal lines only, many exact duplicates and exactly parallel ones.
      let dirs = [
        Vector2(1.0, 0), Vector2(0.0, 1), Vector2(-1.0, 0), Vector2(0.0, -1), Vector2(1.0, 1), Vector2(-1.0, -1),
        Vector2(-1.0, 1),
      ]
      var lines: [Line2<Double>] = []
      for _ in 0..<rng.int(1...12) {
        let p = Vector2(Double(rng.int(-5...5)), Double(rng.int(-5...5)))
        let line = Line2(point: p, direction: dirs[rng.int(0...(dirs.count - 1))] * Double(rng.int(1...3)))
        lines.append(line)
        if rng.int(0...3) == 0 { lines.append(line) }
      }
      let result = lines.halfPlaneIntersection()!
      // The reference clips a box of half-size 1e6: its areas carry rounding of about 1e6 · 2^-52.
      let ref = Self.clipBox(lines, 1e6)
      let refArea = ref.count >= 3 ? ref.area() : 0
      let touchesBox = ref.contains { $0.x.magnitude >= 1e6 * (1 - 1e-9) || $0.y.magnitude >= 1e6 * (1 - 1e-9) }
      switch result {
      case .empty: #expect(refArea <= 1e-8, "seed \(seed) round \(round): \(lines)")
      case .bounded(let poly):
        #expect(Geo2Ref.close(poly.area(), refArea, 0, abs: 1e-8), "seed \(seed) round \(round)")
        #expect(!touchesBox, "seed \(seed) round \(round)")
      case .unbounded: #expect(refArea > 0.5 && touchesBox, "seed \(seed) round \(round)")
      }
    }
  }

  @Test func documentedCases() {
    let box: [Line2<Double>] = [
      Line2(through: Vector2(0.0, 0), Vector2(1.0, 0)), Line2(through: Vector2(4.0, 0), Vector2(4.0, 1)),
      Line2(through: Vector2(0.0, 3), Vector2(-1.0, 3)), Line2(through: Vector2(0.0, 3), Vector2(0.0, 2)),
    ]
    guard case .bounded(let p)? = box.halfPlaneIntersection() else { Issue.record("box not bounded"); return }
    #expect(Set(p) == Set([Vector2(0.0, 0), Vector2(4.0, 0), Vector2(4.0, 3), Vector2(0.0, 3)]) && p.count == 4)
    #expect(Array(box.dropLast()).halfPlaneIntersection() == .unbounded)
    #expect([Line2<Double>]().halfPlaneIntersection() == .unbounded)
    // Strips: width > 0 unbounded; width 0 (a line) and negative width empty.
    let up = Line2(through: Vector2(0.0, 0), Vector2(1.0, 0))
    #expect([up, Line2(through: Vector2(0.0, 2), Vector2(-1.0, 2))].halfPlaneIntersection() == .unbounded)
    #expect([up, Line2(through: Vector2(0.0, 0), Vector2(-1.0, 0))].halfPlaneIntersection() == .empty)
    #expect([up, Line2(through: Vector2(0.0, -2), Vector2(-1.0, -2))].halfPlaneIntersection() == .empty)
    // A closed triangle that shrinks to a point: zero area, empty.
    let point: [Line2<Double>] = [
      Line2(through: Vector2(0.0, 0), Vector2(1.0, 0)), Line2(through: Vector2(0.0, 0), Vector2(-1.0, 1)),
      Line2(through: Vector2(0.0, 0), Vector2(-1.0, -1)),
    ]
    #expect(point.halfPlaneIntersection() == .empty)
    // Nearly parallel wedge whose region starts far away: unbounded, decided exactly.
    let wedge = [Line2(through: Vector2(0.0, 0), Vector2(1.0, 0)), Line2(through: Vector2(0.0, -1), Vector2(-1e9, -2))]
    #expect(wedge.halfPlaneIntersection() == .unbounded)
    // Degenerate lines are ignored; non-finite input is nil.
    #expect((box + [Line2(through: Vector2(9.0, 9), Vector2(9.0, 9))]).halfPlaneIntersection() == .bounded(p))
    #expect([Line2(through: Vector2(0.0, .nan), Vector2(1.0, 0))].halfPlaneIntersection() == nil)
    #expect([Line2(through: Vector2(0.0, 0), Vector2(.infinity, 0))].halfPlaneIntersection() == nil)
  }

  @Test func largeAndSmallScales() {
    let seed: UInt64 = 523
    var rng = SplitMix64(seed: seed)
    for round in 0..<200 {
      let s = round % 2 == 0 ? 1e7 : 1e-6
      let lines = Self.randomLines(rng.int(3...20), &rng, tangentShare: 10)
      let scaled = lines.map { Line2(through: $0.a * s, $0.b * s) }
      let r1 = lines.halfPlaneIntersection()!, r2 = scaled.halfPlaneIntersection()!
      switch (r1, r2) {
      case (.empty, .empty), (.unbounded, .unbounded): break
      case (.bounded(let p), .bounded(let q)):
        #expect(Geo2Ref.close(q.area(), p.area() * s * s, 1e-9), "seed \(seed) round \(round)")
      default: Issue.record("seed \(seed) round \(round): \(r1) at scale 1 but \(r2) at scale \(s)")
      }
    }
  }
}
