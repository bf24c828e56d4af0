// PASCAL VOC average precision: the devkit's voc_eval.py (2007 11-point and 2010+ all-point).

import AlgoKitGeometry

/// PASCAL VOC detection AP per class and their mean, with the devkit's matching
/// (``DetectionMatching/voc(detections:scores:groundTruth:difficult:iouThreshold:)``).
///
///     let gt = [VOCAveragePrecision.GroundTruth(imageID: 0, box: BoundingBox(x1: 0, y1: 0, x2: 10, y2: 10))]
///     let dt = [VOCAveragePrecision.Detection(imageID: 0, box: BoundingBox(x1: 1, y1: 0, x2: 10, y2: 10), score: 0.9)]
///     let curve = VOCAveragePrecision.evaluate(groundTruth: gt, detections: dt)
///     curve?.averagePrecision   // 1.0
///
/// Reference semantics (voc_eval.py): detections by descending score (equal scores keep input
/// order: a stable sort; the devkit's default quicksort leaves that order unspecified); each goes
/// to its highest-IoU ground truth in the same image (the first on equal IoUs); IoU `>` threshold
/// strictly; difficult → neither TP nor FP; already taken → FP. `recall = tp / npos` (npos = non-difficult
/// ground truth), `precision = tp / max(tp + fp, 2^-52)`.
///
/// Pixel convention: ``PixelConvention/inclusive`` reproduces the devkit's `+ 1` (integer pixel
/// coordinates, `x2` inclusive: width `x2 - x1 + 1`) by widening every box by one pixel before
/// ``BoundingBox/iou(with:)``; ``PixelConvention/continuous`` (the default) uses the boxes as given,
/// like pycocotools and torchvision. Both are offered because published VOC numbers use the former.
public enum VOCAveragePrecision {
  /// How AP summarizes the precision-recall curve.
  public enum Interpolation: Hashable, Sendable {
    /// VOC2007: mean over recall `t = i * 0.1`, `i = 0...10` (numpy `arange(0, 1.1, 0.1)`, so
    /// `t` = 0.30000000000000004 etc.) of the maximum precision at recall `>= t` (0 if none).
    case elevenPoint
    /// VOC2010+: area under the precision envelope (running maximum from the right), summed
    /// where recall changes, with sentinels (0, 0) and (1, 0).
    case allPoints
  }

  /// Box coordinate convention for the IoU.
  public enum PixelConvention: Hashable, Sendable {
    /// Boxes as given (continuous coordinates).
    case continuous
    /// The devkit's integer pixels: `x2`, `y2` inclusive (`+ 1` on widths and heights).
    case inclusive
  }

  /// One ground-truth box of the class being evaluated.
  public struct GroundTruth: Hashable, Sendable {
    /// The image it belongs to (detections only match ground truth of their own image).
    public var imageID: Int
    /// Corner coordinates (`xmin, ymin, xmax, ymax` of the VOC annotation).
    public var box: BoundingBox<Double>
    /// VOC's `difficult` flag: not counted in recall; a detection matching it is ignored.
    public var isDifficult: Bool
    /// A ground-truth box.
    public init(imageID: Int, box: BoundingBox<Double>, isDifficult: Bool = false) {
      self.imageID = imageID
      self.box = box
      self.isDifficult = isDifficult
    }
  }

  /// One detection of the class being evaluated.
  public struct Detection: Hashable, Sendable {
    /// The image it was found in.
    public var imageID: Int
    /// Corner coordinates.
    public var box: BoundingBox<Double>
    /// Confidence: higher first, equal scores in input order.
    public var score: Double
    /// A detection.
    public init(imageID: Int, box: BoundingBox<Double>, score: Double) {
      self.imageID = imageID
      self.box = box
      self.score = score
    }
  }

  /// One class's result: AP and the precision-recall curve, one point per detection in descending
  /// score order.
  public struct Curve: Hashable, Sendable {
    /// AP under the chosen ``Interpolation``.
    public var averagePrecision: Double
    /// Cumulative `tp / positives` after each detection.
    public var recall: [Double]
    /// Cumulative `tp / max(tp + fp, 2^-52)` after each detection (not the envelope).
    public var precision: [Double]
    /// Per detection in score order: true positive, false positive or ignored (difficult).
    public var outcomes: [DetectionMatching.Outcome]
    /// Non-difficult ground truth.
    public var positives: Int
  }

