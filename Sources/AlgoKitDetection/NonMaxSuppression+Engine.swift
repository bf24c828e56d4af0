// The greedy NMS engine shared by every hard-suppression variant: candidates in score order, each
// kept unless an already-kept box suppresses it. When the predicate implies an IoU of at least 0.1
// the centre index (NonMaxSuppression+CenterIndex.swift) runs; otherwise a uniform grid of the
// cells each kept box covers finds the kept boxes that can overlap a candidate, so spread-out boxes
// cost near-linear time while the keep set stays exactly the greedy one (a pair with
// IoU > threshold >= 0 always shares a grid cell).

import AlgoKitGeometry

extension NonMaxSuppression {
  /// Validates a threshold: finite and in `range`.
  @inlinable
  public static func _checkParameter<S: BinaryFloatingPoint>(
    _ name: String, _ value: S, in range: ClosedRange<Double> = 0...1
  ) throws(DetectionError) {
    let v = Double(value)
    if !(v >= range.lowerBound && v <= range.upperBound) { throw .invalidParameter(name: name, value: v) }
  }

  /// Validates parallel array lengths.
  @inlinable
  public static func _checkCount(_ name: String, _ actual: Int, expected: Int) throws(DetectionError) {
    if actual != expected { throw .mismatchedCounts(argument: name, expected: expected, actual: actual) }
  }

