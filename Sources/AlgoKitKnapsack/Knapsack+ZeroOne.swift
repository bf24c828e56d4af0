// 0/1 knapsack: best value (rolling array, exact fill), the teaching 2D table, and chosen items.

extension Knapsack {
  /// How ``Knapsack/zeroOneValue(weights:values:capacity:strategy:memoryLimit:)`` computes.
  public enum Strategy: Sendable, Equatable {
    /// Value-indexed when the values are integers, its table fits the memory limit, and either
    /// N·ΣV cells cost less than N·W (ΣV < W, or 2·ΣV < W when the capacity DP runs in 32-bit
    /// SIMD lanes, whose cells are about twice as cheap) or the capacity table does not fit;
    /// otherwise capacity-indexed.
    case automatic
    /// Rolling array over capacities: integer values in 32-bit SIMD lanes when their sum fits
    /// `Int32`, else in 64-bit lanes (`Double` lanes, exact while the sum is at most 2^53, then a
    /// scalar `Int64` loop); `Double` values in `Double` SIMD lanes; other floating types scalar.
    case capacityIndexed
    /// As ``capacityIndexed`` but never in 32-bit lanes (integer values): the 64-bit path.
    case capacityIndexed64
    /// Minimum weight per reachable value (integer values only; floating values fall back to
    /// capacity-indexed): `O(N·ΣV)` time, for huge capacities with small values.
    case valueIndexed
    /// The textbook scalar loop on the value type itself, no narrowing, no blocks: a reference.
    case reference
  }

