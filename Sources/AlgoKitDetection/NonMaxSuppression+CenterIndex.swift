// The greedy engine for IoU-like thresholds of at least 0.1, indexed by box centre in size levels.
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
  /// The smallest implied interval IoU for which the centre index runs: below it the window's
  /// side, `(1 - w) / w` times the box side at most, makes the owner-cell grid the better index.
  @inlinable
  internal static var _centerIndexMinimumOverlap: Double { 0.1 }

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
    // The same pass gathers, per binary exponent of the longer side (relative to the first box's,
    // within ±64), the count, width and height sums and extremes that size the levels below.
    typealias SizeClass = (
      count: Int, widthSum: Double, heightSum: Double, maxWidth: Double, maxHeight: Double, minWidth: Double,
      minHeight: Double
    )
    let classes = UnsafeMutablePointer<SizeClass>.allocate(capacity: 128)
    defer { classes.deallocate() }
    classes.initialize(repeating: (0, 0, 0, 0, 0, .infinity, .infinity), count: 128)
    var largest = 0.0, smallestArea = Double.infinity, m = 0
    var lowX = Double.infinity, lowY = Double.infinity, highX = -Double.infinity, highY = -Double.infinity
    var firstExponent = Int.min, lowClass = 128, highClass = -1
    for c in order {
      let b = bounds[c]
      if b.isEmpty { continue }
      let x0 = Double(b.min.x), y0 = Double(b.min.y), x1 = Double(b.max.x), y1 = Double(b.max.y)
      lowX = Swift.min(lowX, x0); highX = Swift.max(highX, x1)
      lowY = Swift.min(lowY, y0); highY = Swift.max(highY, y1)
      largest = Swift.max(largest, Swift.max(Swift.max(-x0, x1), Swift.max(-y0, y1)))
      let width = x1 - x0, height = y1 - y0
      smallestArea = Swift.min(smallestArea, width * height)
      let e = Int(Swift.max(width, height).exponent)
      if firstExponent == Int.min { firstExponent = e }
      let k = e &- firstExponent &+ 64
      if k < 0 || k >= 128 { return nil }  // sizes spanning more than 2^64: the owner-cell grid
      lowClass = Swift.min(lowClass, k); highClass = Swift.max(highClass, k)
      var v = classes[k]
      v.count &+= 1
      v.widthSum += width; v.heightSum += height
      v.maxWidth = Swift.max(v.maxWidth, width); v.maxHeight = Swift.max(v.maxHeight, height)
      v.minWidth = Swift.min(v.minWidth, width); v.minHeight = Swift.min(v.minHeight, height)
      classes[k] = v
      m &+= 1
    }
    // Slots and kept indices are Int32.
    if m == 0 || bounds.count >= Int(Int32.max) { return nil }
    guard (highX - lowX).isFinite, (highY - lowY).isFinite, largest >= 0x1p-100, largest <= 0x1p120,
      smallestArea >= Double(S.leastNormalMagnitude) * 0x1p30
    else { return nil }

    // Size levels: a box's level is the binary exponent of its longer side, in steps of 16 (four
    // exponents, counted from the smallest box's), so boxes within a factor of 16 usually share
    // one. Each level has its own cells, sized to its boxes, so a large box neither widens small
    // boxes' windows nor sits among them. A kept box can suppress a candidate only if their widths
    // (and heights) differ by less than a factor 1 / w (the interval IoU is at most their ratio),
    // so a candidate visits only the levels whose extremes allow that. The centre window in level
    // `L` for a candidate of width `wa`: a suppressing kept interval of width `wb` has
    // `ix > w·ux`, hence centres closer than `q·(wa + wb) / 2` (q = (1 - w) / (1 + w); nested
    // intervals too, as their width ratio exceeds w), with `wb <= maxWidth[L]`, and closer than
    // `(1 - w)·wa / (2w)` whatever `wb`.
    let levelCount = ((highClass &- lowClass) &>> 2) &+ 1
    let classOffset = firstExponent &- 64 &+ lowClass  // the exponent of level 0's smallest class
    @inline(__always) func level(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> Int {
      (Int(Swift.max(x1 - x0, y1 - y0).exponent) &- classOffset) &>> 2
    }
    let q = (1 - w) / (1 + w)
    let reach = _centerReach(impliedOverlap: w)
    // The levels' figures in one raw table. Cells: a level's typical same-level window,
    // `q·(mean + max)` on each side, so a window meets about 2 × 2 cells.
    let levels = UnsafeMutablePointer<
      (
        count: Int, maxWidth: Double, maxHeight: Double, minWidth: Double, minHeight: Double,
        inverseX: Double, inverseY: Double
      )
    >.allocate(capacity: levelCount)
    defer { levels.deallocate() }
    for l in 0..<levelCount {
      var v: SizeClass = (0, 0, 0, 0, 0, .infinity, .infinity)
      for k in (lowClass &+ 4 &* l)..<Swift.min(lowClass &+ 4 &* l &+ 4, highClass &+ 1) {
        let u = classes[k]
        v.count &+= u.count
        v.widthSum += u.widthSum; v.heightSum += u.heightSum
        v.maxWidth = Swift.max(v.maxWidth, u.maxWidth); v.maxHeight = Swift.max(v.maxHeight, u.maxHeight)
        v.minWidth = Swift.min(v.minWidth, u.minWidth); v.minHeight = Swift.min(v.minHeight, u.minHeight)
      }
      let n = Double(Swift.max(v.count, 1))
      let cellX = Swift.max(q * (v.widthSum / n + v.maxWidth), Double.leastNormalMagnitude)
      let cellY = Swift.max(q * (v.heightSum / n + v.maxHeight), Double.leastNormalMagnitude)
      levels.advanced(by: l).initialize(
        to: (v.count, v.maxWidth, v.maxHeight, v.minWidth, v.minHeight, 1 / cellX, 1 / cellY))
      guard levels[l].inverseX.isFinite, levels[l].inverseY.isFinite else { return nil }
    }
    /// Whether level `l` can hold a box suppressing one of this width and height (widened by 2^-20
    /// for the rounding of the widths).
    @inline(__always) func levelCanSuppress(_ l: Int, width: Double, height: Double) -> Bool {
      let v = levels[l]
      return v.count > 0 && v.maxWidth * (1 + 0x1p-20) > w * width && v.minWidth * w < width * (1 + 0x1p-20)
        && v.maxHeight * (1 + 0x1p-20) > w * height && v.minHeight * w < height * (1 + 0x1p-20)
    }
    /// The window's half-sides in level `l` for a candidate `[x0, x1] × [y0, y1]`.
    @inline(__always) func halfWindow(_ l: Int, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double)
      -> (x: Double, y: Double)
    {
      let width = x1 - x0, height = y1 - y0
      let hx = Swift.min(reach * width, q * (width + levels[l].maxWidth) * 0.5 * (1 + 0x1p-20))
      let hy = Swift.min(reach * height, q * (height + levels[l].maxHeight) * 0.5 * (1 + 0x1p-20))
      return (
        hx + _windowSlack(lo: x0, hi: x1, impliedOverlap: w), hy + _windowSlack(lo: y0, hi: y1, impliedOverlap: w)
      )
    }

    // A sample of up to 256 boxes: the median centre (the cells' common origin), the centres'
    // spread (the table size) and the windows' cost.
    var sample: [(x0: Double, y0: Double, x1: Double, y1: Double)] = []
    var centersX: [Double] = [], centersY: [Double] = []
    let stride = Swift.max(1, order.count / 256)
    var i = 0
    while i < order.count {
      let b = bounds[order[i]]
      if !b.isEmpty {
        let x0 = Double(b.min.x), y0 = Double(b.min.y), x1 = Double(b.max.x), y1 = Double(b.max.y)
        sample.append((x0, y0, x1, y1))
        centersX.append((x0 + x1) * 0.5); centersY.append((y0 + y1) * 0.5)
      }
      i &+= stride
    }
    if sample.isEmpty { return nil }
    centersX.sort(); centersY.sort()
    let k = sample.count
    let originX = centersX[k / 2], originY = centersY[k / 2]
    // Boxes whose windows would still meet many cells (sizes varying within a level, elongated
    // boxes of every orientation): the owner-cell grid is faster then.
    var cellsPerWindow = 0.0
    for s in sample {
      for l in 0..<levelCount where levelCanSuppress(l, width: s.x1 - s.x0, height: s.y1 - s.y0) {
        let half = halfWindow(l, s.x0, s.y0, s.x1, s.y1)
        cellsPerWindow += (2 * half.x * levels[l].inverseX + 2) * (2 * half.y * levels[l].inverseY + 2)
      }
    }
    if cellsPerWindow > 64 * Double(k) { return nil }

    // Non-decreasing (so a kept centre inside a window lands in one of the window's cells) and
    // clamped to ±2^52. Truncation rather than floor: the cell around the origin is two wide, but
    // it converts in one instruction where floor is a libm call without SSE4.1.
    @inline(__always) func cellIndex(_ v: Double, _ origin: Double, _ inverse: Double) -> Int {
      let t = (v - origin) * inverse
      return t <= -0x1p52 ? -(1 << 52) : (t >= 0x1p52 ? 1 << 52 : Int(t))
    }
    // About two buckets per occupied cell, estimated per level from the sample's 1st-99th
    // percentile extent of the centres (at most the level's boxes): a table much larger than the
    // cells in use only scatters the scan over memory.
    let trim = k / 100
    let spreadX = centersX[k &- 1 &- trim] - centersX[trim], spreadY = centersY[k &- 1 &- trim] - centersY[trim]
    var occupied = 0.0
    for l in 0..<levelCount where levels[l].count > 0 {
      occupied += Swift.min(
        (spreadX * levels[l].inverseX + 2) * (spreadY * levels[l].inverseY + 2), Double(levels[l].count))
    }
    var bucketBits = 4
    while Double(1 << bucketBits) < 2 * occupied && bucketBits < 40 { bucketBits &+= 1 }
    let bucketCount = 1 << bucketBits
    @inline(__always) func bucket(_ l: Int, _ cx: Int, _ cy: Int) -> Int {
      let h =
        UInt64(bitPattern: Int64(cx)) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(bitPattern: Int64(cy)) &* 0xC2B2_AE3D_27D4_EB4F
        &+ UInt64(truncatingIfNeeded: l) &* 0x1656_67B1_9E37_79F9
      return Int(truncatingIfNeeded: h &>> UInt64(64 &- bucketBits))
    }
    @inline(__always) func bucketOf(_ b: BoundingBox<S>) -> Int {
      let x0 = Double(b.min.x), y0 = Double(b.min.y), x1 = Double(b.max.x), y1 = Double(b.max.y)
      let l = level(x0, y0, x1, y1)
      let cx = (x0 + x1) * 0.5, cy = (y0 + y1) * 0.5
      return bucket(l, cellIndex(cx, originX, levels[l].inverseX), cellIndex(cy, originY, levels[l].inverseY))
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
      var keep = true
      levels: for l in 0..<levelCount where levelCanSuppress(l, width: bx1 - bx0, height: by1 - by0) {
        let half = halfWindow(l, bx0, by0, bx1, by1)
        let inverseX = levels[l].inverseX, inverseY = levels[l].inverseY
        let firstX = cellIndex(cx - half.x, originX, inverseX), lastX = cellIndex(cx + half.x, originX, inverseX)
        let firstY = cellIndex(cy - half.y, originY, inverseY), lastY = cellIndex(cy + half.y, originY, inverseY)
        let columns = lastX &- firstX &+ 1, rows = lastY &- firstY &+ 1
        // (Compared by division: columns · rows can pass 2^63 for a huge candidate.)
        if columns > bucketCount || rows > bucketCount / columns {
          // A window wider than the table: every bucket once (all levels at once), then done.
          for index in 0..<bucketCount where suppressedBy(bucket: index) { keep = false; break }
          break levels
        }
        for y in firstY...lastY {
          for x in firstX...lastX where suppressedBy(bucket: bucket(l, x, y)) { keep = false; break levels }
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
