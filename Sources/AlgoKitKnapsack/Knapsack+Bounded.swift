// Bounded (multiple) knapsack: item i may be taken up to counts[i] times.

extension Knapsack {
  /// How ``Knapsack/boundedValue(weights:values:counts:capacity:method:memoryLimit:)`` handles counts.
  public enum BoundedMethod: Sendable, Equatable {
    /// Split each count into 1, 2, 4, …, rest and run 0/1 passes: O(W·Σ log cᵢ).
    case binarySplitting
    /// One monotone-queue pass per item whatever its count: O(N·W).
    case monotoneQueue
  }

  /// The best total value when item `i` may be taken up to `counts[i]` times, weight `<= capacity`.
  ///
  /// ```swift
  /// try Knapsack.boundedValue(weights: [2, 3], values: [3, 5], counts: [3, 1], capacity: 7)  // 11
  /// ```
  /// Both methods give the same optimum (for floating values, up to rounding: they add in
  /// different orders). Zero-weight items are taken `counts[i]` times.
  ///
  /// - Throws: ``KnapsackError`` for mismatched lengths (`counts` reported as `values:`),
  ///   negative weight/count/capacity, invalid value, ``KnapsackError/valueOverflow(item:)`` when
  ///   Σ vᵢ·min(cᵢ, ⌊W/wᵢ⌋) overflows `V`, or arrays over `memoryLimit`.
  /// - Complexity: `.monotoneQueue`: O(N·W) time, O(W) memory (three arrays).
  ///   `.binarySplitting`: O(W·Σ log₂(min(cᵢ, W/wᵢ) + 1)) time, O(W) memory.
  @inlinable
  public static func boundedValue<V: KnapsackValue>(
    weights: [Int], values: [V], counts: [Int], capacity: Int,
    method: BoundedMethod = .monotoneQueue, memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> V {
    guard counts.count == weights.count else {
      throw .mismatchedLengths(weights: weights.count, values: counts.count)
    }
    try _validateCopies(weights: weights, values: values, copies: counts, capacity: capacity)
    let perCell =
      MemoryLayout<V>.stride * (method == .monotoneQueue ? 2 : 1)
      + (method == .monotoneQueue ? 8 : 0)
    try _checkTable(count: _cellCount(capacity), stride: perCell, limit: memoryLimit)
    var base = V.zero  // zero-weight items, always taken in full
    var table = [V](repeating: .zero, count: capacity + 1)
    switch method {
    case .monotoneQueue:
      var old = [V](repeating: .zero, count: capacity + 1)
      var queue = [Int](repeating: 0, count: capacity + 1)
      table.withUnsafeMutableBufferPointer { f in
        old.withUnsafeMutableBufferPointer { old in
          queue.withUnsafeMutableBufferPointer { queue in
            for i in weights.indices where counts[i] > 0 && weights[i] <= capacity {
              if weights[i] == 0 { base = base + values[i]._knapsackTimes(counts[i]); continue }
              _passBounded(
                f, weight: weights[i], value: values[i], count: min(counts[i], capacity / weights[i]),
                old: old, queue: queue)
            }
          }
        }
      }
    case .binarySplitting:
      table.withUnsafeMutableBufferPointer { f in
        for i in weights.indices where counts[i] > 0 && weights[i] <= capacity {
          let w = weights[i], v = values[i]
          if w == 0 { base = base + v._knapsackTimes(counts[i]); continue }
          var left = min(counts[i], capacity / w)
          var piece = 1
          while left > 0 {
            let k = min(piece, left)
            _passZeroOne(f, weight: k * w, value: v._knapsackTimes(k))
            left -= k
            piece &*= 2
          }
        }
      }
    }
    return table[capacity] + base
  }
}
