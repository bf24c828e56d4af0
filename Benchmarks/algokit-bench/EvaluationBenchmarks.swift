// Detection evaluation benchmarks: COCO mAP (COCOEvaluator, pycocotools semantics) on the synthetic
// COCO-sized set that Tests/AlgoKitDetectionTests/Evaluation/Fixtures/coco_synthetic.py writes for
// pycocotools and faster-coco-eval (same xorshift64 stream, same arithmetic, so the same doubles).
import AlgoKit
import BenchmarkHarness

enum EvaluationBenchmarks {
  /// `n` images of 640x480, 80 classes: per image 1 + floor(13.4 u) ground-truth boxes (~1% crowd,
  /// sizes skewed small) and 100 detections (two jittered copies of each ground truth, then random).
  static func syntheticCOCO(images n: Int) -> (COCOEvaluator, [COCOEvaluator.Detection]) {
    var rng = XorShift64()
    var annotations: [COCOEvaluator.GroundTruth] = []
    var detections: [COCOEvaluator.Detection] = []
    detections.reserveCapacity(100 * n)
    for image in 1...max(n, 1) {
      var gts: [(x: Double, y: Double, w: Double, h: Double, category: Int)] = []
      for _ in 0..<(1 + Int(rng.uniform() * 13.4)) {
        let category = 1 + Int(rng.uniform() * 80)
        let s = rng.uniform()
        let w = 4 + s * s * 300
        let h = w * (0.5 + rng.uniform())
        let x = rng.uniform() * 600
        let y = rng.uniform() * 400
        let crowd = rng.uniform() < 0.01
        let g = COCOEvaluator.GroundTruth(
          id: annotations.count + 1, imageID: image, categoryID: category,
          x: x, y: y, width: w, height: h, area: w * h, isCrowd: crowd)
        annotations.append(g)
        gts.append((x, y, w, h, category))  // the generated numbers, not x2 - x1 (rounding)
      }
      for k in 0..<100 {
        let category: Int, x: Double, y: Double, w: Double, h: Double
        if k < 2 * gts.count {
          let g = gts[k % gts.count]
          let (gx, gy, gw, gh) = (g.x, g.y, g.w, g.h)
          category = g.category
          x = gx + (rng.uniform() - 0.5) * 0.2 * gw
          y = gy + (rng.uniform() - 0.5) * 0.2 * gh
          w = gw * (0.8 + 0.4 * rng.uniform())
          h = gh * (0.8 + 0.4 * rng.uniform())
        } else {
          category = 1 + Int(rng.uniform() * 80)
          w = 4 + rng.uniform() * 200
          h = 4 + rng.uniform() * 200
          x = rng.uniform() * 600
          y = rng.uniform() * 400
        }
        detections.append(
          .init(imageID: image, categoryID: category, x: x, y: y, width: w, height: h, score: rng.uniform()))
      }
    }
    let evaluator = try! COCOEvaluator(
      imageIDs: Array(1...max(n, 1)), categoryIDs: Array(1...80), groundTruth: annotations)
    return (evaluator, detections)
  }

  static let all: [Benchmark] = [
    Benchmark(
      name: "detection/coco-eval",
      summary:
        "COCO bbox mAP (the twelve COCOeval.summarize() numbers) of n synthetic images, 80 classes, ~7.2 gt and 100 detections per image, one thread",
      sizes: [500, 5_000], quickSizes: [50], sizeLimits: 1...50_000
    ) { n in
      let (evaluator, detections) = syntheticCOCO(images: n)
      return Workload(elements: n) {
        let stats = try! evaluator.evaluate(detections).stats
        return stats.reduce(0) { $0 &* 31 &+ $1.bitPattern }
      }
    }
  ]
}
