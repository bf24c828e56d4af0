// The suffix-order 0/1 DP that records decision bits for `zeroOneItems`.
//
// Row i, bit c: "taking item i is optimal for items i..<N at capacity c" (ties count as taking),
// for c in weights[i]...reachAt[i]; above reachAt[i] every remaining item fits, so taking is
// optimal there too and no bit is stored.

extension Knapsack {
  /// Decision rows on any value type (scalar loop).
  @inlinable
  internal static func _decisionRows<V: KnapsackValue>(
    weights: [Int], values: [V], capacity: Int, wordsPerRow: Int
  ) -> (bits: [UInt64], reachAt: [Int]) {
    _decisionDriver(
      weights: weights, values: values, capacity: capacity, wordsPerRow: wordsPerRow
    ) { f, row, w, v, top in
      var j = top
      var word: UInt64 = 0
      while j >= w {
        let candidate = f[j &- w] + v
        let take = !(candidate < f[j])
        if take { f[j] = candidate }
        word |= UInt64(take ? 1 : 0) &<< UInt64(j & 63)
        if j & 63 == 0 { row[j >> 6] = word; word = 0 }
        j &-= 1
      }
      if w <= top { row[w >> 6] |= word }
    }
  }

  /// Decision rows in 32-bit lanes: 16-cell SIMD blocks aligned to 16 bits of the row, each
  /// block's 16 decisions stored as one `UInt16` (little-endian word layout).
  @inlinable
  internal static func _decisionRows32(
    weights: [Int], values: [Int32], capacity: Int, wordsPerRow: Int
  ) -> (bits: [UInt64], reachAt: [Int]) {
    _decisionDriver(
      weights: weights, values: values, capacity: capacity, wordsPerRow: wordsPerRow
    ) { f, row, w, v, top in
      var j = top
      #if _endian(little)
      if w >= 16 {
        // Scalar down to a 16-aligned block top, then whole blocks [j-15, j] with j-15 >= w.
        while j >= w && (j &+ 1) & 15 != 0 {
          let candidate = f[j &- w] &+ v
          if candidate >= f[j] { f[j] = candidate; row[j >> 6] |= 1 &<< UInt64(j & 63) }
          j &-= 1
        }
        let raw = UnsafeMutableRawPointer(f)
        let rowBytes = UnsafeMutableRawPointer(row)
        let add = SIMD16<Int32>(repeating: v)
        let powers = SIMD16<Int32>(
          1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768)
        let back = w &* 4
        while j &- 15 >= w {
          let start = j &- 15
          let current = raw.loadUnaligned(fromByteOffset: start &* 4, as: SIMD16<Int32>.self)
          let candidate =
            raw.loadUnaligned(fromByteOffset: start &* 4 &- back, as: SIMD16<Int32>.self) &+ add
          let take = candidate .>= current
          raw.storeBytes(
            of: current.replacing(with: candidate, where: take), toByteOffset: start &* 4,
            as: SIMD16<Int32>.self)
          let mask = SIMD16<Int32>(repeating: 0).replacing(with: powers, where: take)
          rowBytes.storeBytes(
            of: UInt16(truncatingIfNeeded: mask.wrappedSum()), toByteOffset: start >> 3,
            as: UInt16.self)
          j &-= 16
        }
      }
      #endif
      while j >= w {
        let candidate = f[j &- w] &+ v
        if candidate >= f[j] { f[j] = candidate; row[j >> 6] |= 1 &<< UInt64(j & 63) }
        j &-= 1
      }
    }
  }

  /// Runs items in reverse over a rolling array with the reach bound (see `_zeroOneRolling`),
  /// calling `pass(f, row, w, v, top)` to update `f[w...top]` and set row i's decision bits.
  @inlinable
  @inline(__always)
  internal static func _decisionDriver<T: AdditiveArithmetic>(
    weights: [Int], values: [T], capacity: Int, wordsPerRow: Int,
    pass: (UnsafeMutablePointer<T>, UnsafeMutablePointer<UInt64>, Int, T, Int) -> Void
  ) -> (bits: [UInt64], reachAt: [Int]) {
    let n = weights.count
    var bits = [UInt64](repeating: 0, count: n * wordsPerRow)
    var reachAt = [Int](repeating: 0, count: n)
    var table = [T](repeating: .zero, count: capacity + 1)
    bits.withUnsafeMutableBufferPointer { bitBuffer in
      table.withUnsafeMutableBufferPointer { buffer in
        let f = buffer.baseAddress!
        var reach = 0
        var i = n
        while i > 0 {
          i &-= 1
          let w = weights[i]
          if w > capacity { reachAt[i] = reach; continue }
          let newReach = capacity - reach < w ? capacity : reach &+ w
          if newReach > reach {
            let top = f[reach]
            var j = reach &+ 1
            while j <= newReach { f[j] = top; j &+= 1 }
          }
          pass(f, bitBuffer.baseAddress! + i &* wordsPerRow, w, values[i], newReach)
          reach = newReach
          reachAt[i] = reach
        }
      }
    }
    return (bits, reachAt)
  }
}
