// The sweep itself, a port of delaunator's construction on unsafe buffers with exact predicates.
// It works on mirrored coordinates (y negated) so that delaunator's clockwise triangles come out
// counterclockwise in the caller's coordinates; orientation and in-circle signs flip together under
// the mirror, so every decision is the same exact decision on the input.

extension DelaunayTriangulation {
  /// The sweep state (internal). Buffers are owned and freed on deinit.
  @usableFromInline
  internal final class _Sweep {
    let n: Int
    let x: UnsafeMutablePointer<Double>, y: UnsafeMutablePointer<Double>
    var triangles: [Int] = []
    var halfedges: [Int] = []
    let hullPrev: UnsafeMutablePointer<Int>, hullNext: UnsafeMutablePointer<Int>
    let hullTri: UnsafeMutablePointer<Int>, hullHash: UnsafeMutablePointer<Int>
    let hashSize: Int
    var hullStart = 0
    var cx = 0.0, cy = 0.0
    var edgeStack: [Int] = []

    @usableFromInline
    init(_ xs: [Double], _ ys: [Double]) {
      n = xs.count
      x = .allocate(capacity: n); y = .allocate(capacity: n)
      for i in 0..<n { x[i] = xs[i]; y[i] = ys[i] }
      hullPrev = .allocate(capacity: n); hullNext = .allocate(capacity: n); hullTri = .allocate(capacity: n)
      hashSize = Swift.max(1, Int(Double(n).squareRoot().rounded(.up)))
      hullHash = .allocate(capacity: hashSize)
      hullHash.initialize(repeating: -1, count: hashSize)
      let maxTriangles = Swift.max(2 * n - 5, 0)
      triangles.reserveCapacity(maxTriangles * 3)
      halfedges.reserveCapacity(maxTriangles * 3)
      edgeStack.reserveCapacity(512)
    }

    deinit {
      x.deallocate(); y.deallocate(); hullPrev.deallocate(); hullNext.deallocate()
      hullTri.deallocate(); hullHash.deallocate()
    }

    /// delaunator's `orient2d(p, q, r)` sign: +1 when p, q, r turn clockwise (in these mirrored
    /// coordinates), exactly.
    @inline(__always)
    func orient(_ p: Int, _ q: Int, _ r: Int) -> Int {
      -GeometryPredicates._orientation(x[p], y[p], x[q], y[q], x[r], y[r], tolerance: .exact)
    }

    @inline(__always)
    func pseudoAngleKey(_ px: Double, _ py: Double) -> Int {
      let dx = px - cx, dy = py - cy
      let s = dx.magnitude + dy.magnitude
      let p = s > 0 ? dx / s : 0
      let a = (dy > 0 ? 3 - p : 1 + p) / 4  // in [0, 1]
      let k = Int(a * Double(hashSize))
      return k >= hashSize ? hashSize - 1 : (k < 0 ? 0 : k)
    }

    @inline(__always)
    func link(_ a: Int, _ b: Int) {
      halfedges[a] = b
      if b != -1 { halfedges[b] = a }
    }

    @inline(__always)
    func addTriangle(_ i0: Int, _ i1: Int, _ i2: Int, _ a: Int, _ b: Int, _ c: Int) -> Int {
      let t = triangles.count
      triangles.append(i0); triangles.append(i1); triangles.append(i2)
      halfedges.append(-1); halfedges.append(-1); halfedges.append(-1)
      link(t, a); link(t + 1, b); link(t + 2, c)
      return t
    }

    /// Squared circumradius of a, b, c in floating point (only steers the seed choice).
    @inline(__always)
    func circumradius(_ a: Int, _ b: Int, _ c: Int) -> Double {
      let dx = x[b] - x[a], dy = y[b] - y[a], ex = x[c] - x[a], ey = y[c] - y[a]
      let bl = dx * dx + dy * dy, cl = ex * ex + ey * ey
      let d = 0.5 / (dx * ey - dy * ex)
      let rx = (ey * bl - dy * cl) * d, ry = (dx * cl - ex * bl) * d
      return rx * rx + ry * ry
    }

