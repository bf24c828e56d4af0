// The greedy engine for IoU-like thresholds of at least 0.3, indexed by box centre.
//
// Why a second index: when a kept box can suppress a candidate only with IoU > w, each box needs
// one entry (its centre) instead of one per covered cell, and a candidate needs to look only at
// centres within a window about its own size. For exact reals:
//   IoU(a, b) <= IoU of the x-intervals (the y-overlap is at most either height), so IoU > w gives
//   ix > w·ux, with ix, ux the x-intervals' overlap and union. Then ux - ix = |Δx0| + |Δx1| <
//   (1 - w)·ux and ux < ix / w <= width(a) / w, so the centres differ by
//   |Δcx| <= (|Δx0| + |Δx1|) / 2 < (1 - w)·width(a) / (2w); the same holds for y.
// Kept boxes go into a grid by centre; a candidate scans the grid rows its window meets, each row
// as one contiguous run of slots (unfilled slots hold a sentinel that fails every test), four at a
// time through a Float32 form of `ix > w·ux` and `iy > w·uy` relaxed to cover its rounding, which
// almost every non-suppressing neighbour fails, and only then the caller's exact predicate. The
// keep set is exactly the greedy one; a mistuned bound would lose suppressions, so tests put pairs
// a few ulps either side of the threshold in the shapes where each bound is tight.

import AlgoKitGeometry

extension NonMaxSuppression {
  /// The smallest implied interval IoU for which the centre index beats the owner-cell grid: the
  /// window's side grows as `(1 - w) / w` times the box side.
  @inlinable
  internal static var _centerIndexMinimumOverlap: Double { 0.3 }

  /// A lower bound `w` such that `iou > threshold` computed in `S` implies an exact IoU above `w`
  /// for every threshold the run can reach: the smallest reachable threshold less a margin of
  /// `64·ulpOfOne` (relative; IoU in `S` is within about 20 ulps while areas are normal numbers)
  /// and `2^-30` (absolute). Nil when `S` does not convert to `Double` exactly or the bound is too
  /// small for the centre index to pay off.
  @inlinable
  internal static func _impliedOverlapBound<S: BinaryFloatingPoint>(
    threshold: S, eta: S, scalar: S.Type
  ) -> Double? {
    guard S.significandBitCount <= Double.significandBitCount,
      S.exponentBitCount <= Double.exponentBitCount
    else { return nil }
    var lowest = Double(threshold)
    // OpenCV's adaptive threshold: multiplied by eta while above 0.5, so it ends at >= 0.5·eta.
    if eta < 1 && lowest > 0.5 { lowest = Swift.min(lowest, 0.5 * Double(eta)) }
    let w = lowest * (1 - 64 * Double(S.ulpOfOne)) - 0x1p-30
    return w >= _centerIndexMinimumOverlap ? w : nil
  }

