// Geometry benchmarks on the peers' seeded inputs (`SeededInputs`), so GEOS/qhull (convex hull)
// and OpenCV/shapely (rotated-rectangle intersection) time the same data.
import AlgoKit
import BenchmarkHarness

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum GeometryBenchmarks {
  static let pointSizes = [10_000, 100_000, 1_000_000]
  static let quickPointSizes = [10_000]

  static func vectors(_ points: [(x: Double, y: Double)]) -> [Vector2<Double>] {
    points.map { Vector2($0.x, $0.y) }
  }

  static func checksum(_ points: [Vector2<Double>]) -> UInt64 {
    var h = UInt64(points.count)
    for p in points.prefix(4) { h = h &* 31 &+ p.x.bitPattern &+ p.y.bitPattern }
    return h
  }

  static func delaunayChecksum(_ points: [Vector2<Double>]) -> UInt64 {
    guard let t = try? points.delaunayTriangulation() else { return 0 }
    return UInt64(t.triangleCount) &* 31 &+ UInt64(t.hull.count)
  }

  /// The corners of a rotated rectangle as the peers build them: half extents rotated by the angle.
  static func corners(_ r: (cx: Double, cy: Double, w: Double, h: Double, angle: Double)) -> [Vector2<Double>] {
    let c = cos(r.angle), s = sin(r.angle)
    return [(-r.w / 2, -r.h / 2), (r.w / 2, -r.h / 2), (r.w / 2, r.h / 2), (-r.w / 2, r.h / 2)].map { dx, dy in
      Vector2(r.cx + dx * c - dy * s, r.cy + dx * s + dy * c)
    }
  }

  static let all: [Benchmark] = [
    Benchmark(
      name: "geometry/convex-hull-gaussian",
      summary: "convex hull of n Gaussian points (Double, exact predicate)",
      sizes: pointSizes, quickSizes: quickPointSizes
    ) { n in
      let points = vectors(SeededInputs.gaussianPoints(n))
      return Workload(elements: n) { checksum(points.convexHull()) }
    },
    Benchmark(
      name: "geometry/convex-hull-circle",
      summary: "convex hull of n points on the unit circle (all on the hull; Double, exact predicate)",
      sizes: pointSizes, quickSizes: quickPointSizes
    ) { n in
      let points = vectors(SeededInputs.circlePoints(n))
      return Workload(elements: n) { checksum(points.convexHull()) }
    },
    Benchmark(
      name: "geometry/closest-pair",
      summary: "closest pair of n Gaussian points (divide and conquer)",
      sizes: pointSizes, quickSizes: quickPointSizes
    ) { n in
      let points = vectors(SeededInputs.gaussianPoints(n))
      return Workload(elements: n) {
        guard let r = points.closestPair() else { return 0 }
        return UInt64(r.first) &* 1_000_003 &+ UInt64(r.second) &+ r.distanceSquared.bitPattern
      }
    },
    Benchmark(
      name: "geometry/min-enclosing-circle",
      summary: "minimum enclosing circle of n Gaussian points (seeded randomized incremental)",
      sizes: pointSizes, quickSizes: quickPointSizes
    ) { n in
      let points = vectors(SeededInputs.gaussianPoints(n))
      return Workload(elements: n) {
        guard let c = points.minimumEnclosingCircle() else { return 0 }
        return c.radius.bitPattern &+ c.center.x.bitPattern
      }
    },
    Benchmark(
      name: "geometry/delaunay-uniform",
      summary: "Delaunay triangulation of n uniform points in the unit square (exact predicates)",
      sizes: pointSizes, quickSizes: quickPointSizes
    ) { n in
      let points = vectors(SeededInputs.uniformPoints(n))
      return Workload(elements: n) { delaunayChecksum(points) }
    },
    Benchmark(
      name: "geometry/delaunay-gaussian",
      summary: "Delaunay triangulation of n Gaussian points (exact predicates)",
      sizes: pointSizes, quickSizes: quickPointSizes
    ) { n in
      let points = vectors(SeededInputs.gaussianPoints(n))
      return Workload(elements: n) { delaunayChecksum(points) }
    },
    Benchmark(
      name: "geometry/delaunay-grid",
      summary: "Delaunay triangulation of the k x k integer grid, k = isqrt(n) (every square cocircular)",
      sizes: pointSizes, quickSizes: quickPointSizes
    ) { n in
      let points = vectors(SeededInputs.gridPoints(n))
      return Workload(elements: points.count) { delaunayChecksum(points) }
    },
    Benchmark(
      name: "geometry/euclidean-mst-uniform",
      summary: "Euclidean minimum spanning tree of n uniform points (Kruskal on the Delaunay edges)",
      sizes: pointSizes, quickSizes: quickPointSizes
    ) { n in
      let points = vectors(SeededInputs.uniformPoints(n))
      return Workload(elements: n) {
        guard let tree = try? points.euclideanMinimumSpanningTree() else { return 0 }
        return UInt64(tree.count) &* 31 &+ UInt64(tree.last?.a ?? 0)
      }
    },
    Benchmark(
      name: "geometry/voronoi-uniform",
      summary: "Voronoi cells of n uniform points clipped to the unit square (triangulation included)",
      sizes: pointSizes, quickSizes: quickPointSizes
    ) { n in
      let points = vectors(SeededInputs.uniformPoints(n))
      return Workload(elements: n) {
        guard let cells = try? points.voronoiCells(xRange: 0...1, yRange: 0...1) else { return 0 }
        return UInt64(cells.count) &* 31 &+ UInt64(cells[0].count)
      }
    },
    Benchmark(
      name: "geometry/convex-polygon-intersection",
      summary: "intersection area of m pairs of rotated-rectangle quadrilaterals (corners precomputed)",
      sizes: [1_000, 10_000], quickSizes: [1_000]
    ) { m in
      let rects = SeededInputs.rotatedRects(2 * m)
      let flat = rects.flatMap(corners)
      return Workload(elements: m) {
        var sum = 0.0
        flat.withUnsafeBufferPointer { b in
          for i in 0..<m {
            let p = UnsafeBufferPointer(rebasing: b[(8 * i)..<(8 * i + 4)])
            let q = UnsafeBufferPointer(rebasing: b[(8 * i + 4)..<(8 * i + 8)])
            sum += p.convexIntersectionArea(with: q)
          }
        }
        return sum.bitPattern
      }
    },
  ]
}
