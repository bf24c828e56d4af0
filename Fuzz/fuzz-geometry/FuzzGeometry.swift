// libFuzzer target for AlgoKitGeometry: decodes bytes into point sets (exact integers, small and
// near 2^40; doubles with NaN/infinity sometimes) and checks the convex hull (subset of the input,
// strictly convex, counterclockwise, contains every input point; the collinear hull keeps every
// boundary point), O(log n) point location against the linear scan, closest/furthest pair against
// O(n^2), and convex polygon intersection (symmetric, <= the smaller area, containment gives the
// inner area, IoU in [0, 1]), and nearly parallel segment crossings (finite, inside both bounding
// boxes). Traps on the first violation.
//
// Fuzz:   swift build -c release --sanitize=fuzzer -Xswiftc -DFUZZING --product fuzz-geometry
//         .build/release/fuzz-geometry -max_total_time=30 Tests/FuzzCorpus/fuzz-geometry
// Replay: swift run fuzz-geometry [FILE|DIR ...] [--random N]   (plain build; no args: the corpus)

import AlgoKitGeometry
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var input = FuzzInput(UnsafeBufferPointer(start: data, count: size))
  switch input.byte() % 3 {
  case 0: GeometryFuzz.integerPoints(&input)
  case 1: GeometryFuzz.doublePoints(&input)
  default: GeometryFuzz.intersections(&input)
  }
  return 0
}