  /// Greedy suppression with the centre index (see the file comment). The contract is
  /// ``_greedy(order:bounds:maxOutputCount:threshold:eta:useGrid:impliedOverlap:suppresses:)``'s, plus:
  /// `suppresses` may be true only when both exact interval IoUs of the two boxes exceed
  /// `impliedOverlap`, which must be in `(0, 1)`. Returns nil when the boxes' extent is not finite
  /// in `Double` or an area is near `S`'s subnormal range (the caller falls back to the owner-cell
  /// grid).
  ///
  /// - Complexity: O(n + g) setup (g grid cells, at most about 4n), then per candidate the slots
  ///   of the grid rows its window meets: about `density · (window + cell)` area, 10^4 random
  ///   boxes at IoU 0.5: ~50 slots. Worst case O(n·k). O(n) memory.
  @inlinable @inline(__always)
  internal static func _greedyCenterIndexed<S: BinaryFloatingPoint & GeometryScalar, T: BinaryFloatingPoint>(
    order: [Int], bounds: UnsafeBufferPointer<BoundingBox<S>>, maxOutputCount: Int,
    threshold initialThreshold: T, eta: T, impliedOverlap w: Double,
    suppresses: (_ kept: Int, _ keptBounds: BoundingBox<S>, _ candidate: Int, _ threshold: T) -> Bool
  ) -> [Int]? {
    // Extent of the centres, mean box sides and the largest coordinate magnitude, in Double.
    var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
    var widthSum = 0.0, heightSum = 0.0, largest = 0.0, smallestArea = Double.infinity, m = 0
    for c in order {
      let b = bounds[c]
      if b.isEmpty { continue }
      let x0 = Double(b.min.x), y0 = Double(b.min.y), x1 = Double(b.max.x), y1 = Double(b.max.y)
      let cx = (x0 + x1) * 0.5, cy = (y0 + y1) * 0.5
      minX = Swift.min(minX, cx); maxX = Swift.max(maxX, cx)
      minY = Swift.min(minY, cy); maxY = Swift.max(maxY, cy)
      widthSum += x1 - x0
      heightSum += y1 - y0
      largest = Swift.max(largest, Swift.max(Swift.max(-x0, x1), Swift.max(-y0, y1)))
      smallestArea = Swift.min(smallestArea, (x1 - x0) * (y1 - y0))
      m &+= 1
    }
    if m == 0 || m >= Int(Int32.max) { return nil }
    let spanX = maxX - minX, spanY = maxY - minY
    // The Float32 prefilter needs coordinates well inside Float's range (see `margin` below).
    guard spanX.isFinite, spanY.isFinite, widthSum.isFinite, heightSum.isFinite,
      largest >= 0x1p-100, largest <= 0x1p120
    else { return nil }
    // IoU in `S` is within ~20 ulps only while areas stay clear of `S`'s subnormal range.
    guard smallestArea >= Double(S.leastNormalMagnitude) * 0x1p30 else { return nil }

    // Window half-sides are `reach * side + slack`; the factor 1 + 2^-20 and the slack (32 ulps of
    // the largest coordinate) cover the rounding of the centres, of `reach * side` and of `c ± half`.
    let reach = (1 - w) / (2 * w) * (1 + 0x1p-20)
    let slack = largest * 0x1p-48
    // Cells: a quarter of the mean window wide, half of it high, so a window meets ~3 rows whose
    // runs overshoot it by under a cell; grown until there are at most about 4 cells per box.
    var cellX = 2 * reach * widthSum / Double(m) / 4
    var cellY = 2 * reach * heightSum / Double(m) / 2
    let floorSide = Swift.max(Swift.max(spanX, spanY) * 0x1p-40, Double.leastNormalMagnitude)
    cellX = Swift.max(cellX, floorSide)
    cellY = Swift.max(cellY, floorSide)
    var growth = 0
    while (spanX / cellX + 1) * (spanY / cellY + 1) > Double(4 &* m &+ 16) && growth < 4096 {
      cellX *= 1.5
      cellY *= 1.5
      growth &+= 1
    }
    let inverseX = 1 / cellX, inverseY = 1 / cellY
    guard growth < 4096, inverseX.isFinite, inverseY.isFinite else { return nil }
    let gx = Int(spanX * inverseX) &+ 1, gy = Int(spanY * inverseY) &+ 1

    @inline(__always) func column(_ x: Double) -> Int {
      let v = (x - minX) * inverseX
      return v <= 0 ? 0 : (v >= Double(gx &- 1) ? gx &- 1 : Int(v))
    }
    @inline(__always) func row(_ y: Double) -> Int {
      let v = (y - minY) * inverseY
      return v <= 0 ? 0 : (v >= Double(gy &- 1) ? gy &- 1 : Int(v))
    }
    @inline(__always) func cellOf(_ b: BoundingBox<S>) -> Int {
      let cx = (Double(b.min.x) + Double(b.max.x)) * 0.5, cy = (Double(b.min.y) + Double(b.max.y)) * 0.5
      return row(cy) &* gx &+ column(cx)
    }

    // Slots per cell for every candidate that could be kept (CSR). Kept boxes go to `keptBoxes`
    // (read only by the exact test) and, as Float32, to the filter pools `x0s`..`y1s`, which have
    // three slots of padding so a run can be read four slots at a time.
    let cellCount = gx &* gy
    let start = UnsafeMutableBufferPointer<Int32>.allocate(capacity: cellCount &+ 1)
    start.initialize(repeating: 0)
    let fill = UnsafeMutableBufferPointer<Int32>.allocate(capacity: cellCount)
    let keptBoxes = UnsafeMutableBufferPointer<BoundingBox<S>>.allocate(capacity: m)
    let owners = UnsafeMutableBufferPointer<Int32>.allocate(capacity: m)
    let x0s = UnsafeMutablePointer<Float>.allocate(capacity: m &+ 3)
    let x1s = UnsafeMutablePointer<Float>.allocate(capacity: m &+ 3)
    let y0s = UnsafeMutablePointer<Float>.allocate(capacity: m &+ 3)
    let y1s = UnsafeMutablePointer<Float>.allocate(capacity: m &+ 3)
    defer {
      start.deallocate(); fill.deallocate(); keptBoxes.deallocate(); owners.deallocate()
      x0s.deallocate(); x1s.deallocate(); y0s.deallocate(); y1s.deallocate()
    }
    // An unfilled slot holds the interval [+inf, -inf]: D = +inf and S = -inf fail every test.
    x0s.initialize(repeating: .infinity, count: m &+ 3); x1s.initialize(repeating: -.infinity, count: m &+ 3)
    y0s.initialize(repeating: .infinity, count: m &+ 3); y1s.initialize(repeating: -.infinity, count: m &+ 3)
    for c in order where !bounds[c].isEmpty { start[cellOf(bounds[c]) &+ 1] &+= 1 }
    for i in 0..<cellCount { start[i &+ 1] &+= start[i] }
    for i in 0..<cellCount { fill[i] = start[i] }

    // The interval test `ix > w·ux` is `D < q·(wa + wb)` with D = |Δx0| + |Δx1| (= ux - ix),
    // wa + wb = ux + ix and q = (1 - w) / (1 + w). In Float32 it is relaxed by `margin`, which
    // covers the rounding of coordinates up to `largest` and of the arithmetic (about 32 ulps of
    // `largest`; the margin is 256), so it never rejects a pair the exact test could accept.
    let q = Float((1 - w) / (1 + w))
    let margin = largest * 0x1p-16
    let vq = SIMD4(repeating: q)

    var kept: [Int] = []
    kept.reserveCapacity(Swift.min(order.count, maxOutputCount))
    var threshold = initialThreshold
    for c in order {
      let b = bounds[c]
      if b.isEmpty {
        // An empty box overlaps nothing: never suppressed, suppresses nothing.
        kept.append(c)
        if kept.count == maxOutputCount { break }
        if eta < 1 && threshold > 0.5 { threshold *= eta }
        continue
      }
      let bx0 = Double(b.min.x), by0 = Double(b.min.y), bx1 = Double(b.max.x), by1 = Double(b.max.y)
      let cx = (bx0 + bx1) * 0.5, cy = (by0 + by1) * 0.5
      let halfX = reach * (bx1 - bx0) + slack, halfY = reach * (by1 - by0) + slack
      let firstColumn = column(cx - halfX), lastColumn = column(cx + halfX)
      let vx0 = SIMD4(repeating: Float(bx0)), vx1 = SIMD4(repeating: Float(bx1))
      let vy0 = SIMD4(repeating: Float(by0)), vy1 = SIMD4(repeating: Float(by1))
      let vcx = SIMD4(repeating: Float(Double(q) * (bx1 - bx0) + margin))
      let vcy = SIMD4(repeating: Float(Double(q) * (by1 - by0) + margin))
      var keep = true
      scan: for r in row(cy - halfY)...row(cy + halfY) {
        let base = r &* gx
        let end = Int(start[base &+ lastColumn &+ 1])
        var j = Int(start[base &+ firstColumn])
        while j < end {
          let a0 = UnsafeRawPointer(x0s + j).loadUnaligned(as: SIMD4<Float>.self)
          let a1 = UnsafeRawPointer(x1s + j).loadUnaligned(as: SIMD4<Float>.self)
          let a2 = UnsafeRawPointer(y0s + j).loadUnaligned(as: SIMD4<Float>.self)
          let a3 = UnsafeRawPointer(y1s + j).loadUnaligned(as: SIMD4<Float>.self)
          let pass = _distanceSum(a0 - vx0, a1 - vx1) .< vq * (a1 - a0) + vcx
            .& _distanceSum(a2 - vy0, a3 - vy1) .< vq * (a3 - a2) + vcy
          if any(pass) {
            for lane in 0..<Swift.min(4, end &- j) where pass[lane] {
              let s = j &+ lane
              if suppresses(Int(owners[s]), keptBoxes[s], c, threshold) {
                keep = false
                break scan
              }
            }
          }
          j &+= 4
        }
      }
      if keep {
        kept.append(c)
        if kept.count == maxOutputCount { break }
        let cell = cellOf(b)
        let s = Int(fill[cell])
        fill[cell] &+= 1
        x0s[s] = Float(bx0); x1s[s] = Float(bx1); y0s[s] = Float(by0); y1s[s] = Float(by1)
        keptBoxes[s] = b
        owners[s] = Int32(truncatingIfNeeded: c)
        if eta < 1 && threshold > 0.5 { threshold *= eta }
      }
    }
    return kept
  }

  /// `|a| + |b|` lane by lane.
  @inlinable @inline(__always)
  internal static func _distanceSum(_ a: SIMD4<Float>, _ b: SIMD4<Float>) -> SIMD4<Float> {
    // Clearing the sign bits: one AND per vector where `replacing(with:where:)` takes four.
    let magnitude = SIMD4<UInt32>(repeating: 0x7FFF_FFFF)
    return unsafeBitCast(unsafeBitCast(a, to: SIMD4<UInt32>.self) & magnitude, to: SIMD4<Float>.self)
      + unsafeBitCast(unsafeBitCast(b, to: SIMD4<UInt32>.self) & magnitude, to: SIMD4<Float>.self)
  }
}
