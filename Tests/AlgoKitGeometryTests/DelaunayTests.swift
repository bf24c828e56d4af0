// Delaunay triangulation against independent references: Int128 in-circle and orientation, an
// independent hull (gift wrapping), Euler's count, area coverage, and an O(n^4) brute force on small
// inputs in general position.
import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

enum DelaunayRef {
  /// In-circle determinant sign in Int128 (|coordinates| < 2^28): +1 when d is strictly inside the
  /// circle through counterclockwise a, b, c.
  static func inCircle(_ a: (Int128, Int128), _ b: (Int128, Int128), _ c: (Int128, Int128), _ d: (Int128, Int128))
    -> Int
  {
    let adx = a.0 - d.0, ady = a.1 - d.1, bdx = b.0 - d.0, bdy = b.1 - d.1, cdx = c.0 - d.0, cdy = c.1 - d.1
    let v =
      (adx * adx + ady * ady) * (bdx * cdy - cdx * bdy) + (bdx * bdx + bdy * bdy) * (cdx * ady - adx * cdy)
      + (cdx * cdx + cdy * cdy) * (adx * bdy - bdx * ady)
    return v > 0 ? 1 : (v < 0 ? -1 : 0)
  }
  static func orient(_ a: (Int128, Int128), _ b: (Int128, Int128), _ c: (Int128, Int128)) -> Int {
    let v = (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)
    return v > 0 ? 1 : (v < 0 ? -1 : 0)
  }

  /// Checks every invariant of `t` for the points `p` (as exact integers `q`); returns a failure.
  static func check(_ t: DelaunayTriangulation, _ q: [(Int128, Int128)], _ label: String) -> String? {
    let n = q.count
    // Representatives: the first equal index.
    for i in 0..<n {
      let first = (0..<n).first { q[$0] == q[i] }!
      if t.representative[i] != first {
        return "\(label): representative[\(i)] = \(t.representative[i]), want \(first)"
      }
    }
    let reps = (0..<n).filter { t.representative[$0] == $0 }
    let m = reps.count
    let pts = reps.map { Vector2(Int(q[$0].0), Int(q[$0].1)) }
    let strictHull = Ref.hull(pts)
    // Hull boundary points: on some edge of the strict hull (or all points when collinear).
    var onBoundary = 0
    let collinear = strictHull.count < 3
    if !collinear {
      for p in pts {
        for k in strictHull.indices {
          let a = strictHull[k], b = strictHull[(k + 1) % strictHull.count]
          if Ref.orient(a, b, p) == 0 && min(a.x, b.x) <= p.x && p.x <= max(a.x, b.x)
            && min(a.y, b.y) <= p.y && p.y <= max(a.y, b.y)
          {
            onBoundary += 1; break
          }
        }
      }
    }
    if m < 3 || collinear {
      if !t.triangles.isEmpty || !t.halfedges.isEmpty { return "\(label): degenerate input gave triangles" }
      let sorted = reps.sorted { q[$0] < q[$1] }
      if t.hull != sorted { return "\(label): degenerate hull \(t.hull), want \(sorted)" }
      return nil
    }
    if t.triangleCount != 2 * m - onBoundary - 2 {
      return "\(label): \(t.triangleCount) triangles, Euler wants \(2 * m - onBoundary - 2) (n \(m), h \(onBoundary))"
    }
    if t.halfedges.count != t.triangles.count { return "\(label): halfedges count" }
    let repSet = Set(reps)
    var used = Set<Int>()
    var twiceArea: Int128 = 0
    for tr in 0..<t.triangleCount {
      let a = t.triangles[3 * tr], b = t.triangles[3 * tr + 1], c = t.triangles[3 * tr + 2]
      guard repSet.contains(a), repSet.contains(b), repSet.contains(c) else {
        return "\(label): non-representative vertex"
      }
      used.formUnion([a, b, c])
      if orient(q[a], q[b], q[c]) <= 0 { return "\(label): triangle \(tr) not counterclockwise" }
      twiceArea += (q[b].0 - q[a].0) * (q[c].1 - q[a].1) - (q[b].1 - q[a].1) * (q[c].0 - q[a].0)
      for r in reps where inCircle(q[a], q[b], q[c], q[r]) > 0 {
        return "\(label): point \(r) strictly inside the circumcircle of triangle \(tr) (\(a), \(b), \(c))"
      }
    }
    if used != repSet { return "\(label): \(repSet.count - used.count) points in no triangle" }
    var hullArea: Int128 = 0
    for k in strictHull.indices {
      let a = strictHull[k], b = strictHull[(k + 1) % strictHull.count]
      hullArea += Int128(a.x) * Int128(b.y) - Int128(a.y) * Int128(b.x)
    }
    if twiceArea != hullArea { return "\(label): triangle areas \(twiceArea) != hull area \(hullArea)" }
    var hullEdges = Set<[Int]>()
    for e in t.halfedges.indices {
      let from = t.triangles[e], to = t.triangles[e % 3 == 2 ? e - 2 : e + 1]
      let h = t.halfedges[e]
      if h == -1 { hullEdges.insert([from, to]); continue }
      if t.halfedges[h] != e { return "\(label): halfedge \(e) twin not symmetric" }
      let hf = t.triangles[h], ht = t.triangles[h % 3 == 2 ? h - 2 : h + 1]
      if hf != to || ht != from { return "\(label): halfedge \(e) twin has other endpoints" }
    }
    if t.hull.count != onBoundary || hullEdges.count != onBoundary {
      return "\(label): hull size \(t.hull.count), edges \(hullEdges.count), want \(onBoundary)"
    }
    for k in t.hull.indices where !hullEdges.contains([t.hull[k], t.hull[(k + 1) % t.hull.count]]) {
      return "\(label): hull step \(t.hull[k]) -> \(t.hull[(k + 1) % t.hull.count]) is not a counterclockwise hull edge"
    }
    return nil
  }

