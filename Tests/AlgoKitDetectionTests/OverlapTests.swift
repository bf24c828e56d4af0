import AlgoKitGeometry
import Foundation
import Testing

@testable import AlgoKitDetection

@Suite struct OverlapTests {
  @Test func torchvisionFormulasFixture() throws {
    let d = try #require(Fixture.load("torchvision_iou.json") as? [String: Any])
    let first = (d["first"] as! [[Double]]).map { BoundingBox(x1: $0[0], y1: $0[1], x2: $0[2], y2: $0[3]) }
    let second = (d["second"] as! [[Double]]).map { BoundingBox(x1: $0[0], y1: $0[1], x2: $0[2], y2: $0[3]) }
    for (key, metric) in [
      ("iou", BoxOverlapMetric.iou), ("giou", .generalizedIoU), ("diou", .distanceIoU), ("ciou", .completeIoU),
    ] {
      let expected = (d[key] as! [[Double]]).flatMap { $0 }
      let got = BoundingBox.pairwiseOverlaps(first, second, metric: metric)
      #expect(got.count == expected.count)
      for (g, e) in zip(got, expected) { #expect(abs(g - e) <= 1e-12, "\(key): \(g) vs \(e)") }
    }
  }

  @Test func handCheckedValues() {
    let a = BoundingBox<Double>(x1: 0, y1: 0, x2: 2, y2: 2)
    let b = BoundingBox<Double>(x1: 1, y1: 1, x2: 3, y2: 3)
    #expect(a.iou(with: b) == 1.0 / 7)
    // GIoU: enclosing area 9, union 7: 1/7 - 2/9.
    #expect(abs(a.generalizedIoU(with: b) - (1.0 / 7 - 2.0 / 9)) < 1e-15)
    // DIoU: centers (1,1),(2,2): rho^2 = 2, diagonal^2 = 18.
    #expect(abs(a.distanceIoU(with: b) - (1.0 / 7 - 2 / (18 + 1e-7))) < 1e-15)
    // Same aspect ratio: CIoU == DIoU.
    #expect(a.completeIoU(with: b) == a.distanceIoU(with: b))
    #expect(a.intersectionOverForeground(with: b) == 0.25)
    // Far apart: GIoU tends to -1.
    let far = BoundingBox<Double>(x1: 1000, y1: 1000, x2: 1002, y2: 1002)
    #expect(a.generalizedIoU(with: far) < -0.99)
    // Identical boxes: every IoU variant is exactly 1.
    for m in [BoxOverlapMetric.iou, .generalizedIoU, .distanceIoU, .completeIoU, .intersectionOverForeground] {
      #expect(a.overlap(with: a, metric: m) == 1)
    }
  }

  @Test func pairwiseEqualsElementwiseAndScalar() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    let (a, _) = randomBoxes(17, clustered: true, rng: &rng)
    let (b, _) = randomBoxes(11, clustered: true, rng: &rng)
    for m in [BoxOverlapMetric.iou, .generalizedIoU, .distanceIoU, .completeIoU, .intersectionOverForeground] {
      let matrix = BoundingBox.pairwiseOverlaps(a, b, metric: m)
      for i in a.indices {
        for j in b.indices {
          #expect(matrix[i * b.count + j] == a[i].overlap(with: b[j], metric: m), "seed \(seed)")
        }
      }
      let e = try BoundingBox.elementwiseOverlaps(Array(a.prefix(11)), b, metric: m)
      for j in b.indices { #expect(e[j] == matrix[j * b.count + j], "seed \(seed)") }
    }
    for i in a.indices {
      for j in b.indices {
        #expect(abs(a[i].iou(with: b[j]) - Reference.iou(coords(a[i]), coords(b[j]))) <= 1e-15, "seed \(seed)")
      }
    }
    #expect(throws: DetectionError.mismatchedCounts(argument: "second", expected: 17, actual: 11)) {
      try BoundingBox.elementwiseOverlaps(a, b)
    }
    #expect(BoundingBox<Double>.pairwiseOverlaps([], b).isEmpty)
  }

  @Test func rotatedIoUGuarantees() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    for _ in 0..<300 {
      let r = RotatedBox<Double>(
        centerX: 100 * rng.uniform(), centerY: 100 * rng.uniform(), width: 1 + 40 * rng.uniform(),
        height: 1 + 40 * rng.uniform(), angle: 2 * .pi * rng.uniform() - .pi)
      #expect(r.iou(with: r) == 1, "seed \(seed)")
      // Nested: the same center and angle, half the size: the area ratio.
      let inner = RotatedBox(center: r.center, width: r.width / 2, height: r.height / 2, angle: r.angle)
      let ratio = inner.iou(with: r)
      #expect(abs(ratio - 0.25) < 1e-12 && ratio == r.iou(with: inner), "seed \(seed)")
      // Disjoint: moved far away.
      let far = RotatedBox(center: r.center + Vector2(200, 0), width: r.width, height: r.height, angle: r.angle)
      #expect(r.iou(with: far) == 0, "seed \(seed)")
    }
  }

  @Test func rotatedIoUAgainstReference() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    var boxes: [RotatedBox<Double>] = []
    for _ in 0..<60 {
      boxes.append(
        RotatedBox(
          centerX: 30 * rng.uniform(), centerY: 30 * rng.uniform(), width: 5 + 30 * rng.uniform(),
          height: 5 + 30 * rng.uniform(), angle: .pi * rng.uniform()))
    }
    let matrix = RotatedBox.pairwiseIoU(boxes, boxes)
    for i in boxes.indices {
      for j in boxes.indices {
        let v = matrix[i * boxes.count + j]
        #expect(v >= 0 && v <= 1)
        #expect(v == boxes[i].iou(with: boxes[j]))
        #expect(abs(v - Reference.rotatedIoU(boxes[i], boxes[j])) < 1e-9, "seed \(seed) \(i) \(j)")
        let inter = boxes[i].intersectionArea(with: boxes[j])
        let ref = Reference.convexIntersectionArea(
          Reference.rotatedCorners(boxes[i]), Reference.rotatedCorners(boxes[j]))
        #expect(abs(inter - ref) < 1e-9 * max(1, ref), "seed \(seed)")
      }
    }
    // Axis-aligned rotated boxes agree with the axis-aligned IoU.
    let a = BoundingBox<Double>(x1: 0, y1: 0, x2: 2, y2: 2), b = BoundingBox<Double>(x1: 1, y1: 1, x2: 3, y2: 3)
    #expect(abs(RotatedBox(a).iou(with: RotatedBox(b)) - 1.0 / 7) < 1e-15)
    // A square and the same square turned by 45 degrees: 2(√2 - 1) / (2 - (√2 - 1)) hand-checked octagon.
    let s = RotatedBox<Double>(centerX: 0, centerY: 0, width: 2, height: 2, angle: 0)
    let t = RotatedBox<Double>(centerX: 0, centerY: 0, width: 2, height: 2, angle: .pi / 4)
    let octagon = 8 * (2.0.squareRoot() - 1)
    #expect(abs(s.iou(with: t) - octagon / (8 - octagon)) < 1e-12)
    // Degenerate and non-finite.
    let flat = RotatedBox<Double>(centerX: 0, centerY: 0, width: 0, height: 2, angle: 0.3)
    #expect(flat.iou(with: s) == 0 && flat.iou(with: flat) == 0)
    #expect(RotatedBox<Double>(centerX: .nan, centerY: 0, width: 1, height: 1, angle: 0).iou(with: s).isNaN)
  }
}
