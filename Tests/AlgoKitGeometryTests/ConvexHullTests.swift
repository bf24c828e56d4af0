import AlgoKitTestSupport
import Foundation
import Testing

@testable import AlgoKitGeometry

/// Independent check of a hull: the output is made of input points, has no duplicates, turns
/// strictly left (or left-or-straight when collinear points are kept) at every vertex, and every
/// input point is inside or on it (Int128 cross products). Those together pin down the hull.
func checkHull(_ hull: [Vector2<Int>], of points: [Vector2<Int>], keepingCollinear: Bool) -> String? {
  let distinct = Set(points)
  if distinct.isEmpty { return hull.isEmpty ? nil : "non-empty hull of nothing" }
  if Set(hull).count != hull.count { return "duplicate hull points" }
  if !hull.allSatisfy(distinct.contains) { return "hull point not in input" }
  let start = distinct.min { $0.x < $1.x || ($0.x == $1.x && $0.y < $1.y) }!
  if hull.first != start { return "does not start at the smallest point" }
  let allCollinear = distinct.allSatisfy { Ref.orient(start, distinct.first { $0 != start } ?? start, $0) == 0 }
  if allCollinear {
    let sorted = distinct.sorted { $0.x < $1.x || ($0.x == $1.x && $0.y < $1.y) }
    let expected = keepingCollinear ? sorted : (sorted.count == 1 ? sorted : [sorted.first!, sorted.last!])
    return hull == expected ? nil : "collinear input: \(hull) != \(expected)"
  }
  let h = hull.count
  for i in 0..<h {
    let o = Ref.orient(hull[i], hull[(i + 1) % h], hull[(i + 2) % h])
    if keepingCollinear ? o < 0 : o <= 0 { return "not convex at \(i)" }
  }
  var onBoundary = 0
  for p in distinct {
    var boundary = false
    for i in 0..<h {
      let a = hull[i], b = hull[(i + 1) % h]
      let o = Ref.orient(a, b, p)
      if o < 0 { return "point \(p) outside" }
      if o == 0 && min(a.x, b.x) <= p.x && p.x <= max(a.x, b.x) && min(a.y, b.y) <= p.y && p.y <= max(a.y, b.y) {
        boundary = true
      }
    }
    if boundary { onBoundary += 1 }
  }
  if keepingCollinear && onBoundary != h { return "missing boundary points: \(onBoundary) vs \(h)" }
  return nil
}

@Suite struct ConvexHullTests {
  @Test func randomIntegerInputs() {
    let seed: UInt64 = 21
    var rng = SplitMix64(seed: seed)
    for round in 0..<200 {
      let n = rng.int(0...60)
      let r = [2, 5, 1000, 1_000_000_000][round % 4]
      let pts = randomIntPoints(n, -r...r, &rng)
      for keep in [false, true] {
        let hull = pts.convexHull(keepingCollinear: keep)
        let problem = checkHull(hull, of: pts, keepingCollinear: keep)
        #expect(problem == nil, "seed \(seed) round \(round) keep \(keep): \(problem ?? "") \(pts)")
      }
    }
  }

  @Test func filterPathOnLargerInputs() {
    // n >= 32 exercises the octagon pre-filter; grids force many collinear and duplicate points.
    let seed: UInt64 = 22
    var rng = SplitMix64(seed: seed)
    for round in 0..<40 {
      let n = rng.int(32...400)
      let r = [3, 10, 1_000_000_000][round % 3]
      var pts = randomIntPoints(n, -r...r, &rng)
      if round % 5 == 0 { pts += pts }  // duplicates
      for keep in [false, true] {
        let problem = checkHull(pts.convexHull(keepingCollinear: keep), of: pts, keepingCollinear: keep)
        #expect(problem == nil, "seed \(seed) round \(round) keep \(keep): \(problem ?? "")")
      }
    }
  }

