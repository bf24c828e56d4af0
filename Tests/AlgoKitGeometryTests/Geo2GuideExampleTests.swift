import Testing

@testable import AlgoKitGeometry

/// The examples in ConvexAlgorithmsGuide.md, CirclesGuide.md and geo2's doc comments, checked.
@Suite struct Geo2GuideExampleTests {
  @Test func convexAlgorithmsGuide() {
    let square = [Vector2(0, 0), Vector2(4, 0), Vector2(4, 4), Vector2(0, 4)]
    let locator = ConvexPolygonLocator(square)!
    #expect(locator.locate(Vector2(2, 2)) == .inside)
    #expect(locator.locate(Vector2(4, 1)) == .boundary)
    #expect(square.convexPolygonLocation(of: Vector2(5, 1)) == .outside)
    let points = [Vector2(0, 0), Vector2(3, 4), Vector2(1, 1), Vector2(4, 0)]
    let fp = points.furthestPair()!
    #expect(fp.first == 0 && fp.second == 1 && fp.distanceSquared == GeometryWideInt(25))
    #expect(
      square.minkowskiSum(with: [Vector2(0, 0), Vector2(2, 0), Vector2(0, 2)])
        == [Vector2(0, 0), Vector2(6, 0), Vector2(6, 4), Vector2(4, 6), Vector2(0, 6)])
    let halfPlanes = [
      Line2(through: Vector2(0.0, 0), Vector2(1.0, 0)),
      Line2(through: Vector2(1.0, 0), Vector2(0.0, 1)),
      Line2(through: Vector2(0.0, 1), Vector2(0.0, 0)),
    ]
    guard case .bounded(let t)? = halfPlanes.halfPlaneIntersection() else { Issue.record("not bounded"); return }
    #expect(
      Set(t) == [Vector2(0.0, 0), Vector2(1.0, 0), Vector2(0.0, 1)] && t.count == 3 && t.polygonOrientation() > 0)
    // Doc comment examples.
    #expect(
      [Vector2(0, 0), Vector2(1, 0), Vector2(1, 1), Vector2(0, 1)].minkowskiSum(with: [
        Vector2(0, 0), Vector2(2, 0), Vector2(0, 2),
      ])
        == [Vector2(0, 0), Vector2(3, 0), Vector2(3, 1), Vector2(1, 3), Vector2(0, 3)])
    let rect = [Vector2(0, 0), Vector2(2, 2), Vector2(1, 3), Vector2(-1, 1)].minimumAreaEnclosingRectangle()!
    #expect(Geo2Ref.close(rect.area, 4, 1e-12))
  }

  @Test func circlesGuide() {
    typealias V = Vector2<Double>
    let c = Circle2(center: V(0, 0), radius: 5)
    #expect(c.intersection(with: Line2(through: V(-10, 3), V(10, 3))) == .points(V(-4, 3), V(4, 3)))
    #expect(c.intersection(with: Circle2(center: V(8, 0), radius: 5)) == .points(V(4, 3), V(4, -3)))
    #expect(c.intersection(with: Circle2(center: V(10, 0), radius: 5)) == .point(V(5, 0)))
    #expect(c.intersection(with: c) == .coincident)
    #expect(c.tangentPoints(from: V(10, 0))?.count == 2)
    #expect(c.commonTangents(with: Circle2(center: V(20, 0), radius: 2))?.count == 4)
    #expect(Circle2.circumcircle(V(0, 0), V(4, 0), V(0, 2)) == Circle2(center: V(2, 1), radius: 5.0.squareRoot()))
    #expect(
      Geo2Ref.close(
        c.intersectionArea(with: [Vector2(0, 0), Vector2(10, 0), Vector2(10, 10), Vector2(0, 10)]), 25 * Double.pi / 4,
        1e-14))
    #expect(Circle2(center: Vector2(0, 0), radius: 5).location(of: Vector2(3, 4)) == .boundary)
    let t = Circle2(center: V(0, 0), radius: 1).tangentPoints(from: V(2, 0))!
    #expect(t[0].y > 0.8 && t[1].y < -0.8 && Geo2Ref.close(t[0].x, 0.5, 1e-15))
    let a = Circle2(center: V(0, 0), radius: 1).commonTangents(with: Circle2(center: V(4, 0), radius: 1))!
    #expect(a.count == 4 && Set(a.prefix(2).map { $0.start.y }) == [1, -1])
  }
}
