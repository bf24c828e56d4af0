// Polygons and boxes to RLE, pycocotools' `frPyObjects` (C `rleFrPoly`, `rleFrBbox`).
//
// pycocotools rasterizes a polygon by scaling it by 5, rounding the vertices, walking every
// upsampled edge point by point, and keeping a boundary point wherever the walk crosses the
// middle of a pixel column (upsampled x = 5c + 2 -> 5c + 3); the point's row is the upper of the
// two upsampled rows, scaled back, clamped to [0, h] and rounded up. Sorting the column-major
// positions of those points and toggling at each gives the runs. The walk along an edge is
// monotone in x, so instead of visiting every upsampled point this code binary-searches each
// column's crossing: the same points, in O(columns x log(edge length)) rather than O(edge length)
// (pycocotools' walk is linear in the coordinates' magnitude).

extension RunLengthMask {
  /// The mask of one polygon `[x0, y0, x1, y1, ...]` in a `height x width` image, pycocotools'
  /// `mask.frPyObjects([polygon], h, w)[0]` pixel for pixel.
  ///
  ///     let triangle = try RunLengthMask(polygon: [1, 1, 8, 1, 1, 6], height: 10, width: 10)
  ///
  /// Coordinates are pixel units (pixel `(c, r)` covers `[c, c+1) x [r, r+1)`); vertices may lie
  /// outside the image (the part outside is cut off) and edges may cross each other (pycocotools'
  /// even-odd fill).
  ///
  /// - Throws: ``MaskError/invalidSize(height:width:)``,
  ///   ``MaskError/invalidPolygon(index:coordinateCount:)`` (index 0) for fewer than 6 or an odd
  ///   number of coordinates, ``MaskError/polygonCoordinateOutOfRange(index:)`` for a NaN,
  ///   infinite or huge (`|5c| >= 2^31`) coordinate.
  /// - Complexity: O(v + p log p + Σ columns spanned by an edge x log(edge length)) for v
  ///   vertices and p boundary points.
  @inlinable
  public init(polygon: [Double], height: Int, width: Int) throws(MaskError) {
    let area = try Self._pixelCount(height: height, width: width)
    try Self._checkPolygon(polygon, index: 0)
    let runs = polygon.withUnsafeBufferPointer { Self._rasterize($0, height: height, width: width, area: area) }
    self.init(_uncheckedHeight: height, width: width, counts: runs)
  }

  /// The mask of one object given as several polygons (COCO's `segmentation: [[...], [...]]`):
  /// each polygon rasterized as ``init(polygon:height:width:)`` and the results merged by union,
  /// as pycocotools' `COCO.annToRLE` (`merge(frPyObjects(segm, h, w))`).
  ///
  ///     let object = try RunLengthMask(polygons: [[0, 0, 4, 0, 4, 4], [6, 6, 9, 6, 9, 9]], height: 10, width: 10)
  ///
  /// A single polygon gives exactly ``init(polygon:height:width:)``; an empty list gives the
  /// empty `height x width` mask (pycocotools would return a `0 x 0` one).
  ///
  /// - Throws: as ``init(polygon:height:width:)``, with the failing polygon's index.
  /// - Complexity: the polygons' rasterizations plus their merge.
  @inlinable
  public init(polygons: [[Double]], height: Int, width: Int) throws(MaskError) {
    let area = try Self._pixelCount(height: height, width: width)
    for (i, p) in polygons.enumerated() { try Self._checkPolygon(p, index: i) }
    if polygons.isEmpty {
      self.init(_uncheckedHeight: height, width: width, counts: [UInt32(area)])
      return
    }
    var acc = polygons[0].withUnsafeBufferPointer {
      Self._rasterize($0, height: height, width: width, area: area)
    }
    for i in 1..<polygons.count {
      let next = polygons[i].withUnsafeBufferPointer {
        Self._rasterize($0, height: height, width: width, area: area)
      }
      acc = Self._merge(acc, next, intersect: false, total: area)
    }
    self.init(_uncheckedHeight: height, width: width, counts: acc)
  }

  /// The mask of a box `[x, y, width, height]`, pycocotools' `frPyObjects([box], h, w)[0]` (C
  /// `rleFrBbox`: the polygon `(x, y) (x, y+h) (x+w, y+h) (x+w, y)` rasterized as above).
  ///
  ///     try RunLengthMask(box: (2, 1, 3, 2), height: 4, width: 6).area   // 6
  ///
  /// - Throws: ``MaskError/invalidSize(height:width:)``,
  ///   ``MaskError/polygonCoordinateOutOfRange(index:)`` (index 0).
  /// - Complexity: as ``init(polygon:height:width:)``.
  @inlinable
  public init(box: (x: Double, y: Double, width: Double, height: Double), height: Int, width: Int) throws(MaskError) {
    let xe = box.x + box.width, ye = box.y + box.height
    try self.init(polygon: [box.x, box.y, box.x, ye, xe, ye, xe, box.y], height: height, width: width)
  }