  /// The best total value of a subset of items whose weights sum to at most `capacity`.
  ///
  /// ```swift
  /// try Knapsack.zeroOneValue(weights: [3, 4, 5], values: [30, 50, 60], capacity: 8)  // 90
  /// ```
  ///
  /// With integer values whose sum fits `Int32`, the DP runs in 32-bit SIMD lanes; when the sum
  /// of values is well below the capacity (see ``Strategy/automatic``), it switches to the
  /// value-indexed DP (``zeroOneValueIndexed(weights:values:capacity:memoryLimit:)``).
  ///
  /// - Parameters:
  ///   - weights: Item weights, each `>= 0`.
  ///   - values: Item values, each `>= 0` and finite; same count as `weights`.
  ///   - capacity: The weight limit, `>= 0`.
  ///   - strategy: Which DP to run; see ``Strategy``.
  ///   - memoryLimit: Most bytes the DP array may use.
  /// - Returns: The optimum; `0` for no items or when nothing fits.
  /// - Throws: ``KnapsackError`` for mismatched lengths, a negative weight or capacity, a
  ///   negative/NaN/infinite value, a sum of values overflowing `V`, or an array over `memoryLimit`.
  /// - Complexity: Capacity-indexed: O(N·W) time, O(W) memory (4 or 8 bytes per cell).
  ///   Value-indexed: O(N·ΣV) time, O(ΣV) memory.
  @inlinable
  public static func zeroOneValue<V: KnapsackValue>(
    weights: [Int], values: [V], capacity: Int,
    strategy: Strategy = .automatic, memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> V {
    let total = try _validateZeroOne(weights: weights, values: values, capacity: capacity)
    guard strategy != .reference, let total64 = total._knapsackInt64 else {
      try _checkTable(count: _cellCount(capacity), stride: MemoryLayout<V>.stride, limit: memoryLimit)
      if strategy != .reference, V.self == Double.self {
        let best = _zeroOneLanesDouble(
          weights: weights, values: values as! [Double], capacity: capacity)
        return best as! V
      }
      return _zeroOneScalar(weights: weights, values: values, capacity: capacity)
    }
    // Integer values (each fits Int64 since their sum over fitting items does).
    let narrow = strategy != .capacityIndexed64 && total64 <= Int64(Int32.max)
    let laneBytes = narrow ? 4 : 8
    let sumOfValues = Int(total64)
    var useValueIndexed = strategy == .valueIndexed
    if strategy == .automatic {
      // Cells cost about the same in both DPs, except that 32-bit SIMD capacity cells are about
      // twice as cheap as the value-indexed DP's 64-bit scalar cells.
      let valueCells = narrow ? (_product(sumOfValues, 2) ?? .max) : sumOfValues
      let valueFits = (_product(_cellCount(sumOfValues), 8) ?? .max) <= memoryLimit
      let capacityFits = (_product(_cellCount(capacity), laneBytes) ?? .max) <= memoryLimit
      useValueIndexed = valueFits && (valueCells < capacity || !capacityFits)
    }
    if useValueIndexed {
      return try _valueIndexed(
        weights: weights, values: values, capacity: capacity, sumOfValues: sumOfValues,
        memoryLimit: memoryLimit)
    }
    try _checkTable(count: _cellCount(capacity), stride: laneBytes, limit: memoryLimit)
    let best: Int64
    if narrow {
      var lanes = [Int32](); lanes.reserveCapacity(values.count)
      for i in values.indices {
        lanes.append(weights[i] <= capacity ? Int32(truncatingIfNeeded: values[i]._knapsackInt64!) : 0)
      }
      best = Int64(_zeroOneLanes32(weights: weights, values: lanes, capacity: capacity))
    } else if total64 <= 1 << 53 {
      // Integers up to 2^53 are exact in Double, and SSE2 has a Double max (maxpd).
      var lanes = [Double](); lanes.reserveCapacity(values.count)
      for i in values.indices {
        lanes.append(weights[i] <= capacity ? Double(values[i]._knapsackInt64!) : 0)
      }
      best = Int64(_zeroOneLanesDouble(weights: weights, values: lanes, capacity: capacity))
    } else {
      var lanes = [Int64](); lanes.reserveCapacity(values.count)
      for i in values.indices {
        lanes.append(weights[i] <= capacity ? values[i]._knapsackInt64! : 0)
      }
      best = _zeroOneLanes64(weights: weights, values: lanes, capacity: capacity)
    }
    return V(_knapsackInt64: best)!
  }

  /// The best total value of a subset whose weights sum to exactly `exactCapacity`, or nil when no
  /// subset has that total weight.
  ///
  /// ```swift
  /// try Knapsack.zeroOneValue(weights: [2, 4], values: [1, 1], exactCapacity: 5)  // nil
  /// try Knapsack.zeroOneValue(weights: [2, 4], values: [1, 1], exactCapacity: 6)  // 2
  /// ```
  /// The empty subset fills capacity 0 exactly, so `exactCapacity: 0` gives at least `0`.
  ///
  /// - Throws: As ``zeroOneValue(weights:values:capacity:strategy:memoryLimit:)``.
  /// - Complexity: O(N·W) time; O(W) memory (one value and one reachability flag per cell).
  @inlinable
  public static func zeroOneValue<V: KnapsackValue>(
    weights: [Int], values: [V], exactCapacity capacity: Int,
    memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> V? {
    _ = try _validateZeroOne(weights: weights, values: values, capacity: capacity)
    try _checkTable(count: _cellCount(capacity), stride: MemoryLayout<V>.stride + 1, limit: memoryLimit)
    var best = [V](repeating: .zero, count: capacity + 1)
    var reachable = [Bool](repeating: false, count: capacity + 1)
    reachable[0] = true
    best.withUnsafeMutableBufferPointer { f in
      reachable.withUnsafeMutableBufferPointer { ok in
        for i in weights.indices {
          let w = weights[i], v = values[i]
          if w > capacity { continue }
          var j = capacity
          while j >= w {
            if ok[j &- w] {
              let candidate = f[j &- w] + v
              if !ok[j] || candidate > f[j] { f[j] = candidate; ok[j] = true }
            }
            j &-= 1
          }
        }
      }
    }
    return reachable[capacity] ? best[capacity] : nil
  }

  /// A chosen subset of items: which, their total value and total weight.
  public struct Selection<Value: KnapsackValue>: Equatable, Sendable {
    /// Indices of the chosen items, ascending.
    public var items: [Int]
    /// Sum of the chosen items' values (summed in index order).
    public var value: Value
    /// Sum of the chosen items' weights.
    public var weight: Int

    /// A selection of `items` worth `value` weighing `weight` (stored as given, not checked).
    ///
    /// - Complexity: O(1); the array is shared, not copied.
    @inlinable
    public init(items: [Int], value: Value, weight: Int) {
      self.items = items
      self.value = value
      self.weight = weight
    }
  }

  /// An optimal subset for the 0/1 knapsack: the lexicographically smallest one.
  ///
  /// **Tie rule.** Among all subsets of weight `<= capacity` with the optimal value, returns the
  /// one whose ascending index list is lexicographically smallest (a proper prefix counts as
  /// smaller): `[0, 3]` before `[1, 2]`, and `[0]` before `[0, 3]`. So zero-value items are taken
  /// only when they come before a later item that is needed anyway.
  ///
  /// ```swift
  /// let s = try Knapsack.zeroOneItems(weights: [3, 4, 5], values: [30, 50, 60], capacity: 8)
  /// // s.items == [0, 2], s.value == 90, s.weight == 8
  /// ```
  ///
  /// **How.** The DP runs over the items in reverse (suffix order) and records one *decision bit*
  /// per item and capacity: "taking item i is optimal for items i... at capacity c". Walking
  /// forward, the first item whose bit is set is the smallest index any optimal completion can
  /// use, which gives the tie rule for free. Memory is N·(W+1) bits, 32 to 64 times less than a
  /// table of values. When even the bits exceed `memoryLimit`, the items are cut into blocks of k:
  /// a first pass keeps the rolling array at each block boundary (checkpoints), then each block's
  /// bits are recomputed from its checkpoint as the walk reaches it: about twice the time, and
  /// memory about (N/k)·(W+1) values plus k·(W+1) bits, with k chosen to fit (k ≈ √(32·N) at
  /// best). The tie rule is the same either way. (A Hirschberg-style divide and conquer would need
  /// only O(W), but its split point does not give this tie rule.)
  ///
  /// - Throws: As ``zeroOneValue(weights:values:capacity:strategy:memoryLimit:)``;
  ///   ``KnapsackError/tableTooLarge(bytes:limit:)`` when even the best checkpoint block size
  ///   exceeds `memoryLimit` (the error carries that smallest size).
  /// - Complexity: O(N·W) time (about twice that when checkpointing); N·(W+1)/8 + O(W) bytes,
  ///   or the checkpointed size above.
  @inlinable
  public static func zeroOneItems<V: KnapsackValue>(
    weights: [Int], values: [V], capacity: Int, memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> Selection<V> {
    let total = try _validateZeroOne(weights: weights, values: values, capacity: capacity)
    let narrow = total._knapsackInt64.map { $0 <= Int64(Int32.max) } ?? false
    let blockSize = try _decisionBlockSize(
      items: weights.count, capacity: capacity,
      stride: narrow ? 4 : MemoryLayout<V>.stride, limit: memoryLimit)
    let chosen: [Int]
    if narrow {
      var lanes = [Int32](); lanes.reserveCapacity(weights.count)
      for i in weights.indices {
        lanes.append(weights[i] <= capacity ? Int32(truncatingIfNeeded: values[i]._knapsackInt64!) : 0)
      }
      chosen = _decisionItems32(
        weights: weights, values: lanes, capacity: capacity, blockSize: blockSize)
    } else {
      chosen = _decisionItems(
        weights: weights, values: values, capacity: capacity, blockSize: blockSize)
    }
    var value = V.zero
    var weight = 0
    for i in chosen {
      value = value + values[i]
      weight += weights[i]
    }
    return Selection(items: chosen, value: value, weight: weight)
  }

  /// The classic 2D table `f[i][j]`: the best value of the first `i` items within capacity `j`.
  ///
  /// For teaching and for small instances where every intermediate optimum is wanted. For large
  /// ones use ``zeroOneValue(weights:values:capacity:strategy:memoryLimit:)`` (O(W) memory) or
  /// ``zeroOneItems(weights:values:capacity:memoryLimit:)`` (bits instead of values).
  public struct ZeroOneTable<Value: KnapsackValue>: Sendable {
    /// The items' weights.
    public let weights: [Int]
    /// The items' values.
    public let values: [Value]
    /// The largest capacity in the table.
    public let capacity: Int
    /// Row-major `(N + 1) × (capacity + 1)` cells.
    @usableFromInline internal let _cells: [Value]

    @inlinable
    internal init(weights: [Int], values: [Value], capacity: Int, cells: [Value]) {
      self.weights = weights
      self.values = values
      self.capacity = capacity
      self._cells = cells
    }

    /// `f[i][j]`: the best value using only items `0..<i` within capacity `j`.
    /// - Precondition: `0 <= i <= N`, `0 <= j <= capacity`.
    /// - Complexity: O(1).
    @inlinable
    public subscript(items i: Int, capacity j: Int) -> Value {
      precondition(i >= 0 && i <= weights.count, "item count out of range")
      precondition(j >= 0 && j <= capacity, "capacity out of range")
      return _cells[i * (capacity + 1) + j]
    }

    /// The optimum over all items within the full capacity: `f[N][W]`.
    @inlinable
    public var bestValue: Value { _cells[_cells.count - 1] }

    /// An optimal subset, by walking the table back from `f[N][W]`.
    ///
    /// **Tie rule:** item `i` is left out whenever `f[i+1][j] == f[i][j]` (leaving it out keeps
    /// the optimum), deciding from the last item to the first; so later items are avoided.
    /// This differs from ``Knapsack/zeroOneItems(weights:values:capacity:memoryLimit:)``, whose
    /// rule is the lexicographically smallest index list.
    /// - Complexity: O(N).
    @inlinable
    public func chosenItems() -> Selection<Value> {
      var j = capacity
      var chosen: [Int] = []
      var i = weights.count
      while i > 0 {
        if self[items: i, capacity: j] != self[items: i - 1, capacity: j] {
          chosen.append(i - 1)
          j -= weights[i - 1]
        }
        i -= 1
      }
      chosen.reverse()
      var value = Value.zero
      for k in chosen { value = value + values[k] }
      return Selection(items: chosen, value: value, weight: capacity - j)
    }
  }

  /// Fills the full 2D 0/1 table `f[i][j]` (best value of the first `i` items within `j`).
  ///
  /// ```swift
  /// let t = try Knapsack.zeroOneTable(weights: [3, 4, 5], values: [30, 50, 60], capacity: 8)
  /// t.bestValue                 // 90
  /// t[items: 2, capacity: 7]    // 80: items 0 and 1
  /// t.chosenItems().items       // [0, 2]
  /// ```
  /// - Throws: As ``zeroOneValue(weights:values:capacity:strategy:memoryLimit:)``; the table is
  ///   (N+1)·(W+1) values and must fit `memoryLimit`.
  /// - Complexity: O(N·W) time and memory.
  @inlinable
  public static func zeroOneTable<V: KnapsackValue>(
    weights: [Int], values: [V], capacity: Int, memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> ZeroOneTable<V> {
    _ = try _validateZeroOne(weights: weights, values: values, capacity: capacity)
    let n = weights.count
    guard let cells = _product(n + 1, _cellCount(capacity)) else {
      throw .tableTooLarge(bytes: .max, limit: memoryLimit)
    }
    try _checkTable(count: cells, stride: MemoryLayout<V>.stride, limit: memoryLimit)
    let width = capacity + 1
    var table = [V](repeating: .zero, count: cells)
    table.withUnsafeMutableBufferPointer { f in
      for i in 0..<n {
        let w = weights[i], v = values[i]
        let previous = i * width, row = previous + width
        for j in 0..<width {
          var best = f[previous + j]
          if j >= w {
            let candidate = f[previous + j - w] + v
            if candidate > best { best = candidate }
          }
          f[row + j] = best
        }
      }
    }
    return ZeroOneTable(weights: weights, values: values, capacity: capacity, cells: table)
  }
}
