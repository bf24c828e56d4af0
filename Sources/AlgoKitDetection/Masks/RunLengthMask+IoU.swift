// pycocotools' `iou` on RLEs (C `rleIou`): pairwise mask IoU with COCO's crowd rule.

extension RunLengthMask {
  /// The IoU matrix `result[d][g]` between `detections` and `groundTruths`, pycocotools'
  /// `mask.iou(dt, gt, iscrowd)`.
  ///
  ///     let o = try RunLengthMask.iou(dts, gts, isCrowd: [false, true])
  ///     o[0][1]   // |dt0 ∩ gt1| / |dt0|: gt1 is a crowd region
  ///
  /// For a crowd ground truth the denominator is the detection's area (COCO's rule: a detection
  /// inside a crowd region is not penalised for the rest of the region); otherwise it is the
  /// union. Disjoint pairs (and pairs with an empty mask) give 0, as in pycocotools. With no
  /// detections the result is `[]`, with no ground truths it is `detections.count` empty rows
  /// (pycocotools returns `[]` for both). The intersection is the true one for every valid input;
  /// pycocotools' walk stops early when zero-length runs line up in both masks before the end
  /// (non-canonical RLEs only) and then reports a partial IoU.
  ///
  /// - Throws: ``MaskError/mismatchedCrowdFlags(expected:actual:)`` unless
  ///   `isCrowd.count == groundTruths.count`;
  ///   ``MaskError/mismatchedDimensions(index:height:width:expectedHeight:expectedWidth:)`` when
  ///   a mask's size differs from the first detection's (`index` counts detections, then ground
  ///   truths); pycocotools writes -1 for such pairs instead.
  /// - Complexity: O(m * n) box tests plus O(runs of both) for each pair whose boxes overlap.
  @inlinable
  public static func iou(
    _ detections: [RunLengthMask], _ groundTruths: [RunLengthMask], isCrowd: [Bool]
  ) throws(MaskError) -> [[Double]] {
    guard isCrowd.count == groundTruths.count else {
      throw .mismatchedCrowdFlags(expected: groundTruths.count, actual: isCrowd.count)
    }
    if let reference = detections.first ?? groundTruths.first {
      for (i, m) in (detections + groundTruths).enumerated()
      where m.height != reference.height || m.width != reference.width {
        throw .mismatchedDimensions(
          index: i, height: m.height, width: m.width, expectedHeight: reference.height,
          expectedWidth: reference.width)
      }
    }
    let dBoxes = detections.map(\.boundingBox), gBoxes = groundTruths.map(\.boundingBox)
    let dAreas = detections.map(\.area), gAreas = groundTruths.map(\.area)
    var result = [[Double]]()
    result.reserveCapacity(detections.count)
    for d in detections.indices {
      var row = [Double](repeating: 0, count: groundTruths.count)
      let db = dBoxes[d]
      for g in groundTruths.indices {
        let gb = gBoxes[g]
        // pycocotools' box prefilter: only pairs whose boxes overlap are walked.
        let w = Swift.min(db.x + db.width, gb.x + gb.width) - Swift.max(db.x, gb.x)
        if w <= 0 { continue }
        let h = Swift.min(db.y + db.height, gb.y + gb.height) - Swift.max(db.y, gb.y)
        if h <= 0 { continue }
        let inter = _intersectionArea(detections[d].counts, groundTruths[g].counts)
        if inter == 0 { continue }
        let denominator = isCrowd[g] ? dAreas[d] : dAreas[d] + gAreas[g] - inter
        row[g] = Double(inter) / Double(denominator)
      }
      result.append(row)
    }
    return result
  }

  /// This mask's IoU with `other` (``iou(_:_:isCrowd:)`` on one pair; `crowd` makes the
  /// denominator this mask's area).
  ///
  ///     let o = try detection.iou(with: groundTruth)
  ///
  /// - Throws: ``MaskError/mismatchedDimensions(index:height:width:expectedHeight:expectedWidth:)``.
  /// - Complexity: O(runs of both).
  @inlinable
  public func iou(with other: RunLengthMask, crowd: Bool = false) throws(MaskError) -> Double {
    try Self.iou([self], [other], isCrowd: [crowd])[0][0]
  }

  /// One pair's IoU exactly as pycocotools' `rleIou` computes it, for COCO evaluation: box
  /// prefilter, then -1 for masks of different sizes (pycocotools' marker, which never matches).
  @inlinable
  static func _cocoPairIoU(_ d: RunLengthMask, _ g: RunLengthMask, crowd: Bool) -> Double {
    let db = d.boundingBox, gb = g.boundingBox
    let w = Swift.min(db.x + db.width, gb.x + gb.width) - Swift.max(db.x, gb.x)
    if w <= 0 { return 0 }
    let h = Swift.min(db.y + db.height, gb.y + gb.height) - Swift.max(db.y, gb.y)
    if h <= 0 { return 0 }
    if d.height != g.height || d.width != g.width { return -1 }
    let inter = _intersectionArea(d.counts, g.counts)
    if inter == 0 { return 0 }
    let dArea = d.area
    return Double(inter) / Double(crowd ? dArea : dArea + g.area - inter)
  }

  /// Set pixels common to two run sequences of equal total: both walked run end by run end.
  @inlinable
  static func _intersectionArea(_ a: [UInt32], _ b: [UInt32]) -> Int {
    a.withUnsafeBufferPointer { ra in
      b.withUnsafeBufferPointer { rb in
        // Set intervals [start, end) of each, merged like sorted lists.
        var ia = 0, ib = 0
        var startA = 0, endA = 0, startB = 0, endB = 0
        var posA = 0, posB = 0
        var total = 0
        func nextA() -> Bool { _nextSetInterval(ra, &ia, &posA, &startA, &endA) }
        func nextB() -> Bool { _nextSetInterval(rb, &ib, &posB, &startB, &endB) }
        guard nextA(), nextB() else { return 0 }
        while true {
          let lo = Swift.max(startA, startB), hi = Swift.min(endA, endB)
          if hi > lo { total &+= hi &- lo }
          if endA <= endB {
            if !nextA() { break }
          } else {
            if !nextB() { break }
          }
        }
        return total
      }
    }
  }

  /// Advances run index `i` (at a zeros run) to the next non-empty set interval `[start, end)`,
  /// `position` the pixel where run `i` begins; false when none is left.
  @inlinable @inline(__always)
  static func _nextSetInterval(
    _ runs: UnsafeBufferPointer<UInt32>, _ i: inout Int, _ position: inout Int, _ start: inout Int,
    _ end: inout Int
  ) -> Bool {
    while i &+ 1 < runs.count {
      position &+= Int(runs[i])
      let length = Int(runs[i &+ 1])
      i &+= 2
      start = position
      position &+= length
      end = position
      if length > 0 { return true }
    }
    return false
  }
}