enum GeometryFuzz {
  static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { preconditionFailure("fuzz-geometry: \(message())") }
  }

  static func integerPoints(_ input: inout FuzzInput) {
    let big = input.byte() % 4 == 0
    let scale = big ? 1 << 40 : 1
    let offset = big ? input.int(in: -3...3) : 0
    let n = input.int(in: 0...24)
    let points = (0..<n).map { _ in
      Vector2(input.int(in: -8...8) * scale + offset, input.int(in: -8...8) * scale - offset)
    }
    let hull = points.convexHull()
    let inputSet = Set(points)
    check(hull.allSatisfy(inputSet.contains), "hull vertex not in the input: \(hull)")
    check(Set(hull).count == hull.count, "hull repeats a vertex: \(hull)")
    if let first = hull.first {
      check(
        !hull.contains { Vector2.lexicographicallyPrecedes($0, first) }, "hull does not start at the smallest point")
    }
    if inputSet.count == 1 { check(hull == [points[0]], "one distinct point: hull \(hull)") }
    if hull.count >= 3 {
      check(hull.isConvex(strictly: true), "hull not strictly convex: \(hull)")
      check(hull.polygonOrientation() == 1, "hull not counterclockwise: \(hull)")
      // Brute force: every point on the left of (or on) every hull edge, in exact wide arithmetic.
      for (k, a) in hull.enumerated() {
        let b = hull[(k + 1) % hull.count]
        for p in points {
          check(Vector2.orientation(a, b, p, tolerance: .exact) >= 0, "point \(p) right of hull edge \(a)->\(b)")
        }
      }
      guard let locator = ConvexPolygonLocator(hull) else {
        preconditionFailure("fuzz-geometry: ConvexPolygonLocator rejected a hull: \(hull)")
      }
      let collinear = Set(points.convexHull(keepingCollinear: true))
      var queries = points
      for _ in 0..<8 { queries.append(Vector2(input.int(in: -9...9) * scale, input.int(in: -9...9) * scale)) }
      for (k, q) in queries.enumerated() {
        let scan = hull.locate(q)
        if k < points.count {
          check(scan != .outside, "input point \(q) outside its hull \(hull)")
          check((scan == .boundary) == collinear.contains(q), "collinear hull and boundary disagree on \(q)")
        }
        check(locator.locate(q) == scan, "locator says \(locator.locate(q)), scan \(scan) for \(q) in \(hull)")
        check(hull.convexPolygonLocation(of: q) == scan, "convexPolygonLocation disagrees for \(q)")
      }
    } else if inputSet.count >= 2 {
      check(hull.count == 2, "collinear input: hull \(hull)")
    }
    // Closest and furthest pair against O(n^2) (coordinates <= 2^43: squares fit a Double exactly? no:
    // compare in Double only for small coordinates, where it is exact).
    if !big && points.count >= 2 {
      var lo = Double.infinity, hi = 0.0
      for i in points.indices {
        for j in points.indices where j > i {
          let d = points[i] - points[j]
          let d2 = Double(d.x * d.x + d.y * d.y)
          lo = Swift.min(lo, d2); hi = Swift.max(hi, d2)
        }
      }
      guard let c = points.closestPair(), let f = points.furthestPair() else {
        preconditionFailure("fuzz-geometry: closest/furthest pair nil for \(points.count) points")
      }
      check(c.distanceSquared.wideDoubleValue == lo, "closestPair \(c.distanceSquared) != brute \(lo)")
      check(f.distanceSquared.wideDoubleValue == hi, "furthestPair \(f.distanceSquared) != brute \(hi)")
      let dc = points[c.first] - points[c.second], df = points[f.first] - points[f.second]
      check(c.first < c.second && Double(dc.x * dc.x + dc.y * dc.y) == lo, "closestPair indices \(c)")
      check(f.first < f.second && Double(df.x * df.x + df.y * df.y) == hi, "furthestPair indices \(f)")
    }
    delaunay(points.map { Vector2(Double($0.x), Double($0.y)) }, exactGraphs: !big ? points : nil)
  }

  /// Delaunay invariants on any point set: triangles counterclockwise with empty circumcircles
  /// (exact predicates), twins consistent, Euler's count; on small integer input also the spanning
  /// tree and nearest neighbours against brute force over all pairs.
  static func delaunay(_ points: [Vector2<Double>], exactGraphs ints: [Vector2<Int>]? = nil) {
    guard let t = try? points.delaunayTriangulation() else {
      check(!points.allSatisfy(\.isFinite), "delaunayTriangulation threw on finite input \(points)")
      return
    }
    let magnitudes = points.flatMap { [Swift.abs($0.x), Swift.abs($0.y)] }.filter { $0 != 0 }
    // The exact in-circle predicate's documented range; outside it only "returns" is checked.
    guard magnitudes.allSatisfy({ $0 < 0x1p200 && $0 > 0x1p-200 }) else { return }
    for k in 0..<t.triangleCount {
      let a = points[t.triangles[3 * k]], b = points[t.triangles[3 * k + 1]], c = points[t.triangles[3 * k + 2]]
      check(GeometryPredicates.orientation(a, b, c) > 0, "triangle \(k) not counterclockwise in \(points)")
      for d in points {
        check(GeometryPredicates.inCircle(a, b, c, d) <= 0, "point \(d) inside the circle of triangle \(k): \(points)")
      }
    }
    for e in t.halfedges.indices where t.halfedges[e] >= 0 {
      check(t.halfedges[t.halfedges[e]] == e, "halfedge twins disagree in \(points)")
    }
    let distinct = Set(points).count
    if t.triangleCount > 0 {
      let boundary = Set(points.convexHull(keepingCollinear: true)).count
      check(t.triangleCount == 2 * distinct - boundary - 2, "Euler count: \(t.triangleCount) triangles, \(points)")
    }
    guard let ints, ints.count >= 2 else { return }
    func d2(_ i: Int, _ j: Int) -> Int {
      (ints[i].x - ints[j].x) * (ints[i].x - ints[j].x) + (ints[i].y - ints[j].y) * (ints[i].y - ints[j].y)
    }
    guard let tree = try? ints.euclideanMinimumSpanningTree(), let nearest = try? ints.nearestNeighbors() else {
      preconditionFailure("fuzz-geometry: spanning tree or nearest neighbours threw on small integers")
    }
    var inTree = [true] + [Bool](repeating: false, count: ints.count - 1)
    var best = ints.indices.map { d2(0, $0) }
    var optimum = 0
    for _ in 1..<ints.count {
      let j = ints.indices.filter { !inTree[$0] }.min { best[$0] < best[$1] }!
      inTree[j] = true; optimum += best[j]
      for k in ints.indices where !inTree[k] { best[k] = Swift.min(best[k], d2(j, k)) }
    }
    check(tree.count == ints.count - 1, "spanning tree has \(tree.count) edges for \(ints.count) points")
    check(tree.reduce(0) { $0 + $1.weight.intValue! } == optimum, "spanning tree not minimal: \(ints)")
    for i in ints.indices {
      let want = ints.indices.filter { $0 != i }.min { (d2(i, $0), $0) < (d2(i, $1), $1) }!
      check(nearest[i] == want, "nearest neighbour of \(i) is \(nearest[i]), want \(want): \(ints)")
    }
  }

  static func doublePoints(_ input: inout FuzzInput) {
    let n = input.int(in: 0...20)
    let points = (0..<n).map { _ in Vector2(input.double(), input.double()) }
    let hull = points.convexHull()
    let finite = points.allSatisfy(\.isFinite)
    // Every single scale is checked (huge and subnormal coordinates included): the exact orientation
    // rescales when its products overflow or underflow. It is documented exact while the nonzero
    // coordinates are within a factor 2^984 of each other; beyond that (5e-324 beside 1e245, say) it
    // answers for a nearby input, so the hull invariants are checked only inside that range.
    let magnitudes = points.flatMap { [Swift.abs($0.x), Swift.abs($0.y)] }.filter { $0 != 0 && $0.isFinite }
    let inRange = magnitudes.isEmpty || (magnitudes.max()!.exponent - magnitudes.min()!.exponent) < 984
    if !finite { check(hull.isEmpty, "hull of non-finite points is not []: \(hull)") }
    check(Set(hull).isSubset(of: Set(points)), "hull vertex not in the input")
    if hull.count >= 3 && finite && inRange {
      check(hull.isConvex(strictly: true, tolerance: .exact), "double hull not strictly convex: \(hull)")
      for p in points {
        check(hull.locate(p, tolerance: .exact) != .outside, "point \(p) outside its hull \(hull); input \(points)")
      }
      if let locator = ConvexPolygonLocator(hull) {
        for p in points { check(locator.locate(p, tolerance: .exact) != .outside, "locator: \(p) outside \(hull)") }
      } else {
        preconditionFailure("fuzz-geometry: locator rejected a double hull \(hull)")
      }
    }
    // Whatever the input, these must return (values unchecked on non-finite input).
    _ = points.closestPair(); _ = points.furthestPair(); _ = points.minimumWidth()
    _ = points.minimumAreaEnclosingRectangle(); _ = points.isConvex(); _ = points.area()
    _ = points.centroid(); _ = points.perimeter()
    if let q = points.first { _ = points.locate(q); _ = ConvexPolygonLocator(points)?.locate(q) }
    _ = points.minimumEnclosingCircle()
    delaunay(points)
    _ = try? points.voronoiCells(xRange: -1...1, yRange: -1...1)
    _ = try? points.euclideanMinimumSpanningTree()
    _ = try? points.nearestNeighbors()
  }

  static func polygon(_ input: inout FuzzInput) -> [Vector2<Double>] {
    let n = input.int(in: 0...9)
    let special = input.byte() == 0
    return (0..<n).map { _ in
      special
        ? Vector2(input.double(), input.double())
        : Vector2(Double(input.int(in: -16...16)) / 2, Double(input.int(in: -16...16)) / 2)
    }.convexHull()
  }

  static func intersections(_ input: inout FuzzInput) {
    let p = polygon(&input), q = polygon(&input)
    let ab = p.convexIntersectionArea(with: q), ba = q.convexIntersectionArea(with: p)
    let areaP = p.area(), areaQ = q.area()
    // Areas overflow to infinity or NaN for coordinates beyond ~1e154, and the clipping's products
    // beyond ~1e150 (both documented: NaN, never a wrong number): the comparisons below need
    // coordinates within 1e150; the raw checks further down hold at any scale.
    let scale = Swift.max(areaP, areaQ, 1)
    let moderate = (p + q).allSatisfy { Swift.abs($0.x) <= 1e150 && Swift.abs($0.y) <= 1e150 }
    if areaP.isFinite && areaQ.isFinite && moderate {
      check(ab >= 0 && ba >= 0, "negative or NaN intersection area \(ab) \(ba); \(p) \(q)")
      check(abs(ab - ba) <= 1e-12 * scale, "intersection area not symmetric: \(ab) vs \(ba); \(p) \(q)")
      check(
        ab <= Swift.min(areaP, areaQ) + 1e-12 * scale,
        "intersection \(ab) exceeds min area \(areaP), \(areaQ); \(p) \(q)")
      check(
        p.convexIntersectionArea(with: p) == areaP,
        "self intersection \(p.convexIntersectionArea(with: p)) != area \(areaP)")
      if p.count >= 3 && q.count >= 3 && q.allSatisfy({ p.locate($0, tolerance: .exact) != .outside }) {
        check(abs(ab - areaQ) <= 1e-12 * scale, "q inside p but intersection \(ab) != area(q) \(areaQ); \(p) \(q)")
      }
      let iou = p.convexIntersectionOverUnion(with: q), iouBA = q.convexIntersectionOverUnion(with: p)
      check(iou >= 0 && iou <= 1, "IoU \(iou) outside [0, 1]")
      check(abs(iou - iouBA) <= 1e-12, "IoU not symmetric \(iou) \(iouBA)")
      let inter = p.convexIntersection(with: q)
      if inter.count >= 3 {
        check(abs(inter.area() - ab) <= 1e-9 * scale, "convexIntersection area \(inter.area()) != \(ab)")
      }
    }
    // Raw (not hulled) polygons with any coordinates: must return.
    let raw = (0..<input.int(in: 0...6)).map { _ in Vector2(input.double(), input.double()) }
    // Non-convex raw input: any value, but never a crash or a write past the clip buffers (the
    // libFuzzer build sees one as "overwrites its const input").
    let rawArea = raw.convexIntersectionArea(with: q), rawIoU = q.convexIntersectionOverUnion(with: raw)
    _ = raw.convexIntersection(with: q); _ = q.convexIntersection(with: raw)
    check(rawArea.isNaN || rawArea >= 0, "raw intersection area \(rawArea) negative")
    check(rawIoU.isNaN || (rawIoU >= 0 && rawIoU <= 1), "raw IoU \(rawIoU) outside [0, 1]")
    if let a = raw.first, let b = raw.last {
      _ = p.clipped(toLeftOf: Line2(through: a, b)); _ = raw.clipped(toLeftOf: Line2(through: a, b))
    }
    _ = raw.minkowskiSum(with: p)
    _ = p.minkowskiSum(with: q)
    nearParallelSegments(&input)
  }

  /// Nearly parallel segments (issue 17): c and d on the line ab (as rounded doubles, or moved by a
  /// few ulps), or any doubles. A `.point` must be finite and inside both bounding boxes; the line
  /// crossing must be finite when the inputs are moderate and the segments cross.
  static func nearParallelSegments(_ input: inout FuzzInput) {
    let special = input.byte() % 4 == 0
    let a =
      special
      ? Vector2(input.double(), input.double())
      : Vector2(Double(input.int(in: -1000...1000)) / 10, Double(input.int(in: -1000...1000)) / 10)
    let b =
      special
      ? Vector2(input.double(), input.double())
      : Vector2(Double(input.int(in: -1000...1000)) / 10, Double(input.int(in: -1000...1000)) / 10)
    func onLine(_ s: Double) -> Vector2<Double> {
      var p = a + (b - a) * s
      for _ in 0..<input.int(in: 0...3) { p.x = input.byte() % 2 == 0 ? p.x.nextUp : p.x.nextDown }
      for _ in 0..<input.int(in: 0...3) { p.y = input.byte() % 2 == 0 ? p.y.nextUp : p.y.nextDown }
      return p
    }
    let c = onLine(Double(input.int(in: -30...10)) / 10), d = onLine(Double(input.int(in: 0...40)) / 10)
    let s = Segment2(a, b), t = Segment2(c, d)
    func inBox(_ p: Vector2<Double>, _ s: Segment2<Double>) -> Bool {
      Swift.min(s.start.x, s.end.x) <= p.x && p.x <= Swift.max(s.start.x, s.end.x)
        && Swift.min(s.start.y, s.end.y) <= p.y && p.y <= Swift.max(s.start.y, s.end.y)
    }
    for tolerance in [GeometryTolerance.exact, .default] {
      for (x, y) in [(s, t), (t, s)] {
        let r = x.intersection(with: y, tolerance: tolerance)
        if case .point(let p) = r {
          // With a tolerance, a touching endpoint is returned as is and may miss the other box.
          check(
            p.isFinite && (tolerance != .exact || (inBox(p, s) && inBox(p, t))),
            "segment crossing \(p) outside the boxes of \(s) \(t)")
        }
        check((r == .none) == (x.intersectionKind(with: y, tolerance: tolerance) == .none), "kind disagrees: \(r)")
      }
      _ = s.line.intersection(with: t.line, tolerance: tolerance)
    }
  }
}

// MARK: - Replay entry point (plain builds)

#if !FUZZING
  @main
  enum FuzzMain {
    static func main() { FuzzReplay.run(target: "fuzz-geometry", entry: fuzzTestOneInput) }
  }
#endif
