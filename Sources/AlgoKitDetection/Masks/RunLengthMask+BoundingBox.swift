// pycocotools' `toBbox` (C `rleToBbox`): the mask's box [x, y, w, h] straight from the runs.

extension RunLengthMask {
  /// The tight box `[x, y, width, height]` around the set pixels, in pixel units (a single pixel
  /// at column 3, row 5 gives `(3, 5, 1, 1)`): pycocotools' `mask.toBbox` (2.0.7 and later),
  /// value for value.
  ///
  ///     try RunLengthMask(height: 3, width: 3, counts: [4, 2, 3]).boundingBox
  ///     // (x: 1, y: 1, width: 1, height: 2)
  ///
  /// The box comes from the set runs' ends: a set run that wraps from one column into the next
  /// spans every row. As in pycocotools, a mask with fewer than two runs gives `(0, 0, 0, 0)`,
  /// while one with two or more runs but no set pixel gives `(width, height, 1 - width,
  /// 1 - height)` computed in 32-bit unsigned arithmetic (pycocotools' empty-box artefact, e.g.
  /// `(3, 3, 4294967294, 4294967294)` for `3 x 3`), kept so results compare equal.
  ///
  /// - Complexity: O(`counts.count`).
  @inlinable
  public var boundingBox: (x: Double, y: Double, width: Double, height: Double) {
    let pairs = counts.count & ~1
    if pairs == 0 { return (0, 0, 0, 0) }
    let h = height
    return counts.withUnsafeBufferPointer { runs in
      var xMin = width, yMin = h, xMax = 0, yMax = 0
      var position = 0
      var j = 0
      while j < pairs {
        position &+= Int(runs[j])
        let length = Int(runs[j + 1])
        let start = position
        position &+= length
        j &+= 2
        if length == 0 { continue }
        let xStart = start / h, xEnd = (position - 1) / h
        xMin = Swift.min(xMin, xStart)
        xMax = Swift.max(xMax, xEnd)
        if xStart < xEnd {
          yMin = 0
          yMax = h - 1
        } else {
          yMin = Swift.min(yMin, start - xStart * h)
          yMax = Swift.max(yMax, position - 1 - xEnd * h)
        }
      }
      @inline(__always) func span(_ lo: Int, _ hi: Int) -> Double {
        Double(UInt32(truncatingIfNeeded: hi &- lo &+ 1))
      }
      return (Double(xMin), Double(yMin), span(xMin, xMax), span(yMin, yMax))
    }
  }
}
