import AlgoKitGeometry
import Foundation
import Testing

@testable import AlgoKitDetection

@Suite struct YOLODecoderTests {
  static func randomOutput(n: Int, classes: Int, rng: inout SeededRandom) -> [Float] {
    var out: [Float] = []
    for _ in 0..<n {
      out += [
        Float(640 * rng.uniform()), Float(640 * rng.uniform()), Float(10 + 120 * rng.uniform()),
        Float(10 + 120 * rng.uniform()),
      ]
      for _ in 0..<classes { out.append(Float((rng.uniform() * rng.uniform() * 20).rounded() / 20)) }
    }
    return out
  }

  @Test func matchesStepByStepReference() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    let n = 400, c = 5
    let output = Self.randomOutput(n: n, classes: c, rng: &rng)
    let letterbox = YOLODecoder.Letterbox(originalWidth: 1280, originalHeight: 720, inputSize: 640)
    #expect(letterbox.scale == 0.5 && letterbox.padX == 0 && letterbox.padY == 140)
    let decoder = YOLODecoder(
      classCount: c, scoreThreshold: 0.25, iouThreshold: 0.45, maxDetections: 50, letterbox: letterbox)
    let got = try decoder.decode(output)
    // Reference: objects per row, then batched NMS, then unletterbox.
    var rows: [Int] = [], boxes: [BoundingBox<Float>] = [], scores: [Float] = [], classes: [Int] = []
    for i in 0..<n {
      let row = Array(output[(i * (4 + c))..<((i + 1) * (4 + c))])
      let cls = Array(row[4...])
      let best = cls.max()!, k = cls.firstIndex(of: best)!
      if best > 0.25 {
        rows.append(i); scores.append(best); classes.append(k)
        boxes.append(
          BoundingBox(
            x1: row[0] - row[2] / 2, y1: row[1] - row[3] / 2, x2: row[0] + row[2] / 2, y2: row[1] + row[3] / 2))
      }
    }
    let keep = try NonMaxSuppression.batched(
      boxes: boxes, scores: scores, classes: classes, iouThreshold: 0.45, maxOutputCount: 50)
    #expect(got.candidates == keep.map { rows[$0] }, "seed \(seed)")
    #expect(got.classes == keep.map { classes[$0] } && got.scores == keep.map { scores[$0] })
    for (b, k) in zip(got.boxes, keep) {
      let m = boxes[k]
      let x1 = min(max(m.x1 / 0.5, 0), 1280), y1 = min(max((m.y1 - 140) / 0.5, 0), 720)
      #expect(b.x1 == x1 && b.y1 == y1, "seed \(seed)")
    }
    // The channel-major (YOLOv8 export) layout gives the same detections.
    var transposed = [Float](repeating: 0, count: output.count)
    for i in 0..<n { for k in 0..<(4 + c) { transposed[k * n + i] = output[i * (4 + c) + k] } }
    var t = decoder
    t.layout = .channelMajor
    #expect(try t.decode(transposed) == got)
    // Double input is converted to Float first: same result.
    #expect(try decoder.decode(output.map(Double.init)) == got)
  }

  #if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
    @Test func float16Input() throws {
      var rng = SeededRandom(seed: 7)
      let output = Self.randomOutput(n: 100, classes: 3, rng: &rng).map { Float(Float16($0)) }
      let decoder = YOLODecoder(classCount: 3)
      #expect(try decoder.decode(output.map { Float16($0) }) == decoder.decode(output))
    }
  #endif

  @Test func badInput() throws {
    let decoder = YOLODecoder(classCount: 2)
    #expect(throws: DetectionError.self) { try decoder.decode([Float](repeating: 0, count: 7)) }
    #expect(throws: DetectionError.self) { try YOLODecoder(classCount: 0).decode([Float]()) }
    #expect(throws: DetectionError.nonFiniteCoordinate(index: 0)) {
      try decoder.decode([Float.nan, 1, 1, 1, 0.9, 0.1])
    }
    // NaN scores are dropped; an empty output decodes to nothing.
    #expect(try decoder.decode([Float(1), 1, 1, 1, .nan, .nan]).boxes.isEmpty)
    #expect(try decoder.decode([Float]()).boxes.isEmpty)
  }

  @Test func emptyBufferWithNilBaseAddress() throws {
    let empty = try YOLODecoder(classCount: 3).decode(UnsafeBufferPointer<Float>(start: nil, count: 0))
    #expect(empty == YOLODecoder.Detections(boxes: [], scores: [], classes: [], candidates: []))
  }

  @Test func invalidParametersThrowInsteadOfNaNBoxes() throws {
    let output: [Float] = [320, 320, 100, 100, 0.9, 0.1]
    func decode(_ l: YOLODecoder.Letterbox?, score: Float = 0.25, classes: Int = 2) throws(DetectionError)
      -> YOLODecoder.Detections
    {
      try YOLODecoder(classCount: classes, scoreThreshold: score, letterbox: l).decode(output)
    }
    let good = YOLODecoder.Letterbox(scale: 0.5, padX: 0, padY: 80, originalWidth: 1280, originalHeight: 960)
    #expect(try decode(good).boxes == [BoundingBox<Float>(x1: 540, y1: 380, x2: 740, y2: 580)])
    for scale: Float in [0, -1, .nan, .infinity] {
      var l = good; l.scale = scale
      #expect(throws: DetectionError.self, "scale \(scale)") { try decode(l) }
    }
    for pad: Float in [.nan, .infinity] {
      var l = good; l.padX = pad
      #expect(throws: DetectionError.self) { try decode(l) }
      l = good; l.padY = pad
      #expect(throws: DetectionError.self) { try decode(l) }
    }
    for size: Float in [0, -5, .nan, .infinity] {
      var l = good; l.originalWidth = size
      #expect(throws: DetectionError.self) { try decode(l) }
      l = good; l.originalHeight = size
      #expect(throws: DetectionError.self) { try decode(l) }
    }
    // A 0-pixel original image gives an infinite scale.
    let zero = YOLODecoder.Letterbox(originalWidth: 0, originalHeight: 0, inputSize: 640)
    #expect(throws: DetectionError.self) { try decode(zero) }
    #expect(throws: DetectionError.self) { try decode(nil, score: .nan) }
    #expect(try decode(nil, score: -.infinity).boxes.count == 1)
    #expect(try decode(nil, score: .infinity).boxes.isEmpty)
    for classes in [Int.max, Int.max - 3, Int.max - 4] {
      #expect(throws: DetectionError.self, "classCount \(classes)") { try decode(nil, classes: classes) }
    }
  }
}