  /// AP of one class.
  ///
  /// - Returns: nil when the class has no non-difficult ground truth (the devkit divides by zero
  ///   and gets NaN); detections then have no defined recall.
  /// - Precondition: boxes and scores are finite (NaN scores would make the order undefined);
  ///   a violation stops the program with "finite detection boxes and scores" or "finite
  ///   ground-truth boxes". Validate untrusted input first (e.g. with ``DetectionMatching/voc(detections:scores:groundTruth:difficult:iouThreshold:)``,
  ///   which throws on NaN scores).
  /// - Complexity: O(N log N + Σ_images D·G) time, O(N + G) memory.
  public static func evaluate(
    groundTruth: [GroundTruth], detections: [Detection], iouThreshold: Double = 0.5,
    interpolation: Interpolation = .allPoints, convention: PixelConvention = .continuous
  ) -> Curve? {
    precondition(detections.allSatisfy { $0.score.isFinite && $0.box.isFinite }, "finite detection boxes and scores")
    precondition(groundTruth.allSatisfy { $0.box.isFinite }, "finite ground-truth boxes")
    let positives = groundTruth.reduce(0) { $0 + ($1.isDifficult ? 0 : 1) }
    if positives == 0 { return nil }
    let widen: (BoundingBox<Double>) -> BoundingBox<Double> =
      convention == .inclusive
      ? { BoundingBox(x1: $0.x1, y1: $0.y1, x2: $0.x2 + 1, y2: $0.y2 + 1) } : { $0 }
    var gtByImage: [Int: [Int]] = [:]
    for (n, g) in groundTruth.enumerated() { gtByImage[g.imageID, default: []].append(n) }
    let order = DetectionMatching.scoreOrder(detections.map(\.score))
    var taken = [Bool](repeating: false, count: groundTruth.count)
    var outcomes: [DetectionMatching.Outcome] = []
    var recall: [Double] = [], precision: [Double] = []
    var tp = 0.0, fp = 0.0
    for d in order {
      let box = widen(detections[d].box)
      var best = -Double.infinity, j = -1
      for g in gtByImage[detections[d].imageID] ?? [] {
        let iou = box.iou(with: widen(groundTruth[g].box))
        if iou > best { best = iou; j = g }
      }
      var outcome = DetectionMatching.Outcome.falsePositive
      if j >= 0 && best > iouThreshold {
        if groundTruth[j].isDifficult {
          outcome = .ignored(groundTruth: j)
        } else if !taken[j] {
          taken[j] = true; outcome = .truePositive(groundTruth: j)
        }
      }
      switch outcome {
      case .truePositive: tp += 1
      case .falsePositive: fp += 1
      case .ignored: break
      }
      outcomes.append(outcome)
      recall.append(tp / Double(positives))
      precision.append(tp / Swift.max(tp + fp, 0x1p-52))
    }
    return Curve(
      averagePrecision: _averagePrecision(recall: recall, precision: precision, interpolation: interpolation),
      recall: recall, precision: precision, outcomes: outcomes, positives: positives)
  }

  /// The devkit's `voc_ap(rec, prec, use_07_metric)` on a curve in detection order.
  ///
  /// Empty arrays give 0. Recall and precision are expected finite (as ``evaluate(groundTruth:detections:iouThreshold:interpolation:convention:)``
  /// produces them); a NaN entry gives an unspecified AP (possibly NaN).
  ///
  /// - Throws: ``DetectionError/mismatchedCounts(argument:expected:actual:)`` unless there is one
  ///   precision per recall.
  /// - Complexity: O(n) (all-point) or O(11 n) (11-point).
  public static func averagePrecision(
    recall: [Double], precision: [Double], interpolation: Interpolation
  ) throws(DetectionError) -> Double {
    try NonMaxSuppression._checkCount("precision", precision.count, expected: recall.count)
    return _averagePrecision(recall: recall, precision: precision, interpolation: interpolation)
  }

  /// ``averagePrecision(recall:precision:interpolation:)`` on arrays of equal length.
  internal static func _averagePrecision(recall: [Double], precision: [Double], interpolation: Interpolation) -> Double
  {
    switch interpolation {
    case .elevenPoint:
      var ap = 0.0
      for i in 0...10 {
        let t = Double(i) * 0.1
        var p = 0.0, any = false
        for (r, q) in zip(recall, precision) where r >= t { p = any ? Swift.max(p, q) : q; any = true }
        ap = ap + p / 11
      }
      return ap
    case .allPoints:
      let mrec = [0.0] + recall + [1.0]
      var mpre = [0.0] + precision + [0.0]
      for i in stride(from: mpre.count - 1, to: 0, by: -1) { mpre[i - 1] = Swift.max(mpre[i - 1], mpre[i]) }
      var terms: [Double] = []
      for i in 0..<(mrec.count - 1) where mrec[i + 1] != mrec[i] { terms.append((mrec[i + 1] - mrec[i]) * mpre[i + 1]) }
      return COCOEvaluator.Result._pairwiseSum(terms[...])
    }
  }

  /// AP per class and their mean over the classes with non-difficult ground truth (the others are
  /// nil and left out of the mean, where the devkit would produce NaN). Classes are the keys of
  /// both dictionaries.
  ///
  /// - Returns: `(perClass, mean)`; `mean` is nil when no class has ground truth.
  /// - Complexity: the sum of the per-class costs.
  public static func meanAveragePrecision(
    groundTruth: [Int: [GroundTruth]], detections: [Int: [Detection]], iouThreshold: Double = 0.5,
    interpolation: Interpolation = .allPoints, convention: PixelConvention = .continuous
  ) -> (perClass: [Int: Double?], mean: Double?) {
    var perClass: [Int: Double?] = [:]
    var sum = 0.0, count = 0
    for c in Set(groundTruth.keys).union(detections.keys).sorted() {
      let ap = evaluate(
        groundTruth: groundTruth[c] ?? [], detections: detections[c] ?? [], iouThreshold: iouThreshold,
        interpolation: interpolation, convention: convention)?.averagePrecision
      perClass[c] = .some(ap)
      if let ap { sum += ap; count += 1 }
    }
    return (perClass, count == 0 ? nil : sum / Double(count))
  }
}
