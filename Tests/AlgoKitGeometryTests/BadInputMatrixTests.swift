// One test per row of the bad-input matrix (Sources/AlgoKit/AlgoKit.docc/BadInput.md), geometry
// family: NaN / infinity give the documented [], nil, NaN or .outside; empty input is ordinary.

import AlgoKitGeometry
import Testing

@Suite("Bad-input matrix: geometry")
struct GeometryBadInputMatrixTests {
  static let nanPoints = [Vector2(0.0, 0), Vector2(4, 0), Vector2(.nan, 1), Vector2(0, 4)]
  static let infPoints = [Vector2(0.0, 0), Vector2(4, 0), Vector2(1, Double.infinity), Vector2(0, 4)]
  static let square = [Vector2(0.0, 0), Vector2(4, 0), Vector2(4, 4), Vector2(0, 4)]

  @Test("point sets: NaN or infinite coordinates give [] / nil; empty input gives [] / nil")
  func pointSetRow() {
    for bad in [Self.nanPoints, Self.infPoints] {
      #expect(bad.convexHull().isEmpty && bad.convexHull(keepingCollinear: true).isEmpty)
      #expect(bad.closestPair() == nil && bad.furthestPair() == nil)
      #expect(bad.minimumWidth() == nil && bad.minimumAreaEnclosingRectangle() == nil)
      #expect(bad.minimumEnclosingCircle() == nil)
      #expect(ConvexPolygonLocator(bad) == nil)
      #expect(!bad.isConvex())
    }
    let empty: [Vector2<Double>] = []
    #expect(empty.convexHull().isEmpty && empty.closestPair() == nil && empty.furthestPair() == nil)
    #expect(empty.minimumEnclosingCircle() == nil && empty.minimumWidth() == nil)
    #expect(empty.area() == 0 && empty.perimeter() == 0 && empty.centroid() == nil)
    #expect(empty.locate(Vector2(0.0, 0)) == .outside)
    #expect([Vector2(1, 1)].closestPair() == nil)
  }

  @Test("convex layers, Manhattan MST: NaN or infinite coordinates give []; empty input gives []")
  func pointSetCanonRow() {
    for bad in [Self.nanPoints, Self.infPoints] {
      #expect(bad.convexLayers().isEmpty && bad.manhattanMinimumSpanningTree().isEmpty)
    }
    let empty: [Vector2<Double>] = []
    #expect(empty.convexLayers().isEmpty && empty.manhattanMinimumSpanningTree().isEmpty)
    #expect([Vector2(1, 1)].convexLayers() == [[0]] && [Vector2(1, 1)].manhattanMinimumSpanningTree().isEmpty)
    let counter = Self.square.trianglePointCounter(counting: empty)
    #expect(counter.countInside(0, 1, 2) == 0 && counter.countOnBoundary(0, 0, 0) == 0)
  }

  @Test("polygons: NaN area and intersection are NaN; NaN queries are .outside")
  func polygonRow() {
    #expect(Self.nanPoints.area().isNaN)
    #expect(Self.square.convexIntersectionArea(with: Self.nanPoints).isNaN)
    #expect(Self.square.convexIntersectionOverUnion(with: Self.infPoints).isNaN)
    #expect(Self.square.convexIntersection(with: Self.nanPoints).isEmpty)
    #expect(Self.square.convexIntersectionArea(with: [Vector2(0.0, 0), Vector2(1, 1)]) == 0)  // < 3 vertices
    let locator = ConvexPolygonLocator(Self.square)!
    #expect(locator.locate(Vector2(.nan, 1)) == .outside && locator.locate(Vector2(1, .infinity)) == .outside)
    #expect(Self.square.locate(Vector2(.nan, .nan)) == .outside)
    #expect(Self.square.minkowskiSum(with: Self.nanPoints) == nil)
    #expect(Self.square.minkowskiSum(with: [] as [Vector2<Double>]) == [])
  }

  @Test("lines and circles: NaN, infinite or negative radius give nil")
  func circleRow() {
    let c = Circle2(center: Vector2(0.0, 0), radius: 1)
    let negative = Circle2(center: Vector2(0.0, 0), radius: -1)
    let nan = Circle2(center: Vector2(Double.nan, 0), radius: 1)
    let line = Line2(through: Vector2(-2.0, 0), Vector2(2, 0))
    #expect(negative.intersection(with: line) == nil && nan.intersection(with: line) == nil)
    #expect(c.intersection(with: Line2(through: Vector2(1.0, 1), Vector2(1, 1))) == nil)  // degenerate line
    #expect(c.intersection(with: negative) == nil && c.intersection(with: nan) == nil)
    #expect(negative.tangentPoints(from: Vector2(3, 0)) == nil && c.tangentPoints(from: Vector2(.nan, 0)) == nil)
    #expect(c.commonTangents(with: c) == nil)  // coincident: infinitely many
    #expect(nan.location(of: Vector2(0, 0)) == .outside)
    #expect(negative.intersectionArea(with: Self.square).isNaN && c.intersectionArea(with: Self.nanPoints).isNaN)
    #expect(Circle2<Double>.circumcircle(Vector2(0, 0), Vector2(1, 1), Vector2(2, 2)) == nil)
    #expect(Circle2<Double>.circumcircle(Vector2(0, 0), Vector2(.nan, 1), Vector2(2, 0)) == nil)
    #expect([line, Line2(through: Vector2(0.0, .nan), Vector2(1, 1))].halfPlaneIntersection() == nil)
    #expect(Vector2(0.0, 0).normalized() == nil && Vector2(Double.infinity, 0).normalized() == nil)
  }

  @Test("tolerances: negative or NaN components are treated as 0 (exact)")
  func toleranceRow() {
    #expect(GeometryTolerance(absolute: -1, relative: .nan).isExact)
  }

  @Test("integers: coordinates within the documented |x| < 2^61 are exact at the extremes")
  func integerRangeRow() {
    let m = (1 << 61) - 1
    let points = [Vector2(-m, -m), Vector2(m, -m), Vector2(m, m), Vector2(-m, m), Vector2(0, 0)]
    #expect(points.convexHull() == [Vector2(-m, -m), Vector2(m, -m), Vector2(m, m), Vector2(-m, m)])
    #expect(points.furthestPair()?.distanceSquared.wideDoubleValue == 8 * Double(m) * Double(m))
  }

  @Test("integers: coordinates beyond 2^62 overflow (a trap, as Int arithmetic) — the documented range")
  func integerOverflowRow() async {
    await #expect(processExitsWith: .failure) {
      _ = [Vector2(Int.max, 0), Vector2(Int.min, 0), Vector2(0, Int.max)].convexHull()
    }
  }
}