    /// Builds the triangulation; false when all points are collinear.
    @usableFromInline
    func run() -> Bool {
      var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
      for i in 0..<n {
        minX = Swift.min(minX, x[i]); maxX = Swift.max(maxX, x[i])
        minY = Swift.min(minY, y[i]); maxY = Swift.max(maxY, y[i])
      }
      let mx = minX / 2 + maxX / 2, my = minY / 2 + maxY / 2
      var i0 = 0, i1 = -1, i2 = -1
      var best = Double.infinity
      for i in 0..<n {
        let d = (x[i] - mx) * (x[i] - mx) + (y[i] - my) * (y[i] - my)
        if d < best { best = d; i0 = i }
      }
      best = Double.infinity
      for i in 0..<n where i != i0 {
        let d = (x[i] - x[i0]) * (x[i] - x[i0]) + (y[i] - y[i0]) * (y[i] - y[i0])
        if d < best || i1 == -1 { best = d; i1 = i }
      }
      best = Double.infinity
      for i in 0..<n where i != i0 && i != i1 {
        if orient(i0, i1, i) == 0 { continue }
        let r = circumradius(i0, i1, i)
        if r < best || i2 == -1 { best = r.isNaN ? Double.infinity : r; i2 = i }
      }
      if i2 == -1 { return false }
      if orient(i0, i1, i2) < 0 { swap(&i1, &i2) }
      // Circumcentre of the seed (floating point: it only orders the sweep).
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
      let ids = UnsafeMutablePointer<Int>.allocate(capacity: n)
      let dists = UnsafeMutablePointer<Double>.allocate(capacity: n)
      defer { ids.deallocate(); dists.deallocate() }
      for i in 0..<n {
        ids[i] = i
        let dx = x[i] - cx, dy = y[i] - cy
        dists[i] = dx * dx + dy * dy
      }
      var idBuffer = UnsafeMutableBufferPointer(start: ids, count: n)
      idBuffer.sort { dists[$0] < dists[$1] || (dists[$0] == dists[$1] && $0 < $1) }

      hullStart = i0
      hullNext[i0] = i1; hullPrev[i2] = i1
      hullNext[i1] = i2; hullPrev[i0] = i2
      hullNext[i2] = i0; hullPrev[i1] = i0
      hullTri[i0] = 0; hullTri[i1] = 1; hullTri[i2] = 2
      hullHash[pseudoAngleKey(x[i0], y[i0])] = i0
      hullHash[pseudoAngleKey(x[i1], y[i1])] = i1
      hullHash[pseudoAngleKey(x[i2], y[i2])] = i2
      _ = addTriangle(i0, i1, i2, -1, -1, -1)
      var interior = [Int]()

      for k in 0..<n {
        let i = ids[k]
        if i == i0 || i == i1 || i == i2 { continue }
        let px = x[i], py = y[i]
        // A visible hull edge, starting from the hash.
        var start = 0
        let key = pseudoAngleKey(px, py)
        for j in 0..<hashSize {
          start = hullHash[(key + j) % hashSize]
          if start != -1 && start != hullNext[start] { break }
        }
        start = hullPrev[start]
        var e = start
        var q = hullNext[e]
        while orient(i, e, q) >= 0 {
          e = q
          if e == start { e = -1; break }
          q = hullNext[e]
        }
        if e == -1 {
          interior.append(i)  // inside (or on the boundary of) the current hull: rounding of the order
          continue
        }
        var t = addTriangle(e, i, hullNext[e], -1, -1, hullTri[e])
        hullTri[i] = legalize(t + 2)
        hullTri[e] = t
        var nn = hullNext[e]
        q = hullNext[nn]
        while orient(i, nn, q) < 0 {
          t = addTriangle(nn, i, q, hullTri[i], -1, hullTri[nn])
          hullTri[i] = legalize(t + 2)
          hullNext[nn] = nn
          nn = q
          q = hullNext[nn]
        }
        if e == start {
          q = hullPrev[e]
          while orient(i, q, e) < 0 {
            t = addTriangle(q, i, e, -1, hullTri[e], hullTri[q])
            _ = legalize(t + 2)
            hullTri[q] = t
            hullNext[e] = e
            e = q
            q = hullPrev[e]
          }
        }
        hullStart = e; hullPrev[i] = e
        hullNext[e] = i; hullPrev[nn] = i
        hullNext[i] = nn
        hullHash[pseudoAngleKey(px, py)] = i
        hullHash[pseudoAngleKey(x[e], y[e])] = e
      }
      for i in interior { insertInside(i) }
      return true
    }

    /// Lawson flips from half-edge `a` (whose triangle's third vertex is the new point), with an
    /// unbounded stack; returns delaunator's `ar`.
    @inline(__always)
    func legalize(_ start: Int) -> Int {
      var a = start
      var ar = 0
      edgeStack.removeAll(keepingCapacity: true)
      while true {
        let b = halfedges[a]
        let a0 = a - a % 3
        ar = a0 + (a + 2) % 3
        if b == -1 {
          guard let next = edgeStack.popLast() else { break }
          a = next
          continue
        }
        let b0 = b - b % 3
        let al = a0 + (a + 1) % 3
        let bl = b0 + (b + 2) % 3
        let p0 = triangles[ar], pr = triangles[a], pl = triangles[al], p1 = triangles[bl]
        // delaunator's inCircle: the standard determinant of (p0, pr, pl; p1) < 0 (they are clockwise
        // here), strictly, so cocircular quadruples are never flipped.
        let illegal = GeometryPredicates._inCircle(x[p0], y[p0], x[pr], y[pr], x[pl], y[pl], x[p1], y[p1]) < 0
        if illegal {
          triangles[a] = p1
          triangles[b] = p0
          let hbl = halfedges[bl]
          if hbl == -1 {
            var e = hullStart
            repeat {
              if hullTri[e] == bl { hullTri[e] = a; break }
              e = hullPrev[e]
            } while e != hullStart
          }
          link(a, hbl)
          link(b, halfedges[ar])
          link(ar, bl)
          edgeStack.append(b0 + (b + 1) % 3)
        } else {
          guard let next = edgeStack.popLast() else { break }
          a = next
        }
      }
      return ar
    }