  @Test func degenerateInputs() {
    var rng = SplitMix64(seed: 26)
    #expect([Vector2<Int>]().convexHull().isEmpty)
    #expect([Vector2(5, 5)].convexHull() == [Vector2(5, 5)])
    #expect([Vector2(5, 5), Vector2(5, 5), Vector2(5, 5)].convexHull() == [Vector2(5, 5)])
    let line = (0..<50).map { Vector2($0 * 3 - 70, -2 * $0 + 9) }.shuffled(using: &rng)
    #expect(line.convexHull() == [Vector2(-70, 9), Vector2(77, -89)])
    #expect(line.convexHull(keepingCollinear: true) == (0..<50).map { Vector2($0 * 3 - 70, -2 * $0 + 9) })
    let vertical = [Vector2(0, 3), Vector2(0, 1), Vector2(0, 2), Vector2(0, 1)]
    #expect(vertical.convexHull() == [Vector2(0, 1), Vector2(0, 3)])
    let square = [
      Vector2(0, 0), Vector2(2, 0), Vector2(2, 2), Vector2(0, 2), Vector2(1, 0), Vector2(1, 1), Vector2(0, 1),
    ]
    #expect(square.convexHull() == [Vector2(0, 0), Vector2(2, 0), Vector2(2, 2), Vector2(0, 2)])
    #expect(
      square.convexHull(keepingCollinear: true)
        == [Vector2(0, 0), Vector2(1, 0), Vector2(2, 0), Vector2(2, 2), Vector2(0, 2), Vector2(0, 1)])
    // Non-finite floating input: empty, never a hang.
    #expect([Vector2(0.0, 0), Vector2(1, .nan), Vector2(2, 2)].convexHull().isEmpty)
    #expect([Vector2(0.0, 0), Vector2(.infinity, 0), Vector2(2, 2)].convexHull().isEmpty)
    #expect((0..<100).map { Vector2(Double($0), .nan) }.convexHull().isEmpty)
  }

  @Test func contestScaleExact() {
    // 2·10^5 points in [-1e9, 1e9] with heavy duplication and a collinear boundary.
    let seed: UInt64 = 23
    var rng = SplitMix64(seed: seed)
    let r = 1_000_000_000
    var pts: [Vector2<Int>] = []
    for _ in 0..<100_000 { pts.append(Vector2(rng.int(-r...r), rng.int(-r...r))) }
    for _ in 0..<50_000 { pts.append(pts[rng.int(0...99_999)]) }
    for _ in 0..<50_000 { let t = rng.int(-r...r); pts.append(Vector2(t, r)) }  // the top edge, collinear
    pts += [Vector2(-r, r), Vector2(r, r), Vector2(-r, -r), Vector2(r, -r)]
    let hull = pts.convexHull()
    #expect(hull == [Vector2(-r, -r), Vector2(r, -r), Vector2(r, r), Vector2(-r, r)])
    let kept = pts.convexHull(keepingCollinear: true)
    let boundary = Set(pts.filter { $0.x == r || $0.x == -r || $0.y == r || $0.y == -r })
    #expect(kept.count == boundary.count && Set(kept) == boundary, "seed \(seed)")
    // A random cloud: verify against the exact checker on a subsample-sized input.
    let cloud = Array(pts[0..<3000])
    #expect(checkHull(cloud.convexHull(), of: cloud, keepingCollinear: false) == nil)
  }

  @Test func doubleHullOnGridMatchesIntegerHull() {
    // Doubles that are exact multiples of 2^-30 (tiny scale) and of 1 (large scale): the double hull
    // must be the integer hull, scaled.
    let seed: UInt64 = 24
    var rng = SplitMix64(seed: seed)
    for round in 0..<25 {
      let pts = randomIntPoints(rng.int(1...300), -(1 << 20)...(1 << 20), &rng)
      for scale in [0x1p-40, 1.0, 1e3] {
        let d = pts.map { Vector2(Double($0.x) * scale, Double($0.y) * scale) }
        for keep in [false, true] {
          let expected = pts.convexHull(keepingCollinear: keep).map {
            Vector2(Double($0.x) * scale, Double($0.y) * scale)
          }
          #expect(d.convexHull(keepingCollinear: keep) == expected, "seed \(seed) round \(round) scale \(scale)")
        }
      }
    }
  }

  @Test func floatScalarsUseTheSameCode() {
    let seed: UInt64 = 28
    var rng = SplitMix64(seed: seed)
    for round in 0..<20 {
      let pts = randomIntPoints(rng.int(3...200), -(1 << 20)...(1 << 20), &rng)
      let f = pts.map { Vector2(Float($0.x) * 0x1p-10, Float($0.y) * 0x1p-10) }  // exact in Float
      let expected = pts.convexHull().map { Vector2(Float($0.x) * 0x1p-10, Float($0.y) * 0x1p-10) }
      #expect(f.convexHull() == expected, "seed \(seed) round \(round)")
      let d = pts.map { Vector2<Double>($0) * 0x1p-10 }
      #expect(abs(f.convexHull().area() - d.convexHull().area()) <= 1e-9 * max(1, d.convexHull().area()))
    }
    let fa = [Vector2<Float>(0, 0), Vector2(2, 0), Vector2(2, 2), Vector2(0, 2)]
    #expect(fa.convexIntersectionArea(with: fa.map { $0 + Vector2(1, 1) }) == 1)
    #expect(fa.convexIntersectionOverUnion(with: fa) == 1)
  }

  @Test func circlePointsAreAllOnTheHull() {
    let seed: UInt64 = 25
    var rng = SplitMix64(seed: seed)
    var pts: [Vector2<Double>] = []
    for _ in 0..<2000 {
      let t = rng.double(0...(2 * Double.pi))
      pts.append(Vector2(cos(t), sin(t)))
    }
    let hull = pts.convexHull()
    // Every turn is exactly left (exact predicate), and no input point is outside.
    for i in hull.indices {
      #expect(GeometryPredicates.orientation(hull[i], hull[(i + 1) % hull.count], hull[(i + 2) % hull.count]) > 0)
    }
    for p in pts.prefix(200) {
      for i in hull.indices { #expect(GeometryPredicates.orientation(hull[i], hull[(i + 1) % hull.count], p) >= 0) }
    }
    #expect(hull.count >= 1990)  // a few may be exactly collinear-or-inside after rounding
  }
}

