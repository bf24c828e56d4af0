// Preparing the sweep: the seed triangle, the sweep order (a radix sort of the distances from the
// seed's circumcentre, ties by input index), duplicates merged within runs of equal distance (equal
// points have equal distances), and the distinct points copied into sweep order so the sweep reads
// coordinates nearly sequentially.

extension DelaunayTriangulation {
  /// Triangulates; see ``DelaunayTriangulation``.
  @usableFromInline
  internal static func _triangulate(_ xs: [Double], _ ys: [Double]) -> DelaunayTriangulation {
    let n = xs.count
    if n < 3 { return _degenerate(xs, ys) }
    let x = UnsafeMutablePointer<Double>.allocate(capacity: n)
    let y = UnsafeMutablePointer<Double>.allocate(capacity: n)
    defer { x.deallocate(); y.deallocate() }
    var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
    for i in 0..<n {
      x[i] = xs[i]; y[i] = -ys[i]  // mirrored: see _Sweep
      minX = Swift.min(minX, x[i]); maxX = Swift.max(maxX, x[i])
      minY = Swift.min(minY, y[i]); maxY = Swift.max(maxY, y[i])
    }
    @inline(__always) func orient(_ p: Int, _ q: Int, _ r: Int) -> Int {
      -GeometryPredicates._orientation(x[p], y[p], x[q], y[q], x[r], y[r], tolerance: .exact)
    }
    @inline(__always) func distance(_ i: Int, _ px: Double, _ py: Double) -> Double {
      (x[i] - px) * (x[i] - px) + (y[i] - py) * (y[i] - py)
    }
    // Seed: the point nearest the box centre, its nearest distinct point, then the point making the
    // smallest circumcircle with them (floating point: the seed only steers the sweep).
    let mx = minX / 2 + maxX / 2, my = minY / 2 + maxY / 2
    var i0 = 0, i1 = -1, i2 = -1
    var best = Double.infinity
    for i in 0..<n {
      let d = distance(i, mx, my)
      if d < best { best = d; i0 = i }
    }
    best = Double.infinity
    for i in 0..<n where x[i] != x[i0] || y[i] != y[i0] {
      let d = distance(i, x[i0], y[i0])
      if d < best || i1 == -1 { best = d; i1 = i }
    }
    if i1 == -1 { return _degenerate(xs, ys) }
    best = Double.infinity
    for i in 0..<n where orient(i0, i1, i) != 0 {
      let r = _circumradiusSquared(x[i0], y[i0], x[i1], y[i1], x[i], y[i])
      if r < best || i2 == -1 { best = r.isNaN ? Double.infinity : r; i2 = i }
    }
    if i2 == -1 { return _degenerate(xs, ys) }  // collinear
    if orient(i0, i1, i2) < 0 { swap(&i1, &i2) }
    // Circumcentre of the seed (floating point: it only orders the sweep).
    var cx: Double, cy: Double
    do {
      let dx = x[i1] - x[i0], dy = y[i1] - y[i0], ex = x[i2] - x[i0], ey = y[i2] - y[i0]
      let bl = dx * dx + dy * dy, cl = ex * ex + ey * ey
      let d = 0.5 / (dx * ey - dy * ex)
      cx = x[i0] + (ey * bl - dy * cl) * d
      cy = y[i0] + (dx * cl - ex * bl) * d
      if !cx.isFinite || !cy.isFinite {
        cx = (x[i0] + x[i1] + x[i2]) / 3; cy = (y[i0] + y[i1] + y[i2]) / 3
      }
    }
    // Sweep order: distances as bit patterns (non-negative doubles order as their bits).
    let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * n)
    let ids = UnsafeMutablePointer<Int>.allocate(capacity: 2 * n)
    defer { keys.deallocate(); ids.deallocate() }
    for i in 0..<n {
      keys[i] = distance(i, cx, cy).bitPattern
      ids[i] = i
    }
    _radixSort(keys, ids, count: n, scratchKeys: keys + n, scratchIds: ids + n)
    // Duplicates: equal points have bitwise equal distances, so each group lies in one run of equal
    // keys; within a run (almost always of length 1) sort by (x, y, index), the first is kept.
    var representative = Array(0..<n)
    var order = [Int]()  // input indices of the distinct points, in sweep order
    order.reserveCapacity(n)
    var k = 0
    while k < n {
      var end = k &+ 1
      while end < n && keys[end] == keys[k] { end &+= 1 }
      if end == k &+ 1 {
        order.append(ids[k])
      } else {
        var run = Array(UnsafeBufferPointer(start: ids + k, count: end - k))
        run.sort { a, b in x[a] != x[b] ? x[a] < x[b] : (y[a] != y[b] ? y[a] < y[b] : a < b) }
        for j in 1..<run.count where x[run[j]] == x[run[j - 1]] && y[run[j]] == y[run[j - 1]] {
          representative[run[j]] = representative[run[j - 1]]
        }
        for j in k..<end where representative[ids[j]] == ids[j] { order.append(ids[j]) }
      }
      k = end
    }
    let m = order.count  // < 2^28: the public entry point checks n
    let sxy = UnsafeMutablePointer<Double>.allocate(capacity: 2 * m)
    defer { sxy.deallocate() }
    var p0 = -1, p1 = -1, p2 = -1
    let r0 = representative[i0], r1 = representative[i1], r2 = representative[i2]
    for j in 0..<m {
      let i = order[j]
      sxy[2 &* j] = x[i]; sxy[2 &* j &+ 1] = y[i]
      if i == r0 { p0 = j } else if i == r1 { p1 = j } else if i == r2 { p2 = j }
    }
    var sweep = _Sweep(sxy, count: m, cx: cx, cy: cy)
    defer { sweep.deallocate() }
    sweep.run(p0, p1, p2)
    let edges = sweep.edgeCount
    // Outgoing half-edges are found by sweep index (the sweep's vertices are spatially coherent, so
    // these writes stay in cache), then moved to input indices in one pass.
    let outgoingBySweep = UnsafeMutablePointer<Int32>.allocate(capacity: m)
    defer { outgoingBySweep.deallocate() }
    outgoingBySweep.initialize(repeating: -1, count: m)
    let triangles = order.withUnsafeBufferPointer { o in
      Array(unsafeUninitializedCapacity: edges) { buffer, count in
        for e in 0..<edges {
          let j = Int(sweep.triangles[e])
          buffer[e] = o[j]
          if outgoingBySweep[j] == -1 || sweep.halfedges[e] == -1 { outgoingBySweep[j] = Int32(truncatingIfNeeded: e) }
        }
        count = edges
      }
    }
    var outgoing = Array(repeating: -1, count: n)
    outgoing.withUnsafeMutableBufferPointer { out in
      for j in 0..<m { out[order[j]] = Int(outgoingBySweep[j]) }
    }
    let halfedges = [Int](unsafeUninitializedCapacity: edges) { buffer, count in
      for e in 0..<edges { buffer[e] = Int(sweep.halfedges[e]) }
      count = edges
    }
    return DelaunayTriangulation(
      triangles: triangles, halfedges: halfedges, hull: sweep.hullList().map { order[$0] },
      representative: representative, outgoingHalfedge: outgoing)
  }

  /// Fewer than 3 distinct points, or all collinear: no triangles; `hull` holds the distinct points
  /// in lexicographic order (their order along the line), the first input index of each.
  @usableFromInline
  internal static func _degenerate(_ xs: [Double], _ ys: [Double]) -> DelaunayTriangulation {
    let n = xs.count
    var order = Array(0..<n)
    order.sort { a, b in xs[a] != xs[b] ? xs[a] < xs[b] : (ys[a] != ys[b] ? ys[a] < ys[b] : a < b) }
    var representative = Array(0..<n)
    var unique = [Int]()
    for i in order {
      if let last = unique.last, xs[last] == xs[i], ys[last] == ys[i] {
        representative[i] = last
      } else {
        unique.append(i)
      }
    }
    return DelaunayTriangulation(triangles: [], halfedges: [], hull: unique, representative: representative)
  }

  /// Squared circumradius of a, b, c in floating point (only steers the seed choice).
  @inline(__always) @usableFromInline
  internal static func _circumradiusSquared(
    _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double
  ) -> Double {
    let dx = bx - ax, dy = by - ay, ex = cx - ax, ey = cy - ay
    let bl = dx * dx + dy * dy, cl = ex * ex + ey * ey
    let d = 0.5 / (dx * ey - dy * ex)
    let rx = (ey * bl - dy * cl) * d, ry = (dx * cl - ex * bl) * d
    return rx * rx + ry * ry
  }

  /// Stable LSD radix sort of `keys` carrying `ids` (11-bit digits, passes whose digit is the same
  /// for every key skipped); the result is in `keys`/`ids`.
  @usableFromInline
  internal static func _radixSort(
    _ keys: UnsafeMutablePointer<UInt64>, _ ids: UnsafeMutablePointer<Int>, count n: Int,
    scratchKeys: UnsafeMutablePointer<UInt64>, scratchIds: UnsafeMutablePointer<Int>
  ) {
    let digits = 6, radix = 2048
    let counts = UnsafeMutablePointer<Int>.allocate(capacity: digits * radix)
    defer { counts.deallocate() }
    counts.initialize(repeating: 0, count: digits * radix)
    for i in 0..<n {
      let key = keys[i]
      for d in 0..<digits { counts[d &* radix &+ Int(truncatingIfNeeded: (key >> (11 &* d)) & 2047)] &+= 1 }
    }
    var source = (keys, ids), target = (scratchKeys, scratchIds)
    for d in 0..<digits {
      let count = counts + d &* radix
      if (0..<radix).contains(where: { count[$0] == n }) { continue }  // one bucket: nothing moves
      var sum = 0
      for b in 0..<radix {
        let c = count[b]
        count[b] = sum
        sum &+= c
      }
      let shift = UInt64(11 &* d)
      for i in 0..<n {
        let key = source.0[i]
        let b = Int(truncatingIfNeeded: (key >> shift) & 2047)
        let slot = count[b]
        count[b] = slot &+ 1
        target.0[slot] = key
        target.1[slot] = source.1[i]
      }
      swap(&source, &target)
    }
    if source.0 != keys {
      keys.update(from: source.0, count: n)
      ids.update(from: source.1, count: n)
    }
  }
}
