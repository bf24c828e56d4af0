import AlgoKitGeometry
import Foundation
import Testing

@testable import AlgoKitDetection

@Suite("COCO evaluation (pycocotools COCOeval)")
struct COCOEvaluatorTests {
  static let cases = ["jittered", "noisy", "tight"]

  @Test("the twelve stats, the printed lines and per-category AP equal pycocotools", arguments: cases)
  func agreesWithPycocotools(name: String) throws {
    let expected = (try EvaluationFixtures.json("coco_expected.json") as! [String: Any])["cases"] as! [String: Any]
    let e = expected[name] as! [String: Any]
    let (evaluator, detections) = try EvaluationFixtures.cocoCase(name)
    let result = try evaluator.evaluate(detections)
    let stats = (e["stats"] as! [Any]).map(EvaluationFixtures.number)
    #expect(result.stats.count == 12)
    for (i, (got, want)) in zip(result.stats, stats).enumerated() {
      #expect(abs(got - want) <= 1e-6, "\(name) stats[\(i)]: \(got) vs pycocotools \(want)")
    }
    #expect(result.summaryLines == e["lines"] as! [String], "\(name)")
    #expect(result.categoryIDs == (e["categoryIds"] as! [Any]).map { Int(EvaluationFixtures.number($0)) })
    let perCategory = (e["perCategoryAP"] as! [Any]).map(EvaluationFixtures.number)
    for (got, want) in zip(result.perCategoryAP, perCategory) {
      #expect(abs(got - want) <= 1e-6, "\(name) per-category AP \(got) vs \(want)")
    }
    #expect(result.perCategoryAP.last == -1, "the last category has no ground truth")
  }

  @Test("the concurrent evaluation is identical to the sequential one", arguments: cases)
  func concurrentMatchesSequential(name: String) async throws {
    let (evaluator, detections) = try EvaluationFixtures.cocoCase(name)
    let sequential = try evaluator.evaluate(detections)
    for tasks in [1, 2, 3, 64] {
      let concurrent = try await evaluator.evaluateConcurrently(detections, tasks: tasks)
      #expect(concurrent == sequential, "\(name), \(tasks) tasks")
    }
  }

  @Test("thresholds are numpy's linspace values bit for bit")
  func thresholdsAreNumpyLinspace() throws {
    let p = COCOEvaluator.Parameters()
    #expect(p.iouThresholds == (try EvaluationFixtures.exactNumbers("coco_expected.json", key: "iouThrs")))
    #expect(p.recallThresholds == (try EvaluationFixtures.exactNumbers("coco_expected.json", key: "recThrs")))
    #expect(p.iouThresholds[8] == 0.8999999999999999 && p.iouThresholds[5] == 0.75)
  }

  @Test("hand-checked: one perfect detection, one crowd region, an empty category")
  func handChecked() throws {
    let evaluator = try COCOEvaluator(
      imageIDs: [1, 2], categoryIDs: [1, 2],
      groundTruth: [
        .init(id: 1, imageID: 1, categoryID: 1, x: 0, y: 0, width: 100, height: 100, area: 10_000),
        .init(id: 2, imageID: 1, categoryID: 1, x: 200, y: 200, width: 300, height: 300, area: 90_000, isCrowd: true),
      ])
    let result = try evaluator.evaluate([
      .init(imageID: 1, categoryID: 1, x: 0, y: 0, width: 100, height: 100, score: 0.9),
      // Inside the crowd region: ignored (IoF = 1), not a false positive; twice, crowds are never used up.
      .init(imageID: 1, categoryID: 1, x: 250, y: 250, width: 10, height: 10, score: 0.95),
      .init(imageID: 1, categoryID: 1, x: 260, y: 260, width: 10, height: 10, score: 0.94),
    ])
    // Precision of a perfect detection is 1 / (1 + 2^-52) = 0.9999999999999998, as in pycocotools;
    // AR1 is 0 because the best-scored detection is the crowd-ignored one. The whole vector was
    // recorded from pycocotools on the same input and agrees bit for bit (numpy's pairwise mean
    // gives 0.9999999999999999 for the 101-value AP50).
    let one = 1 / (1 + 0x1p-52)
    #expect(result.stats == [one, 0.9999999999999999, 0.9999999999999999, -1, -1, one, 0, 1, 1, -1, -1, 1])
    #expect(result.perCategoryAP == [one, -1])
  }

