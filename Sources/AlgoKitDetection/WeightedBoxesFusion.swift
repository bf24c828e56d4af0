// Weighted boxes fusion (Solovyev, Wang, Gabruseva 2021), with the semantics of the reference
// implementation `ensemble_boxes.weighted_boxes_fusion(conf_type="avg")`.

import AlgoKitGeometry

/// Weighted boxes fusion: merges the boxes of several models into score-weighted average boxes.
///
/// Reference semantics (`ensemble_boxes` 1.0.x, `conf_type='avg'`), reproduced step for step:
/// 1. Prefilter: per model `t` and box, skip `score < skipBoxThreshold`; swap inverted corners;
///    clamp coordinates to `[0, 1]`; skip zero-area boxes; the box's confidence is `score · weights[t]`.
/// 2. Per label (in order of first appearance), boxes by descending confidence (equal confidences:
///    the later box first, as the reference's reversed ascending sort of small arrays).
/// 3. Each box joins the fused box of its label with the highest IoU if that IoU is `> iouThreshold`
///    (first such fused box on ties), else starts a new one. A fused box is the confidence-weighted
///    mean of its members' corners, and its confidence their mean, stored in Float32 as the reference
///    does (single-member clusters keep their Double values).
/// 4. Final confidence: `conf · min(modelCount, members) / Σweights` (`allowsOverflow`: `· members`).
/// 5. All fused boxes by descending confidence (ties: the later one first).
///
/// Differences: NaN scores are skipped (the reference keeps them, as `NaN < thr` is false);
/// mismatched lengths and non-finite coordinates throw instead of printing and exiting; weights
/// must be positive and finite and `skipBoxThreshold` not NaN (the reference divides by a zero
/// weight sum, and a NaN threshold keeps every box). Zero-score boxes are kept under the default
/// `skipBoxThreshold = 0`, as in the reference (it skips only `score < thr`); where the reference
/// returns NaN corners for a cluster whose confidences sum to 0 (two overlapping zero-score boxes),
/// or whose weighted sums overflow, the fused box here is the unweighted mean of its members'
/// corners (stored in Float32 like every fused box), so no output is ever NaN.
public enum WeightedBoxesFusion {
  /// Fuses the predictions of `boxes.count` models (coordinates normalized to `[0, 1]`, xyxy).
  ///
  /// - Throws: ``DetectionError`` for mismatched lengths (per model, or `weights`), non-finite
  ///   coordinates of a box that passes the score filter, `iouThreshold` outside `[0, 1]`, a weight
  ///   that is not positive and finite (or weights whose sum overflows), a NaN `skipBoxThreshold`,
  ///   or a passing box whose confidence `score · weight` is infinite (an infinite score, or an
  ///   overflowing product). An infinite `skipBoxThreshold` is allowed: `+inf` keeps nothing.
  /// - Complexity: O(n·f + Σ cluster sizes²) time, n boxes and f fused boxes per label; O(n) memory.
  public static func fuse(
    boxes: [[BoundingBox<Double>]], scores: [[Double]], labels: [[Int]], weights: [Double]? = nil,
    iouThreshold: Double = 0.55, skipBoxThreshold: Double = 0, allowsOverflow: Bool = false
  ) throws(DetectionError) -> (boxes: [BoundingBox<Double>], scores: [Double], labels: [Int]) {
    try NonMaxSuppression._checkCount("scores", scores.count, expected: boxes.count)
    try NonMaxSuppression._checkCount("labels", labels.count, expected: boxes.count)
    let weights = weights ?? [Double](repeating: 1, count: boxes.count)
    try NonMaxSuppression._checkCount("weights", weights.count, expected: boxes.count)
    for w in weights where !(w > 0 && w.isFinite) { throw .invalidParameter(name: "weights", value: w) }
    let weightSum = weights.reduce(0, +)
    if !weightSum.isFinite { throw .invalidParameter(name: "weights (sum)", value: weightSum) }
    try NonMaxSuppression._checkParameter("iouThreshold", iouThreshold)
    if skipBoxThreshold.isNaN { throw .invalidParameter(name: "skipBoxThreshold", value: skipBoxThreshold) }

    // 1. Prefilter into per-label groups.
    var groupOfLabel: [Int: Int] = [:]
    var groups: [[Member]] = []
    var offset = 0
    for t in 0..<boxes.count {
      try NonMaxSuppression._checkCount("scores[\(t)]", scores[t].count, expected: boxes[t].count)
      try NonMaxSuppression._checkCount("labels[\(t)]", labels[t].count, expected: boxes[t].count)
      for j in 0..<boxes[t].count {
        let score = scores[t][j]
        if score.isNaN || score < skipBoxThreshold { continue }
        let b = boxes[t][j]
        if !b.isFinite { throw .nonFiniteCoordinate(index: offset + j) }
        var x1 = b.x1, y1 = b.y1, x2 = b.x2, y2 = b.y2
        if x2 < x1 { swap(&x1, &x2) }
        if y2 < y1 { swap(&y1, &y2) }
        x1 = Swift.min(Swift.max(x1, 0), 1); x2 = Swift.min(Swift.max(x2, 0), 1)
        y1 = Swift.min(Swift.max(y1, 0), 1); y2 = Swift.min(Swift.max(y2, 0), 1)
        if (x2 - x1) * (y2 - y1) == 0 { continue }
        let confidence = score * weights[t]
        if !confidence.isFinite {
          throw .invalidParameter(name: "scores[\(t)][\(j)] · weights[\(t)]", value: confidence)
        }
        let label = labels[t][j]
        let g: Int
        if let existing = groupOfLabel[label] {
          g = existing
        } else {
          g = groups.count
          groupOfLabel[label] = g
          groups.append([])
        }
        groups[g].append(
          Member(
            confidence: confidence, weight: weights[t], box: BoundingBox(x1: x1, y1: y1, x2: x2, y2: y2),
            label: label))
      }
      offset += boxes[t].count
    }

    var fused: [(box: BoundingBox<Double>, score: Double, label: Int)] = []
    for var group in groups {
      // 2. Descending confidence; ties: later first (reversed stable ascending sort).
      group = Array(
        group.enumerated().sorted {
          $0.element.confidence > $1.element.confidence
            || ($0.element.confidence == $1.element.confidence && $0.offset > $1.offset)
        }.map(\.element))
      // 3. Clustering.
      var clusters: [[Member]] = []
      var clusterBoxes: [BoundingBox<Double>] = []
      var clusterScores: [Double] = []
      for member in group {
        var best = -1
        var bestIoU = iouThreshold
        for c in 0..<clusterBoxes.count {
          let iou = referenceIoU(clusterBoxes[c], member.box)
          if iou > bestIoU { bestIoU = iou; best = c }
        }
        if best >= 0 {
          clusters[best].append(member)
          let (box, score) = weightedBox(clusters[best])
          clusterBoxes[best] = box
          clusterScores[best] = score
        } else {
          clusters.append([member])
          clusterBoxes.append(member.box)
          clusterScores.append(member.confidence)
        }
      }
      // 4. Rescale.
      for c in 0..<clusters.count {
        let members = Double(clusters[c].count)
        let factor = allowsOverflow ? members : Swift.min(Double(boxes.count), members)
        fused.append((clusterBoxes[c], clusterScores[c] * factor / weightSum, clusters[c][0].label))
      }
    }
    // 5. Descending score, ties: later first.
    let order = fused.indices.sorted {
      fused[$0].score > fused[$1].score || (fused[$0].score == fused[$1].score && $0 > $1)
    }
    return (order.map { fused[$0].box }, order.map { fused[$0].score }, order.map { fused[$0].label })
  }

