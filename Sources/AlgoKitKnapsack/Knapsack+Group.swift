// Group knapsack: at most one item from each group.

extension Knapsack {
  /// The best total value taking at most one item from each group, weight `<= capacity`.
  ///
  /// ```swift
  /// let groups: [[Knapsack.Item<Int>]] = [
  ///   [.init(weight: 2, value: 3), .init(weight: 3, value: 4)],
  ///   [.init(weight: 4, value: 5)],
  /// ]
  /// try Knapsack.groupValue(groups: groups, capacity: 6)  // 8: weights 2 + 4
  /// ```
  /// Errors name items by their position in the groups read in order (row-major, counting
  /// from 0 across groups).
  ///
  /// - Throws: ``KnapsackError`` for a negative weight or capacity, an invalid value,
  ///   ``KnapsackError/valueOverflow(item:)`` when the sum over groups of the best fitting value
  ///   overflows `V`, or an array over `memoryLimit`.
  /// - Complexity: O(W·ΣGᵢ) time (ΣGᵢ items in all), O(W) memory.
  @inlinable
  public static func groupValue<V: KnapsackValue>(
    groups: [[Item<V>]], capacity: Int, memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> V {
    guard capacity >= 0 else { throw .negativeCapacity(capacity) }
    var total = V.zero
    var flat = 0
    for group in groups {
      var best = V.zero
      for item in group {
        guard item.weight >= 0 else { throw .negativeWeight(item: flat, weight: item.weight) }
        guard item.value._isValidKnapsackValue else { throw .invalidValue(item: flat) }
        if item.weight <= capacity && item.value > best { best = item.value }
        flat += 1
      }
      guard let t = total._knapsackAdding(best) else { throw .valueOverflow(item: flat - 1) }
      total = t
    }
    try _checkTable(count: _cellCount(capacity), stride: MemoryLayout<V>.stride, limit: memoryLimit)
    var table = [V](repeating: .zero, count: capacity + 1)
    table.withUnsafeMutableBufferPointer { f in
      for group in groups {
        // Downward, so every read f[j - w] still holds the value before this group.
        var j = capacity
        while j >= 0 {
          var best = f[j]
          for item in group where item.weight <= j {
            let candidate = f[j &- item.weight] + item.value
            if candidate > best { best = candidate }
          }
          f[j] = best
          j &-= 1
        }
      }
    }
    return table[capacity]
  }
}