  /// Greedy suppression over `order` (candidate indices in processing order).
  ///
  /// `suppresses(kept, bounds[kept], candidate, threshold)` decides a pair (the kept box's bounds
  /// come from the grid entry, saving a random load); it must be false whenever the two
  /// boxes' `bounds` share no interior (true for IoU, DIoU and rotated IoU with threshold >= 0).
  /// After each kept box, when `eta < 1` and `threshold > 0.5`, `threshold *= eta` (OpenCV).
  /// With `useGrid == false` (or when the grid would be too large) every kept box is tested.
  /// With `impliedOverlap` (see ``_impliedOverlapBound(threshold:eta:scalar:)``), `suppresses` may be
  /// true only when both exact interval IoUs of the pair exceed it, and the centre index is used.
  ///
  /// - Complexity: O(n·k) worst case (k kept boxes); O(n + n·c) when each box meets O(c) others.
  @inlinable @inline(__always)
  public static func _greedy<S: BinaryFloatingPoint & GeometryScalar, T: BinaryFloatingPoint>(
    order: [Int], bounds: UnsafeBufferPointer<BoundingBox<S>>, maxOutputCount: Int,
    threshold initialThreshold: T, eta: T, useGrid allowGrid: Bool = true, impliedOverlap: Double? = nil,
    suppresses: (_ kept: Int, _ keptBounds: BoundingBox<S>, _ candidate: Int, _ threshold: T) -> Bool
  ) -> [Int] {
    let n = order.count
    var kept: [Int] = []
    if n == 0 || maxOutputCount <= 0 { return kept }
    if allowGrid && n >= 48, let w = impliedOverlap, w > 0 && w < 1,
      let centerIndexed = _greedyCenterIndexed(
        order: order, bounds: bounds, maxOutputCount: maxOutputCount, threshold: initialThreshold, eta: eta,
        impliedOverlap: w, suppresses: suppresses)
    {
      return centerIndexed
    }
    kept.reserveCapacity(Swift.min(n, maxOutputCount))
    var threshold = initialThreshold

    // Grid over the non-empty candidate boxes: cell side about the mean box extent.
    var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
    var extentSum = 0.0, m = 0
    for c in order {
      let b = bounds[c]
      if b.isEmpty { continue }
      let x1 = Double(b.min.x), y1 = Double(b.min.y), x2 = Double(b.max.x), y2 = Double(b.max.y)
      minX = Swift.min(minX, x1); minY = Swift.min(minY, y1)
      maxX = Swift.max(maxX, x2); maxY = Swift.max(maxY, y2)
      extentSum += Swift.max(x2 - x1, y2 - y1)
      m &+= 1
    }
    var gx = 1, gy = 1, inverseCell = 0.0, entries = 0
    var useGrid = allowGrid && n >= 48 && m > 0 && (maxX - minX).isFinite && (maxY - minY).isFinite
    let spanX = Swift.max(maxX - minX, 1e-300), spanY = Swift.max(maxY - minY, 1e-300)
    if useGrid {
      // Cells of half the mean extent: a box covers ~6 cells, and the scan visits few kept boxes
      // that do not overlap the candidate. At most about 4 cells per box overall.
      var cell = Swift.max(extentSum / Double(m) / 2, (spanX * spanY / Double(m)).squareRoot() / 2)
      // Subnormal extents can round `cell` to 0 (and `1 / cell` to infinity): no grid then. For a
      // positive finite cell the loop ends (cell grows geometrically past the span); the cap is a
      // second guard so it can never spin.
      var growth = 0
      if cell > 0 && cell.isFinite {
        while (spanX / cell + 1) * (spanY / cell + 1) > Double(4 &* m &+ 16) && growth < 4096 {
          cell *= 1.5
          growth &+= 1
        }
      }
      inverseCell = 1 / cell
      if !(cell > 0 && cell.isFinite && inverseCell.isFinite && growth < 4096) { useGrid = false }
    }
    if useGrid {
      gx = Int(spanX * inverseCell) + 1
      gy = Int(spanY * inverseCell) + 1
      for c in order {
        let b = bounds[c]
        if b.isEmpty { continue }
        let r = _cellRange(b, minX, minY, inverseCell, gx, gy)
        entries &+= (r.x1 &- r.x0 &+ 1) &* (r.y1 &- r.y0 &+ 1)
      }
      // Boxes much larger than the typical one would fill the grid: fall back to the plain scan.
      if entries > 32 &* m &+ 1024 { useGrid = false }
    }

    if !useGrid {
      for c in order {
        var keep = true
        for k in kept where suppresses(k, bounds[k], c, threshold) { keep = false; break }
        if keep {
          if _keep(c, in: &kept, maxOutputCount: maxOutputCount, threshold: &threshold, eta: eta) { break }
        }
      }
      return kept
    }

    // A kept box is stored in every cell it covers. A pair is tested only in its *owner* cell, the
    // cell holding the top-left corner of the two boxes' overlap, `(max(x0, x0'), max(y0, y0'))`
    // in cell indices, which both boxes cover: each pair is tested once and none is missed. To
    // visit only owner pairs, each cell keeps four slot lists by whether the stored box starts in
    // this cell's column and row, ordered [neither, column only, both, row only]: in the
    // candidate's first cell every list qualifies, in its first column (x == x0) only boxes
    // starting in this row (slots 2..<4), in its first row only boxes starting in this column
    // (1..<3), elsewhere only boxes starting here (2..<3). Slot capacities are counted up front
    // over all candidates (CSR), so every list is contiguous and scanned linearly.
    let slotCount = 4 &* gx &* gy
    let start = UnsafeMutableBufferPointer<Int32>.allocate(capacity: slotCount &+ 1)
    start.initialize(repeating: 0)
    let fill = UnsafeMutableBufferPointer<Int32>.allocate(capacity: slotCount)
    let pool = UnsafeMutableBufferPointer<_GridEntry<S>>.allocate(capacity: Swift.max(entries, 1))
    defer { start.deallocate(); fill.deallocate(); pool.deallocate() }
    @inline(__always) func slot(_ cx: Int, _ cy: Int, _ r: (x0: Int, x1: Int, y0: Int, y1: Int)) -> Int {
      let startsColumn = cx == r.x0, startsRow = cy == r.y0
      let p = startsColumn ? (startsRow ? 2 : 1) : (startsRow ? 3 : 0)
      return (cy &* gx &+ cx) &* 4 &+ p
    }
    for c in order {
      let b = bounds[c]
      if b.isEmpty { continue }
      let r = _cellRange(b, minX, minY, inverseCell, gx, gy)
      for cy in r.y0...r.y1 { for cx in r.x0...r.x1 { start[slot(cx, cy, r) &+ 1] &+= 1 } }
    }
    for i in 0..<slotCount { start[i &+ 1] &+= start[i] }
    for i in 0..<slotCount { fill[i] = start[i] }
    for c in order {
      let b = bounds[c]
      if b.isEmpty {
        // An empty box overlaps nothing: never suppressed, suppresses nothing.
        if _keep(c, in: &kept, maxOutputCount: maxOutputCount, threshold: &threshold, eta: eta) { break }
        continue
      }
      let r = _cellRange(b, minX, minY, inverseCell, gx, gy)
      var keep = true
      scan: for cy in r.y0...r.y1 {
        let row = cy &* gx
        for cx in r.x0...r.x1 {
          let base = (row &+ cx) &* 4
          let lo = cx == r.x0 ? (cy == r.y0 ? 0 : 2) : (cy == r.y0 ? 1 : 2)
          let hi = cx == r.x0 ? 4 : 3
          for p in lo..<hi {
            var e = Int(start[base &+ p])
            let end = Int(fill[base &+ p])
            while e < end {
              let entry = pool[e]
              e &+= 1
              if Swift.min(entry.box.max.x, b.max.x) > Swift.max(entry.box.min.x, b.min.x)
                && Swift.min(entry.box.max.y, b.max.y) > Swift.max(entry.box.min.y, b.min.y)
                && suppresses(Int(entry.index), entry.box, c, threshold)
              {
                keep = false
                break scan
              }
            }
          }
        }
      }
      if keep {
        if _keep(c, in: &kept, maxOutputCount: maxOutputCount, threshold: &threshold, eta: eta) { break }
        let entry = _GridEntry(box: b, index: Int32(truncatingIfNeeded: c))
        for cy in r.y0...r.y1 {
          for cx in r.x0...r.x1 {
            let s = slot(cx, cy, r)
            pool[Int(fill[s])] = entry
            fill[s] &+= 1
          }
        }
      }
    }
    return kept
  }

