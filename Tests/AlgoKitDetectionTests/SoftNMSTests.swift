import AlgoKitGeometry
import Foundation
import Testing

@testable import AlgoKitDetection

@Suite struct SoftNMSTests {
  /// Soft-NMS as written in the paper's pseudo-code: argmax, output, decay the rest, drop below floor.
  static func reference(
    _ boxes: [BoundingBox<Double>], _ scores: [Double], method: SoftNMSMethod, floor: Double
  ) -> (indices: [Int], scores: [Double]) {
    var s = scores
    var remaining = Set(boxes.indices.filter { !scores[$0].isNaN })
    var out: ([Int], [Double]) = ([], [])
    while let m = remaining.min(by: { s[$0] > s[$1] || (s[$0] == s[$1] && $0 < $1) }) {
      out.0.append(m); out.1.append(s[m]); remaining.remove(m)
      for i in remaining {
        let o = Reference.iou(coords(boxes[m]), coords(boxes[i]))
        switch method {
        case .linear(let t): if o > t { s[i] *= 1 - o } else { continue }
        case .gaussian(let sigma): if o == 0 { continue }; s[i] *= exp(-(o * o) / sigma)
        case .hard(let t): if o > t { s[i] = 0 } else { continue }
        }
        if s[i] < floor { remaining.remove(i) }
      }
    }
    return out
  }

  @Test func handChecked() throws {
    // IoU 1/3 between the two boxes.
    let boxes: [BoundingBox<Double>] = [.init(x1: 0, y1: 0, x2: 10, y2: 10), .init(x1: 5, y1: 0, x2: 15, y2: 10)]
    let g = try NonMaxSuppression.soft(boxes: boxes, scores: [0.9, 0.8])
    #expect(g.indices == [0, 1])
    #expect(abs(g.scores[1] - 0.8 * exp(-(1.0 / 9) / 0.5)) < 1e-15)
    let l = try NonMaxSuppression.soft(boxes: boxes, scores: [0.9, 0.8], method: .linear(iouThreshold: 0.3))
    #expect(abs(l.scores[1] - 0.8 * (2.0 / 3)) < 1e-15)
    let below = try NonMaxSuppression.soft(boxes: boxes, scores: [0.9, 0.8], method: .linear(iouThreshold: 0.5))
    #expect(below.scores == [0.9, 0.8])
    // Decayed below the floor: dropped.
    let dropped = try NonMaxSuppression.soft(boxes: boxes, scores: [0.9, 0.0012], method: .linear(iouThreshold: 0.3))
    #expect(dropped.indices == [0])
    // Hard method is greedy NMS.
    #expect(
      try NonMaxSuppression.soft(boxes: boxes, scores: [0.9, 0.8], method: .hard(iouThreshold: 0.3)).indices == [0])
    #expect(throws: DetectionError.self) {
      try NonMaxSuppression.soft(boxes: boxes, scores: [1, 1], method: .gaussian(sigma: 0))
    }
    #expect(throws: DetectionError.self) { try NonMaxSuppression.soft(boxes: boxes, scores: [1]) }
  }

  @Test(arguments: [SoftNMSMethod.gaussian(sigma: 0.5), .linear(iouThreshold: 0.3), .hard(iouThreshold: 0.5)])
  func matchesReference(method: SoftNMSMethod) throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    for n in [0, 1, 10, 120] {
      var (boxes, scores) = randomBoxes(n, clustered: true, rng: &rng)
      if n > 3 { scores[2] = .nan }
      let expected = Self.reference(boxes, scores, method: method, floor: 0.001)
      let got = try NonMaxSuppression.soft(boxes: boxes, scores: scores, method: method)
      #expect(got.indices == expected.indices, "seed \(seed) n \(n)")
      for (a, b) in zip(got.scores, expected.scores) { #expect(abs(a - b) <= 1e-12 * max(1, abs(b)), "seed \(seed)") }
      if case .hard(let t) = method {
        #expect(
          got.indices == (try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: t)), "seed \(seed)")
      }
    }
  }

  /// Matrix NMS exactly as mmdet's `mask_matrix_nms` tensors: full matrices, column minimum.
  static func matrixReference(
    _ boxes: [BoundingBox<Double>], _ scores: [Double], classes: [Int]?, kernel: MatrixNMSKernel
  ) -> (indices: [Int], scores: [Double]) {
    let order = boxes.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
    let n = order.count
    var iou = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for i in 0..<n {
      for j in (i + 1)..<max(n, i + 1) where j < n {
        let same = classes.map { $0[order[i]] == $0[order[j]] } ?? true
        iou[i][j] = same ? Reference.iou(coords(boxes[order[i]]), coords(boxes[order[j]])) : 0
      }
    }
    let cmax = (0..<n).map { j in (0..<n).map { iou[$0][j] }.max() ?? 0 }
    var decayed: [Double] = []
    for j in 0..<n {
      var d = Double.infinity
      for i in 0..<n {
        switch kernel {
        case .gaussian(let sigma): d = min(d, exp(-sigma * iou[i][j] * iou[i][j]) / exp(-sigma * cmax[i] * cmax[i]))
        case .linear: if cmax[i] < 1 { d = min(d, (1 - iou[i][j]) / (1 - cmax[i])) }
        }
      }
      decayed.append(scores[order[j]] * d)
    }
    let ranks = (0..<n).sorted { decayed[$0] > decayed[$1] || (decayed[$0] == decayed[$1] && $0 < $1) }
    return (ranks.map { order[$0] }, ranks.map { decayed[$0] })
  }

  @Test(arguments: [MatrixNMSKernel.gaussian(sigma: 2), .linear])
  func matrixNMS(kernel: MatrixNMSKernel) throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    for n in [0, 1, 8, 90] {
      let (boxes, scores) = randomBoxes(n, clustered: true, rng: &rng)
      let classes = (0..<n).map { _ in Int(rng.next() % 3) }
      for cls in [nil, classes] {
        let expected = Self.matrixReference(boxes, scores, classes: cls, kernel: kernel)
        let got = try NonMaxSuppression.matrix(boxes: boxes, scores: scores, classes: cls, kernel: kernel)
        #expect(got.indices == expected.indices, "seed \(seed) n \(n)")
        for (a, b) in zip(got.scores, expected.scores) { #expect(abs(a - b) <= 1e-12, "seed \(seed)") }
      }
      let filtered = try NonMaxSuppression.matrix(
        boxes: boxes, scores: scores, kernel: kernel, scoreThreshold: 0.3, maxOutputCount: 5)
      let all = Self.matrixReference(boxes, scores, classes: nil, kernel: kernel)
      let keep = all.indices.indices.filter { all.scores[$0] >= 0.3 }.prefix(5)
      #expect(filtered.indices == keep.map { all.indices[$0] }, "seed \(seed)")
    }
    // Hand-checked: two boxes with IoU 1/3, gaussian sigma 2: the second decays by exp(-2/9).
    let boxes: [BoundingBox<Double>] = [.init(x1: 0, y1: 0, x2: 10, y2: 10), .init(x1: 5, y1: 0, x2: 15, y2: 10)]
    let r = try NonMaxSuppression.matrix(boxes: boxes, scores: [0.9, 0.8])
    #expect(r.indices == [0, 1] && abs(r.scores[1] - 0.8 * exp(-2.0 / 9)) < 1e-15 && r.scores[0] == 0.9)
  }
}
