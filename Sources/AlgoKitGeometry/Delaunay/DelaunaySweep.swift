// The sweep itself, delaunator's construction on raw buffers with exact predicates. The points come
// distinct and already in sweep order (by distance from the seed's circumcentre: see
// DelaunaySweep+Order.swift), so coordinates and new triangles are touched in nearly sequential
// order. It works on mirrored coordinates (y negated) so that delaunator's clockwise triangles come
// out counterclockwise in the caller's coordinates; orientation and in-circle signs flip together
// under the mirror, so every decision is the same exact decision on the input.

extension DelaunayTriangulation {
  /// The sweep state (internal): a struct of raw buffers, so no access is checked at run time.
  /// `deallocate()` frees what it allocated; the coordinates belong to the caller.
  @usableFromInline
  internal struct _Sweep {
    let n: Int
    /// Point `i` is `(xy[2i], xy[2i + 1])`: both coordinates in one cache line.
    let xy: UnsafePointer<Double>
    let triangles: UnsafeMutablePointer<Int32>, halfedges: UnsafeMutablePointer<Int32>
    var edgeCount = 0
    let hullPrev: UnsafeMutablePointer<Int>, hullNext: UnsafeMutablePointer<Int>
    let hullTri: UnsafeMutablePointer<Int>, hullHash: UnsafeMutablePointer<Int>
    let hashSize: Int
    var hullStart = 0
    let cx: Double, cy: Double
    var stack: UnsafeMutablePointer<Int>
    var stackCapacity = 256, stackCount = 0

    /// Points `0..<n` at `xy` (distinct, mirrored, in sweep order around `(cx, cy)`); `n` below
    /// 2^28, so half-edge indices fit in `Int32`.
    init(_ xy: UnsafePointer<Double>, count n: Int, cx: Double, cy: Double) {
      self.n = n
      self.xy = xy
      self.cx = cx
      self.cy = cy
      let maxEdges = 3 * Swift.max(2 * n - 5, 1)
      triangles = .allocate(capacity: maxEdges)
      halfedges = .allocate(capacity: maxEdges)
      hullPrev = .allocate(capacity: n)
      hullNext = .allocate(capacity: n)
      hullTri = .allocate(capacity: n)
      hashSize = Swift.max(1, Int(Double(n).squareRoot().rounded(.up)))
      hullHash = .allocate(capacity: hashSize)
      hullHash.initialize(repeating: -1, count: hashSize)
      stack = .allocate(capacity: stackCapacity)
    }

    func deallocate() {
      triangles.deallocate(); halfedges.deallocate(); hullPrev.deallocate(); hullNext.deallocate()
      hullTri.deallocate(); hullHash.deallocate(); stack.deallocate()
    }

    /// delaunator's `orient2d(p, q, r)` sign: +1 when p, q, r turn clockwise (in these mirrored
    /// coordinates), exactly.
    @inline(__always) func x(_ i: Int) -> Double { xy[2 &* i] }
    @inline(__always) func y(_ i: Int) -> Double { xy[2 &* i &+ 1] }

    @inline(__always)
    func orient(_ p: Int, _ q: Int, _ r: Int) -> Int {
      -GeometryPredicates._orientation(x(p), y(p), x(q), y(q), x(r), y(r), tolerance: .exact)
    }

    @inline(__always) func tri(_ e: Int) -> Int { Int(triangles[e]) }
    @inline(__always) func opposite(_ e: Int) -> Int { Int(halfedges[e]) }

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
      halfedges[a] = Int32(truncatingIfNeeded: b)
      if b != -1 { halfedges[b] = Int32(truncatingIfNeeded: a) }
    }

    @inline(__always)
    func setTriangle(_ t: Int, _ i0: Int, _ i1: Int, _ i2: Int) {
      triangles[t] = Int32(truncatingIfNeeded: i0)
      triangles[t &+ 1] = Int32(truncatingIfNeeded: i1)
      triangles[t &+ 2] = Int32(truncatingIfNeeded: i2)
    }