    /// Inserts point `i` lying inside (or on an edge of) the triangulation: split its triangle (or the
    /// two triangles at its edge) and legalize. O(triangles) search; rare.
    func insertInside(_ i: Int) {
      let count = triangles.count
      var t = 0
      while t < count {
        let v0 = triangles[t], v1 = triangles[t + 1], v2 = triangles[t + 2]
        // Triangles are clockwise here: inside means orient >= 0 against each edge.
        let o0 = orient(v0, v1, i), o1 = orient(v1, v2, i), o2 = orient(v2, v0, i)
        if o0 >= 0 && o1 >= 0 && o2 >= 0 {
          if o0 == 0 { splitEdge(t, i); return }
          if o1 == 0 { splitEdge(t + 1, i); return }
          if o2 == 0 { splitEdge(t + 2, i); return }
          let h0 = halfedges[t], h1 = halfedges[t + 1], h2 = halfedges[t + 2]
          // t becomes (v0, v1, i); new (v1, v2, i) and (v2, v0, i).
          triangles[t + 2] = i
          let ta = addTriangle(v1, v2, i, h1, -1, t + 1)
          let tb = addTriangle(v2, v0, i, h2, t + 2, ta + 1)
          link(t, h0)
          fixHullTri(t + 1, ta); fixHullTri(t + 2, tb)
          _ = legalize(t); _ = legalize(ta); _ = legalize(tb)
          return
        }
        t += 3
      }
    }

    /// After half-edge `old` moved to `new` (a hull edge), point the hull at it.
    @inline(__always)
    func fixHullTri(_ old: Int, _ new: Int) {
      guard halfedges[new] == -1 else { return }
      var e = hullStart
      repeat {
        if hullTri[e] == old { hullTri[e] = new; return }
        e = hullNext[e]
      } while e != hullStart
    }

    /// Splits half-edge `e` (from `triangles[e]` to the next vertex) at point `i` on it.
    func splitEdge(_ e: Int, _ i: Int) {
      let t = e - e % 3
      let a = triangles[e], b = triangles[t + (e + 1) % 3], c = triangles[t + (e + 2) % 3]
      let eBC = t + (e + 1) % 3, eCA = t + (e + 2) % 3
      let hBC = halfedges[eBC], hCA = halfedges[eCA]
      let twin = halfedges[e]
      // Triangle (a, b, c) -> (a, i, c) in slot t and new (i, b, c).
      let keepCA = hCA
      triangles[t] = a; triangles[t + 1] = i; triangles[t + 2] = c
      let tn = addTriangle(i, b, c, -1, hBC, -1)
      // slot t edges: a->i (t), i->c (t+1), c->a (t+2).
      halfedges[t] = -1; halfedges[t + 1] = -1; halfedges[t + 2] = -1
      link(t + 2, keepCA)
      link(t + 1, tn + 2)  // i->c with c->i
      if hBC == -1 { replaceHullTri(eBC, tn + 1) }
      if hCA == -1 { replaceHullTri(eCA, t + 2) }
      if twin == -1 {
        // a->b was a hull edge: i joins the hull between a and b.
        link(t, -1); link(tn, -1)
        hullNext[a] = i; hullPrev[i] = a; hullNext[i] = b; hullPrev[b] = i
        hullTri[a] = t; hullTri[i] = tn
        _ = legalize(t + 2); _ = legalize(tn + 1)
        return
      }
      // The twin triangle (b, a, d): -> (b, i, d) in its slot and new (i, a, d).
      let s = twin - twin % 3
      let d = triangles[s + (twin + 2) % 3]
      let sAD = s + (twin + 1) % 3, sDB = s + (twin + 2) % 3
      let hAD = halfedges[sAD], hDB = halfedges[sDB]
      triangles[s] = b; triangles[s + 1] = i; triangles[s + 2] = d
      let sn = addTriangle(i, a, d, -1, hAD, -1)
      halfedges[s] = -1; halfedges[s + 1] = -1; halfedges[s + 2] = -1
      link(s + 2, hDB)
      link(s + 1, sn + 2)
      if hAD == -1 { replaceHullTri(sAD, sn + 1) }
      if hDB == -1 { replaceHullTri(sDB, s + 2) }
      // a->i (t) twins i->a (sn); i->b (tn) twins b->i (s).
      link(t, sn)
      link(tn, s)
      _ = legalize(t + 2); _ = legalize(tn + 1); _ = legalize(s + 2); _ = legalize(sn + 1)
    }

    @inline(__always)
    func replaceHullTri(_ old: Int, _ new: Int) {
      var e = hullStart
      repeat {
        if hullTri[e] == old { hullTri[e] = new; return }
        e = hullNext[e]
      } while e != hullStart
    }

    /// The hull from `hullStart` along `hullNext`.
    @usableFromInline
    func hullList() -> [Int] {
      var out = [Int]()
      var e = hullStart
      repeat { out.append(e); e = hullNext[e] } while e != hullStart && out.count <= n
      return out
    }
  }
}
