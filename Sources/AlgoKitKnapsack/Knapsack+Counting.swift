// Counting the ways to reach each total weight.

extension Knapsack {
  /// Whether each item may be used once or any number of times (counting).
  public enum Repetition: Hashable, Sendable {
    /// Each item at most once: count subsets.
    case zeroOne
    /// Each item any number of times: count multisets (coin-change combinations, order ignored).
    case unbounded
  }

  /// For every total `c` in `0...capacity`, the number of ways to pick items whose weights sum
  /// to exactly `c`, modulo `modulus`.
  ///
  /// ```swift
  /// try Knapsack.countWays(weights: [1, 2, 5], capacity: 5, repetition: .unbounded,
  ///                        modulus: 1_000_000_007)  // [1, 1, 2, 2, 3, 4]
  /// ```
  /// Items are distinguished by index, so equal weights count separately; `ways[0]` counts the
  /// empty choice (1, times 2 for each zero-weight 0/1 item).
  ///
  /// - Precondition: `modulus >= 1`.
  /// - Throws: ``KnapsackError`` for a negative weight or capacity,
  ///   ``KnapsackError/unboundedItem(item:)`` for a zero-weight item with `.unbounded`
  ///   (infinitely many ways), or an array over `memoryLimit`.
  /// - Complexity: O(N·W) time, O(W) memory.
  @inlinable
  public static func countWays(
    weights: [Int], capacity: Int, repetition: Repetition = .zeroOne, modulus: Int,
    memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> [Int] {
    precondition(modulus >= 1, "modulus must be at least 1")
    try _validateCounting(
      weights: weights, capacity: capacity, repetition: repetition, stride: 8, limit: memoryLimit)
    var ways = [Int](repeating: 0, count: capacity + 1)
    ways[0] = 1 % modulus
    ways.withUnsafeMutableBufferPointer { f in
      for w in weights where w <= capacity {
        // a + b mod m without overflow, a and b in 0..<m.
        if repetition == .zeroOne {
          var j = capacity
          while j >= w {
            let a = f[j], b = f[j &- w]
            f[j] = a >= modulus &- b ? a &- (modulus &- b) : a &+ b
            j &-= 1
          }
        } else {
          var j = w
          while j <= capacity {
            let a = f[j], b = f[j &- w]
            f[j] = a >= modulus &- b ? a &- (modulus &- b) : a &+ b
            j &+= 1
          }
        }
      }
    }
    return ways
  }

  /// For every total `c` in `0...capacity`, the exact number of ways to pick items whose weights
  /// sum to `c`, in the integer type `C`; throws instead of overflowing.
  ///
  /// ```swift
  /// try Knapsack.countWays(weights: [1, 1, 2], capacity: 2, as: Int.self)  // [1, 2, 2]
  /// ```
  /// - Throws: ``KnapsackError/valueOverflow(item:)`` naming the item whose pass overflowed `C`;
  ///   otherwise as ``countWays(weights:capacity:repetition:modulus:memoryLimit:)``.
  /// - Complexity: O(N·W) time, O(W) memory.
  @inlinable
  public static func countWays<C: FixedWidthInteger>(
    weights: [Int], capacity: Int, repetition: Repetition = .zeroOne, as type: C.Type,
    memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> [C] {
    try _validateCounting(
      weights: weights, capacity: capacity, repetition: repetition,
      stride: MemoryLayout<C>.stride, limit: memoryLimit)
    var ways = [C](repeating: 0, count: capacity + 1)
    ways[0] = 1
    var overflowAt: Int? = nil
    ways.withUnsafeMutableBufferPointer { f in
      for i in weights.indices where weights[i] <= capacity {
        let w = weights[i]
        var overflow = false
        if repetition == .zeroOne {
          var j = capacity
          while j >= w {
            let (sum, o) = f[j].addingReportingOverflow(f[j &- w])
            f[j] = sum
            overflow = overflow || o
            j &-= 1
          }
        } else {
          var j = w
          while j <= capacity {
            let (sum, o) = f[j].addingReportingOverflow(f[j &- w])
            f[j] = sum
            overflow = overflow || o
            j &+= 1
          }
        }
        if overflow { overflowAt = i; return }
      }
    }
    if let item = overflowAt { throw .valueOverflow(item: item) }
    return ways
  }

  @inlinable
  internal static func _validateCounting(
    weights: [Int], capacity: Int, repetition: Repetition, stride: Int, limit: Int
  ) throws(KnapsackError) {
    guard capacity >= 0 else { throw .negativeCapacity(capacity) }
    for i in weights.indices {
      guard weights[i] >= 0 else { throw .negativeWeight(item: i, weight: weights[i]) }
      if weights[i] == 0 && repetition == .unbounded { throw .unboundedItem(item: i) }
    }
    try _checkTable(count: _cellCount(capacity), stride: stride, limit: limit)
  }
}
