import AlgoKitGeometry
import Foundation
import Testing

@testable import AlgoKitDetection

@Suite struct NonMaxSuppressionTests {
  @Test func torchvisionSemanticsByHand() throws {
    // IoU(0, 1) = 1/3 exactly at the threshold: not suppressed (strictly greater suppresses).
    let boxes: [BoundingBox<Double>] = [
      .init(x1: 0, y1: 0, x2: 10, y2: 10), .init(x1: 5, y1: 0, x2: 15, y2: 10), .init(x1: 1, y1: 0, x2: 11, y2: 10),
    ]
    #expect(try NonMaxSuppression.greedy(boxes: boxes, scores: [0.9, 0.8, 0.7], iouThreshold: 1.0 / 3) == [0, 1])
    #expect(try NonMaxSuppression.greedy(boxes: boxes, scores: [0.9, 0.8, 0.7], iouThreshold: 0.3) == [0])
    // Equal scores: the lower index wins; kept in descending score order.
    #expect(try NonMaxSuppression.greedy(boxes: boxes, scores: [0.5, 0.9, 0.5], iouThreshold: 0.5) == [1, 0])
    #expect(try NonMaxSuppression.greedy(boxes: [boxes[0], boxes[0]], scores: [0.5, 0.5], iouThreshold: 0.5) == [0])
    // Score threshold is strict, max output caps.
    #expect(
      try NonMaxSuppression.greedy(boxes: boxes, scores: [0.9, 0.8, 0.7], iouThreshold: 1, scoreThreshold: 0.8) == [0])
    #expect(
      try NonMaxSuppression.greedy(boxes: boxes, scores: [0.9, 0.8, 0.7], iouThreshold: 1, maxOutputCount: 2) == [0, 1])
    #expect(
      try NonMaxSuppression.greedy(boxes: boxes, scores: [0.9, 0.8, 0.7], iouThreshold: 1, maxOutputCount: 0) == [])
    #expect(try NonMaxSuppression.greedy(boxes: [BoundingBox<Double>](), scores: [], iouThreshold: 0.5) == [])
  }

  @Test func badInput() throws {
    let boxes: [BoundingBox<Double>] = [.init(x1: 0, y1: 0, x2: 10, y2: 10), .init(x1: 1, y1: 1, x2: 10, y2: 10)]
    // A NaN score is dropped: never kept, never suppresses.
    #expect(try NonMaxSuppression.greedy(boxes: boxes, scores: [.nan, 0.1], iouThreshold: 0.5) == [1])
    // Infinite scores are ordinary.
    #expect(try NonMaxSuppression.greedy(boxes: boxes, scores: [-.infinity, .infinity], iouThreshold: 0.5) == [1])
    #expect(throws: DetectionError.mismatchedCounts(argument: "scores", expected: 2, actual: 1)) {
      try NonMaxSuppression.greedy(boxes: boxes, scores: [0.1], iouThreshold: 0.5)
    }
    for t in [-0.1, 1.5, .nan] {
      #expect(throws: DetectionError.self) {
        try NonMaxSuppression.greedy(boxes: boxes, scores: [1, 2], iouThreshold: t)
      }
    }
    #expect(throws: DetectionError.invalidParameter(name: "eta", value: 0)) {
      try NonMaxSuppression.greedy(boxes: boxes, scores: [1, 2], iouThreshold: 0.5, eta: 0)
    }
    let bad = [boxes[0], BoundingBox(x1: 0, y1: 0, x2: .infinity, y2: 1)]
    #expect(throws: DetectionError.nonFiniteCoordinate(index: 1)) {
      try NonMaxSuppression.greedy(boxes: bad, scores: [1, 2], iouThreshold: 0.5)
    }
    // ... unless the bad box's score excludes it anyway.
    #expect(try NonMaxSuppression.greedy(boxes: bad, scores: [1, .nan], iouThreshold: 0.5) == [0])
    // Empty boxes (inverted, zero area) overlap nothing: kept, suppress nothing.
    let empties = [boxes[0], BoundingBox(x1: 10, y1: 0, x2: 0, y2: 10), BoundingBox(x1: 2, y1: 2, x2: 2, y2: 8)]
    #expect(try NonMaxSuppression.greedy(boxes: empties, scores: [0.1, 0.9, 0.8], iouThreshold: 0) == [1, 2, 0])
    #expect(throws: DetectionError.self) {
      try NonMaxSuppression.batched(boxes: boxes, scores: [1, 2], classes: [0], iouThreshold: 0.5)
    }
  }

  @Test(arguments: [false, true])
  func greedyMatchesQuadraticReference(clustered: Bool) throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    for n in [0, 1, 5, 47, 48, 200, 900] {
      let (boxes, scores) = randomBoxes(n, clustered: clustered, rng: &rng)
      for t in [0.0, 0.3, 0.5, 0.7, 1.0] {
        let expected = Reference.greedy(count: n, scores: scores, threshold: t) {
          Reference.iou(coords(boxes[$0]), coords(boxes[$1]))
        }
        let got = try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: t)
        #expect(got == expected, "seed \(seed) n \(n) t \(t)")
      }
      // Options: score threshold, top-k, max output, eta.
      let expected = Reference.greedy(
        count: n, scores: scores, scoreThreshold: 0.2, topK: n / 2, maxOutput: n / 3,
        threshold: 0.7, eta: 0.9
      ) { Reference.iou(coords(boxes[$0]), coords(boxes[$1])) }
      let got = try NonMaxSuppression.greedy(
        boxes: boxes, scores: scores, iouThreshold: 0.7, scoreThreshold: 0.2,
        maxOutputCount: n / 3, topK: n / 2, eta: 0.9)
      #expect(got == expected, "seed \(seed) n \(n) options")
    }
  }

  @Test func floatBoxesUseFloatArithmetic() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    let (boxes, scores) = randomBoxes(300, clustered: true, rng: &rng)
    let f = boxes.map { BoundingBox<Float>(x1: Float($0.x1), y1: Float($0.y1), x2: Float($0.x2), y2: Float($0.y2)) }
    let fs = scores.map(Float.init)
    let expected = Reference.greedy(count: f.count, scores: scores, threshold: 0.5) { k, c in
      // Float32 arithmetic, as torchvision on a float32 tensor.
      let a = f[k], b = f[c]
      let iw = max(0, min(a.x2, b.x2) - max(a.x1, b.x1)), ih = max(0, min(a.y2, b.y2) - max(a.y1, b.y1))
      let inter = iw * ih
      return inter == 0 ? 0 : Double(inter / ((a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - inter))
    }
    #expect(try NonMaxSuppression.greedy(boxes: f, scores: fs, iouThreshold: 0.5) == expected, "seed \(seed)")
  }

  @Test func largeBoxesFallBackExactly() throws {
    // A few huge boxes among small ones, and everything piled up: still the greedy result.
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    var (boxes, scores) = randomBoxes(400, clustered: false, rng: &rng)
    for i in stride(from: 0, to: 400, by: 37) {
      boxes[i] = BoundingBox(x1: -10, y1: -10, x2: 1200, y2: 1200 - Double(i))
    }
    for t in [0.0, 0.01, 0.5] {
      let expected = Reference.greedy(count: boxes.count, scores: scores, threshold: t) {
        Reference.iou(coords(boxes[$0]), coords(boxes[$1]))
      }
      #expect(try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: t) == expected, "seed \(seed)")
    }
    scores = scores.map { _ in 0.5 }
    let piled = (0..<300).map { i in BoundingBox<Double>(x1: Double(i % 7), y1: 0, x2: 50 + Double(i % 5), y2: 50) }
    let expected = Reference.greedy(count: 300, scores: Array(scores.prefix(300)), threshold: 0.9) {
      Reference.iou(coords(piled[$0]), coords(piled[$1]))
    }
    #expect(
      try NonMaxSuppression.greedy(boxes: piled, scores: Array(scores.prefix(300)), iouThreshold: 0.9) == expected)
  }

  @Test func subnormalBoxesDoNotHang() throws {
    // 48+ boxes a few subnormals wide made the grid cell round to 0 and its sizing loop spin forever.
    // Expected: the plain quadratic scan with the library's own IoU (the grid must not change the keep set).
    let tiny = Double.leastNonzeroMagnitude
    let cases: [[BoundingBox<Double>]] = [
      Array(repeating: BoundingBox(x1: 0, y1: 0, x2: tiny, y2: tiny), count: 48),
      (0..<64).map { i in BoundingBox(x1: 0, y1: 0, x2: tiny * Double(1 + i % 3), y2: tiny * Double(1 + i % 2)) },
      (0..<60).map { i in BoundingBox(x1: Double(i) * 1e-163, y1: 0, x2: Double(i) * 1e-163 + tiny, y2: 1e-162) },
    ]
    for (n, boxes) in cases.enumerated() {
      let scores = boxes.indices.map { Double(($0 * 7) % 11) }
      for t in [0.0, 0.5] {
        let expected = Reference.greedy(count: boxes.count, scores: scores, threshold: t) {
          boxes[$0].iou(with: boxes[$1])
        }
        #expect(
          try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: t) == expected, "case \(n) t \(t)")
      }
    }
  }

  @Test func batchedEqualsPerClassMerged() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    for n in [10, 120, 700] {
      let (boxes, scores) = randomBoxes(n, clustered: true, rng: &rng)
      let classes = (0..<n).map { _ in Int(rng.next() % 4) }
      var merged: [Int] = []
      for c in 0..<4 {
        let members = (0..<n).filter { classes[$0] == c }
        let keep = try NonMaxSuppression.greedy(
          boxes: members.map { boxes[$0] }, scores: members.map { scores[$0] }, iouThreshold: 0.5)
        merged += keep.map { members[$0] }
      }
      merged.sort { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
      let got = try NonMaxSuppression.batched(boxes: boxes, scores: scores, classes: classes, iouThreshold: 0.5)
      #expect(got == merged, "seed \(seed) n \(n)")
      let capped = try NonMaxSuppression.batched(
        boxes: boxes, scores: scores, classes: classes, iouThreshold: 0.5, maxOutputCount: 5)
      #expect(capped == Array(merged.prefix(5)), "seed \(seed)")
    }
  }

  @Test func distanceIoUNMS() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    for n in [30, 300] {
      let (boxes, scores) = randomBoxes(n, clustered: true, rng: &rng)
      for t in [0.0, 0.3, 0.5] {
        let expected = Reference.greedy(count: n, scores: scores, threshold: t) { k, c in
          let a = coords(boxes[k]), b = coords(boxes[c])
          let cw = max(a[2], b[2]) - min(a[0], b[0]), ch = max(a[3], b[3]) - min(a[1], b[1])
          let dx = (a[0] + a[2]) / 2 - (b[0] + b[2]) / 2, dy = (a[1] + a[3]) / 2 - (b[1] + b[3]) / 2
          return Reference.iou(a, b) - (dx * dx + dy * dy) / (cw * cw + ch * ch + 1e-7)
        }
        #expect(
          try NonMaxSuppression.distanceIoU(boxes: boxes, scores: scores, iouThreshold: t) == expected, "seed \(seed)")
      }
    }
    // Same IoU, distant centers: DIoU-NMS keeps what greedy NMS drops.
    let boxes: [BoundingBox<Double>] = [.init(x1: 0, y1: 0, x2: 10, y2: 10), .init(x1: 4, y1: 0, x2: 14, y2: 10)]
    #expect(try NonMaxSuppression.greedy(boxes: boxes, scores: [1, 0.5], iouThreshold: 0.4) == [0])
    #expect(try NonMaxSuppression.distanceIoU(boxes: boxes, scores: [1, 0.5], iouThreshold: 0.4) == [0, 1])
  }

  /// The cheap rejects in front of the rotated clip (area ratio, bounds overlap) never change the
  /// keep set: near-duplicates whose IoU lands on every side of the threshold, far from the origin
  /// and tiny (where the rounding margin matters), Double and Float, against the quadratic definition.
  @Test func rotatedNMSRejectsMatchDefinition() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    for (offset, scale) in [(0.0, 1.0), (1e6, 1e-3), (-3e4, 10.0), (1e9, 1.0)] {
      var boxes: [RotatedBox<Double>] = [], scores: [Double] = []
      for _ in 0..<70 {
        let base = RotatedBox<Double>(
          centerX: offset + scale * 60 * rng.uniform(), centerY: offset + scale * 60 * rng.uniform(),
          width: scale * (5 + 20 * rng.uniform()), height: scale * (5 + 20 * rng.uniform()), angle: .pi * rng.uniform())
        boxes.append(base); scores.append(rng.uniform())
        // A near-copy: grown, shifted and turned a little, so area ratios and IoUs straddle thresholds.
        let g = 1 + 0.6 * rng.uniform()
        boxes.append(
          RotatedBox(
            centerX: base.center.x + scale * (rng.uniform() - 0.5),
            centerY: base.center.y + scale * (rng.uniform() - 0.5),
            width: base.width * g, height: base.height * (rng.bool() ? g : 1), angle: base.angle + 0.1 * rng.uniform()))
        scores.append(rng.uniform())
      }
      for t in [0.0, 0.3, 0.5, 0.62, 0.9] {
        let expected = Reference.greedy(count: boxes.count, scores: scores, threshold: t) {
          boxes[$0].iou(with: boxes[$1])
        }
        #expect(
          try NonMaxSuppression.rotated(boxes: boxes, scores: scores, iouThreshold: t) == expected,
          "seed \(seed) offset \(offset) t \(t)")
        let floats = boxes.map {
          RotatedBox<Float>(
            centerX: Float($0.center.x), centerY: Float($0.center.y), width: Float($0.width),
            height: Float($0.height), angle: Float($0.angle))
        }
        let fs = scores.map { Float($0) }
        let expectedF = Reference.greedy(
          count: boxes.count, scores: scores.map { Double(Float($0)) }, threshold: Double(Float(t))
        ) {
          floats[$0].iou(with: floats[$1])
        }
        #expect(
          try NonMaxSuppression.rotated(boxes: floats, scores: fs, iouThreshold: Float(t)) == expectedF,
          "Float seed \(seed) offset \(offset) t \(t)")
      }
    }
  }

  @Test func rotatedNMS() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    for n in [20, 200] {
      var boxes: [RotatedBox<Double>] = [], scores: [Double] = []
      for _ in 0..<n {
        boxes.append(
          RotatedBox(
            centerX: 100 * rng.uniform(), centerY: 100 * rng.uniform(), width: 5 + 35 * rng.uniform(),
            height: 5 + 35 * rng.uniform(), angle: .pi * rng.uniform()))
        scores.append((rng.uniform() * 10).rounded() / 10)
      }
      let classes = (0..<n).map { _ in Int(rng.next() % 2) }
      for t in [0.1, 0.5] {
        let expected = Reference.greedy(count: n, scores: scores, threshold: t) { boxes[$0].iou(with: boxes[$1]) }
        #expect(
          try NonMaxSuppression.rotated(boxes: boxes, scores: scores, iouThreshold: t) == expected, "seed \(seed)")
        let expectedC = Reference.greedy(count: n, scores: scores, threshold: t) {
          classes[$0] == classes[$1] ? boxes[$0].iou(with: boxes[$1]) : 0
        }
        #expect(
          try NonMaxSuppression.rotated(boxes: boxes, scores: scores, classes: classes, iouThreshold: t) == expectedC)
        // Against the independent clip reference (values agree to 1e-9; thresholds are not hit).
        let reference = Reference.greedy(count: n, scores: scores, threshold: t) {
          Reference.rotatedIoU(boxes[$0], boxes[$1])
        }
        #expect(expected == reference, "seed \(seed)")
      }
    }
    // Identical rotated boxes suppress each other at any threshold below 1.
    let r = RotatedBox<Double>(centerX: 3, centerY: 4, width: 10, height: 2, angle: 0.7)
    #expect(try NonMaxSuppression.rotated(boxes: [r, r], scores: [0.5, 0.6], iouThreshold: 0.999) == [1])
    #expect(throws: DetectionError.nonFiniteCoordinate(index: 0)) {
      try NonMaxSuppression.rotated(
        boxes: [RotatedBox(centerX: 0, centerY: 0, width: 1, height: 1, angle: .nan)], scores: [1], iouThreshold: 0.5)
    }
  }

  @Test func openCVFixture() throws {
    let d = try #require(Fixture.load("opencv_nmsboxes.json") as? [String: Any])
    let cases = d["cases"] as! [[String: Any]]
    #expect(cases.count == 120)
    for (n, c) in cases.enumerated() {
      let rects = (c["rects"] as! [[Double]]).map { (x: $0[0], y: $0[1], width: $0[2], height: $0[3]) }
      let scores = (c["scores"] as! [Double]).map(Float.init)
      let keep = try NonMaxSuppression.openCV(
        rects: rects, scores: scores, scoreThreshold: Float(c["scoreThreshold"] as! Double),
        nmsThreshold: Float(c["nmsThreshold"] as! Double), eta: Float(c["eta"] as! Double), topK: c["topK"] as! Int)
      #expect(keep == c["keep"] as! [Int], "case \(n)")
    }
  }

  @Test func openCVDegenerateRule() throws {
    // OpenCV treats two zero-area rectangles as identical, wherever they are.
    let rects = [(x: 0.0, y: 0.0, width: 0.0, height: 0.0), (x: 50.0, y: 50.0, width: 0.0, height: 0.0)]
    #expect(
      try NonMaxSuppression.openCV(rects: rects, scores: [0.8, 0.7], scoreThreshold: 0, nmsThreshold: 0.5) == [0])
    // A NaN score is dropped like OpenCV's `score > threshold` does.
    let r2 = [(x: 0.0, y: 0.0, width: 10.0, height: 10.0), (x: 0.0, y: 0.0, width: 10.0, height: 10.0)]
    #expect(try NonMaxSuppression.openCV(rects: r2, scores: [.nan, 0.7], scoreThreshold: 0, nmsThreshold: 0.5) == [1])
  }
}
