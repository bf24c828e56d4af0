// 0/1 knapsack with two costs (say weight and volume), each with its own limit.

extension Knapsack {
  /// The best total value of a subset whose weights sum to at most `capacity` and whose volumes
  /// sum to at most `volumeCapacity`.
  ///
  /// ```swift
  /// try Knapsack.twoDimensionalValue(
  ///   weights: [1, 2, 3], volumes: [3, 2, 1], values: [4, 5, 6],
  ///   capacity: 5, volumeCapacity: 3)  // 11: items 1 and 2
  /// ```
  /// - Throws: ``KnapsackError``: mismatched lengths (`volumes` reported as `weights:`); a negative
  ///   weight, volume (reported as ``KnapsackError/negativeWeight(item:weight:)``), value or
  ///   capacity; a value-sum overflow; or a table of (W+1)·(U+1) values over `memoryLimit`.
  /// - Complexity: O(N·W·U) time, O(W·U) memory.
  @inlinable
  public static func twoDimensionalValue<V: KnapsackValue>(
    weights: [Int], volumes: [Int], values: [V], capacity: Int, volumeCapacity: Int,
    memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> V {
    guard volumes.count == values.count else {
      throw .mismatchedLengths(weights: volumes.count, values: values.count)
    }
    guard volumeCapacity >= 0 else { throw .negativeCapacity(volumeCapacity) }
    for i in volumes.indices where volumes[i] < 0 {
      throw .negativeWeight(item: i, weight: volumes[i])
    }
    _ = try _validateZeroOne(weights: weights, values: values, capacity: capacity)
    let width = _cellCount(volumeCapacity)
    guard let cells = _product(_cellCount(capacity), width) else {
      throw .tableTooLarge(bytes: .max, limit: memoryLimit)
    }
    try _checkTable(count: cells, stride: MemoryLayout<V>.stride, limit: memoryLimit)
    var table = [V](repeating: .zero, count: cells)
    table.withUnsafeMutableBufferPointer { f in
      for i in weights.indices {
        let w = weights[i], u = volumes[i], v = values[i]
        if w > capacity || u > volumeCapacity { continue }
        var j = capacity
        while j >= w {
          var k = volumeCapacity
          while k >= u {
            let candidate = f[(j &- w) &* width &+ k &- u] + v
            if candidate > f[j &* width &+ k] { f[j &* width &+ k] = candidate }
            k &-= 1
          }
          j &-= 1
        }
      }
    }
    return table[cells - 1]
  }
}
