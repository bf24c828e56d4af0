import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

@Suite struct RotatingCalipersTests {
  /// Width and minimum rectangle area by brute force over every pair of distinct input points as a
  /// side direction (the optimum has a side along a hull edge, which is such a pair): O(n³).
  static func bruteWidthAndArea(_ pts: [Vector2<Int>]) -> (width: Double, area: Double) {
    var width = Double.infinity, area = Double.infinity
    let distinct = Array(Set(pts))
    if distinct.count < 2 { return (0, 0) }
    for a in distinct {
      for b in distinct where a != b {
        let ex = Double(b.x - a.x), ey = Double(b.y - a.y)
        let l2 = ex * ex + ey * ey
        var minC = Double.infinity, maxC = -Double.infinity, minD = Double.infinity, maxD = -Double.infinity
        for p in distinct {
          let c = Double(Ref.cross(a, b, p))
          let d = ex * Double(p.x - a.x) + ey * Double(p.y - a.y)
          minC = min(minC, c); maxC = max(maxC, c); minD = min(minD, d); maxD = max(maxD, d)
        }
        width = min(width, (maxC - minC) / l2.squareRoot())
        area = min(area, (maxC - minC) * (maxD - minD) / l2)
      }
    }
    return (width, area)
  }

  static func bruteDiameter2(_ pts: [Vector2<Int>]) -> Int128 {
    var best: Int128 = 0
    for a in pts {
      for b in pts {
        let dx = Int128(a.x) - Int128(b.x), dy = Int128(a.y) - Int128(b.y)
        best = max(best, dx * dx + dy * dy)
      }
    }
    return best
  }