    @inline(__always)
    mutating func addTriangle(_ i0: Int, _ i1: Int, _ i2: Int, _ a: Int, _ b: Int, _ c: Int) -> Int {
      let t = edgeCount
      edgeCount = t &+ 3
      setTriangle(t, i0, i1, i2)
      link(t, a); link(t &+ 1, b); link(t &+ 2, c)
      return t
    }

    @inline(__always)
    mutating func push(_ e: Int) {
      if stackCount == stackCapacity {
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: 2 * stackCapacity)
        grown.moveInitialize(from: stack, count: stackCount)
        stack.deallocate()
        stack = grown
        stackCapacity *= 2
      }
      stack[stackCount] = e
      stackCount &+= 1
    }

    /// Builds the triangulation from the seed triangle `i0, i1, i2` (clockwise here).
    mutating func run(_ i0: Int, _ i1: Int, _ i2: Int) {
      hullStart = i0
      hullNext[i0] = i1; hullPrev[i2] = i1
      hullNext[i1] = i2; hullPrev[i0] = i2
      hullNext[i2] = i0; hullPrev[i1] = i0
      hullTri[i0] = 0; hullTri[i1] = 1; hullTri[i2] = 2
      hullHash[pseudoAngleKey(x(i0), y(i0))] = i0
      hullHash[pseudoAngleKey(x(i1), y(i1))] = i1
      hullHash[pseudoAngleKey(x(i2), y(i2))] = i2
      _ = addTriangle(i0, i1, i2, -1, -1, -1)
      var interior = [Int]()

      for i in 0..<n {
        if i == i0 || i == i1 || i == i2 { continue }
        let px = x(i), py = y(i)
        // A visible hull edge, starting from the hash.
        var start = 0
        let key = pseudoAngleKey(px, py)
        var slot = key
        for _ in 0..<hashSize {
          start = hullHash[slot]
          if start != -1 && start != hullNext[start] { break }
          slot &+= 1
          if slot == hashSize { slot = 0 }
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
        hullTri[i] = legalize(t &+ 2)
        hullTri[e] = t
        var nn = hullNext[e]
        q = hullNext[nn]
        while orient(i, nn, q) < 0 {
          t = addTriangle(nn, i, q, hullTri[i], -1, hullTri[nn])
          hullTri[i] = legalize(t &+ 2)
          hullNext[nn] = nn
          nn = q
          q = hullNext[nn]
        }
        if e == start {
          q = hullPrev[e]
          while orient(i, q, e) < 0 {
            t = addTriangle(q, i, e, -1, hullTri[e], hullTri[q])
            _ = legalize(t &+ 2)
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
        hullHash[pseudoAngleKey(x(e), y(e))] = e
      }
      for i in interior { insertInside(i) }
    }

    /// Lawson flips from half-edge `a` (whose triangle's third vertex is the new point), with an
    /// unbounded stack; returns delaunator's `ar`.
    @inline(__always)
    mutating func legalize(_ start: Int) -> Int {
      var a = start
      var ar = 0
      stackCount = 0
      while true {
        let b = opposite(a)
        let a0 = a &- a % 3
        ar = a0 &+ (a &+ 2) % 3
        if b == -1 {
          if stackCount == 0 { break }
          stackCount &-= 1
          a = stack[stackCount]
          continue
        }
        let b0 = b &- b % 3
        let al = a0 &+ (a &+ 1) % 3
        let bl = b0 &+ (b &+ 2) % 3
        let p0 = tri(ar), pr = tri(a), pl = tri(al), p1 = tri(bl)
        // delaunator's inCircle: the standard determinant of (p0, pr, pl; p1) < 0 (they are clockwise
        // here), strictly, so cocircular quadruples are never flipped.
        let illegal = GeometryPredicates._inCircle(x(p0), y(p0), x(pr), y(pr), x(pl), y(pl), x(p1), y(p1)) < 0
        if illegal {
          triangles[a] = Int32(truncatingIfNeeded: p1)
          triangles[b] = Int32(truncatingIfNeeded: p0)
          let hbl = opposite(bl)
          if hbl == -1 {
            var e = hullStart
            repeat {
              if hullTri[e] == bl { hullTri[e] = a; break }
              e = hullPrev[e]
            } while e != hullStart
          }
          link(a, hbl)
          link(b, opposite(ar))
          link(ar, bl)
          push(b0 &+ (b &+ 1) % 3)
        } else {
          if stackCount == 0 { break }
          stackCount &-= 1
          a = stack[stackCount]
        }
      }
      return ar
    }

    /// Inserts point `i` lying inside (or on an edge of) the triangulation: split its triangle (or the
    /// two triangles at its edge) and legalize. O(triangles) search; rare.
    mutating func insertInside(_ i: Int) {
      let count = edgeCount
      var t = 0
      while t < count {
        let v0 = tri(t), v1 = tri(t + 1), v2 = tri(t + 2)
        // Triangles are clockwise here: inside means orient >= 0 against each edge.
        let o0 = orient(v0, v1, i), o1 = orient(v1, v2, i), o2 = orient(v2, v0, i)
        if o0 >= 0 && o1 >= 0 && o2 >= 0 {
          if o0 == 0 { splitEdge(t, i); return }
          if o1 == 0 { splitEdge(t + 1, i); return }
          if o2 == 0 { splitEdge(t + 2, i); return }
          let h0 = opposite(t), h1 = opposite(t + 1), h2 = opposite(t + 2)
          // t becomes (v0, v1, i); new (v1, v2, i) and (v2, v0, i).
          triangles[t + 2] = Int32(truncatingIfNeeded: i)
          let ta = addTriangle(v1, v2, i, h1, -1, t + 1)
          let tb = addTriangle(v2, v0, i, h2, t + 2, ta + 1)
          link(t, h0)
          replaceHullTri(t + 1, ta, ifHullEdge: true); replaceHullTri(t + 2, tb, ifHullEdge: true)
          _ = legalize(t); _ = legalize(ta); _ = legalize(tb)
          return
        }
        t += 3
      }
    }

    /// Splits half-edge `e` (from `triangles[e]` to the next vertex) at point `i` on it.
    mutating func splitEdge(_ e: Int, _ i: Int) {
      let t = e - e % 3
      let a = tri(e), b = tri(t + (e + 1) % 3), c = tri(t + (e + 2) % 3)
      let eBC = t + (e + 1) % 3, eCA = t + (e + 2) % 3
      let hBC = opposite(eBC), hCA = opposite(eCA)
      let twin = opposite(e)
      // Triangle (a, b, c) -> (a, i, c) in slot t and new (i, b, c).
      setTriangle(t, a, i, c)
      let tn = addTriangle(i, b, c, -1, hBC, -1)
      // slot t edges: a->i (t), i->c (t+1), c->a (t+2).
      halfedges[t] = -1; halfedges[t + 1] = -1; halfedges[t + 2] = -1
      link(t + 2, hCA)
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
      let d = tri(s + (twin + 2) % 3)
      let sAD = s + (twin + 1) % 3, sDB = s + (twin + 2) % 3
      let hAD = opposite(sAD), hDB = opposite(sDB)
      setTriangle(s, b, i, d)
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

    /// After hull half-edge `old` moved to `new`, point the hull at it (only when `new` is on the
    /// hull, if `ifHullEdge`).
    mutating func replaceHullTri(_ old: Int, _ new: Int, ifHullEdge: Bool = false) {
      if ifHullEdge && opposite(new) != -1 { return }
      var e = hullStart
      repeat {
        if hullTri[e] == old { hullTri[e] = new; return }
        e = hullNext[e]
      } while e != hullStart
    }

    /// The hull from `hullStart` along `hullNext`.
    func hullList() -> [Int] {
      var out = [Int]()
      var e = hullStart
      repeat { out.append(e); e = hullNext[e] } while e != hullStart && out.count <= n
      return out
    }
  }
}
