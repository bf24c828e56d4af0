// Traversal, Euclidean MST, nearest neighbours and Voronoi cells against brute force over all pairs:
// Kruskal on every pair, an O(n^2) nearest-neighbour scan, the neighbour sets read off the triangle
// triples, point location by testing every triangle, and each Voronoi cell cut by every other point.
import AlgoKitTestSupport
import Testing

@testable import AlgoKitGeometry

enum GraphRef {
  static func distance2(_ a: Vector2<Int>, _ b: Vector2<Int>) -> Int {
    (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)
  }

  /// Kruskal over all pairs in (weight, a, b) order.
  static func minimumSpanningTree(_ p: [Vector2<Int>]) -> [(Int, Int, Int)] {
    var pairs: [(Int, Int, Int)] = []
    for a in p.indices { for b in p.indices where a < b { pairs.append((distance2(p[a], p[b]), a, b)) } }
    pairs.sort { $0 < $1 }
    var parent = Array(p.indices)
    func find(_ i: Int) -> Int { parent[i] == i ? i : find(parent[i]) }
    var tree: [(Int, Int, Int)] = []
    for (w, a, b) in pairs where find(a) != find(b) {
      parent[find(a)] = find(b)
      tree.append((w, a, b))
    }
    return tree
  }

  /// Smallest-index nearest other point.
  static func nearest(_ p: [Vector2<Int>]) -> [Int] {
    p.indices.map { i in
      p.indices.filter { $0 != i }.min { (distance2(p[i], p[$0]), $0) < (distance2(p[i], p[$1]), $1) } ?? -1
    }
  }

  /// Random integer points of one of several shapes (uniform, clustered with duplicates, grid,
  /// collinear, tiny).
  static func points(_ rng: inout SplitMix64, shape: Int) -> [Vector2<Int>] {
    let n = rng.int(in: 1...60)
    switch shape % 5 {
    case 0: return (0..<n).map { _ in Vector2(rng.int(in: -1000...1000), rng.int(in: -1000...1000)) }
    case 1: return (0..<n).map { _ in Vector2(rng.int(in: 0...4), rng.int(in: 0...4)) }
    case 2:
      let k = rng.int(in: 1...7)
      return (0..<k * k).map { Vector2($0 % k * 3, $0 / k * 3) }.shuffled(using: &rng)
    case 3:
      return (0..<n).map { _ in
        let t = rng.int(in: -20...20); return Vector2(2 * t + 1, -t)
      }
    default: return (0..<rng.int(in: 0...4)).map { _ in Vector2(rng.int(in: 0...2), rng.int(in: 0...2)) }
    }
  }
}

@Suite struct DelaunayGraphTests {
  @Test func neighboursAndHalfedgesMatchTheTriangles() throws {
    for seed in UInt64(0)..<300 {
      var rng = SplitMix64(seed: seed)
      let p = GraphRef.points(&rng, shape: Int(seed))
      let t = try p.delaunayTriangulation()
      // Neighbour sets and incident-triangle counts read off the triples.
      var want = [Set<Int>](repeating: [], count: p.count)
      var incident = [Int](repeating: 0, count: p.count)
      for k in 0..<t.triangleCount {
        let v = t.triangles[3 * k..<3 * k + 3].map { $0 }
        for a in v { incident[a] += 1; for b in v where b != a { want[a].insert(b) } }
      }
      if t.triangles.isEmpty {
        for k in t.hull.indices.dropFirst() {
          want[t.hull[k]].insert(t.hull[k - 1]); want[t.hull[k - 1]].insert(t.hull[k])
        }
      }
      var edges = 0
      t.forEachEdge { a, b in
        edges += 1
        #expect(want[a].contains(b) && t.representative[a] == a && t.representative[b] == b, "seed \(seed)")
      }
      #expect(edges == want.reduce(0) { $0 + $1.count } / 2, "seed \(seed): forEachEdge count")
      for i in p.indices {
        let r = t.representative[i]
        let got = t.neighbors(of: i)
        #expect(Set(got) == want[r] && got.count == want[r].count, "seed \(seed) point \(i): \(got) vs \(want[r])")
        let around = t.outgoingHalfedges(around: i)
        #expect(around.count == (r == i ? incident[i] : 0), "seed \(seed) point \(i)")
        #expect(around.allSatisfy { t.origin(ofHalfedge: $0) == i }, "seed \(seed) point \(i)")
        // Counterclockwise: consecutive neighbours turn left around the point.
        if r == i && !t.triangles.isEmpty {
          for k in got.indices.dropFirst() {
            #expect(Ref.orient(p[i], p[got[k - 1]], p[got[k]]) > 0, "seed \(seed) point \(i) order \(got)")
          }
        }
      }
      for e in t.triangles.indices {
        #expect(DelaunayTriangulation.previousHalfedge(DelaunayTriangulation.nextHalfedge(e)) == e)
        #expect(DelaunayTriangulation.triangle(ofHalfedge: e) == e / 3)
        if t.halfedges[e] >= 0 {
          #expect(t.destination(ofHalfedge: e) == t.origin(ofHalfedge: t.halfedges[e]), "seed \(seed)")
        }
      }
      for k in 0..<t.triangleCount {
        let (a, b, c) = t.adjacentTriangles(of: k)
        for (j, u) in [a, b, c].enumerated() {
          #expect(u == (t.halfedges[3 * k + j] < 0 ? -1 : t.halfedges[3 * k + j] / 3), "seed \(seed)")
        }
      }
    }
  }