  /// Appends a kept candidate and applies OpenCV's adaptive threshold (after each kept box, if
  /// `eta < 1` and the threshold is `> 0.5`, it is multiplied by `eta`). True when the output is full.
  @inlinable @inline(__always)
  internal static func _keep<T: BinaryFloatingPoint>(
    _ candidate: Int, in kept: inout [Int], maxOutputCount: Int, threshold: inout T, eta: T
  ) -> Bool {
    kept.append(candidate)
    if kept.count == maxOutputCount { return true }
    if eta < 1 && threshold > 0.5 { threshold *= eta }
    return false
  }

  /// One kept box in one grid cell.
  @usableFromInline
  internal struct _GridEntry<S: BinaryFloatingPoint & GeometryScalar> {
    @usableFromInline var box: BoundingBox<S>
    @usableFromInline var index: Int32

    @inlinable @inline(__always)
    init(box: BoundingBox<S>, index: Int32) {
      self.box = box
      self.index = index
    }
  }

  @inlinable @inline(__always)
  internal static func _cellRange<S: BinaryFloatingPoint & GeometryScalar>(
    _ b: BoundingBox<S>, _ minX: Double, _ minY: Double, _ inverseCell: Double, _ gx: Int, _ gy: Int
  ) -> (x0: Int, x1: Int, y0: Int, y1: Int) {
    let x0 = Swift.min(gx &- 1, Swift.max(0, Int((Double(b.min.x) - minX) * inverseCell)))
    let x1 = Swift.min(gx &- 1, Swift.max(0, Int((Double(b.max.x) - minX) * inverseCell)))
    let y0 = Swift.min(gy &- 1, Swift.max(0, Int((Double(b.min.y) - minY) * inverseCell)))
    let y1 = Swift.min(gy &- 1, Swift.max(0, Int((Double(b.max.y) - minY) * inverseCell)))
    return (x0, x1, y0, y1)
  }
}