  /// Rejects polygons pycocotools cannot rasterize meaningfully (or without undefined behaviour).
  @inlinable
  static func _checkPolygon(_ p: [Double], index: Int) throws(MaskError) {
    guard p.count >= 6, p.count % 2 == 0 else { throw .invalidPolygon(index: index, coordinateCount: p.count) }
    for c in p {
      let scaled = 5 * c + 0.5
      guard scaled.isFinite, scaled > -2_147_483_648.0, scaled < 2_147_483_648.0 else {
        throw .polygonCoordinateOutOfRange(index: index)
      }
    }
  }

  /// pycocotools' polygon rasterization on checked input; returns the runs.
  @inlinable
  static func _rasterize(_ xy: UnsafeBufferPointer<Double>, height h: Int, width w: Int, area: Int) -> [UInt32] {
    // An empty image has one empty run (pycocotools' output there is not a valid RLE).
    if area == 0 { return [0] }
    let k = xy.count / 2
    var positions = [Int]()
    positions.reserveCapacity(2 * k + 8)
    @inline(__always) func vertex(_ j: Int) -> (Int, Int) {
      let i = j == k ? 0 : j
      return (Int(5 * xy[2 * i] + 0.5), Int(5 * xy[2 * i + 1] + 0.5))
    }
    for j in 0..<k {
      var (xs, ys) = vertex(j)
      var (xe, ye) = vertex(j + 1)
      let dx = abs(xe - xs), dy = abs(ys - ye)
      let alongX = dx >= dy
      let flip = (alongX && xs > xe) || (!alongX && ys > ye)
      if flip {
        swap(&xs, &xe)
        swap(&ys, &ye)
      }
      let n = alongX ? dx : dy
      // A zero-length edge (slope 0/0 in pycocotools) has one point, which never crosses a column.
      let slope = n == 0 ? 0 : (alongX ? Double(ye - ys) / Double(dx) : Double(xe - xs) / Double(dy))
      // The d-th point of the edge walked from its original start, as pycocotools emits it.
      @inline(__always) func point(_ d: Int) -> (u: Int, v: Int) {
        let t = flip ? n - d : d
        if alongX { return (t + xs, Int(Double(ys) + slope * Double(t) + 0.5)) }
        return (Int(Double(xs) + slope * Double(t) + 0.5), t + ys)
      }
      let u0 = point(0).u, un = point(n).u
      if u0 == un { continue }
      let increasing = u0 < un
      let uLow = Swift.min(u0, un), uHigh = Swift.max(u0, un)
      // Columns c whose crossing 5c+2 <-> 5c+3 lies on this edge, within the image.
      let cFirst = uLow <= 2 ? 0 : (uLow - 2 + 4) / 5
      let cLast = Swift.min(w - 1, (uHigh - 3) >= 0 ? (uHigh - 3) / 5 : -1)
      if cFirst > cLast { continue }
      for c in cFirst...cLast {
        let target = increasing ? 5 * c + 3 : 5 * c + 2
        // Smallest d with u(d) past the crossing (u moves by at most 1 per step): direct when x
        // is the walk's axis (u = t + xs), else a binary search bracketed by the line's estimate.
        var lo = 1, hi = n
        if alongX {
          lo = flip ? n + xs - target : target - xs
          hi = lo
        } else {
          let estimate = (Double(target - xs) - 0.5) / slope
          let guess = flip ? Double(n) - estimate : estimate
          if guess.isFinite && guess > -1e15 && guess < 1e15 {
            let g = Int(guess)
            let a = Swift.max(1, g - 2), b = Swift.min(n, g + 2)
            @inline(__always) func past(_ d: Int) -> Bool {
              let u = point(d).u
              return increasing ? u >= target : u <= target
            }
            // Keep the bracket only if it provably contains the answer.
            if a <= b && past(b) && (a == 1 || !past(a - 1)) {
              lo = a
              hi = b
            }
          }
        }
        while lo < hi {
          let mid = lo + (hi - lo) / 2
          let u = point(mid).u
          if increasing ? u >= target : u <= target { hi = mid } else { lo = mid + 1 }
        }
        let before = point(lo - 1), after = point(lo)
        var yd = (Double(Swift.min(before.v, after.v)) + 0.5) / 5 - 0.5
        if yd < 0 { yd = 0 } else if yd > Double(h) { yd = Double(h) }
        positions.append(c * h + Int(yd.rounded(.up)))
      }
    }
    positions.append(area)
    positions.sort()
    // Toggle at each boundary position; coinciding positions cancel in pairs.
    var runs = [UInt32]()
    runs.reserveCapacity(positions.count)
    let count = positions.count
    runs.append(UInt32(truncatingIfNeeded: positions[0]))
    var previous = positions[0]
    var j = 1
    while j < count {
      let g = positions[j] - previous
      previous = positions[j]
      j += 1
      if g > 0 {
        runs.append(UInt32(truncatingIfNeeded: g))
      } else if j < count {
        let g2 = positions[j] - previous
        previous = positions[j]
        j += 1
        runs[runs.count - 1] &+= UInt32(truncatingIfNeeded: g2)
      }
    }
    return runs
  }
}
