// OpenCV's cv::dnn::NMSBoxes on Rect2d, reproduced rule for rule so ported code keeps its boxes.

import AlgoKitGeometry

extension NonMaxSuppression {
  /// OpenCV `cv::dnn::NMSBoxes(bboxes, scores, score_threshold, nms_threshold, indices, eta, top_k)`
  /// for `Rect2d` boxes `(x, y, width, height)`, with the same keep set and order.
  ///
  /// OpenCV's steps, reproduced: keep `score > scoreThreshold` (Float comparison), stable sort by
  /// descending score (ties: lower index first), truncate to `topK` when `0 < topK < count`, then
  /// greedy: a candidate is kept when `overlap <= threshold` for every kept box, where
  /// `overlap = 1 - Float(jaccardDistance)` and `jaccardDistance = 1 - |a ∩ b| / (|a| + |b| - |a ∩ b|)`
  /// in Double (`0` when `|a| + |b| <= DBL_EPSILON`, so two zero-area boxes count as identical),
  /// areas `width * height` (no `+1` pixel convention for `Rect2d`). After each kept box, if
  /// `eta < 1` and the threshold is `> 0.5`, the threshold is multiplied by `eta` (in Float).
  ///
  /// NaN scores fail `score > scoreThreshold` and are dropped, as in OpenCV.
  ///
  /// - Throws: mismatched counts; non-finite rectangle values (OpenCV would compute with them);
  ///   `nmsThreshold` outside `[0, 1]` or `eta` outside `(0, 1]`.
  /// - Complexity: as ``greedy(boxes:scores:iouThreshold:scoreThreshold:maxOutputCount:topK:eta:)``
  ///   (grid-accelerated); when a rectangle has a non-positive side or an area below `DBL_EPSILON`,
  ///   OpenCV's "empty boxes are identical" rule can link far-apart boxes, and the O(n·k) scan is used.
  @inlinable
  public static func openCV(
    rects: [(x: Double, y: Double, width: Double, height: Double)], scores: [Float],
    scoreThreshold: Float, nmsThreshold: Float, eta: Float = 1, topK: Int = 0
  ) throws(DetectionError) -> [Int] {
    try _checkCount("scores", scores.count, expected: rects.count)
    try _checkParameter("nmsThreshold", nmsThreshold)
    try _checkParameter("eta", eta, in: Double.leastNonzeroMagnitude...1)
    let order = scores.withUnsafeBufferPointer { _scoreOrder($0, scoreThreshold: scoreThreshold, topK: topK) }
    var degenerate = false
    for c in order {
      let r = rects[c]
      if !(r.x.isFinite && r.y.isFinite && r.width.isFinite && r.height.isFinite) {
        throw .nonFiniteCoordinate(index: c)
      }
      if !(r.width > 0 && r.height > 0 && r.width * r.height > Double.ulpOfOne) { degenerate = true }
    }
    let bounds = rects.map { BoundingBox(x1: $0.x, y1: $0.y, x2: $0.x + $0.width, y2: $0.y + $0.height) }
    return rects.withUnsafeBufferPointer { r in
      bounds.withUnsafeBufferPointer { b in
        _greedy(
          order: order, bounds: b, maxOutputCount: Int.max, threshold: nmsThreshold, eta: eta,
          useGrid: !degenerate
        ) { k, _, c, t in
          !(_openCVOverlap(r[c], r[k]) <= t)
        }
      }
    }
  }

  /// OpenCV's `rectOverlap(a, b)` for `Rect2d`: `1.f - (float)jaccardDistance(a, b)`.
  @inlinable @inline(__always)
  internal static func _openCVOverlap(
    _ a: (x: Double, y: Double, width: Double, height: Double),
    _ b: (x: Double, y: Double, width: Double, height: Double)
  ) -> Float {
    let areaA = a.width * a.height, areaB = b.width * b.height
    if areaA + areaB <= Double.ulpOfOne { return 1 }
    let inter = _openCVIntersectionArea(a, b)
    let distance = 1 - inter / (areaA + areaB - inter)
    return 1 - Float(distance)
  }

  /// Area of OpenCV's `Rect_ & Rect_` (4.x formulation, which avoids overflow): empty when either
  /// rectangle is empty (`width <= 0 || height <= 0`) or they do not overlap.
  @inlinable @inline(__always)
  internal static func _openCVIntersectionArea(
    _ a: (x: Double, y: Double, width: Double, height: Double),
    _ b: (x: Double, y: Double, width: Double, height: Double)
  ) -> Double {
    if a.width <= 0 || a.height <= 0 || b.width <= 0 || b.height <= 0 { return 0 }
    let xMin = a.x < b.x ? a : b, xMax = a.x < b.x ? b : a
    let yMin = a.y < b.y ? a : b, yMax = a.y < b.y ? b : a
    if (xMin.x < 0 && xMin.x + xMin.width < xMax.x) || (yMin.y < 0 && yMin.y + yMin.height < yMax.y) { return 0 }
    let w = Swift.min(xMin.width - (xMax.x - xMin.x), xMax.width)
    let h = Swift.min(yMin.height - (yMax.y - yMin.y), yMax.height)
    if w <= 0 || h <= 0 { return 0 }
    return w * h
  }
}
