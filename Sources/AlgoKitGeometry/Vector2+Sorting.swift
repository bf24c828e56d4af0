// Lexicographic sorting of points by LSD radix sort on order-preserving 64-bit keys of x, then
// insertion sort of equal-x runs by y. Several times faster than a comparison sort for the
// convex hull's 10^6-point inputs.

extension Vector2 {
  /// Sorts `p` lexicographically (by `x`, then `y`). Coordinates must not be NaN.
  ///
  /// - Complexity: O(n) passes (at most 8 byte-digits, skipping digits all keys share) plus the
  ///   equal-`x` runs sorted by `y` (insertion sort up to 32 elements, else a comparison sort: O(n log
  ///   r) for runs of length r); O(n) extra memory.
  @inlinable
  public static func _sortLexicographically(_ p: UnsafeMutableBufferPointer<Vector2>) {
    _sortLexicographically(p) { $0 }
  }

  /// Sorts elements lexicographically by the point `point(element)` (see the overload above).
  @inlinable
  public static func _sortLexicographically<Element>(
    _ p: UnsafeMutableBufferPointer<Element>, by point: (Element) -> Vector2
  ) {
    let n = p.count
    if n < 512 {
      var q = p
      q.sort { lexicographicallyPrecedes(point($0), point($1)) }
      return
    }
    let counts = UnsafeMutablePointer<Int>.allocate(capacity: 8 * 256)
    defer { counts.deallocate() }
    counts.initialize(repeating: 0, count: 8 * 256)
    for i in 0..<n {
      var k = point(p[i]).x._radixKey
      for d in 0..<8 {
        counts[d &* 256 &+ Int(k & 255)] &+= 1
        k &>>= 8
      }
    }
    let scratch = UnsafeMutableBufferPointer<Element>.allocate(capacity: n)
    defer { scratch.deallocate() }
    var source = p.baseAddress!, target = scratch.baseAddress!
    var inScratch = false
    let firstKey = point(p[0]).x._radixKey
    for d in 0..<8 {
      let c = counts + d &* 256
      let shift = UInt64(8 &* d)
      if c[Int((firstKey &>> shift) & 255)] == n { continue }  // every key shares this digit
      var sum = 0
      for b in 0..<256 {
        let t = c[b]
        c[b] = sum
        sum &+= t
      }
      for i in 0..<n {
        let v = source[i]
        let b = Int((point(v).x._radixKey &>> shift) & 255)
        target[c[b]] = v
        c[b] &+= 1
      }
      swap(&source, &target)
      inScratch.toggle()
    }
    if inScratch { p.baseAddress!.update(from: scratch.baseAddress!, count: n) }
    // Equal x: order by y. Runs are short for real data (insertion sort); a long run (many points
    // on one vertical line) is sorted by comparisons, so it costs O(r log r), not O(r²).
    var i = 0
    while i < n {
      let x = point(p[i]).x
      var j = i &+ 1
      while j < n && point(p[j]).x == x { j &+= 1 }
      if j &- i > 32 {
        var run = UnsafeMutableBufferPointer(rebasing: p[i..<j])
        run.sort { point($0).y < point($1).y }
      } else if j &- i > 1 {
        for k in (i &+ 1)..<j {
          let e = p[k], y = point(e).y
          var t = k
          while t > i && y < point(p[t &- 1]).y {
            p[t] = p[t &- 1]
            t &-= 1
          }
          p[t] = e
        }
      }
      i = j
    }
  }
}
