import Testing

@testable import AlgoKitGeometry

/// The examples printed in the guides and the README, checked.
@Suite struct DocumentationExampleTests {
  @Test func numberModelExamples() {
    let a = Vector2(-1_000_000_000, -1_000_000_000), b = Vector2(1_000_000_000, 999_999_999)
    #expect(
      Vector2.orientation(a, b, Vector2(999_999_999, 999_999_998))
        == Ref.orient(a, b, Vector2(999_999_999, 999_999_998)))
    let tri = [a, b, Vector2(0, 1_000_000_000)]
    #expect(tri.twiceSignedArea().description == Ref.twiceArea(tri).description)
    let p = Vector2(0.5 + 0x1p-52, 0.5), q = Vector2(12.0, 12.0), r = Vector2(24.0, 24.0)
    #expect(Vector2.orientation(p, q, r) == 0)
    #expect(Vector2.orientation(p, q, r, tolerance: .exact) == -1)
    let square = [Vector2(0, 0), Vector2(4, 0), Vector2(4, 4), Vector2(0, 4)]
    #expect(square.twiceSignedArea().intValue == 32)
    #expect(square.locate(Vector2(4, 1)) == .boundary)
    #expect(square.locate(Vector2(2, 2)) == .inside)
    #expect([Vector2(0, 0), Vector2(4, 0), Vector2(0, 3)].twiceSignedArea().intValue == 12)
  }

  @Test func guideExamples() {
    let points = [Vector2(0, 0), Vector2(2, 0), Vector2(1, 0), Vector2(1, 1), Vector2(0, 0)]
    #expect(points.convexHull() == [Vector2(0, 0), Vector2(2, 0), Vector2(1, 1)])
    #expect(points.convexHull(keepingCollinear: true) == [Vector2(0, 0), Vector2(1, 0), Vector2(2, 0), Vector2(1, 1)])
    let a = [Vector2(0.0, 0), Vector2(2, 0), Vector2(2, 2), Vector2(0, 2)]
    let b = a.map { $0 + Vector2(1, 1) }
    #expect(a.convexIntersectionArea(with: b) == 1)
    #expect(a.convexIntersectionOverUnion(with: b) == 1.0 / 7)
    #expect(a.convexIntersectionOverUnion(with: a) == 1)
    let c = [Vector2(0, 0), Vector2(5, 5), Vector2(1, 1)].minimumEnclosingCircle()!
    #expect(c.center == Vector2(2.5, 2.5) && abs(c.radius - 50.0.squareRoot() / 2) < 1e-15)
    #expect(Vector2(3, 4).cross(Vector2(1, 0)) == -4)
    #expect(Vector2.orientation(.zero, Vector2(3, 4), Vector2(6, 8)) == 0)
    let s = Segment2(Vector2(0.0, 0), Vector2(2, 2)).intersection(with: Segment2(Vector2(0.0, 2), Vector2(2, 0)))
    #expect(s == .point(Vector2(1, 1)))
  }
}
