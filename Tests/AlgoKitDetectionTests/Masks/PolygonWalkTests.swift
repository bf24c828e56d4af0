import AlgoKitTestSupport
import Testing

@testable import AlgoKitDetection

/// The per-column crossing search equals a literal point-by-point walk of every upsampled edge
/// (the way pycocotools' `rleFrPoly` rasterizes), on seeded random polygons.
@Suite struct PolygonWalkTests {
  /// Boundary positions by walking every upsampled point, then the same toggling; test-only.
  static func walk(_ xy: [Double], h: Int, w: Int) -> [UInt32] {
    let k = xy.count / 2
    let xs = (0...k).map { Int(5 * xy[2 * ($0 % k)] + 0.5) }, ys = (0...k).map { Int(5 * xy[2 * ($0 % k) + 1] + 0.5) }
    var u: [Int] = [], v: [Int] = []
    for j in 0..<k {
      var (x0, y0, x1, y1) = (xs[j], ys[j], xs[j + 1], ys[j + 1])
      let dx = abs(x1 - x0), dy = abs(y0 - y1)
      let flip = (dx >= dy && x0 > x1) || (dx < dy && y0 > y1)
      if flip { (x0, x1, y0, y1) = (x1, x0, y1, y0) }
      if dx >= dy {
        let s = dx == 0 ? 0 : Double(y1 - y0) / Double(dx)
        for d in 0...dx {
          let t = flip ? dx - d : d
          u.append(t + x0)
          v.append(Int(Double(y0) + s * Double(t) + 0.5))
        }
      } else {
        let s = Double(x1 - x0) / Double(dy)
        for d in 0...dy {
          let t = flip ? dy - d : d
          v.append(t + y0)
          u.append(Int(Double(x0) + s * Double(t) + 0.5))
        }
      }
    }
    var a: [Int] = []
    for j in 1..<u.count where u[j] != u[j - 1] {
      var xd = Double(u[j] < u[j - 1] ? u[j] : u[j] - 1)
      xd = (xd + 0.5) / 5 - 0.5
      if xd.rounded(.down) != xd || xd < 0 || xd > Double(w - 1) { continue }
      var yd = Double(v[j] < v[j - 1] ? v[j] : v[j - 1])
      yd = (yd + 0.5) / 5 - 0.5
      if yd < 0 { yd = 0 } else if yd > Double(h) { yd = Double(h) }
      a.append(Int(xd) * h + Int(yd.rounded(.up)))
    }
    a.append(h * w)
    a.sort()
    var diffs: [Int] = []
    var p = 0
    for x in a {
      diffs.append(x - p)
      p = x
    }
    var b = [diffs[0]]
    var j = 1
    while j < diffs.count {
      if diffs[j] > 0 {
        b.append(diffs[j])
        j += 1
      } else {
        j += 1
        if j < diffs.count {
          b[b.count - 1] += diffs[j]
          j += 1
        }
      }
    }
    return b.map { UInt32($0) }
  }

  @Test func crossingSearchEqualsWalk() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    print("PolygonWalkTests.crossingSearchEqualsWalk seed: \(seed)")
    var rng = SplitMix64(seed: seed)
    func unit() -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
    for round in 0..<3000 {
      let h = 1 + Int(rng.next() % 60), w = 1 + Int(rng.next() % 60)
      let n = 3 + Int(rng.next() % 9)
      let spread = [0.2, 1.0, 1.5, 4.0][Int(rng.next() % 4)]
      var p: [Double] = []
      for _ in 0..<n {
        var x = (unit() * (1 + 2 * spread) - spread) * Double(w), y = (unit() * (1 + 2 * spread) - spread) * Double(h)
        if rng.next() % 3 == 0 {  // on the 0.1 grid: exact half-pixel and rounding ties
          x = (x * 10).rounded() / 10
          y = (y * 10).rounded() / 10
        }
        p += [x, y]
      }
      let got = try RunLengthMask(polygon: p, height: h, width: w).counts
      #expect(got == Self.walk(p, h: h, w: w), "seed \(seed) round \(round): \(p) in \(h)x\(w)")
    }
  }
}
