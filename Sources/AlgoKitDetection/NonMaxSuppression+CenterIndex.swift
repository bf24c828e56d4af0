// The greedy engine for IoU-like thresholds of at least 0.3, indexed by box centre.
//
// Why a second index: when a kept box can suppress a candidate only with IoU > w, each box needs
// one entry (its centre) instead of one per covered cell, and a candidate needs to look only at
// centres within a window about its own size. For exact reals:
//   IoU(a, b) <= IoU of the x-intervals (the y-overlap is at most either height), so IoU > w gives
//   ix > w·ux, with ix, ux the x-intervals' overlap and union. Then ux - ix = |Δx0| + |Δx1| <
//   (1 - w)·ux and ux < ix / w <= width(a) / w, so the centres differ by
//   |Δcx| <= (|Δx0| + |Δx1|) / 2 < (1 - w)·width(a) / (2w); the same holds for y.
// Kept boxes go into a grid by centre; a candidate scans the kept boxes of the cells its window
// meets, four at a time through a Float32 form of `ix > w·ux` and `iy > w·uy` relaxed to cover its
// rounding, which almost every non-suppressing neighbour fails, and only then the caller's exact
// predicate. The keep set is exactly the greedy one; a mistuned bound would lose suppressions, so
// tests check each bound directly on the pairs that make it tight, and end to end on pairs a few
// ulps either side of the threshold.

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
    if lowest < _centerIndexMinimumOverlap { return nil }
    return lowest * (1 - 64 * Double(S.ulpOfOne)) - 0x1p-30
  }

  /// How far, in candidate sides, a suppressing kept box's centre can be: `(1 - w) / (2w)`, widened
  /// by 2^-20 for the rounding of `reach * side`.
  @inlinable @inline(__always)
  internal static func _centerReach(impliedOverlap w: Double) -> Double {
    (1 - w) / (2 * w) * (1 + 0x1p-20)
  }

  /// The right-hand side of the Float32 interval test without its `q·(kept side)` term:
  /// `q·side + margin` for a candidate interval `[lo, hi]`. A kept interval passing the exact test
  /// lies within `[hi - side / w, lo + side / w]` (its union with the candidate is shorter than
  /// `side / w`), so every value the test rounds is at most `L = max(|lo|, |hi|) + side / w`; the
  /// rounding is under 32·2^-24·L, and the margin is 2^-16·L (at least 2^-120, which covers Float's
  /// subnormal spacing).
  @inlinable @inline(__always)
  internal static func _prefilterBound(lo: Double, hi: Double, q: Double, impliedOverlap w: Double) -> Float {
    let side = hi - lo
    let magnitude = Swift.max(-lo, hi, lo, -hi) + side / w
    return Float(q * side + Swift.max(magnitude * 0x1p-16, 0x1p-120))
  }

  /// The Float32 interval test on four kept intervals `[a0, a1]` against the candidate's `[b0, b1]`:
  /// `|a0 - b0| + |a1 - b1| < q·(a1 - a0) + bound` (see ``_prefilterBound(lo:hi:q:impliedOverlap:)``).
  /// Unfilled slots (`[+inf, -inf]`) fail it.
  @inlinable @inline(__always)
  internal static func _intervalPrefilter(
    _ a0: SIMD4<Float>, _ a1: SIMD4<Float>, _ b0: SIMD4<Float>, _ b1: SIMD4<Float>, q: SIMD4<Float>, bound: SIMD4<Float>
  ) -> SIMDMask<SIMD4<Int32>> {
    _distanceSum(a0 - b0, a1 - b1) .< q * (a1 - a0) + bound
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
    // Guards over every considered box: finite extent, magnitudes inside the Float32 prefilter's
    // range, areas clear of `S`'s subnormal range (where IoU in `S` is no longer within ~20 ulps).
    var largest = 0.0, smallestArea = Double.infinity, m = 0
    var lowX = Double.infinity, lowY = Double.infinity, highX = -Double.infinity, highY = -Double.infinity
    for c in order {
      let b = bounds[c]
      if b.isEmpty { continue }
      let x0 = Double(b.min.x), y0 = Double(b.min.y), x1 = Double(b.max.x), y1 = Double(b.max.y)
      lowX = Swift.min(lowX, x0); highX = Swift.max(highX, x1)
      lowY = Swift.min(lowY, y0); highY = Swift.max(highY, y1)
      largest = Swift.max(largest, Swift.max(Swift.max(-x0, x1), Swift.max(-y0, y1)))
      smallestArea = Swift.min(smallestArea, (x1 - x0) * (y1 - y0))
      m &+= 1
    }
    // Slots and kept indices are Int32.
    if m == 0 || bounds.count >= Int(Int32.max) { return nil }
    guard (highX - lowX).isFinite, (highY - lowY).isFinite, largest >= 0x1p-100, largest <= 0x1p120,
      smallestArea >= Double(S.leastNormalMagnitude) * 0x1p30
    else { return nil }

    // Grid extent and cell size from a sample of up to 256 boxes: the 1st to 99th percentile of
    // the centres and the median sides, so a few far-away or huge boxes cannot stretch the grid
    // over empty space. Centres outside the extent fall into the border cells (`column`/`row`
    // clamp monotonically, so the window search stays exact).
    var centersX: [Double] = [], centersY: [Double] = [], widths: [Double] = [], heights: [Double] = []
    let stride = Swift.max(1, order.count / 256)
    var i = 0
    while i < order.count {
      let b = bounds[order[i]]
      if !b.isEmpty {
        let x0 = Double(b.min.x), y0 = Double(b.min.y), x1 = Double(b.max.x), y1 = Double(b.max.y)
        centersX.append((x0 + x1) * 0.5); centersY.append((y0 + y1) * 0.5)
        widths.append(x1 - x0); heights.append(y1 - y0)
      }
      i &+= stride
    }
    if centersX.isEmpty { return nil }
    centersX.sort(); centersY.sort(); widths.sort(); heights.sort()
    let k = centersX.count, trim = k / 100
    let minX = centersX[trim], minY = centersY[trim]
    let spanX = centersX[k &- 1 &- trim] - minX, spanY = centersY[k &- 1 &- trim] - minY

    // Window half-sides are `reach * side + slack`; the factor in `reach` and the slack (16 ulps of
    // the largest coordinate) cover the rounding of the centres, of `reach * side` and of `c ± half`.
    let reach = _centerReach(impliedOverlap: w)
    let slack = largest * 0x1p-48
    // Cells: the median window on each side, so a window meets about 2 × 2 cells (smaller cells
    // measured no faster: more loops, fewer slots); grown until there are at most about 4 cells
    // per box.
    var cellX = 2 * reach * widths[k / 2]
    var cellY = 2 * reach * heights[k / 2]
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
    // Slots past a cell's fill are read only in masked lanes; they hold [+inf, -inf], which fails
    // the test anyway, so no read sees uninitialized memory.
    x0s.initialize(repeating: .infinity, count: m &+ 3); x1s.initialize(repeating: -.infinity, count: m &+ 3)
    y0s.initialize(repeating: .infinity, count: m &+ 3); y1s.initialize(repeating: -.infinity, count: m &+ 3)
    for c in order where !bounds[c].isEmpty { start[cellOf(bounds[c]) &+ 1] &+= 1 }
    for i in 0..<cellCount { start[i &+ 1] &+= start[i] }
    for i in 0..<cellCount { fill[i] = start[i] }

    // The interval test `ix > w·ux` is `D < q·(wa + wb)` with D = |Δx0| + |Δx1| (= ux - ix),
    // wa + wb = ux + ix and q = (1 - w) / (1 + w). In Float32 it is relaxed by a margin scaled to
    // the candidate (``_prefilterBound``), so it never rejects a pair the exact test could accept.
    let q = (1 - w) / (1 + w)
    let vq = SIMD4(repeating: Float(q))

    var kept: [Int] = []
    kept.reserveCapacity(Swift.min(order.count, maxOutputCount))
    var threshold = initialThreshold
    for c in order {
      let b = bounds[c]
      if b.isEmpty {
        // An empty box overlaps nothing: never suppressed, suppresses nothing.
        if _keep(c, in: &kept, maxOutputCount: maxOutputCount, threshold: &threshold, eta: eta) { break }
        continue
      }
      let bx0 = Double(b.min.x), by0 = Double(b.min.y), bx1 = Double(b.max.x), by1 = Double(b.max.y)
      let cx = (bx0 + bx1) * 0.5, cy = (by0 + by1) * 0.5
      let halfX = reach * (bx1 - bx0) + slack, halfY = reach * (by1 - by0) + slack
      let firstColumn = column(cx - halfX), lastColumn = column(cx + halfX)
      let vx0 = SIMD4(repeating: Float(bx0)), vx1 = SIMD4(repeating: Float(bx1))
      let vy0 = SIMD4(repeating: Float(by0)), vy1 = SIMD4(repeating: Float(by1))
      let vcx = SIMD4(repeating: _prefilterBound(lo: bx0, hi: bx1, q: q, impliedOverlap: w))
      let vcy = SIMD4(repeating: _prefilterBound(lo: by0, hi: by1, q: q, impliedOverlap: w))
      var keep = true
      // Only the filled part of each cell: scanning the slots reserved for candidates not kept
      // (yet) would make a pile of boxes on one spot quadratic.
      scan: for r in row(cy - halfY)...row(cy + halfY) {
        let base = r &* gx
        for cell in (base &+ firstColumn)...(base &+ lastColumn) {
          var j = Int(start[cell])
          let end = Int(fill[cell])
          while j < end {
            let a0 = UnsafeRawPointer(x0s + j).loadUnaligned(as: SIMD4<Float>.self)
            let a1 = UnsafeRawPointer(x1s + j).loadUnaligned(as: SIMD4<Float>.self)
            let a2 = UnsafeRawPointer(y0s + j).loadUnaligned(as: SIMD4<Float>.self)
            let a3 = UnsafeRawPointer(y1s + j).loadUnaligned(as: SIMD4<Float>.self)
            let pass = _intervalPrefilter(a0, a1, vx0, vx1, q: vq, bound: vcx)
              .& _intervalPrefilter(a2, a3, vy0, vy1, q: vq, bound: vcy)
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
      }
      if keep {
        if _keep(c, in: &kept, maxOutputCount: maxOutputCount, threshold: &threshold, eta: eta) { break }
        let cell = cellOf(b)
        let s = Int(fill[cell])
        fill[cell] &+= 1
        x0s[s] = Float(bx0); x1s[s] = Float(bx1); y0s[s] = Float(by0); y1s[s] = Float(by1)
        keptBoxes[s] = b
        owners[s] = Int32(truncatingIfNeeded: c)
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