  static func ints(_ p: [Vector2<Int>]) -> [(Int128, Int128)] { p.map { (Int128($0.x), Int128($0.y)) } }
}

@Suite struct DelaunayTests {
  @Test func randomIntegerInputs() throws {
    let seed: UInt64 = 2024
    var rng = SplitMix64(seed: seed)
    for round in 0..<400 {
      let n = rng.int(0...120)
      let r = [2, 10, 1000, 1 << 26][round % 4]
      var p = randomIntPoints(n, -r...r, &rng)
      if round % 5 == 0 && n > 0 { for _ in 0..<5 { p.append(p[rng.int(0...(n - 1))]) } }  // duplicates
      let t = try p.delaunayTriangulation()
      if let f = DelaunayRef.check(t, DelaunayRef.ints(p), "seed \(seed) round \(round)") {
        Issue.record("\(f)"); return
      }
    }
  }

  @Test func gridsAndCocircular() throws {
    for (w, h) in [(3, 3), (4, 7), (10, 10), (25, 17)] {
      var p = [Vector2<Int>]()
      for i in 0..<w { for j in 0..<h { p.append(Vector2(i * 3, j * 3)) } }
      let t = try p.delaunayTriangulation()
      if let f = DelaunayRef.check(t, DelaunayRef.ints(p), "grid \(w)x\(h)") { Issue.record("\(f)") }
      // Same grid as doubles, shuffled order, and a second run is identical (deterministic).
      var rng = SplitMix64(seed: UInt64(w * 100 + h))
      p.shuffle(using: &rng)
      let d = p.map { Vector2(Double($0.x) / 8, Double($0.y) / 8) }
      let td = try d.delaunayTriangulation()
      if let f = DelaunayRef.check(td, DelaunayRef.ints(p), "double grid \(w)x\(h)") { Issue.record("\(f)") }
      #expect(try d.delaunayTriangulation() == td)
    }
    // Lattice points on circles x^2 + y^2 = 5^2, 25^2, 65^2 (many cocircular), plus centres.
    for r in [5, 25, 65, 325] {
      var p = [Vector2(0, 0)]
      for x in -r...r { for y in -r...r where x * x + y * y == r * r { p.append(Vector2(x, y)) } }
      p.append(Vector2(r / 2, 1))
      let t = try p.delaunayTriangulation()
      if let f = DelaunayRef.check(t, DelaunayRef.ints(p), "circle \(r)") { Issue.record("\(f)") }
    }
  }

  @Test func clusteredAndNearDegenerateDoubles() throws {
    let seed: UInt64 = 77
    var rng = SplitMix64(seed: seed)
    let k = 24, step = Double(sign: .plus, exponent: -k, significand: 1)
    for round in 0..<150 {
      // Doubles on the 2^-24 grid: clusters of tiny spread, points near a line and near a circle.
      var d = [Vector2<Double>]()
      let n = rng.int(3...150)
      for _ in 0..<n {
        switch rng.int(0...2) {
        case 0:
          let c = Double(rng.int(-2...2))
          d.append(Vector2(c + Double(rng.int(-4...4)) * step, c + Double(rng.int(-4...4)) * step))
        case 1:
          let s = rng.double(-1...1)
          d.append(
            Vector2(
              ((s * 3) / step).rounded() * step, ((s * 1.5) / step).rounded() * step + Double(rng.int(-1...1)) * step))
        default:
          let a = rng.double(0...6.283)
          d.append(Vector2((a.cos3() / step).rounded() * step, (a.sin3() / step).rounded() * step))
        }
      }
      let q = d.map { (Int128($0.x / step), Int128($0.y / step)) }
      let t = try d.delaunayTriangulation()
      if let f = DelaunayRef.check(t, q, "seed \(seed) round \(round)") { Issue.record("\(f)"); return }
    }
  }

