// Greedy matching of one image's detections to its ground truth, by the two reference rules:
// pycocotools' COCOeval.evaluateImg and the PASCAL VOC devkit's voc_eval.py.

import AlgoKitGeometry

/// Greedy detection-to-ground-truth matching for one image and one class.
///
/// Both rules visit detections by descending score (equal scores keep input order, as numpy's
/// stable `argsort(kind='mergesort')` does) and use ``BoundingBox/iou(with:)``; they differ in
/// which ground truth a detection may take:
///
/// - ``coco(detections:scores:groundTruth:ignored:crowd:iouThreshold:)``: the best IoU among the
///   ground truth still *unmatched* (crowd regions can be matched many times), non-ignored ground
///   truth preferred over ignored, IoU `>= min(threshold, 1 - 1e-10)`.
/// - ``voc(detections:scores:groundTruth:difficult:iouThreshold:)``: the best IoU among *all*
///   ground truth, IoU `> threshold` strictly; if that one is taken the detection is a false
///   positive even when another one is free.
public enum DetectionMatching {
  /// What happened to one detection.
  public enum Outcome: Hashable, Sendable {
    /// Matched ground truth `groundTruth` (an index into the ground-truth array).
    case truePositive(groundTruth: Int)
    /// Matched nothing (or, VOC, its best ground truth was already taken).
    case falsePositive
    /// Matched an ignored (COCO: crowd/out-of-range; VOC: difficult) ground truth: neither TP nor FP.
    case ignored(groundTruth: Int)
  }

  /// Validates the parallel arrays of a matching call and rejects NaN scores.
  @inlinable
  internal static func _checkInputs(
    detections: [BoundingBox<Double>], scores: [Double], groundTruth: [BoundingBox<Double>], flags: [(String, [Bool])]
  ) throws(DetectionError) {
    try NonMaxSuppression._checkCount("scores", scores.count, expected: detections.count)
    for (name, f) in flags { try NonMaxSuppression._checkCount(name, f.count, expected: groundTruth.count) }
    if let i = scores.firstIndex(where: \.isNaN) { throw .nonFiniteScore(index: i) }
  }

  /// The detection indices by descending score, equal scores in index order (a stable sort).
  ///
  /// - Complexity: O(n log n).
  @inlinable
  public static func scoreOrder<S: BinaryFloatingPoint>(_ scores: [S]) -> [Int] {
    var order = Array(scores.indices)
    scores.withUnsafeBufferPointer { s in
      order.sort { a, b in s[a] > s[b] || (s[a] == s[b] && a < b) }
    }
    return order
  }

  /// COCO matching (pycocotools `evaluateImg`, one IoU threshold, `useCats=1`).
  ///
  /// Ground truth is visited non-ignored first (stable), and a detection stops looking once it
  /// holds a non-ignored match and reaches the ignored ones. Crowd ground truth stays available
  /// after a match, and its IoU is intersection over the *detection's* area
  /// (``BoundingBox/intersectionOverForeground(with:)``), as in pycocotools' `maskUtils.iou`.
  ///
  /// Ignoring an *unmatched* detection whose area is outside the range is the caller's step
  /// (``COCOEvaluator`` does it); here an unmatched detection is a false positive.
  ///
  /// - Parameters:
  ///   - detections: the detection boxes.
  ///   - scores: per detection, its score (the matching order is descending score, stable).
  ///   - groundTruth: the ground-truth boxes.
  ///   - iouThreshold: a match needs IoU `>=` this (capped at `1 - 1e-10`, as pycocotools does).
  ///   - ignored: per ground truth, whether it is ignored (pycocotools: crowd or area outside the range).
  ///   - crowd: per ground truth, `iscrowd`.
  /// - Returns: one outcome per detection, in input order.
  /// - Throws: ``DetectionError/mismatchedCounts(argument:expected:actual:)`` when `scores` does not
  ///   have one entry per detection or `ignored`/`crowd` one per ground truth;
  ///   ``DetectionError/nonFiniteScore(index:)`` for a NaN score (infinite scores sort normally).
  ///   A NaN or infinite box gives NaN IoUs, which match nothing: such a detection is a false positive.
  /// - Complexity: O(D log D + D·G) time, O(D·G) memory for the IoU table.
  @inlinable
  public static func coco(
    detections: [BoundingBox<Double>], scores: [Double], groundTruth: [BoundingBox<Double>],
    ignored: [Bool], crowd: [Bool], iouThreshold: Double
  ) throws(DetectionError) -> [Outcome] {
    try _checkInputs(
      detections: detections, scores: scores, groundTruth: groundTruth, flags: [("ignored", ignored), ("crowd", crowd)])
    let order = scoreOrder(scores)
    let gtOrder = groundTruth.indices.filter { !ignored[$0] } + groundTruth.indices.filter { ignored[$0] }
    var taken = [Bool](repeating: false, count: groundTruth.count)
    var result = [Outcome](repeating: .falsePositive, count: detections.count)
    for d in order {
      var best = Swift.min(iouThreshold, 1 - 1e-10)
      var m = -1
      for g in gtOrder {
        if taken[g] && !crowd[g] { continue }
        if m > -1 && !ignored[m] && ignored[g] { break }
        let iou =
          crowd[g]
          ? detections[d].intersectionOverForeground(with: groundTruth[g])
          : detections[d].iou(with: groundTruth[g])
        if iou < best { continue }
        best = iou
        m = g
      }
      if m == -1 { continue }
      taken[m] = true
      result[d] = ignored[m] ? .ignored(groundTruth: m) : .truePositive(groundTruth: m)
    }
    return result
  }

  /// VOC devkit matching (`voc_eval.py`): each detection, by descending score, goes to its
  /// highest-IoU ground truth (the first on equal IoUs); if IoU `> iouThreshold`: a difficult one
  /// makes it ignored, a taken one a false positive, a free one a true positive (and taken).
  ///
  /// Pass boxes widened by one pixel (see ``VOCAveragePrecision/PixelConvention/inclusive``) to get
  /// the devkit's `+ 1` integer-pixel IoU.
  ///
  /// - Returns: one outcome per detection, in input order.
  /// - Throws: ``DetectionError/mismatchedCounts(argument:expected:actual:)`` when `scores` does not
  ///   have one entry per detection or `difficult` one per ground truth;
  ///   ``DetectionError/nonFiniteScore(index:)`` for a NaN score (infinite scores sort normally).
  ///   A NaN or infinite box gives NaN IoUs, which match nothing: such a detection is a false positive.
  /// - Complexity: O(D log D + D·G) time, O(D + G) memory.
  @inlinable
  public static func voc(
    detections: [BoundingBox<Double>], scores: [Double], groundTruth: [BoundingBox<Double>],
    difficult: [Bool], iouThreshold: Double = 0.5
  ) throws(DetectionError) -> [Outcome] {
    try _checkInputs(
      detections: detections, scores: scores, groundTruth: groundTruth, flags: [("difficult", difficult)])
    var taken = [Bool](repeating: false, count: groundTruth.count)
    var result = [Outcome](repeating: .falsePositive, count: detections.count)
    for d in scoreOrder(scores) {
      var best = -Double.infinity, j = -1
      for g in groundTruth.indices {
        let iou = detections[d].iou(with: groundTruth[g])
        if iou > best { best = iou; j = g }  // first maximum, as np.argmax
      }
      guard j >= 0, best > iouThreshold else { continue }
      if difficult[j] {
        result[d] = .ignored(groundTruth: j)
      } else if !taken[j] {
        taken[j] = true; result[d] = .truePositive(groundTruth: j)
      }
    }
    return result
  }
}
