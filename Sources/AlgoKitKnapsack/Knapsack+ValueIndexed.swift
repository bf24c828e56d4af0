// Value-indexed 0/1 DP: minimum weight for each total value, for huge capacities.

extension Knapsack {
  /// The 0/1 optimum by the value-indexed DP: the least weight reaching each total value.
  ///
  /// For capacities far larger than the sum of values (AtCoder EDPC E: W up to 10⁹, ΣV up to
  /// 10⁵), where an array over capacities cannot exist.
  /// ``zeroOneValue(weights:values:capacity:strategy:memoryLimit:)`` picks this automatically
  /// when it is cheaper (see ``Knapsack/Strategy/automatic``).
  ///
  /// ```swift
  /// try Knapsack.zeroOneValueIndexed(weights: [1_000_000_000], values: [10],
  ///                                  capacity: 1_000_000_000)  // 10
  /// ```
  /// - Throws: As ``zeroOneValue(weights:values:capacity:strategy:memoryLimit:)``;
  ///   ``KnapsackError/tableTooLarge(bytes:limit:)`` when 8·(ΣV+1) bytes exceed `memoryLimit`.
  /// - Complexity: O(N·ΣV) time, O(ΣV) memory, ΣV the sum of the values of items that fit.
  @inlinable
  public static func zeroOneValueIndexed<V: KnapsackValue & FixedWidthInteger>(
    weights: [Int], values: [V], capacity: Int, memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> V {
    let total = try _validateZeroOne(weights: weights, values: values, capacity: capacity)
    guard let total64 = total._knapsackInt64 else {
      throw .tableTooLarge(bytes: .max, limit: memoryLimit)
    }
    return try _valueIndexed(
      weights: weights, values: values, capacity: capacity, sumOfValues: Int(total64),
      memoryLimit: memoryLimit)
  }

  /// minWeight[s] = least weight of a subset worth exactly s; answer: largest s with
  /// minWeight[s] <= capacity. Weights beyond the capacity saturate at `capacity + 1`.
  ///
  /// Cells are `UInt` so that no sum can wrap: a cell is at most capacity + 1 <= 2⁶³ and an
  /// added weight at most capacity <= 2⁶³ − 1, so cell + weight <= UInt.max. The sentinel
  /// capacity + 1 is distinct from every feasible weight even when capacity == Int.max.
  @inlinable
  internal static func _valueIndexed<V: KnapsackValue>(
    weights: [Int], values: [V], capacity: Int, sumOfValues: Int, memoryLimit: Int
  ) throws(KnapsackError) -> V {
    guard let count = Optional(sumOfValues).flatMap({ $0 < Int.max ? $0 + 1 : nil }) else {
      throw .tableTooLarge(bytes: .max, limit: memoryLimit)
    }
    try _checkTable(count: count, stride: 8, limit: memoryLimit)
    let infinity = UInt(capacity) &+ 1  // more than any capacity; no overflow (capacity >= 0)
    var minWeight = [UInt](repeating: infinity, count: count)
    minWeight[0] = 0
    var reach = 0  // largest value sum so far
    minWeight.withUnsafeMutableBufferPointer { m in
      for i in weights.indices {
        let w = weights[i]
        if w > capacity { continue }
        let uw = UInt(bitPattern: w)  // 0 <= w <= capacity
        let v = Int(values[i]._knapsackInt64!)
        let newReach = reach &+ v
        var s = newReach
        while s >= v {
          let candidate = Swift.min(m[s &- v] &+ uw, infinity)  // <= UInt.max: cannot wrap
          m[s] = Swift.min(m[s], candidate)
          s &-= 1
        }
        reach = newReach
      }
    }
    var best = reach
    while best > 0 && minWeight[best] >= infinity { best -= 1 }
    return V(_knapsackInt64: Int64(best))!
  }
}