  @Test func furthestPairMatchesBruteForce() {
    let seed: UInt64 = 511
    var rng = SplitMix64(seed: seed)
    for round in 0..<300 {
      let r = [3, 100, 1_000_000_000][round % 3]
      var pts = randomIntPoints(rng.int(2...50), -r...r, &rng)
      if round % 7 == 0 { pts += pts.prefix(5) }
      guard let fp = pts.furthestPair() else { Issue.record("seed \(seed) round \(round): nil"); continue }
      let expected = Self.bruteDiameter2(pts)
      #expect(fp.first < fp.second, "seed \(seed) round \(round)")
      let dx = Int128(pts[fp.first].x) - Int128(pts[fp.second].x),
        dy = Int128(pts[fp.first].y) - Int128(pts[fp.second].y)
      #expect(dx * dx + dy * dy == expected, "seed \(seed) round \(round): pair does not realize the diameter")
      #expect(
        fp.distanceSquared
          == GeometryWideInt(high: Int64(truncatingIfNeeded: expected >> 64), low: UInt64(truncatingIfNeeded: expected)),
        "seed \(seed) round \(round)")
    }
  }

  @Test func widthAndRectangleMatchBruteForce() {
    let seed: UInt64 = 512
    var rng = SplitMix64(seed: seed)
    for round in 0..<200 {
      let r = [3, 50, 1_000_000_000][round % 3]
      let pts = randomIntPoints(rng.int(1...30), -r...r, &rng)
      let (bw, ba) = Self.bruteWidthAndArea(pts)
      let w = pts.minimumWidth()!
      #expect(Geo2Ref.close(w, bw, 1e-9), "seed \(seed) round \(round): width \(w) vs \(bw)")
      let rect = pts.minimumAreaEnclosingRectangle()!
      #expect(Geo2Ref.close(rect.area, ba, 1e-9, abs: 1e-9), "seed \(seed) round \(round): area \(rect.area) vs \(ba)")
      // The corners form that rectangle and contain every point (tolerance relative to the scale).
      let c = rect.corners
      #expect(c.count == 4)
      let scale = Double(r) * Double(r)
      #expect(Geo2Ref.close(c.area(), rect.area, 1e-9, abs: 1e-9 * scale), "seed \(seed) round \(round)")
      for p in pts {
        let dp = p.doubleVector
        for i in 0..<4 {
          let e = c[(i + 1) % 4] - c[i]
          #expect(e.cross(dp - c[i]) >= -1e-9 * scale * 4, "seed \(seed) round \(round): \(p) outside")
        }
      }
    }
  }

  @Test func floatingInputsAtSmallAndLargeScales() {
    let seed: UInt64 = 513
    var rng = SplitMix64(seed: seed)
    for round in 0..<100 {
      let s = round % 2 == 0 ? 1e-6 : 1e3
      let pts = randomIntPoints(rng.int(2...30), -1000...1000, &rng)
      let dp = pts.map { Vector2(Double($0.x) * s, Double($0.y) * s) }
      let (bw, ba) = Self.bruteWidthAndArea(pts)
      #expect(Geo2Ref.close(dp.minimumWidth()!, bw * s, 1e-9), "seed \(seed) round \(round)")
      #expect(
        Geo2Ref.close(dp.minimumAreaEnclosingRectangle()!.area, ba * s * s, 1e-9, abs: 1e-300),
        "seed \(seed) round \(round)")
      let fp = dp.furthestPair()!
      #expect(
        Geo2Ref.close(fp.distanceSquared, Double(Self.bruteDiameter2(pts)) * s * s, 1e-12),
        "seed \(seed) round \(round)")
    }
  }

  @Test func degenerateInputs() {
    #expect([Vector2<Int>]().furthestPair() == nil)
    #expect([Vector2(1, 1)].furthestPair() == nil)
    let same = [Vector2(2, 2), Vector2(2, 2), Vector2(2, 2)].furthestPair()!
    #expect(same.first == 0 && same.second == 1 && same.distanceSquared == .zero)
    let line = (0..<20).map { Vector2($0 * 3, -$0) }
    let fp = line.furthestPair()!
    #expect(fp.first == 0 && fp.second == 19)
    #expect(line.minimumWidth() == 0)
    // Zero area; the corners lie on the segment (0, 0)-(57, -19) and reach both of its ends (their
    // order is not part of the contract).
    let rect = line.minimumAreaEnclosingRectangle()!
    #expect(rect.area == 0 && rect.corners.count == 4)
    let ends = [Vector2(0.0, 0), Vector2(57.0, -19)]
    for c in rect.corners {
      #expect((ends[1] - ends[0]).cross(c - ends[0]).magnitude <= 1e-9 * 57 * 57, "\(c) off the line")
      let t = (c - ends[0]).dot(ends[1] - ends[0]) / (ends[1] - ends[0]).lengthSquared
      #expect(t >= -1e-12 && t <= 1 + 1e-12, "\(c) beyond the segment")
    }
    for e in ends {
      #expect(rect.corners.contains { ($0 - e).length <= 1e-9 * 60 }, "corners do not reach \(e)")
    }
    #expect([Vector2(5, 5)].minimumWidth() == 0)
    #expect([Vector2(5, 5)].minimumAreaEnclosingRectangle()!.corners == Array(repeating: Vector2(5.0, 5), count: 4))
    #expect([Vector2<Int>]().minimumWidth() == nil)
    #expect([Vector2<Int>]().minimumAreaEnclosingRectangle() == nil)
    #expect([Vector2(0.0, 0), Vector2(.nan, 1), Vector2(3, 3)].furthestPair() == nil)
    #expect([Vector2(0.0, 0), Vector2(.infinity, 1), Vector2(3, 3)].minimumWidth() == nil)
    #expect([Vector2(0.0, 0), Vector2(.nan, 1), Vector2(3, 3)].minimumAreaEnclosingRectangle() == nil)
    // A rotated square: the rectangle is the square itself.
    let sq = [Vector2(0, 0), Vector2(2, 2), Vector2(1, 3), Vector2(-1, 1), Vector2(0, 1)]
    #expect(sq.minimumAreaEnclosingRectangle()!.area == 4)
    // Regular polygon-ish input at 1e9: exact diameter.
    let r = 1_000_000_000
    let corners = [Vector2(-r, -r), Vector2(r, -r), Vector2(r, r), Vector2(-r, r), Vector2(0, 0)]
    #expect(corners.furthestPair()!.distanceSquared.doubleValue == 8e18)
  }

  @Test func contestScale() {
    // 10^5 points up to 1e9 with duplicates. References independent of the library's hull: the
    // test-local gift wrap (Ref.hull, exact Int128 turns) and, for the diameter, all pairs of the
    // whole input on a 1000-point prefix.
    let seed: UInt64 = 514
    var rng = SplitMix64(seed: seed)
    var pts = randomIntPoints(100_000, -1_000_000_000...1_000_000_000, &rng)
    pts += pts.prefix(1000)
    func wide(_ v: Int128) -> GeometryWideInt {
      GeometryWideInt(high: Int64(truncatingIfNeeded: v >> 64), low: UInt64(truncatingIfNeeded: v))
    }
    let small = Array(pts.prefix(1000))
    #expect(small.furthestPair()!.distanceSquared == wide(Self.bruteDiameter2(small)), "seed \(seed): prefix")
    let hull = Ref.hull(pts)
    let fp = pts.furthestPair()!
    #expect(fp.distanceSquared == wide(Self.bruteDiameter2(hull)), "seed \(seed)")
    let (bw, ba) = Self.bruteWidthAndArea(hull)
    #expect(Geo2Ref.close(pts.minimumWidth()!, bw, 1e-9), "seed \(seed)")
    #expect(Geo2Ref.close(pts.minimumAreaEnclosingRectangle()!.area, ba, 1e-9), "seed \(seed)")
  }
}
