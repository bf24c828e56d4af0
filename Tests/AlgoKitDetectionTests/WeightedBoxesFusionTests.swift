import AlgoKitGeometry
import Foundation
import Testing

@testable import AlgoKitDetection

@Suite struct WeightedBoxesFusionTests {
  @Test func ensembleBoxesFixture() throws {
    let d = try #require(Fixture.load("ensemble_boxes_wbf.json") as? [String: Any])
    let cases = d["cases"] as! [[String: Any]]
    #expect(cases.count == 60)
    for (n, c) in cases.enumerated() {
      let boxes = (c["boxes"] as! [[[Double]]]).map {
        $0.map { BoundingBox(x1: $0[0], y1: $0[1], x2: $0[2], y2: $0[3]) }
      }
      let scores = c["scores"] as! [[Double]]
      let labels = c["labels"] as! [[Int]]
      let weights = (c["weights"] as? [Int])?.map(Double.init)
      let r = try WeightedBoxesFusion.fuse(
        boxes: boxes, scores: scores, labels: labels, weights: weights, iouThreshold: c["iouThreshold"] as! Double,
        skipBoxThreshold: c["skipBoxThreshold"] as! Double)
      let eb = c["fusedBoxes"] as! [[Double]], es = c["fusedScores"] as! [Double], el = c["fusedLabels"] as! [Int]
      #expect(r.scores.count == es.count, "case \(n)")
      guard r.scores.count == es.count else { continue }
      #expect(r.labels == el, "case \(n)")
      for i in es.indices {
        #expect(abs(r.scores[i] - es[i]) <= 1e-12, "case \(n) \(i)")
        for (a, b) in zip(coords(r.boxes[i]), eb[i]) { #expect(abs(a - b) <= 1e-12, "case \(n) \(i)") }
      }
    }
  }

  @Test func handChecked() throws {
    // Two models agree on one object: the fused box is the score-weighted mean.
    let a = BoundingBox<Double>(x1: 0.1, y1: 0.1, x2: 0.5, y2: 0.5),
      b = BoundingBox<Double>(x1: 0.12, y1: 0.1, x2: 0.52, y2: 0.5)
    let r = try WeightedBoxesFusion.fuse(boxes: [[a], [b]], scores: [[0.9], [0.6]], labels: [[1], [1]])
    #expect(r.labels == [1] && r.boxes.count == 1)
    #expect(abs(r.boxes[0].x1 - (0.9 * 0.1 + 0.6 * 0.12) / 1.5) < 1e-7)
    #expect(abs(r.scores[0] - 0.75) < 1e-7)
    // Different labels never fuse; mismatched lengths throw.
    let s = try WeightedBoxesFusion.fuse(boxes: [[a], [b]], scores: [[0.9], [0.6]], labels: [[1], [2]])
    #expect(s.labels == [1, 2] && abs(s.scores[0] - 0.45) < 1e-12)
    #expect(throws: DetectionError.self) {
      try WeightedBoxesFusion.fuse(boxes: [[a]], scores: [[0.9, 0.1]], labels: [[1]])
    }
    #expect(throws: DetectionError.self) {
      try WeightedBoxesFusion.fuse(boxes: [[a]], scores: [[0.9]], labels: [[1]], weights: [1, 2])
    }
  }

  @Test func badWeightsAndThresholdsThrow() throws {
    let a = BoundingBox<Double>(x1: 0.1, y1: 0.1, x2: 0.5, y2: 0.5)
    for w in [0.0, -1, .nan, .infinity, -.infinity] {
      #expect(throws: DetectionError.self, "weight \(w)") {
        try WeightedBoxesFusion.fuse(boxes: [[a], [a]], scores: [[0.5], [0.5]], labels: [[0], [0]], weights: [1, w])
      }
    }
    #expect(throws: DetectionError.self) {
      try WeightedBoxesFusion.fuse(boxes: [[a], [a]], scores: [[0.5], [0.5]], labels: [[0], [0]], weights: [0, 0])
    }
    #expect(throws: DetectionError.self) {
      try WeightedBoxesFusion.fuse(
        boxes: [[a], [a]], scores: [[0.5], [0.5]], labels: [[0], [0]], weights: [1e308, 1e308])
    }
    #expect(throws: DetectionError.self) {
      try WeightedBoxesFusion.fuse(boxes: [[a]], scores: [[0.5]], labels: [[0]], skipBoxThreshold: .nan)
    }
    #expect(throws: DetectionError.self) {
      try WeightedBoxesFusion.fuse(boxes: [[a]], scores: [[.infinity]], labels: [[0]])
    }
    // +inf threshold keeps nothing; an infinite score below it is skipped, not rejected.
    #expect(
      try WeightedBoxesFusion.fuse(boxes: [[a]], scores: [[0.5]], labels: [[0]], skipBoxThreshold: .infinity).boxes
        .isEmpty)
  }

  @Test func zeroConfidenceClusterIsNotNaN() throws {
    // ensemble_boxes 1.0.9 keeps zero scores under thr 0 (it skips `score < thr`) and returns NaN corners
    // for two overlapping zero-score boxes (0/0); documented here: the unweighted mean of the corners.
    let a = BoundingBox<Double>(x1: 0.1, y1: 0.1, x2: 0.5, y2: 0.5),
      b = BoundingBox<Double>(x1: 0.12, y1: 0.1, x2: 0.52, y2: 0.5)
    let r = try WeightedBoxesFusion.fuse(boxes: [[a, b]], scores: [[0, 0]], labels: [[0, 0]])
    #expect(r.boxes.count == 1 && r.scores == [0] && r.labels == [0])
    let mean = BoundingBox<Double>(
      x1: Double(Float(0.11)), y1: Double(Float(0.1)), x2: Double(Float(0.51)), y2: Double(Float(0.5)))
    #expect(r.boxes.count == 1 && abs(r.boxes[0].x1 - mean.x1) < 1e-7 && abs(r.boxes[0].x2 - mean.x2) < 1e-7)
    #expect(r.boxes.allSatisfy { $0.isFinite })
    // A zero-score box joining a positive one gets weight 0, as in the reference.
    let s = try WeightedBoxesFusion.fuse(boxes: [[a, b]], scores: [[0.8, 0]], labels: [[0, 0]])
    #expect(s.boxes.count == 1 && abs(s.boxes[0].x1 - 0.1) < 1e-7 && abs(s.scores[0] - 0.4) < 1e-7)
  }
}
