// Detection benchmarks on the peers' seeded inputs (`SeededInputs.boxes`, `SeededInputs.rotatedRects`),
// so OpenCV NMSBoxes, ONNX Runtime NonMaxSuppression and ensemble_boxes (nms_peers.py) and
// OpenCV/shapely rotated intersection (geometry_peers.py) time the same data. IoU threshold 0.5.
import AlgoKit
import BenchmarkHarness

enum DetectionBenchmarks {
  static func boxes(_ n: Int) -> (boxes: [BoundingBox<Double>], scores: [Double]) {
    let input = SeededInputs.boxes(n)
    return (input.boxes.map { BoundingBox(x1: $0.x1, y1: $0.y1, x2: $0.x2, y2: $0.y2) }, input.scores)
  }

  static func rotated(_ n: Int) -> [RotatedBox<Double>] {
    SeededInputs.rotatedRects(n).map {
      RotatedBox(centerX: $0.cx, centerY: $0.cy, width: $0.w, height: $0.h, angle: $0.angle)
    }
  }

  /// Detector-like output: n / 200 objects (the first seeded boxes, sides doubled) with 200
  /// candidates each, corners jittered by up to ±7.5% of the side (from the next seeded boxes).
  static func clusteredBoxes(_ n: Int) -> (boxes: [BoundingBox<Double>], scores: [Double]) {
    let objects = Swift.max(1, n / 200)
    let input = SeededInputs.boxes(objects + n)
    var boxes: [BoundingBox<Double>] = []
    boxes.reserveCapacity(n)
    for i in 0..<n {
      let o = input.boxes[i % objects], j = input.boxes[objects + i]
      let w = 2 * (o.x2 - o.x1), h = 2 * (o.y2 - o.y1)
      // j's corners are uniform in [0, 1000) and its sides in [10, 100): both mapped to [-0.075, 0.075).
      let dx = (j.x1 / 1000 - 0.5) * 0.15 * w, dy = (j.y1 / 1000 - 0.5) * 0.15 * h
      let dw = ((j.x2 - j.x1 - 10) / 90 - 0.5) * 0.15 * w, dh = ((j.y2 - j.y1 - 10) / 90 - 0.5) * 0.15 * h
      boxes.append(BoundingBox(x1: o.x1 + dx, y1: o.y1 + dy, x2: o.x1 + dx + w + dw, y2: o.y1 + dy + h + dh))
    }
    return (boxes, Array(input.scores[objects...]))
  }

  static func checksum(_ keep: [Int]) -> UInt64 {
    var h = UInt64(keep.count)
    for k in keep.prefix(8) { h = h &* 31 &+ UInt64(k) }
    return h
  }

  static let nmsSizes = [1_000, 10_000]
  static let quickNMSSizes = [1_000]

  static let all: [Benchmark] = [
    Benchmark(
      name: "detection/nms-greedy",
      summary: "greedy NMS (torchvision semantics) of n seeded boxes, IoU 0.5 (grid-accelerated, exact)",
      sizes: nmsSizes + [100_000], quickSizes: quickNMSSizes
    ) { n in
      let (b, s) = boxes(n)
      return Workload(elements: n) { checksum(try! NonMaxSuppression.greedy(boxes: b, scores: s, iouThreshold: 0.5)) }
    },
    Benchmark(
      name: "detection/nms-low-threshold",
      summary:
        "greedy NMS at IoU 0.2 of n mixed boxes: the seeded boxes, every 10th 10x larger, every 100th a far outlier",
      sizes: nmsSizes, quickSizes: quickNMSSizes
    ) { n in
      let input = SeededInputs.mixedBoxes(n)
      let b = input.boxes.map { BoundingBox(x1: $0.x1, y1: $0.y1, x2: $0.x2, y2: $0.y2) }
      let s = input.scores
      return Workload(elements: n) { checksum(try! NonMaxSuppression.greedy(boxes: b, scores: s, iouThreshold: 0.2)) }
    },
    Benchmark(
      name: "detection/nms-mixed",
      summary: "greedy NMS at IoU 0.5 of the nms-low-threshold boxes (the reference cost for that row)",
      sizes: nmsSizes, quickSizes: quickNMSSizes
    ) { n in
      let input = SeededInputs.mixedBoxes(n)
      let b = input.boxes.map { BoundingBox(x1: $0.x1, y1: $0.y1, x2: $0.x2, y2: $0.y2) }
      let s = input.scores
      return Workload(elements: n) { checksum(try! NonMaxSuppression.greedy(boxes: b, scores: s, iouThreshold: 0.5)) }
    },
    Benchmark(
      name: "detection/nms-clustered",
      summary: "greedy NMS of detector-like output: n/200 objects x 200 jittered candidates, IoU 0.5",
      sizes: nmsSizes + [100_000], quickSizes: quickNMSSizes
    ) { n in
      let (b, s) = clusteredBoxes(n)
      return Workload(elements: n) { checksum(try! NonMaxSuppression.greedy(boxes: b, scores: s, iouThreshold: 0.5)) }
    },
    Benchmark(
      name: "detection/nms-batched",
      summary: "class-aware NMS of n seeded boxes, class = i % 80, IoU 0.5",
      sizes: nmsSizes, quickSizes: quickNMSSizes
    ) { n in
      let (b, s) = boxes(n)
      let classes = (0..<n).map { $0 % 80 }
      return Workload(elements: n) {
        checksum(try! NonMaxSuppression.batched(boxes: b, scores: s, classes: classes, iouThreshold: 0.5))
      }
    },
    Benchmark(
      name: "detection/soft-nms",
      summary: "Gaussian Soft-NMS (sigma 0.5, floor 0.001) of n seeded boxes (O(n^2))",
      sizes: [1_000, 3_000], quickSizes: [1_000], sizeLimits: 1...30_000
    ) { n in
      let (b, s) = boxes(n)
      return Workload(elements: n) { checksum(try! NonMaxSuppression.soft(boxes: b, scores: s).indices) }
    },
    Benchmark(
      name: "detection/nms-rotated",
      summary:
        "rotated NMS of n SeededInputs.rotatedRects (geometry convex intersection), IoU 0.5, scores = seeded box scores",
      sizes: nmsSizes, quickSizes: quickNMSSizes
    ) { n in
      let r = rotated(n)
      let s = SeededInputs.boxes(n).scores
      return Workload(elements: n) { checksum(try! NonMaxSuppression.rotated(boxes: r, scores: s, iouThreshold: 0.5)) }
    },
    Benchmark(
      name: "detection/iou-pairwise",
      summary: "n x n IoU matrix of seeded boxes (torchvision box_iou)",
      sizes: [1_000], quickSizes: [1_000], sizeLimits: 1...10_000
    ) { n in
      let (b, _) = boxes(n)
      return Workload(elements: n * n) {
        let m = BoundingBox.pairwiseOverlaps(b, b)
        return UInt64(m.count) &+ m[m.count / 2 + 1].bitPattern
      }
    },
    Benchmark(
      name: "detection/rotated-iou",
      summary: "rotated IoU of m pairs (2i, 2i+1) of SeededInputs.rotatedRects(2m), corners from center/size/angle",
      sizes: [1_000, 10_000], quickSizes: [1_000]
    ) { m in
      let r = rotated(2 * m)
      return Workload(elements: m) {
        var sum = 0.0
        r.withUnsafeBufferPointer { p in
          for i in 0..<m { sum += p[2 &* i].iou(with: p[2 &* i &+ 1]) }
        }
        return sum.bitPattern
      }
    },
  ]
}
