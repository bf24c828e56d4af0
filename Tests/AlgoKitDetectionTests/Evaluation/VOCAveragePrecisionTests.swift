import AlgoKitGeometry
import Foundation
import Testing

@testable import AlgoKitDetection

@Suite("VOC average precision (devkit voc_eval.py logic)")
struct VOCAveragePrecisionTests {
  @Test("AP and PR curve equal the Python devkit transcription, both conventions and interpolations")
  func agreesWithReference() throws {
    let cases = (try EvaluationFixtures.json("voc_expected.json") as! [String: Any])["cases"] as! [[String: Any]]
    #expect(cases.count == 40)
    for (n, c) in cases.enumerated() {
      let box = { (v: Any?) -> BoundingBox<Double> in
        let a = (v as! [Any]).map(EvaluationFixtures.number)
        return BoundingBox(x1: a[0], y1: a[1], x2: a[2], y2: a[3])
      }
      let gt = (c["gt"] as! [[String: Any]]).map {
        VOCAveragePrecision.GroundTruth(
          imageID: Int(EvaluationFixtures.number($0["image"])), box: box($0["box"]),
          isDifficult: $0["difficult"] as! Bool)
      }
      let dt = (c["dt"] as! [[String: Any]]).map {
        VOCAveragePrecision.Detection(
          imageID: Int(EvaluationFixtures.number($0["image"])), box: box($0["box"]),
          score: EvaluationFixtures.number($0["score"]))
      }
      for (convention, prefix) in [
        (VOCAveragePrecision.PixelConvention.continuous, "continuous"), (.inclusive, "pixel"),
      ] {
        for (interpolation, suffix) in [(VOCAveragePrecision.Interpolation.allPoints, "All"), (.elevenPoint, "11")] {
          let curve = try #require(
            VOCAveragePrecision.evaluate(
              groundTruth: gt, detections: dt, interpolation: interpolation, convention: convention))
          let want = EvaluationFixtures.number(c[prefix + suffix])
          #expect(
            abs(curve.averagePrecision - want) <= 1e-12,
            "case \(n) \(prefix)\(suffix): \(curve.averagePrecision) vs \(want)")
          if interpolation == .allPoints {
            // Within 1e-12: Foundation's JSON reader on Linux is off by a few ulps on long decimals.
            let rec = (c[prefix + "Recall"] as! [Any]).map(EvaluationFixtures.number)
            let prec = (c[prefix + "Precision"] as! [Any]).map(EvaluationFixtures.number)
            #expect(
              curve.recall.count == rec.count && zip(curve.recall, rec).allSatisfy { abs($0 - $1) <= 1e-12 },
              "case \(n) \(prefix)")
            #expect(
              curve.precision.count == prec.count && zip(curve.precision, prec).allSatisfy { abs($0 - $1) <= 1e-12 },
              "case \(n) \(prefix)")
          }
        }
      }
    }
  }

  @Test("hand-checked: taken ground truth makes a false positive, difficult is ignored")
  func handChecked() throws {
    let g = BoundingBox<Double>(x1: 0, y1: 0, x2: 10, y2: 10)
    let curve = VOCAveragePrecision.evaluate(
      groundTruth: [
        .init(imageID: 0, box: g),
        .init(imageID: 0, box: BoundingBox(x1: 50, y1: 50, x2: 60, y2: 60), isDifficult: true),
        .init(imageID: 0, box: BoundingBox(x1: 1, y1: 0, x2: 11, y2: 10)),
      ],
      detections: [
        .init(imageID: 0, box: g, score: 0.9), .init(imageID: 0, box: g, score: 0.8),
        .init(imageID: 0, box: BoundingBox(x1: 50, y1: 50, x2: 60, y2: 60), score: 0.7),
      ])!
    // The second detection's best ground truth is the first (IoU 1 > 0.82), already taken: FP,
    // although the third ground truth is free (VOC does not fall back).
    #expect(curve.outcomes == [.truePositive(groundTruth: 0), .falsePositive, .ignored(groundTruth: 1)])
    #expect(curve.recall == [0.5, 0.5, 0.5])
    #expect(curve.averagePrecision == 0.5)
    #expect(
      abs(
        try VOCAveragePrecision.averagePrecision(
          recall: curve.recall, precision: curve.precision,
          interpolation: .elevenPoint) - 6.0 / 11) < 1e-15)
  }

  @Test("classes without positives are nil and left out of the mean")
  func meanSkipsEmptyClasses() {
    let g = BoundingBox<Double>(x1: 0, y1: 0, x2: 10, y2: 10)
    let r = VOCAveragePrecision.meanAveragePrecision(
      groundTruth: [1: [.init(imageID: 0, box: g)], 2: [.init(imageID: 0, box: g, isDifficult: true)]],
      detections: [1: [.init(imageID: 0, box: g, score: 1)], 3: [.init(imageID: 0, box: g, score: 1)]])
    #expect(r.perClass[1] == .some(1.0))
    #expect(r.perClass[2] == .some(nil) && r.perClass[3] == .some(nil))
    #expect(r.mean == 1)
  }

  @Test("VOC matching through DetectionMatching equals the curve's outcomes")
  func matchingAgrees() throws {
    var rng = SeededRandom(seed: 0x70C)
    for trial in 0..<50 {
      let box = { (r: inout SeededRandom) -> BoundingBox<Double> in
        let x = (r.uniform() * 40).rounded(), y = (r.uniform() * 40).rounded()
        return BoundingBox(
          x1: x, y1: y, x2: x + 5 + (r.uniform() * 20).rounded(), y2: y + 5 + (r.uniform() * 20).rounded())
      }
      let gts = (0..<Int(rng.uniform() * 6)).map { _ in box(&rng) }
      let difficult = gts.map { _ in rng.uniform() < 0.2 }
      let dts = (0..<Int(rng.uniform() * 8)).map { _ in box(&rng) }
      let scores = dts.map { _ in (rng.uniform() * 4).rounded() / 4 }
      let outcomes = try DetectionMatching.voc(detections: dts, scores: scores, groundTruth: gts, difficult: difficult)
      guard
        let curve = VOCAveragePrecision.evaluate(
          groundTruth: zip(gts, difficult).map { .init(imageID: 0, box: $0, isDifficult: $1) },
          detections: zip(dts, scores).map { .init(imageID: 0, box: $0, score: $1) })
      else { continue }
      let order = DetectionMatching.scoreOrder(scores)
      #expect(order.map { outcomes[$0] } == curve.outcomes, "trial \(trial) (seed 0x70C)")
    }
  }
}
