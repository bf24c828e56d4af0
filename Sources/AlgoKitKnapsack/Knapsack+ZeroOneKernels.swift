// The hot loops of the 0/1 capacity-indexed DP: one pass per item over the rolling array.
//
// Why blocks: iterating the capacity downward, a block of `lanes` cells [j-lanes+1, j] reads
// [j-w-lanes+1, j-w], which lies wholly below the block when w >= lanes, so those reads still hold
// the previous item's values and the block can be updated as one vector operation.

extension Knapsack {
  /// Runs the 0/1 DP in 32-bit lanes; the caller has proved every sum of values fits `Int32`.
  @inlinable
  internal static func _zeroOneLanes32(weights: [Int], values: [Int32], capacity: Int) -> Int32 {
    _zeroOneRolling(weights: weights, values: values, capacity: capacity) { f, w, v, top in
      var j = top  // highest cell not yet updated
      if w >= 16 {
        let raw = UnsafeMutableRawPointer(f)
        let add = SIMD16<Int32>(repeating: v)
        let back = w &* 4
        while j &- 15 >= w {  // block [j-15, j] needs its lowest cell >= w
          let offset = (j &- 15) &* 4
          let current = raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<Int32>.self)
          let candidate =
            raw.loadUnaligned(fromByteOffset: offset &- back, as: SIMD16<Int32>.self) &+ add
          raw.storeBytes(
            of: current.replacing(with: candidate, where: candidate .> current),
            toByteOffset: offset, as: SIMD16<Int32>.self)
          j &-= 16
        }
      }
      while j >= w {
        let candidate = f[j &- w] &+ v
        if candidate > f[j] { f[j] = candidate }
        j &-= 1
      }
    }
  }

  /// Runs the 0/1 DP in `Double` lanes: exact for integer values whose sum is at most 2^53, and
  /// the same operations as the scalar loop for `Double` values.
  ///
  /// 64-bit lanes that SSE2 can compare: `select(candidate > current)` compiles to one `maxpd`,
  /// where a 64-bit integer max has no SSE2 instruction.
  @inlinable
  internal static func _zeroOneLanesDouble(
    weights: [Int], values: [Double], capacity: Int
  ) -> Double {
    _zeroOneRolling(weights: weights, values: values, capacity: capacity) { f, w, v, top in
      var j = top
      if w >= 8 {
        let raw = UnsafeMutableRawPointer(f)
        let add = SIMD8<Double>(repeating: v)
        let back = w &* 8
        while j &- 7 >= w {
          let offset = (j &- 7) &* 8
          let current = raw.loadUnaligned(fromByteOffset: offset, as: SIMD8<Double>.self)
          let candidate =
            raw.loadUnaligned(fromByteOffset: offset &- back, as: SIMD8<Double>.self) + add
          raw.storeBytes(
            of: current.replacing(with: candidate, where: candidate .> current),
            toByteOffset: offset, as: SIMD8<Double>.self)
          j &-= 8
        }
      }
      while j >= w {
        let candidate = f[j &- w] + v
        if candidate > f[j] { f[j] = candidate }
        j &-= 1
      }
    }
  }

  /// Runs the 0/1 DP on 64-bit values; the caller has proved every sum of values fits `Int64`.
  ///
  /// Used when the sum of values exceeds 2^53 (else `Double` lanes are exact and faster).
  /// Scalar on purpose: baseline x86-64 (SSE2) has no 64-bit signed compare (`pcmpgtq` is
  /// SSE4.2), and the emulated vector max measured slower (about 0.60 ns per cell on the
  /// benchmark instance) than this loop (about 0.43), which stores only when the candidate wins.
  @inlinable
  internal static func _zeroOneLanes64(weights: [Int], values: [Int64], capacity: Int) -> Int64 {
    _zeroOneRolling(weights: weights, values: values, capacity: capacity) { f, w, v, top in
      var j = top
      while j >= w {
        let candidate = f[j &- w] &+ v
        if candidate > f[j] { f[j] = candidate }
        j &-= 1
      }
    }
  }

  /// The rolling-array driver: one `pass(f, w, v, top)` per item that fits, where the pass
  /// updates `f[j] = max(f[j], f[j - w] + v)` for `j` from `top` down to `w`.
  ///
  /// Cells above the running total weight (`reach`) are never touched: their value equals
  /// `f[reach]`, so a pass only spans `w...reach`, and `f[reach]` is copied upward when it grows.
  @inlinable
  @inline(__always)
  internal static func _zeroOneRolling<T: Numeric & Comparable>(
    weights: [Int], values: [T], capacity: Int,
    pass: (UnsafeMutablePointer<T>, Int, T, Int) -> Void
  ) -> T {
    var table = [T](repeating: 0, count: capacity + 1)
    return table.withUnsafeMutableBufferPointer { buffer -> T in
      let f = buffer.baseAddress!
      var reach = 0
      for i in weights.indices {
        let w = weights[i]
        if w > capacity { continue }
        let newReach = capacity - reach < w ? capacity : reach &+ w
        if newReach > reach {
          let top = f[reach]
          var j = reach &+ 1
          while j <= newReach { f[j] = top; j &+= 1 }
        }
        pass(f, w, values[i], newReach)
        reach = newReach
      }
      return f[reach]
    }
  }

  /// The plain scalar 0/1 DP on any value type: the reference path (floating values use it).
  @inlinable
  internal static func _zeroOneScalar<V: KnapsackValue>(
    weights: [Int], values: [V], capacity: Int
  ) -> V {
    var table = [V](repeating: .zero, count: capacity + 1)
    return table.withUnsafeMutableBufferPointer { f -> V in
      for i in weights.indices {
        let w = weights[i], v = values[i]
        if w > capacity { continue }
        var j = capacity
        while j >= w {
          let candidate = f[j &- w] + v
          if candidate > f[j] { f[j] = candidate }
          j &-= 1
        }
      }
      return f[capacity]
    }
  }
}
