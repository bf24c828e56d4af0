// Unbounded (complete) knapsack: every item may be taken any number of times.

extension Knapsack {
  /// The best total value when each item may be taken any number of times, weight `<= capacity`.
  ///
  /// ```swift
  /// try Knapsack.unboundedValue(weights: [2, 3], values: [3, 5], capacity: 7)  // 11: 2+2+3
  /// ```
  /// Zero-weight items worth 0 are ignored; a zero-weight item worth more than 0 makes the answer
  /// infinite and is refused.
  ///
  /// - Throws: ``KnapsackError`` for mismatched lengths, negative weight/capacity, invalid value,
  ///   ``KnapsackError/unboundedItem(item:)``, ``KnapsackError/valueOverflow(item:)`` when
  ///   Σ vᵢ·⌊W/wᵢ⌋ (an upper bound on every cell) overflows `V`, or an array over `memoryLimit`.
  /// - Complexity: O(N·W) time, O(W) memory.
  @inlinable
  public static func unboundedValue<V: KnapsackValue>(
    weights: [Int], values: [V], capacity: Int, memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> V {
    try _validateCopies(
      weights: weights, values: values,
      copies: [Int](repeating: .max, count: weights.count), capacity: capacity)
    try _checkTable(count: _cellCount(capacity), stride: MemoryLayout<V>.stride, limit: memoryLimit)
    var table = [V](repeating: .zero, count: capacity + 1)
    table.withUnsafeMutableBufferPointer { f in
      for i in weights.indices where weights[i] > 0 && weights[i] <= capacity {
        _passUnbounded(f, weight: weights[i], value: values[i])
      }
    }
    return table[capacity]
  }
}