  /// Brute force on small inputs in general position (no 4 cocircular): the Delaunay triangles are
  /// exactly the triples whose circumcircle has no point strictly inside.
  @Test func matchesBruteForceWhenUnique() throws {
    let seed: UInt64 = 5
    var rng = SplitMix64(seed: seed)
    var compared = 0
    for round in 0..<300 {
      let p = Array(Set(randomIntPoints(rng.int(3...11), -20...20, &rng)))
      let q = DelaunayRef.ints(p)
      let n = p.count
      var cocircular = false
      outer: for a in 0..<n {
        for b in (a + 1)..<n {
          for c in (b + 1)..<n where DelaunayRef.orient(q[a], q[b], q[c]) != 0 {
            for d in 0..<n where d != a && d != b && d != c && DelaunayRef.inCircle(q[a], q[b], q[c], q[d]) == 0 {
              cocircular = true; break outer
            }
          }
        }
      }
      if cocircular { continue }
      var want = Set<[Int]>()
      for a in 0..<n {
        for b in (a + 1)..<n {
          for c in (b + 1)..<n {
            let o = DelaunayRef.orient(q[a], q[b], q[c])
            if o == 0 { continue }
            let (x, y, z) = o > 0 ? (a, b, c) : (a, c, b)
            if (0..<n).allSatisfy({ DelaunayRef.inCircle(q[x], q[y], q[z], q[$0]) <= 0 }) { want.insert([a, b, c]) }
          }
        }
      }
      let t = try p.delaunayTriangulation()
      let got = Set((0..<t.triangleCount).map { t.triangles[(3 * $0)..<(3 * $0 + 3)].sorted() })
      #expect(got == want, "seed \(seed) round \(round): \(p)")
      compared += 1
    }
    #expect(compared > 100)
  }

  @Test func exactInCircleMatchesInt128() {
    let seed: UInt64 = 3
    var rng = SplitMix64(seed: seed)
    for round in 0..<20_000 {
      let r = [3, 1000, 1 << 26][round % 3]
      let p = randomIntPoints(4, -r...r, &rng)
      let q = DelaunayRef.ints(p)
      let d = p.map { Vector2(Double($0.x), Double($0.y)) }
      #expect(
        GeometryPredicates.inCircle(d[0], d[1], d[2], d[3]) == DelaunayRef.inCircle(q[0], q[1], q[2], q[3]),
        "seed \(seed) round \(round) \(p)")
      // Scaled to non-integers (exact powers of two), and with large offsets so differences round.
      let s = Double(sign: .plus, exponent: -30, significand: 1)
      let e = d.map { Vector2($0.x * s + 1, $0.y * s - 3) }
      let qe = p.map { (Int128($0.x) + (1 << 30), Int128($0.y) - 3 * (1 << 30)) }
      #expect(
        GeometryPredicates.inCircle(e[0], e[1], e[2], e[3]) == DelaunayRef.inCircle(qe[0], qe[1], qe[2], qe[3]),
        "seed \(seed) round \(round) offset \(p)")
    }
  }

  @Test func badAndDegenerateInput() throws {
    #expect(throws: DelaunayError.nonFiniteCoordinate(index: 1)) {
      try [Vector2(0.0, 0), Vector2(.nan, 1), Vector2(1, 1)].delaunayTriangulation()
    }
    #expect(throws: DelaunayError.nonFiniteCoordinate(index: 0)) {
      try [Vector2(Double.infinity, 0)].delaunayTriangulation()
    }
    #expect(throws: DelaunayError.coordinateTooLarge(index: 0)) {
      try [Vector2(1 << 60, 0)].delaunayTriangulation()
    }
    // Counted before any point is read, so a lazy collection of 2^28 points costs nothing.
    #expect(throws: DelaunayError.tooManyPoints(count: 1 << 28)) {
      try repeatElement(Vector2(0, 0), count: 1 << 28).delaunayTriangulation()
    }
    let empty = try [Vector2<Int>]().delaunayTriangulation()
    #expect(empty.triangles.isEmpty && empty.hull.isEmpty)
    let two = try [Vector2(1, 1), Vector2(1, 1), Vector2(0, 0)].delaunayTriangulation()
    #expect(two.triangles.isEmpty && two.hull == [2, 0] && two.representative == [0, 0, 2])
    let line = try [Vector2(3, 3), Vector2(0, 0), Vector2(1, 1), Vector2(2, 2), Vector2(1, 1)].delaunayTriangulation()
    #expect(line.triangles.isEmpty && line.hull == [1, 2, 3, 0] && line.representative == [0, 1, 2, 3, 2])
    // Huge doubles are scaled exactly; the result is still checked exactly.
    let big = try [Vector2(0.0, 0), Vector2(0x1p1000, 0), Vector2(0, 0x1p1000), Vector2(0x1p999, 0x1p998)]
      .delaunayTriangulation()
    #expect(big.triangleCount == 3)
    let doc = try [Vector2(0, 0), Vector2(4, 0), Vector2(0, 4), Vector2(4, 4), Vector2(1, 2)].delaunayTriangulation()
    #expect(doc.triangleCount == 4)
  }
}

extension Double {
  // Rough cos/sin without Foundation (Taylor after range reduction is enough to place test points).
  func cos3() -> Double { (self + .pi / 2).sin3() }
  func sin3() -> Double {
    var x = self.truncatingRemainder(dividingBy: 2 * .pi)
    if x > .pi { x -= 2 * .pi } else if x < -.pi { x += 2 * .pi }
    var term = x, sum = x
    for k in 1..<12 { term *= -x * x / Double((2 * k) * (2 * k + 1)); sum += term }
    return sum
  }
}