  @Test("no detections: AP and AR 0 where there is ground truth; -1 without ground truth")
  func emptyDetections() throws {
    let (evaluator, _) = try EvaluationFixtures.cocoCase("tight")
    let stats = try evaluator.evaluate([]).stats
    #expect(stats.allSatisfy { $0 == 0 || $0 == -1 }, "\(stats)")
    #expect(stats[0] == 0)
    let none = try COCOEvaluator(imageIDs: [1], categoryIDs: [1], groundTruth: []).evaluate([])
    #expect(none.stats == Array(repeating: -1, count: 12))
  }

  @Test("bad input is refused with the record")
  func badInput() throws {
    let evaluator = try COCOEvaluator(
      imageIDs: [1], categoryIDs: [3],
      groundTruth: [
        .init(id: 1, imageID: 1, categoryID: 3, x: 0, y: 0, width: 10, height: 10, area: 100)
      ])
    let good = COCOEvaluator.Detection(imageID: 1, categoryID: 3, x: 0, y: 0, width: 10, height: 10, score: 0.5)
    func refusal(_ d: COCOEvaluator.Detection) -> COCOEvaluator.InputError? {
      do { _ = try evaluator.evaluate([good, d]); return nil } catch { return error }
    }
    #expect(
      refusal(.init(imageID: 2, categoryID: 3, x: 0, y: 0, width: 1, height: 1, score: 1))
        == .unknownImage(record: 1, imageID: 2, isDetection: true))
    #expect(
      refusal(.init(imageID: 1, categoryID: 4, x: 0, y: 0, width: 1, height: 1, score: 1))
        == .unknownCategory(record: 1, categoryID: 4, isDetection: true))
    #expect(
      refusal(.init(imageID: 1, categoryID: 3, x: 0, y: 0, width: -1, height: 1, score: 1))
        == .invalidBox(record: 1, isDetection: true))
    #expect(
      refusal(.init(imageID: 1, categoryID: 3, x: .nan, y: 0, width: 1, height: 1, score: 1))
        == .invalidBox(record: 1, isDetection: true))
    #expect(
      refusal(.init(imageID: 1, categoryID: 3, x: 0, y: 0, width: 1, height: 1, score: .nan))
        == .invalidScore(record: 1))
    #expect(throws: COCOEvaluator.InputError.unknownImage(record: 0, imageID: 9, isDetection: false)) {
      _ = try COCOEvaluator(
        imageIDs: [1], categoryIDs: [3],
        groundTruth: [
          .init(id: 1, imageID: 9, categoryID: 3, x: 0, y: 0, width: 10, height: 10, area: 100)
        ])
    }
    #expect(throws: COCOEvaluator.InputError.invalidBox(record: 0, isDetection: false)) {
      _ = try COCOEvaluator(
        imageIDs: [1], categoryIDs: [3],
        groundTruth: [
          .init(id: 1, imageID: 1, categoryID: 3, x: 0, y: 0, width: 10, height: 10, area: -.infinity)
        ])
    }
  }

  @Test("parameters the evaluation cannot honour are refused")
  func badParameters() {
    var p = COCOEvaluator.Parameters()
    p.recallThresholds.reverse()
    #expect(throws: COCOEvaluator.InputError.self) {
      _ = try COCOEvaluator(imageIDs: [1], categoryIDs: [1], groundTruth: [], parameters: p)
    }
    p = COCOEvaluator.Parameters()
    p.iouThresholds = COCOEvaluator.linspace(0.5, 0.95, 65)
    #expect(throws: COCOEvaluator.InputError.self) {
      _ = try COCOEvaluator(imageIDs: [1], categoryIDs: [1], groundTruth: [], parameters: p)
    }
    p = COCOEvaluator.Parameters()
    p.maxDetections = [100, 10]
    #expect(throws: COCOEvaluator.InputError.self) {
      _ = try COCOEvaluator(imageIDs: [1], categoryIDs: [1], groundTruth: [], parameters: p)
    }
  }

  @Test("the JSON reader names the record of bad input")
  func jsonErrors() throws {
    func message(_ text: String, detections: Bool = true) -> String? {
      do {
        if detections {
          _ = try COCOEvaluator.parseDetections(Array(text.utf8))
        } else {
          _ = try COCOEvaluator.parseGroundTruth(Array(text.utf8))
        }
        return nil
      } catch { return error.description }
    }
    let ok = #"{"image_id": 1, "category_id": 2, "bbox": [0, 0, 1, 1], "score": 0.5}"#
    #expect(message("[\(ok)]") == nil)
    #expect(message("[]") == nil)
    #expect(
      message("[\(ok), {\"image_id\": 4, \"category_id\": 2, \"bbox\": [0, 0, -1, 1], \"score\": 1}]")?.hasPrefix(
        "record 1 (image_id 4): \"bbox\"") == true)
    #expect(
      message("[\(ok), {\"image_id\": 4, \"category_id\": 2, \"bbox\": [0, 0, NaN, 1], \"score\": 1}]")?.contains(
        "non-finite") == true)
    #expect(
      message("[\(ok), {\"image_id\": 4, \"category_id\": 2, \"bbox\": [0, 0, 1, 1]}]")
        == "record 1 (image_id 4): missing \"score\"")
    #expect(message("[\(ok), {\"image_id\": 4.5}]") == "record 1: image_id: 4.5 is not an integer")
    #expect(
      message("[\(ok),]")?.hasPrefix("malformed JSON") == true || message("[\(ok),]")?.contains("expected") == true)
    #expect(message("[\(ok)] x")?.hasPrefix("malformed JSON") == true)
    #expect(message(#"[{"image_id": 0x10}]"#)?.contains("expected a number") == true)
    #expect(
      message(#"[{"image_id": 1, "category_id": 2, "bbox": [0, 0, 1, 1], "score": 1.}]"#)?.contains("expected a number")
        == true)
    #expect(
      message(#"[{"image_id": 1, "category_id": 2, "bbox": [0, 0, 1, 1], "score": 1e400}]"#)
        == "record 0 (image_id 1): score inf is not finite")
    // Correct rounding (Foundation's Linux reader gives 0.35000000000000014 here).
    #expect(
      try COCOEvaluator.parseDetections(
        Array(#"[{"image_id": 1, "category_id": 2, "bbox": [0.35000000000000003, 0, 1, 1], "score": 0.5}]"#.utf8))[0]
        .box.x1 == 0.35000000000000003)
    #expect(
      message(
        #"{"images": [{"id": 1}], "categories": [{"id": 1}], "annotations": [{"id": 5, "image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1]}]}"#,
        detections: false)
        == "annotations[0] (id 5): missing \"area\" (the area ranges use it, as pycocotools does)")
    #expect(message(#"{"annotations": []}"#, detections: false) == "missing \"images\" array")
  }

  @Test("three-decimal formatting rounds like Python's '{:0.3f}' (C printf)")
  func formattingMatchesPrintf() {
    var rng = SeededRandom(seed: 0x3F)
    var values: [Double] = [0, -1, 1, 0.0005, 0.0015, 0.0025, 0.1235, 0.9995, 0.12345, 0.5, 0.25]
    for _ in 0..<2000 { values.append((rng.uniform() * 2000).rounded() / 2000 + (rng.uniform() - 0.5) * 1e-15) }
    for _ in 0..<2000 { values.append(rng.uniform()) }
    for v in values {
      #expect(COCOEvaluator.Result._fixed(v, 3) == String(format: "%0.3f", v), "value \(v) (seed 0x3F)")
    }
  }

  @Test("pairwise summation is within rounding of a naive sum")
  func pairwiseSum() {
    var rng = SeededRandom(seed: 0x51)
    for n in [0, 1, 7, 8, 9, 127, 128, 129, 300, 1000, 12_321] {
      let a = (0..<n).map { _ in rng.uniform() }
      let naive = a.reduce(0, +)
      #expect(abs(COCOEvaluator.Result._pairwiseSum(a[...]) - naive) <= 1e-12 * Double(max(n, 1)), "n \(n) (seed 0x51)")
    }
    // 0.1 * 10: numpy's pairwise sum gives 1.0 exactly, the naive loop 0.9999999999999999.
    #expect(COCOEvaluator.Result._pairwiseSum(Array(repeating: 0.1, count: 10)[...]) == 1.0)
  }

  @Test("public COCO matching agrees with the evaluator on a hand case")
  func matchingRule() throws {
    let b = { (x: Double, w: Double) in BoundingBox(x: x, w: w) }
    // Two detections overlap the same ground truth: the higher score takes it, the other is FP;
    // the crowd region absorbs the third.
    let outcomes = try DetectionMatching.coco(
      detections: [b(0, 10), b(1, 10), b(100, 5)], scores: [0.5, 0.9, 0.7],
      groundTruth: [b(0, 10), b(90, 50)], ignored: [false, true], crowd: [false, true], iouThreshold: 0.5)
    #expect(outcomes == [.falsePositive, .truePositive(groundTruth: 0), .ignored(groundTruth: 1)])
  }

  @Test("matching and AP throw on mismatched lengths and NaN scores instead of trapping")
  func matchingBadInputThrows() {
    let box = BoundingBox<Double>(x1: 0, y1: 0, x2: 1, y2: 1)
    #expect(throws: DetectionError.mismatchedCounts(argument: "scores", expected: 2, actual: 1)) {
      try DetectionMatching.coco(
        detections: [box, box], scores: [1], groundTruth: [box], ignored: [false], crowd: [false], iouThreshold: 0.5)
    }
    #expect(throws: DetectionError.mismatchedCounts(argument: "crowd", expected: 1, actual: 0)) {
      try DetectionMatching.coco(
        detections: [box], scores: [1], groundTruth: [box], ignored: [false], crowd: [], iouThreshold: 0.5)
    }
    #expect(throws: DetectionError.mismatchedCounts(argument: "ignored", expected: 1, actual: 2)) {
      try DetectionMatching.coco(
        detections: [box], scores: [1], groundTruth: [box], ignored: [false, true], crowd: [false], iouThreshold: 0.5)
    }
    #expect(throws: DetectionError.nonFiniteScore(index: 1)) {
      try DetectionMatching.coco(
        detections: [box, box], scores: [1, .nan], groundTruth: [box], ignored: [false], crowd: [false],
        iouThreshold: 0.5)
    }
    #expect(throws: DetectionError.mismatchedCounts(argument: "scores", expected: 1, actual: 0)) {
      try DetectionMatching.voc(detections: [box], scores: [], groundTruth: [box], difficult: [false])
    }
    #expect(throws: DetectionError.mismatchedCounts(argument: "difficult", expected: 1, actual: 0)) {
      try DetectionMatching.voc(detections: [box], scores: [1], groundTruth: [box], difficult: [])
    }
    #expect(throws: DetectionError.nonFiniteScore(index: 0)) {
      try DetectionMatching.voc(detections: [box], scores: [.nan], groundTruth: [box], difficult: [false])
    }
    #expect(throws: DetectionError.mismatchedCounts(argument: "precision", expected: 2, actual: 1)) {
      try VOCAveragePrecision.averagePrecision(recall: [0.5, 1], precision: [1], interpolation: .allPoints)
    }
    // Infinite scores are ordered, not rejected; a NaN box matches nothing.
    let nanBox = BoundingBox<Double>(x1: .nan, y1: 0, x2: 1, y2: 1)
    #expect(
      (try? DetectionMatching.voc(
        detections: [nanBox, box], scores: [.infinity, -.infinity], groundTruth: [box], difficult: [false]))
        == [.falsePositive, .truePositive(groundTruth: 0)])
  }
}

extension BoundingBox where Scalar == Double {
  /// Square test boxes on the diagonal.
  fileprivate init(x: Double, w: Double) { self.init(x1: x, y1: x, x2: x + w, y2: x + w) }
}