  /// One prefiltered box.
  @usableFromInline
  internal struct Member {
    var confidence: Double
    var weight: Double
    var box: BoundingBox<Double>
    var label: Int
  }

  /// The reference's `bb_iou_array`: `inter / (areaA + areaB - inter)`, no special cases.
  internal static func referenceIoU(_ a: BoundingBox<Double>, _ b: BoundingBox<Double>) -> Double {
    let w = Swift.max(Swift.min(a.x2, b.x2) - Swift.max(a.x1, b.x1), 0)
    let h = Swift.max(Swift.min(a.y2, b.y2) - Swift.max(a.y1, b.y1), 0)
    let inter = w * h
    return inter / ((a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - inter)
  }

  /// The reference's `get_weighted_box` (float32 accumulator; confidence the members' mean).
  /// Where the reference gives NaN corners (confidences summing to 0, or an overflowing weighted
  /// sum), the box is the unweighted mean of the members' corners instead.
  internal static func weightedBox(_ members: [Member]) -> (BoundingBox<Double>, Double) {
    var acc: (Float, Float, Float, Float) = (0, 0, 0, 0)
    var conf = 0.0
    for m in members {
      let s = m.confidence
      acc.0 = Float(Double(acc.0) + s * m.box.x1)
      acc.1 = Float(Double(acc.1) + s * m.box.y1)
      acc.2 = Float(Double(acc.2) + s * m.box.x2)
      acc.3 = Float(Double(acc.3) + s * m.box.y2)
      conf += s
    }
    var box = BoundingBox(
      x1: Double(Float(Double(acc.0) / conf)), y1: Double(Float(Double(acc.1) / conf)),
      x2: Double(Float(Double(acc.2) / conf)), y2: Double(Float(Double(acc.3) / conf)))
    if !box.isFinite {
      var sum = (0.0, 0.0, 0.0, 0.0)
      for m in members { sum.0 += m.box.x1; sum.1 += m.box.y1; sum.2 += m.box.x2; sum.3 += m.box.y2 }
      let k = Double(members.count)
      box = BoundingBox(
        x1: Double(Float(sum.0 / k)), y1: Double(Float(sum.1 / k)), x2: Double(Float(sum.2 / k)),
        y2: Double(Float(sum.3 / k)))
    }
    return (box, Double(Float(conf / Double(members.count))))
  }
}
