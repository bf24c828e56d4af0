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

  /// The absolute part of the window's half-side for a candidate interval `[lo, hi]`: 16 ulps of
  /// `L = max(|lo|, |hi|) + side / w`, the largest magnitude of any interval that can suppress it
  /// (see ``_prefilterBound(lo:hi:q:impliedOverlap:)``), enough for the rounding of both centres
  /// and of `centre ± half`; at least 2^-1060 for subnormal centres.
  @inlinable @inline(__always)
  internal static func _windowSlack(lo: Double, hi: Double, impliedOverlap w: Double) -> Double {
    Swift.max((Swift.max(-lo, hi, lo, -hi) + (hi - lo) / w) * 0x1p-48, 0x1p-1060)
  }

  /// The right-hand side of the Float32 interval test without its `q·(kept side)` term:
  /// `q·side + margin` for a candidate interval `[lo, hi]`. A kept interval passing the exact test
  /// lies within `[hi - side / w, lo + side / w]` (its union with the candidate is shorter than
  /// `side / w`), so every value the test rounds is at most `L = max(|lo|, |hi|) + side / w`; the
  /// rounding is under 15·2^-24·L (8 on the left, 7 on the right), and the margin is 2^-19·L = 32
  /// of those units (at least 2^-120, which covers Float's subnormal spacing). A wider margin only
  /// lets more neighbours through to the exact test.
  @inlinable @inline(__always)
  internal static func _prefilterBound(lo: Double, hi: Double, q: Double, impliedOverlap w: Double) -> Float {
    let side = hi - lo
    let magnitude = Swift.max(-lo, hi, lo, -hi) + side / w
    return Float(q * side + Swift.max(magnitude * 0x1p-19, 0x1p-120))
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
  /// `impliedOverlap`, which must be in `(0, 1)`. Returns nil (the caller falls back to the
  /// owner-cell grid) when the boxes' extent is not finite in `Double`, coordinates leave
  /// [2^-100, 2^120] in magnitude, an area is near `S`'s subnormal range, or box sizes vary so
  /// much that a typical window would meet more than 64 cells.
  ///
  /// - Complexity: O(n) setup (a table of at most about 4n buckets), then per candidate the kept boxes in
  ///   the cells its window meets (at most all buckets once): 10^4 random boxes at IoU 0.5, about
  ///   25 kept boxes read and 1.2 exact tests. Worst case O(n·(k + b)), b buckets. O(n) memory.
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

    // Cell size from a sample of up to 256 boxes: the median window on each side, so a typical
    // window meets about 2 × 2 cells (smaller cells measured no faster: more loops, fewer slots).
    // Cells are keyed by their unbounded integer coordinates and hashed into a power-of-two table,
    // so far-away or huge boxes stretch nothing and never pile into shared border cells; a bucket
    // shared with other cells only adds boxes the prefilter rejects.
    var widths: [Double] = [], heights: [Double] = [], centersX: [Double] = [], centersY: [Double] = []
    let stride = Swift.max(1, order.count / 256)
    var i = 0
    while i < order.count {
      let b = bounds[order[i]]
      if !b.isEmpty {
        let x0 = Double(b.min.x), y0 = Double(b.min.y), x1 = Double(b.max.x), y1 = Double(b.max.y)
        widths.append(x1 - x0); heights.append(y1 - y0)
        centersX.append((x0 + x1) * 0.5); centersY.append((y0 + y1) * 0.5)
      }
      i &+= stride
    }
    if widths.isEmpty { return nil }
    let reach = _centerReach(impliedOverlap: w)
    let sampleWidths = widths, sampleHeights = heights
    widths.sort(); heights.sort(); centersX.sort(); centersY.sort()
    let k = widths.count
    let cellX = Swift.max(2 * reach * widths[k / 2], Double.leastNormalMagnitude)
    let cellY = Swift.max(2 * reach * heights[k / 2], Double.leastNormalMagnitude)
    let inverseX = 1 / cellX, inverseY = 1 / cellY
    let originX = centersX[k / 2], originY = centersY[k / 2]
    guard inverseX.isFinite, inverseY.isFinite else { return nil }
    // Boxes of very different sizes make big boxes' windows cover many small cells; the owner-cell
    // grid (big boxes stored in many cells instead) is faster then.
    var cellsPerWindow = 0.0
    for j in 0..<k {
      cellsPerWindow += (2 * reach * sampleWidths[j] * inverseX + 2) * (2 * reach * sampleHeights[j] * inverseY + 2)
    }
    if cellsPerWindow > 64 * Double(k) { return nil }

    // Non-decreasing (so a kept centre inside a window lands in one of the window's cells) and
    // clamped to ±2^52. Truncation rather than floor: the cell around the origin is two wide, but
    // it converts in one instruction where floor is a libm call without SSE4.1.
    @inline(__always) func cellIndex(_ v: Double, _ origin: Double, _ inverse: Double) -> Int {
      let t = (v - origin) * inverse
      return t <= -0x1p52 ? -(1 << 52) : (t >= 0x1p52 ? 1 << 52 : Int(t))
    }
    // About two buckets per occupied cell, estimated from the sample's 1st-99th percentile extent
    // (at most 2m): a table much larger than the cells in use only scatters the scan over memory.
    let trim = k / 100
    let spanCellsX = (centersX[k &- 1 &- trim] - centersX[trim]) * inverseX + 2
    let spanCellsY = (centersY[k &- 1 &- trim] - centersY[trim]) * inverseY + 2
    let occupied = Swift.min(spanCellsX * spanCellsY, Double(m))
    var bucketBits = 4
    while Double(1 << bucketBits) < 2 * occupied && bucketBits < 40 { bucketBits &+= 1 }
    let bucketCount = 1 << bucketBits
    @inline(__always) func bucket(_ cx: Int, _ cy: Int) -> Int {
      let h =
        UInt64(bitPattern: Int64(cx)) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(bitPattern: Int64(cy)) &* 0xC2B2_AE3D_27D4_EB4F
      return Int(truncatingIfNeeded: h &>> UInt64(64 &- bucketBits))
    }
    @inline(__always) func bucketOf(_ b: BoundingBox<S>) -> Int {
      let cx = (Double(b.min.x) + Double(b.max.x)) * 0.5, cy = (Double(b.min.y) + Double(b.max.y)) * 0.5
      return bucket(cellIndex(cx, originX, inverseX), cellIndex(cy, originY, inverseY))
    }

    // Slots per bucket for every candidate that could be kept (CSR). Kept boxes go to `keptBoxes`
    // (read only by the exact test) and, as Float32, to the filter pools `x0s`..`y1s`, which have
    // three slots of padding so a bucket can be read four slots at a time.
    let start = UnsafeMutableBufferPointer<Int32>.allocate(capacity: bucketCount &+ 1)
    start.initialize(repeating: 0)
    let fill = UnsafeMutableBufferPointer<Int32>.allocate(capacity: bucketCount)
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
    // Slots past a bucket's fill are read only in masked lanes; they hold [+inf, -inf], which
    // fails the test anyway, so no read sees uninitialized memory.
    x0s.initialize(repeating: .infinity, count: m &+ 3); x1s.initialize(repeating: -.infinity, count: m &+ 3)
    y0s.initialize(repeating: .infinity, count: m &+ 3); y1s.initialize(repeating: -.infinity, count: m &+ 3)
    for c in order where !bounds[c].isEmpty { start[bucketOf(bounds[c]) &+ 1] &+= 1 }
    for i in 0..<bucketCount { start[i &+ 1] &+= start[i] }
    for i in 0..<bucketCount { fill[i] = start[i] }

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
      let halfX = reach * (bx1 - bx0) + _windowSlack(lo: bx0, hi: bx1, impliedOverlap: w)
      let halfY = reach * (by1 - by0) + _windowSlack(lo: by0, hi: by1, impliedOverlap: w)
      let vx0 = SIMD4(repeating: Float(bx0)), vx1 = SIMD4(repeating: Float(bx1))
      let vy0 = SIMD4(repeating: Float(by0)), vy1 = SIMD4(repeating: Float(by1))
      let vcx = SIMD4(repeating: _prefilterBound(lo: bx0, hi: bx1, q: q, impliedOverlap: w))
      let vcy = SIMD4(repeating: _prefilterBound(lo: by0, hi: by1, q: q, impliedOverlap: w))
      // Only the filled part of a bucket: scanning the slots reserved for candidates not kept
      // (yet) would make a pile of boxes on one spot quadratic.
      @inline(__always) func suppressedBy(bucket index: Int) -> Bool {
        var j = Int(start[index])
        let end = Int(fill[index])
        while j < end {
          let a0 = UnsafeRawPointer(x0s + j).loadUnaligned(as: SIMD4<Float>.self)
          let a1 = UnsafeRawPointer(x1s + j).loadUnaligned(as: SIMD4<Float>.self)
          let a2 = UnsafeRawPointer(y0s + j).loadUnaligned(as: SIMD4<Float>.self)
          let a3 = UnsafeRawPointer(y1s + j).loadUnaligned(as: SIMD4<Float>.self)
          let pass =
            _intervalPrefilter(a0, a1, vx0, vx1, q: vq, bound: vcx)
            .& _intervalPrefilter(a2, a3, vy0, vy1, q: vq, bound: vcy)
          if any(pass) {
            for lane in 0..<Swift.min(4, end &- j) where pass[lane] {
              let s = j &+ lane
              if suppresses(Int(owners[s]), keptBoxes[s], c, threshold) { return true }
            }
          }
          j &+= 4
        }
        return false
      }
      let firstX = cellIndex(cx - halfX, originX, inverseX), lastX = cellIndex(cx + halfX, originX, inverseX)
      let firstY = cellIndex(cy - halfY, originY, inverseY), lastY = cellIndex(cy + halfY, originY, inverseY)
      let columns = lastX &- firstX &+ 1, rows = lastY &- firstY &+ 1
      var keep = true
      // (Compared by division: columns · rows can pass 2^63 for a huge candidate.)
      if columns > bucketCount || rows > bucketCount / columns {
        // A window wider than the table: every bucket once.
        for index in 0..<bucketCount where suppressedBy(bucket: index) { keep = false; break }
      } else {
        scan: for y in firstY...lastY {
          for x in firstX...lastX where suppressedBy(bucket: bucket(x, y)) { keep = false; break scan }
        }
      }
      if keep {
        if _keep(c, in: &kept, maxOutputCount: maxOutputCount, threshold: &threshold, eta: eta) { break }
        let slotBucket = bucketOf(b)
        let s = Int(fill[slotBucket])
        fill[slotBucket] &+= 1
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
