// The candidate order shared by the NMS family: descending score, ties by ascending index. Large
// inputs use a stable LSD radix sort on order-preserving 64-bit keys (no comparison closure);
// the result is the same as the comparison sort's.

import AlgoKitGeometry

extension NonMaxSuppression {
  /// Indices whose score is not NaN and `> scoreThreshold` (when given), sorted by descending score,
  /// ties by ascending index (-0.0 and +0.0 tie); at most `topK` of them when `topK > 0`.
  ///
  /// - Complexity: O(n) time for n >= 256 scores that convert to `Double` exactly (radix sort,
  ///   at most six passes of 11-bit digits), else O(n log n); O(n) memory.
  @inlinable
  public static func _scoreOrder<S: BinaryFloatingPoint>(
    _ scores: UnsafeBufferPointer<S>, scoreThreshold: S?, topK: Int = 0
  ) -> [Int] {
    var order: [Int] = []
    order.reserveCapacity(scores.count)
    if let t = scoreThreshold {
      for i in 0..<scores.count where scores[i] > t { order.append(i) }
    } else {
      for i in 0..<scores.count where !scores[i].isNaN { order.append(i) }
    }
    let exactInDouble =
      S.significandBitCount <= Double.significandBitCount
      && S.exponentBitCount <= Double.exponentBitCount
    if exactInDouble && order.count >= 256 && scores.count <= Int(Int32.max) {
      _radixSortByDescendingScore(&order, scores)
    } else {
      order.withUnsafeMutableBufferPointer { o in
        o.sort { a, b in
          let sa = scores[a], sb = scores[b]
          return sa > sb || (sa == sb && a < b)
        }
      }
    }
    if topK > 0 && topK < order.count { order.removeLast(order.count - topK) }
    return order
  }

  /// Sorts `order` (ascending indices of non-NaN scores) by descending score, stably.
  ///
  /// Keys are the complement of `Double._radixKey` (order-preserving bits, -0.0 == +0.0), so
  /// ascending keys are descending scores; LSD passes keep equal keys in index order. A digit
  /// every key shares is skipped.
  ///
  /// - Complexity: O(n + 6·2048) time, O(n) memory.
  @inlinable
  internal static func _radixSortByDescendingScore<S: BinaryFloatingPoint>(
    _ order: inout [Int], _ scores: UnsafeBufferPointer<S>
  ) {
    let n = order.count
    let digitBits = 11, radix = 1 << 11, digits = 6
    let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: 2 &* n)
    let indices = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 2 &* n)
    let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: digits &* radix)
    defer { keys.deallocate(); indices.deallocate(); counts.deallocate() }
    counts.initialize(repeating: 0)
    order.withUnsafeBufferPointer { o in
      for i in 0..<n {
        let key = ~Double(scores[o[i]])._radixKey
        keys[i] = key
        indices[i] = Int32(truncatingIfNeeded: o[i])
        for d in 0..<digits {
          counts[d &* radix &+ Int(truncatingIfNeeded: (key &>> UInt64(d &* digitBits)) & UInt64(radix &- 1))] &+= 1
        }
      }
    }
    var source = 0, target = n
    for d in 0..<digits {
      let histogram = UnsafeMutableBufferPointer(rebasing: counts[d &* radix..<(d &+ 1) &* radix])
      let shift = UInt64(d &* digitBits)
      if histogram[Int(truncatingIfNeeded: (keys[source] &>> shift) & UInt64(radix &- 1))] == n { continue }
      var sum = 0
      for b in 0..<radix {
        let c = histogram[b]
        histogram[b] = sum
        sum &+= c
      }
      for i in source..<(source &+ n) {
        let key = keys[i]
        let b = Int(truncatingIfNeeded: (key &>> shift) & UInt64(radix &- 1))
        let p = target &+ histogram[b]
        histogram[b] &+= 1
        keys[p] = key
        indices[p] = indices[i]
      }
      swap(&source, &target)
    }
    order.withUnsafeMutableBufferPointer { o in
      for i in 0..<n { o[i] = Int(indices[source &+ i]) }
    }
  }
}
