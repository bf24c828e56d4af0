// pycocotools' `merge` (C `rleMerge`): union or intersection of several masks, run by run.

extension RunLengthMask {
  /// The union (`intersect == false`) or intersection of `masks`, pycocotools'
  /// `mask.merge(rles, intersect)`.
  ///
  ///     let a = try RunLengthMask(height: 1, width: 4, counts: [0, 2, 2])
  ///     let b = try RunLengthMask(height: 1, width: 4, counts: [1, 2, 1])
  ///     try RunLengthMask.merge([a, b]).counts                   // [0, 3, 1]
  ///     try RunLengthMask.merge([a, b], intersect: true).counts  // [1, 1, 2]
  ///
  /// Masks are folded left to right as pycocotools does; one mask is returned unchanged and no
  /// masks give the `0 x 0` mask with no runs (pycocotools' result for an empty list).
  ///
  /// - Throws: ``MaskError/mismatchedDimensions(index:height:width:expectedHeight:expectedWidth:)``
  ///   when a mask's size differs from the first's (pycocotools silently returns a `0 x 0` mask).
  /// - Complexity: O(total runs x masks) in the worst case, O(sum of runs) for disjoint masks.
  @inlinable
  public static func merge(_ masks: [RunLengthMask], intersect: Bool = false) throws(MaskError) -> RunLengthMask {
    guard let first = masks.first else { return RunLengthMask(_uncheckedHeight: 0, width: 0, counts: []) }
    for (i, m) in masks.enumerated() where m.height != first.height || m.width != first.width {
      throw .mismatchedDimensions(
        index: i, height: m.height, width: m.width, expectedHeight: first.height, expectedWidth: first.width)
    }
    if masks.count == 1 { return first }
    var acc = first.counts
    let total = first.height * first.width
    for i in 1..<masks.count {
      acc = _merge(acc, masks[i].counts, intersect: intersect, total: total)
    }
    return RunLengthMask(_uncheckedHeight: first.height, width: first.width, counts: acc)
  }

  /// The union of `masks` (``merge(_:intersect:)`` with `intersect: false`).
  ///
  ///     let object = try RunLengthMask.union(partsOfOneObject)
  ///
  /// - Throws: as ``merge(_:intersect:)``.
  /// - Complexity: as ``merge(_:intersect:)``.
  @inlinable
  public static func union(_ masks: [RunLengthMask]) throws(MaskError) -> RunLengthMask {
    try merge(masks, intersect: false)
  }

  /// The intersection of `masks` (``merge(_:intersect:)`` with `intersect: true`).
  ///
  ///     let overlap = try RunLengthMask.intersection([a, b])
  ///
  /// - Throws: as ``merge(_:intersect:)``.
  /// - Complexity: as ``merge(_:intersect:)``.
  @inlinable
  public static func intersection(_ masks: [RunLengthMask]) throws(MaskError) -> RunLengthMask {
    try merge(masks, intersect: true)
  }

  /// Two run sequences of equal total merged by walking both: a run ends wherever either
  /// operand's run ends, and is emitted when the combined value changes or both are exhausted
  /// (pycocotools' emission rule, so its output on zero-length runs is reproduced).
  ///
  /// pycocotools stops as soon as both current runs are empty; when zero-length runs line up in
  /// both operands before the end, that drops the rest of the image (an invalid result, and a
  /// hang in the next merge). Here the walk stops only once all `total` pixels are consumed, so
  /// such inputs give the true union or intersection; every other input gives pycocotools' runs.
  @inlinable
  static func _merge(_ a: [UInt32], _ b: [UInt32], intersect: Bool, total: Int) -> [UInt32] {
    var out = [UInt32]()
    out.reserveCapacity(a.count + b.count)
    a.withUnsafeBufferPointer { ra in
      b.withUnsafeBufferPointer { rb in
        var leftA = ra.isEmpty ? 0 : Int(ra[0]), leftB = rb.isEmpty ? 0 : Int(rb[0])
        var nextA = 1, nextB = 1
        var onA = false, onB = false, on = false
        var pending = 0
        var consumed = 0
        while true {
          let step = Swift.min(leftA, leftB)
          pending &+= step
          consumed &+= step
          leftA &-= step
          if leftA == 0 && nextA < ra.count {
            leftA = Int(ra[nextA])
            nextA &+= 1
            onA.toggle()
          }
          leftB &-= step
          if leftB == 0 && nextB < rb.count {
            leftB = Int(rb[nextB])
            nextB &+= 1
            onB.toggle()
          }
          // Both runs empty and nothing left, or both sequences exhausted (the pixel-count check
          // alone would spin on malformed operands; validated ones never get there).
          let done =
            leftA == 0 && leftB == 0
            && (consumed >= total || (nextA >= ra.count && nextB >= rb.count))
          let value = intersect ? (onA && onB) : (onA || onB)
          if value != on || done {
            out.append(UInt32(truncatingIfNeeded: pending))
            pending = 0
          }
          on = value
          if done { break }
        }
      }
    }
    return out
  }
}
