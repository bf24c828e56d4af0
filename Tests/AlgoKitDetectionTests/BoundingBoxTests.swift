import AlgoKitGeometry
import Testing

@testable import AlgoKitDetection

@Suite struct BoundingBoxTests {
  @Test func formatsRoundTrip() {
    let b = BoundingBox<Double>(x1: 10, y1: 20, x2: 50, y2: 80)
    #expect(b.coordinates(in: .xywh) == (10, 20, 40, 60))
    #expect(b.coordinates(in: .cxcywh) == (30, 50, 40, 60))
    #expect(BoundingBox(10, 20, 40, 60, format: .xywh) == b)
    #expect(BoundingBox(30, 50, 40, 60, format: .cxcywh) == b)
    #expect(BoundingBox(10, 20, 50, 80, format: .xyxy) == b)
    #expect(b.center == Vector2(30, 50))
    #expect(b.min == Vector2(10, 20) && b.max == Vector2(50, 80))
  }

  @Test func areaIntersectionUnionEnclosing() {
    let a = BoundingBox<Double>(x1: 0, y1: 0, x2: 10, y2: 10)
    let b = BoundingBox<Double>(x1: 5, y1: 5, x2: 15, y2: 20)
    #expect(a.area == 100 && b.area == 150)
    #expect(a.intersection(with: b) == BoundingBox(x1: 5, y1: 5, x2: 10, y2: 10))
    #expect(a.intersectionArea(with: b) == 25)
    #expect(a.unionArea(with: b) == 225)
    #expect(a.enclosing(b) == BoundingBox(x1: 0, y1: 0, x2: 15, y2: 20))
    // Touching boxes share no interior.
    let c = BoundingBox<Double>(x1: 10, y1: 0, x2: 20, y2: 10)
    #expect(a.intersection(with: c) == nil && a.intersectionArea(with: c) == 0 && a.iou(with: c) == 0)
  }

  @Test func emptyAndInvertedBoxes() {
    let inverted = BoundingBox<Double>(x1: 10, y1: 0, x2: 0, y2: 10)
    let zero = BoundingBox<Double>(x1: 5, y1: 5, x2: 5, y2: 9)
    let nan = BoundingBox<Double>(x1: .nan, y1: 0, x2: 10, y2: 10)
    let a = BoundingBox<Double>(x1: 0, y1: 0, x2: 10, y2: 10)
    for e in [inverted, zero, nan] {
      #expect(e.isEmpty && e.area == 0)
      #expect(e.iou(with: a) == 0 && a.iou(with: e) == 0 && e.iou(with: e) == 0)
      #expect(a.intersectionOverForeground(with: e) == 0 && e.intersectionOverForeground(with: a) == 0)
    }
    #expect(!nan.isFinite && a.isFinite)
  }

  @Test func clipping() {
    let b = BoundingBox<Double>(x1: -5, y1: 3, x2: 120, y2: 90)
    #expect(b.clipped(width: 100, height: 50) == BoundingBox(x1: 0, y1: 3, x2: 100, y2: 50))
    let outside = BoundingBox<Double>(x1: 200, y1: 10, x2: 300, y2: 20).clipped(width: 100, height: 50)
    #expect(outside.isEmpty)
    #expect(BoundingBox<Double>(x1: .nan, y1: 1, x2: 2, y2: 3).clipped(width: 10, height: 10).x1.isNaN)
  }

  @Test func removeSmallBoxes() {
    let boxes: [BoundingBox<Float>] = [
      .init(x1: 0, y1: 0, x2: 2, y2: 2), .init(x1: 0, y1: 0, x2: 1.5, y2: 5), .init(x1: 0, y1: 0, x2: 5, y2: 1.99),
      .init(x1: 0, y1: 0, x2: 3, y2: 3), .init(x1: .nan, y1: 0, x2: 3, y2: 3),
    ]
    #expect(boxes.indicesOfBoxes(minSize: 2) == [0, 3])
  }

  @Test func rotatedCornersConvention() {
    // angle turns x toward y: the width side of a quarter-turned box points along +y.
    let r = RotatedBox<Double>(centerX: 0, centerY: 0, width: 4, height: 2, angle: .pi / 2)
    let c = r.corners
    let expected = [Vector2(1.0, -2.0), Vector2(1, 2), Vector2(-1, 2), Vector2(-1, -2)]
    for (p, q) in zip(c, expected) { #expect(abs(p.x - q.x) < 1e-12 && abs(p.y - q.y) < 1e-12) }
    #expect(c.polygonOrientation() == 1)
    #expect(abs(r.area - 8) < 1e-12)
    let bb = r.boundingBox
    #expect(abs(bb.x1 + 1) < 1e-12 && abs(bb.y1 + 2) < 1e-12 && abs(bb.x2 - 1) < 1e-12 && abs(bb.y2 - 2) < 1e-12)
    // angle 0 is the axis-aligned box.
    let a = RotatedBox(BoundingBox<Double>(x1: 1, y1: 2, x2: 5, y2: 4))
    #expect(a.corners == [Vector2(1, 2), Vector2(5, 2), Vector2(5, 4), Vector2(1, 4)])
  }
}