  @Test func documentedNeighbours() throws {
    let t = try [Vector2(0, 0), Vector2(2, 0), Vector2(0, 2), Vector2(2, 2), Vector2(1, 1)].delaunayTriangulation()
    #expect(Set(t.neighbors(of: 4)) == [0, 1, 2, 3] && t.neighbors(of: 0) == [1, 4, 2])
  }

  @Test func pointLocationAgreesWithTestingEveryTriangle() throws {
    for seed in UInt64(0)..<150 {
      var rng = SplitMix64(seed: seed)
      let p = GraphRef.points(&rng, shape: Int(seed))
      let t = try p.delaunayTriangulation()
      func contains(_ k: Int, _ q: Vector2<Int>) -> Bool {
        (0..<3).allSatisfy {
          Ref.orient(p[t.triangles[3 * k + $0]], p[t.triangles[3 * k + ($0 + 1) % 3]], q) >= 0
        }
      }
      for _ in 0..<40 {
        let q = Vector2(rng.int(in: -1100...1100), rng.int(in: -1100...1100))
        let near = p.isEmpty ? q : p[rng.int(in: 0..<p.count)] + Vector2(rng.int(in: -1...1), rng.int(in: -1...1))
        for query in [q, near] {
          let start = t.triangleCount == 0 ? 0 : rng.int(in: 0..<t.triangleCount)
          let found = t.triangle(containing: query, in: p, startingAt: start)
          let any = (0..<t.triangleCount).contains { contains($0, query) }
          #expect((found != nil) == any, "seed \(seed) query \(query)")
          if let found { #expect(contains(found, query), "seed \(seed) query \(query) in \(found)") }
        }
      }
    }
  }

  @Test func minimumSpanningTreeIsKruskalOverAllPairs() throws {
    for seed in UInt64(0)..<300 {
      var rng = SplitMix64(seed: seed)
      let p = GraphRef.points(&rng, shape: Int(seed))
      let got = try p.euclideanMinimumSpanningTree().map { ($0.weight.intValue!, $0.a, $0.b) }
      let want = GraphRef.minimumSpanningTree(p)
      #expect(got.elementsEqual(want, by: ==), "seed \(seed): \(got) vs \(want)")
    }
    let doc = try [Vector2(0, 0), Vector2(3, 0), Vector2(0, 1), Vector2(3, 3)].euclideanMinimumSpanningTree()
    #expect(doc.map { [$0.a, $0.b, $0.weight.intValue!] } == [[0, 2, 1], [0, 1, 9], [1, 3, 9]])
  }

  @Test func minimumSpanningTreeOfHugeDoublesIsOrderedByTrueLengths() throws {
    // Scaled by 2^1000 the squared lengths overflow; the tree must still be the unscaled one.
    for seed in UInt64(0)..<40 {
      var rng = SplitMix64(seed: seed)
      let p = (0..<rng.int(in: 2...40)).map { _ in Vector2(rng.int(in: -1000...1000), rng.int(in: -1000...1000)) }
      let huge = p.map { Vector2(Double($0.x) * 0x1p1000, Double($0.y) * 0x1p1000) }
      let got = try huge.euclideanMinimumSpanningTree().map { [$0.a, $0.b] }
      #expect(got == GraphRef.minimumSpanningTree(p).map { [$0.1, $0.2] }, "seed \(seed)")
    }
  }

  @Test func minimumSpanningTreeOnDoublesHasTheOptimalWeight() throws {
    for seed in UInt64(0)..<60 {
      var rng = SplitMix64(seed: seed)
      let p = (0..<rng.int(in: 2...80)).map { _ in Vector2(rng.double(in: -1...1), rng.double(in: -1...1)) }
      let tree = try p.euclideanMinimumSpanningTree()
      // Prim over all pairs for the optimum (lengths, not squared lengths: what a user sums).
      var inTree = [true] + [Bool](repeating: false, count: p.count - 1)
      var best = p.map { ($0 - p[0]).dot($0 - p[0]).squareRoot() }
      var optimum = 0.0
      for _ in 1..<p.count {
        let j = p.indices.filter { !inTree[$0] }.min { best[$0] < best[$1] }!
        inTree[j] = true; optimum += best[j]
        for k in p.indices where !inTree[k] { best[k] = min(best[k], (p[k] - p[j]).dot(p[k] - p[j]).squareRoot()) }
      }
      let total = tree.reduce(0.0) { $0 + $1.weight.squareRoot() }
      #expect(tree.count == p.count - 1 && abs(total - optimum) <= 1e-12 * optimum, "seed \(seed)")
      var sets = _GeometryDisjointSet(count: p.count)
      #expect(tree.allSatisfy { sets.union($0.a, $0.b) }, "seed \(seed): not a tree")
    }
  }

  @Test func nearestNeighboursMatchTheQuadraticScan() throws {
    for seed in UInt64(0)..<300 {
      var rng = SplitMix64(seed: seed)
      let p = GraphRef.points(&rng, shape: Int(seed))
      let got = try p.nearestNeighbors()
      #expect(got == GraphRef.nearest(p), "seed \(seed)")
    }
    #expect(try [Vector2(0, 0), Vector2(5, 0), Vector2(1, 1), Vector2(0, 0)].nearestNeighbors() == [3, 2, 0, 0])
    #expect(try [Vector2(1.5, 2)].nearestNeighbors() == [-1])
    // The README's example.
    let sites = [Vector2(0, 0), Vector2(4, 0), Vector2(0, 4), Vector2(4, 4), Vector2(1, 2)]
    #expect(try sites.nearestNeighbors() == [4, 4, 4, 4, 0])
    #expect(try sites.delaunayTriangulation().triangleCount == 4)
    #expect(try sites.euclideanMinimumSpanningTree().count == 4)
  }

  /// The box cut by the bisector of every other distinct point (no triangulation involved).
  static func bruteCell(_ p: [Vector2<Double>], _ i: Int, _ box: [Vector2<Double>]) -> [Vector2<Double>] {
    var cell = box, scratch: [Vector2<Double>] = []
    for j in p.indices where p[j] != p[i] {
      if cell.isEmpty { break }
      DelaunayTriangulation._keepNearer(&cell, p[i], p[j], &scratch)
    }
    return cell
  }

  static func area(_ c: [Vector2<Double>]) -> Double {
    c.indices.reduce(0.0) { $0 + c[$1].cross(c[($1 + 1) % c.count]) } / 2
  }

  /// Largest distance from a corner of either polygon to the other's boundary (extra corners on an
  /// edge, which rounding can leave, do not count).
  static func hausdorff(_ a: [Vector2<Double>], _ b: [Vector2<Double>]) -> Double {
    func toSegment(_ z: Vector2<Double>, _ u: Vector2<Double>, _ v: Vector2<Double>) -> Double {
      let d = v - u, l = d.dot(d)
      let t = l == 0 ? 0 : min(1, max(0, (z - u).dot(d) / l))
      let w = z - (u + d * t)
      return w.dot(w).squareRoot()
    }
    func oneWay(_ a: [Vector2<Double>], _ b: [Vector2<Double>]) -> Double {
      a.map { z in b.indices.map { toSegment(z, b[$0], b[($0 + 1) % b.count]) }.min() ?? .infinity }.max() ?? 0
    }
    return max(oneWay(a, b), oneWay(b, a))
  }

  @Test func voronoiCellsEqualTheBoxCutByEveryBisector() throws {
    for seed in UInt64(0)..<200 {
      var rng = SplitMix64(seed: seed)
      let p = GraphRef.points(&rng, shape: Int(seed)).map { Vector2(Double($0.x), Double($0.y)) }
      let (x0, y0) = (rng.double(in: -1200...0), rng.double(in: -1200...0))
      let xRange = x0...(x0 + rng.double(in: 1...2400)), yRange = y0...(y0 + rng.double(in: 1...2400))
      let box = [
        Vector2(xRange.lowerBound, yRange.lowerBound), Vector2(xRange.upperBound, yRange.lowerBound),
        Vector2(xRange.upperBound, yRange.upperBound), Vector2(xRange.lowerBound, yRange.upperBound),
      ]
      let cells = try p.voronoiCells(xRange: xRange, yRange: yRange)
      #expect(cells.count == p.count)
      var total = 0.0
      for i in p.indices {
        let want = Self.bruteCell(p, i, box)
        let got = Array(cells[i])
        let scale = 2400.0
        #expect(abs(Self.area(got) - Self.area(want)) <= 1e-9 * scale * scale, "seed \(seed) cell \(i)")
        if !want.isEmpty && Self.area(want) > 1e-6 {
          #expect(Self.hausdorff(got, want) <= 1e-9 * scale, "seed \(seed) cell \(i): \(got) vs \(want)")
        }
        for k in got.indices {  // convex, counterclockwise
          let a = got[k], b = got[(k + 1) % got.count], c = got[(k + 2) % got.count]
          #expect((b - a).cross(c - b) >= -1e-9 * scale * scale, "seed \(seed) cell \(i) not convex")
        }
        if (0..<i).allSatisfy({ p[$0] != p[i] }) { total += Self.area(got) }
      }
      // Independent of the cutting code: a sample of the box lies in its nearest site's cell.
      for _ in 0..<(p.isEmpty ? 0 : 30) {
        let z = Vector2(rng.double(in: xRange), rng.double(in: yRange))
        let d = p.map { ($0 - z).dot($0 - z).squareRoot() }
        let i = d.indices.min { d[$0] < d[$1] }!
        guard p.indices.allSatisfy({ p[$0] == p[i] || d[$0] > d[i] + 1e-6 }) else { continue }
        let c = Array(cells[i])
        let inside = c.indices.allSatisfy { (c[($0 + 1) % c.count] - c[$0]).cross(z - c[$0]) >= -1e-9 * 2400 * 2400 }
        #expect(!c.isEmpty && inside, "seed \(seed): \(z) not in the cell of its nearest site \(i)")
      }
      if !p.isEmpty {
        let boxArea = (xRange.upperBound - xRange.lowerBound) * (yRange.upperBound - yRange.lowerBound)
        #expect(abs(total - boxArea) <= 1e-9 * boxArea, "seed \(seed): cells cover \(total) of \(boxArea)")
      }
    }
    let doc = try [Vector2(1.0, 1), Vector2(3, 1)].voronoiCells(xRange: 0...4, yRange: 0...2)
    #expect(doc[0] == [Vector2(0, 0), Vector2(2, 0), Vector2(2, 2), Vector2(0, 2)])
    #expect(Set(doc[1]) == [Vector2(2, 0), Vector2(4, 0), Vector2(4, 2), Vector2(2, 2)])
  }

  @Test func circumcentresAreEquidistantFromTheirTriangle() throws {
    for seed in UInt64(0)..<100 {
      var rng = SplitMix64(seed: seed)
      let p = GraphRef.points(&rng, shape: Int(seed))
      let t = try p.delaunayTriangulation()
      for (k, c) in t.circumcenters(of: p).enumerated() {
        let d = (0..<3).map { j -> Double in
          let v = p[t.triangles[3 * k + j]]
          return ((Double(v.x) - c.x) * (Double(v.x) - c.x) + (Double(v.y) - c.y) * (Double(v.y) - c.y)).squareRoot()
        }
        #expect(abs(d[0] - d[1]) <= 1e-9 * d[0] && abs(d[0] - d[2]) <= 1e-9 * d[0], "seed \(seed) triangle \(k)")
      }
    }
  }
}
