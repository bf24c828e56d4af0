// libFuzzer target for AlgoKitDetection: decodes bytes into boxes (Float or Double, on a coarse grid
// so equal scores, touching and identical boxes are common; sometimes NaN/infinite coordinates or
// scores; half the time grown to 48-96 nudged copies, scaled and shifted, for the indexed engines) and checks greedy, class-aware (batched) and DIoU NMS against the quadratic definition,
// and the IoU family's symmetry and ranges (IoU in [0, 1], GIoU and DIoU in [-1, 1]). Bad input must
// throw DetectionError; nothing may trap.
//
// Fuzz:   swift build -c release --sanitize=fuzzer -Xswiftc -DFUZZING --product fuzz-detection
//         .build/release/fuzz-detection -max_total_time=30 Tests/FuzzCorpus/fuzz-detection
// Replay: swift run fuzz-detection [FILE|DIR ...] [--random N]   (plain build; no args: the corpus)

import AlgoKitDetection
import AlgoKitGeometry
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var input = FuzzInput(UnsafeBufferPointer(start: data, count: size))
  if input.byte() & 1 == 0 {
    DetectionFuzz.run(Float.self, &input)
  } else {
    DetectionFuzz.run(Double.self, &input)
  }
  return 0
}

enum DetectionFuzz {
  static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { preconditionFailure("fuzz-detection: \(message())") }
  }

  /// A coordinate or score: a grid value most of the time, a special value (NaN, ±inf, huge) rarely.
  static func scalar<S: BinaryFloatingPoint>(_ input: inout FuzzInput, special: Bool) -> S {
    let b = input.byte()
    if special && b >= 250 {
      return [S.nan, S.infinity, -S.infinity, S.greatestFiniteMagnitude, -0.0, S.ulpOfOne][Int(b - 250)]
    }
    return S(Int(b % 32)) / 2
  }

  /// torchvision's IoU, written out: `inter / (area1 + area2 - inter)` in the box's scalar type.
  static func referenceIoU<S: BinaryFloatingPoint>(_ a: BoundingBox<S>, _ b: BoundingBox<S>) -> S {
    func area(_ x: BoundingBox<S>) -> S { x.x2 > x.x1 && x.y2 > x.y1 ? (x.x2 - x.x1) * (x.y2 - x.y1) : 0 }
    guard area(a) > 0 && area(b) > 0 else { return 0 }
    let w = Swift.min(a.x2, b.x2) - Swift.max(a.x1, b.x1)
    let h = Swift.min(a.y2, b.y2) - Swift.max(a.y1, b.y1)
    guard w > 0 && h > 0 else { return 0 }
    let inter = w * h
    return inter / (area(a) + area(b) - inter)
  }

  /// Greedy NMS by its definition, O(n^2): candidates by (score desc, index asc), NaN scores out.
  static func referenceNMS<S: BinaryFloatingPoint>(
    _ boxes: [BoundingBox<S>], _ scores: [S], classes: [Int]?, threshold: S, scoreThreshold: S?,
    maxOutputCount: Int?, topK: Int, eta: S, overlap: (BoundingBox<S>, BoundingBox<S>) -> S
  ) -> [Int] {
    var order = scores.indices.filter { i in scoreThreshold.map { t in scores[i] > t } ?? !scores[i].isNaN }
    order.sort { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
    if topK > 0 { order = Array(order.prefix(topK)) }
    var kept: [Int] = []
    var t = threshold
    let limit = maxOutputCount ?? Int.max
    for c in order {
      if kept.count >= limit { break }
      let suppressed = kept.contains { k in
        (classes == nil || classes![k] == classes![c]) && overlap(boxes[k], boxes[c]) > t
      }
      if !suppressed {
        kept.append(c)
        if eta < 1 && t > 0.5 { t *= eta }
      }
    }
    return kept
  }

  static func run<S: BinaryFloatingPoint & GeometryScalar>(_: S.Type, _ input: inout FuzzInput) {
    let special = input.byte() % 4 == 0
    let n = input.int(in: 0...24)
    var boxes: [BoundingBox<S>] = []
    var scores: [S] = []
    var classes: [Int] = []
    for _ in 0..<n {
      let x: S = scalar(&input, special: special), y: S = scalar(&input, special: special)
      let w: S = scalar(&input, special: special) - 2, h: S = scalar(&input, special: special) - 2  // some inverted
      boxes.append(BoundingBox(x1: x, y1: y, x2: x + w, y2: y + h))
      scores.append(S(input.int(in: 0...7)) / 8)
      if special && input.byte() < 16 { scores[scores.count - 1] = .nan }
      classes.append(input.int(in: 0...2))
    }
    // Half the time: 48-96 boxes (nudged copies of the decoded ones), so NMS runs its indexed
    // engines instead of the plain scan below 48, then every coordinate times a power of two
    // (exact: the same IoUs far from 1) and sometimes shifted (rounding at large magnitudes).
    if n > 0 && input.byte() % 2 == 0 {
      let target = 48 + input.int(in: 0...48)
      while boxes.count < target {
        let b = boxes[boxes.count % n]
        let dx = S(input.int(in: 0...15)) / 64, dy = S(input.int(in: 0...15)) / 64
        let dw = S(input.int(in: 0...7)) / 256 - S(1) / 64
        boxes.append(BoundingBox(x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx + dw, y2: b.y2 + dy))
        scores.append(S(input.int(in: 0...7)) / 8)
        classes.append(input.int(in: 0...2))
      }
      let scale: S = [1, 1, 1024, 0x1p-20, 0x1p60, 0x1p100, 0x1p125, 0x1p-60][input.int(in: 0...7)]
      let shift: S = [0, 0, 0, 1_000_000, -4096.5, 0x1p30][input.int(in: 0...5)]
      boxes = boxes.map { b in
        BoundingBox(
          x1: b.x1 * scale + shift, y1: b.y1 * scale - shift, x2: b.x2 * scale + shift, y2: b.y2 * scale - shift)
      }
    }
    // The IoU family on every pair.
    for a in boxes {
      for b in boxes {
        let iou = a.iou(with: b), giou = a.generalizedIoU(with: b), diou = a.distanceIoU(with: b)
        _ = a.completeIoU(with: b); _ = a.intersectionOverForeground(with: b)
        guard a.isFinite && b.isFinite else { continue }
        // Huge finite coordinates overflow the areas (IoU, GIoU = inf/inf = NaN): reported to the lead;
        // checked here only below 1e15.
        guard [a.x1, a.y1, a.x2, a.y2, b.x1, b.y1, b.x2, b.y2].allSatisfy({ abs($0) < 1e15 }) else { continue }
        check(iou == b.iou(with: a), "IoU not symmetric: \(a) \(b)")
        check(iou >= 0 && iou <= 1, "IoU \(iou) outside [0, 1]: \(a) \(b)")
        check(iou == referenceIoU(a, b), "IoU \(iou) != reference \(referenceIoU(a, b)): \(a) \(b)")
        // Ranges hold for well-formed boxes (x1 <= x2, y1 <= y2). Inverted boxes: DIoU can fall below
        // -1 (reported to the lead: BoxOverlapMetric documents [-1, 1] without that condition).
        guard a.x1 <= a.x2 && a.y1 <= a.y2 && b.x1 <= b.x2 && b.y1 <= b.y2 else { continue }

        // GIoU <= IoU and DIoU <= IoU hold in real arithmetic; the penalty may round to -1 ulp.
        let slack = 8 * S.ulpOfOne
        check(giou >= -1 && giou <= 1 && giou <= iou + slack, "GIoU \(giou) outside [-1, IoU]: \(a) \(b)")
        check(giou == b.generalizedIoU(with: a), "GIoU not symmetric: \(a) \(b)")
        check(diou >= -1 && diou <= 1 && diou <= iou + slack, "DIoU \(diou) outside [-1, IoU]: \(a) \(b)")
      }
    }
    let threshold: S = [0, 0.25, 0.5, 0.5, 0.7, 1, -0.1, .nan][Int(input.byte() % 8)]
    let scoreThreshold: S? = input.byte() % 3 == 0 ? S(input.int(in: 0...8)) / 8 - S(1) / 16 : nil
    let maxOutputCount: Int? = input.byte() % 3 == 0 ? input.int(in: -1...6) : nil
    let topK = input.byte() % 3 == 0 ? input.int(in: -1...6) : 0
    let eta: S = input.byte() % 4 == 0 ? [0.5, 0.9, 1, 0, 1.5][Int(input.byte() % 5)] : 1
    let considered = scores.indices.filter { i in scoreThreshold.map { t in scores[i] > t } ?? !scores[i].isNaN }

    func verify(
      _ name: String, classes: [Int]?, topK: Int, eta: S, overlap: (BoundingBox<S>, BoundingBox<S>) -> S,
      _ body: () throws(DetectionError) -> [Int]
    ) {
      let candidates = Array(
        considered.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
          .prefix(topK > 0 ? topK : Int.max))
      let nonFinite = candidates.contains { !boxes[$0].isFinite }
      let badParameter = !(threshold >= 0 && threshold <= 1) || !(eta > 0 && eta <= 1)
      do {
        let keep = try body()
        check(!badParameter, "\(name) accepted iouThreshold \(threshold) / eta \(eta)")
        check(!nonFinite, "\(name) accepted a non-finite considered box")
        let expected = referenceNMS(
          boxes, scores, classes: classes, threshold: threshold, scoreThreshold: scoreThreshold,
          maxOutputCount: maxOutputCount, topK: topK, eta: eta, overlap: overlap)
        check(
          keep == expected,
          "\(name) kept \(keep), reference \(expected); boxes \(boxes) scores \(scores) t \(threshold) st \(String(describing: scoreThreshold)) max \(String(describing: maxOutputCount)) topK \(topK) eta \(eta)"
        )
      } catch {
        switch error {
        case .invalidParameter: check(badParameter, "\(name) threw \(error) on good parameters")
        case .nonFiniteCoordinate(let i): check(nonFinite && !boxes[i].isFinite, "\(name) threw \(error)")
        default: preconditionFailure("fuzz-detection: \(name) threw \(error)")
        }
      }
    }

    verify("greedy", classes: nil, topK: topK, eta: eta, overlap: referenceIoU) { () throws(DetectionError) in
      try NonMaxSuppression.greedy(
        boxes: boxes, scores: scores, iouThreshold: threshold, scoreThreshold: scoreThreshold,
        maxOutputCount: maxOutputCount, topK: topK, eta: eta)
    }
    verify("batched", classes: classes, topK: topK, eta: 1, overlap: referenceIoU) { () throws(DetectionError) in
      try NonMaxSuppression.batched(
        boxes: boxes, scores: scores, classes: classes, iouThreshold: threshold,
        scoreThreshold: scoreThreshold, maxOutputCount: maxOutputCount, topK: topK)
    }
    let distanceIoU: (BoundingBox<S>, BoundingBox<S>) -> S = { $0.distanceIoU(with: $1) }
    verify("distanceIoU", classes: nil, topK: 0, eta: 1, overlap: distanceIoU) { () throws(DetectionError) in
      try NonMaxSuppression.distanceIoU(
        boxes: boxes, scores: scores, iouThreshold: threshold,
        scoreThreshold: scoreThreshold, maxOutputCount: maxOutputCount)
    }
    // Mismatched lengths must throw, not trap.
    if !boxes.isEmpty {
      do {
        _ = try NonMaxSuppression.greedy(boxes: boxes, scores: Array(scores.dropLast()), iouThreshold: 0.5)
        preconditionFailure("fuzz-detection: greedy accepted mismatched counts")
      } catch {
        check(
          error == .mismatchedCounts(argument: "scores", expected: boxes.count, actual: boxes.count - 1),
          "wrong error \(error)")
      }
    }
    // Soft-NMS, matrix NMS, rotated NMS and WBF on the same input: must return or throw.
    _ = try? NonMaxSuppression.soft(boxes: boxes, scores: scores, method: .linear(iouThreshold: Double(threshold)))
    _ = try? NonMaxSuppression.soft(boxes: boxes, scores: scores, maxOutputCount: maxOutputCount)
    _ = try? NonMaxSuppression.matrix(boxes: boxes, scores: scores)
    let rotated = boxes.map { RotatedBox($0) }
    _ = try? NonMaxSuppression.rotated(boxes: rotated, scores: scores, iouThreshold: threshold)
  }
}

// MARK: - Replay entry point (plain builds)

#if !FUZZING
  @main
  enum FuzzMain {
    static func main() { FuzzReplay.run(target: "fuzz-detection", entry: fuzzTestOneInput) }
  }
#endif
