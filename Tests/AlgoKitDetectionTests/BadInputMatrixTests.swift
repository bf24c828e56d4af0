// One test per row of the bad-input matrix (Sources/AlgoKit/AlgoKit.docc/BadInput.md), detection
// family. COCO evaluation rows are backed by COCOEvaluatorTests ("bad input is refused with the
// record", "parameters the evaluation cannot honour are refused").

import AlgoKitDetection
import AlgoKitGeometry
import Testing

@Suite("Bad-input matrix: detection")
struct DetectionBadInputMatrixTests {
  static let boxes = [
    BoundingBox<Float>(x1: 0, y1: 0, x2: 10, y2: 10), BoundingBox(x1: 1, y1: 1, x2: 11, y2: 11),
    BoundingBox(x1: 50, y1: 50, x2: 60, y2: 60),
  ]

  static func error(_ body: () throws(DetectionError) -> [Int]) -> DetectionError? {
    do { _ = try body(); return nil } catch { return error }
  }

  @Test("NMS: NaN scores are dropped, ±inf scores are ordinary, empty input gives []")
  func nanScoreRow() throws {
    #expect(try NonMaxSuppression.greedy(boxes: Self.boxes, scores: [.nan, 0.5, 0.9], iouThreshold: 0.5) == [2, 1])
    #expect(
      try NonMaxSuppression.greedy(boxes: Self.boxes, scores: [.infinity, 0.5, -.infinity], iouThreshold: 0.5) == [
        0, 2,
      ])
    #expect(try NonMaxSuppression.greedy(boxes: [BoundingBox<Float>](), scores: [], iouThreshold: 0.5) == [])
    #expect(
      try NonMaxSuppression.batched(
        boxes: Self.boxes, scores: [.nan, .nan, .nan], classes: [0, 0, 0], iouThreshold: 0.5) == [])
  }

  @Test("NMS: NaN or infinite coordinates of considered boxes throw nonFiniteCoordinate")
  func nonFiniteBoxRow() throws {
    var bad = Self.boxes
    bad[1].max.x = .nan
    #expect(
      Self.error { () throws(DetectionError) in
        try NonMaxSuppression.greedy(boxes: bad, scores: [0.9, 0.8, 0.7], iouThreshold: 0.5)
      }
        == .nonFiniteCoordinate(index: 1))
    // A box whose score is not considered (NaN, or under the threshold) is not validated.
    #expect(try NonMaxSuppression.greedy(boxes: bad, scores: [0.9, .nan, 0.7], iouThreshold: 0.5) == [0, 2])
    bad[1].max.x = .infinity
    #expect(
      Self.error { () throws(DetectionError) in
        try NonMaxSuppression.distanceIoU(boxes: bad, scores: [0.9, 0.8, 0.7], iouThreshold: 0.5)
      } == .nonFiniteCoordinate(index: 1))
    let rotated = [RotatedBox<Float>(centerX: 0, centerY: 0, width: 1, height: 1, angle: .nan)]
    #expect(
      Self.error { () throws(DetectionError) in
        try NonMaxSuppression.rotated(boxes: rotated, scores: [1], iouThreshold: 0.5)
      }
        == .nonFiniteCoordinate(index: 0))
  }

  @Test("NMS: thresholds NaN or outside [0, 1], eta outside (0, 1], mismatched counts throw")
  func parameterRow() {
    for t: Float in [.nan, -0.01, 1.01, .infinity] {
      let e = Self.error { () throws(DetectionError) in
        try NonMaxSuppression.greedy(boxes: Self.boxes, scores: [1, 1, 1], iouThreshold: t)
      }
      guard case .invalidParameter = e else { Issue.record("iouThreshold \(t): \(String(describing: e))"); continue }
    }
    for eta: Float in [0, -1, 1.5, .nan] {
      let e = Self.error { () throws(DetectionError) in
        try NonMaxSuppression.greedy(boxes: Self.boxes, scores: [1, 1, 1], iouThreshold: 0.5, eta: eta)
      }
      guard case .invalidParameter = e else { Issue.record("eta \(eta): \(String(describing: e))"); continue }
    }
    #expect(
      Self.error { () throws(DetectionError) in
        try NonMaxSuppression.greedy(boxes: Self.boxes, scores: [1], iouThreshold: 0.5)
      }
        == .mismatchedCounts(argument: "scores", expected: 3, actual: 1))
    #expect(
      Self.error { () throws(DetectionError) in
        try NonMaxSuppression.batched(boxes: Self.boxes, scores: [1, 1, 1], classes: [0], iouThreshold: 0.5)
      }
        == .mismatchedCounts(argument: "classes", expected: 3, actual: 1))
  }

  @Test("NMS: oversized or negative limits are clamps (maxOutputCount <= 0: [], topK <= 0: all)")
  func limitRow() throws {
    let scores: [Float] = [0.9, 0.8, 0.7]
    #expect(
      try NonMaxSuppression.greedy(boxes: Self.boxes, scores: scores, iouThreshold: 0.5, maxOutputCount: -1) == [])
    #expect(
      try NonMaxSuppression.greedy(boxes: Self.boxes, scores: scores, iouThreshold: 0.5, maxOutputCount: Int.max) == [
        0, 2,
      ])
    #expect(try NonMaxSuppression.greedy(boxes: Self.boxes, scores: scores, iouThreshold: 0.5, topK: -5) == [0, 2])
    #expect(
      try NonMaxSuppression.greedy(boxes: Self.boxes, scores: scores, iouThreshold: 0.5, topK: Int.max) == [0, 2])
  }

  @Test("IoU family: empty, inverted and NaN boxes overlap nothing (0); results stay in range")
  func overlapRow() {
    let a = BoundingBox<Double>(x1: 0, y1: 0, x2: 2, y2: 2)
    let inverted = BoundingBox<Double>(x1: 2, y1: 2, x2: 0, y2: 0)
    let nan = BoundingBox<Double>(x1: .nan, y1: 0, x2: 1, y2: 1)
    let point = BoundingBox<Double>(x1: 1, y1: 1, x2: 1, y2: 1)
    for b in [inverted, nan, point] {
      #expect(a.iou(with: b) == 0 && b.iou(with: a) == 0 && a.intersectionArea(with: b) == 0)
    }
    #expect(point.iou(with: point) == 0)  // torchvision: 0/0 = NaN
    let far = BoundingBox<Double>(x1: 1e6, y1: 1e6, x2: 1e6 + 1, y2: 1e6 + 1)
    #expect(a.generalizedIoU(with: far) >= -1 && a.distanceIoU(with: far) >= -1)
  }

  @Test("YOLO decoding: wrong buffer size, class count < 1, bad thresholds and NaN coordinates throw")
  func yoloRow() {
    func decodeError(_ decoder: YOLODecoder, _ output: [Float]) -> DetectionError? {
      do { _ = try decoder.decode(output); return nil } catch { return error }
    }
    guard case .invalidShape = decodeError(YOLODecoder(classCount: 2), [Float](repeating: 0, count: 7)) else {
      Issue.record("shape"); return
    }
    guard case .invalidParameter = decodeError(YOLODecoder(classCount: 0), []) else {
      Issue.record("classCount"); return
    }
    guard case .invalidParameter = decodeError(YOLODecoder(classCount: 1, iouThreshold: .nan), [1, 1, 2, 2, 0.9]) else {
      Issue.record("iouThreshold"); return
    }
    #expect(decodeError(YOLODecoder(classCount: 1), []) == nil)  // no candidates: no detections
  }

  @Test("VOC AP: NaN scores are a documented precondition")
  func vocPreconditionRow() async {
    await #expect(processExitsWith: .failure) {
      _ = VOCAveragePrecision.evaluate(
        groundTruth: [.init(imageID: 0, box: BoundingBox(x1: 0, y1: 0, x2: 1, y2: 1))],
        detections: [.init(imageID: 0, box: BoundingBox(x1: 0, y1: 0, x2: 1, y2: 1), score: .nan)])
    }
  }
}
