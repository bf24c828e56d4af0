// Seeded property test of the axis-aligned overlap family (issue 9): symmetry and documented ranges,
// and IoU equal to the formula written out independently. Prints the seed on failure.

import AlgoKitDetection
import AlgoKitTestSupport
import Testing

@Suite("IoU family properties (seeded)")
struct OverlapPropertyTests {
  @Test(
    "IoU symmetric in [0, 1] and equal to inter / (a1 + a2 - inter); GIoU, DIoU in [-1, IoU]",
    arguments: [1, 2, 3, 20_261_123] as [UInt64])
  func ranges(seed: UInt64) {
    var g = SplitMix64(seed: seed)
    for _ in 0..<2000 {
      let (x1, y1, x2, y2) = (g.coordinate(), g.coordinate(), g.coordinate(), g.coordinate())
      let (u1, v1, u2, v2) = (g.coordinate(), g.coordinate(), g.coordinate(), g.coordinate())
      let a = BoundingBox<Double>(x1: min(x1, x2), y1: min(y1, y2), x2: max(x1, x2), y2: max(y1, y2))
      let b = BoundingBox<Double>(x1: min(u1, u2), y1: min(v1, v2), x2: max(u1, u2), y2: max(v1, v2))
      let w = min(a.x2, b.x2) - max(a.x1, b.x1), h = min(a.y2, b.y2) - max(a.y1, b.y1)
      let inter = w > 0 && h > 0 ? w * h : 0
      let areaA = (a.x2 - a.x1) * (a.y2 - a.y1), areaB = (b.x2 - b.x1) * (b.y2 - b.y1)
      let expected = inter > 0 ? inter / (areaA + areaB - inter) : 0
      let iou = a.iou(with: b), giou = a.generalizedIoU(with: b), diou = a.distanceIoU(with: b)
      #expect(iou == expected && iou == b.iou(with: a), "seed \(seed): \(a) \(b)")
      #expect(iou >= 0 && iou <= 1, "seed \(seed): IoU \(iou)")
      #expect(giou >= -1 && giou <= iou && giou == b.generalizedIoU(with: a), "seed \(seed): GIoU \(giou) \(a) \(b)")
      #expect(diou >= -1 && diou <= iou, "seed \(seed): DIoU \(diou) \(a) \(b)")
      #expect(abs(diou - b.distanceIoU(with: a)) <= 1e-12, "seed \(seed): DIoU not symmetric \(a) \(b)")
    }
  }
}

extension SplitMix64 {
  /// A coordinate on a 0.5 grid in [0, 32), so touching, nested and identical boxes are common.
  fileprivate mutating func coordinate() -> Double { Double(next() % 64) / 2 }
}