@Suite struct SortingTests {
  @Test func radixSortMatchesComparisonSort() {
    let seed: UInt64 = 27
    var rng = SplitMix64(seed: seed)
    for round in 0..<20 {
      let n = rng.int(500...3000)
      var ints = randomIntPoints(
        n, [-3...3, -1_000_000_000...1_000_000_000, Int.min / 4...Int.max / 4][round % 3], &rng)
      let expected = ints.sorted(by: Vector2.lexicographicallyPrecedes)
      ints.withUnsafeMutableBufferPointer { Vector2._sortLexicographically($0) }
      #expect(ints == expected, "seed \(seed) round \(round)")
      var doubles = (0..<n).map { _ in
        Vector2(
          [0.0, -0.0, 1e-300, -1e-300, 1, -1, rng.double(-1e9...1e9), rng.double(-1e-6...1e-6)][rng.int(0...7)],
          [0.0, -0.0, 2, rng.double(-1...1)][rng.int(0...3)])
      }
      let expectedD = doubles.sorted(by: Vector2.lexicographicallyPrecedes)
      doubles.withUnsafeMutableBufferPointer { Vector2._sortLexicographically($0) }
      // -0.0 == 0.0, so compare element-wise with ==.
      #expect(doubles.elementsEqual(expectedD, by: ==), "seed \(seed) round \(round)")
      #expect(zip(doubles, doubles.dropFirst()).allSatisfy { !Vector2.lexicographicallyPrecedes($1, $0) })
    }
  }
}
