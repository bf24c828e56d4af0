// Mixed knapsack: 0/1, unbounded and bounded items in one problem.

extension Knapsack {
  /// How many copies of a ``MixedItem`` may be taken.
  public enum Copies: Hashable, Sendable {
    /// At most one (0/1).
    case one
    /// Any number (unbounded).
    case unlimited
    /// At most `n` (bounded); `n >= 0`.
    case atMost(Int)
  }

  /// An item of a mixed knapsack: weight, value and how many copies are allowed.
  public struct MixedItem<Value: KnapsackValue>: Equatable, Sendable {
    /// The capacity one copy uses, `>= 0`.
    public var weight: Int
    /// What one copy is worth, `>= 0` and finite.
    public var value: Value
    /// How many copies may be taken.
    public var copies: Copies

    /// An item of `weight` worth `value`, with `copies` allowed. Not validated here: the
    /// solver validates its items before it allocates.
    ///
    /// - Complexity: O(1).
    @inlinable
    public init(weight: Int, value: Value, copies: Copies) {
      self.weight = weight
      self.value = value
      self.copies = copies
    }
  }

  /// The best total value over items of mixed kinds (0/1, unbounded, bounded), weight `<= capacity`.
  ///
  /// ```swift
  /// try Knapsack.mixedValue(items: [
  ///   .init(weight: 3, value: 5, copies: .one),
  ///   .init(weight: 2, value: 3, copies: .unlimited),
  ///   .init(weight: 4, value: 7, copies: .atMost(2)),
  /// ], capacity: 10)  // 17: 4 + 4 + 2 → 7 + 7 + 3
  /// ```
  /// Each item gets its own pass: 0/1 downward, unbounded upward, bounded by the monotone queue.
  ///
  /// - Throws: As ``unboundedValue(weights:values:capacity:memoryLimit:)`` and
  ///   ``boundedValue(weights:values:counts:capacity:method:memoryLimit:)``.
  /// - Complexity: O(N·W) time, O(W) memory.
  @inlinable
  public static func mixedValue<V: KnapsackValue>(
    items: [MixedItem<V>], capacity: Int, memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> V {
    let weights = items.map(\.weight), values = items.map(\.value)
    let copies = items.map { item -> Int in
      switch item.copies {
      case .one: return 1
      case .unlimited: return .max
      case .atMost(let n): return n
      }
    }
    try _validateCopies(weights: weights, values: values, copies: copies, capacity: capacity)
    try _checkTable(
      count: _cellCount(capacity), stride: 2 * MemoryLayout<V>.stride + 8, limit: memoryLimit)
    var base = V.zero
    var table = [V](repeating: .zero, count: capacity + 1)
    var old = [V](repeating: .zero, count: capacity + 1)
    var queue = [Int](repeating: 0, count: capacity + 1)
    table.withUnsafeMutableBufferPointer { f in
      old.withUnsafeMutableBufferPointer { old in
        queue.withUnsafeMutableBufferPointer { queue in
          for i in items.indices where weights[i] <= capacity && copies[i] > 0 {
            let w = weights[i], v = values[i]
            if w == 0 {
              // Validation refused unlimited zero-weight items worth more than 0.
              if copies[i] != .max { base = base + v._knapsackTimes(copies[i]) }
              continue
            }
            switch copies[i] {
            case 1: _passZeroOne(f, weight: w, value: v)
            case .max: _passUnbounded(f, weight: w, value: v)
            default:
              _passBounded(
                f, weight: w, value: v, count: min(copies[i], capacity / w), old: old,
                queue: queue)
            }
          }
        }
      }
    }
    return table[capacity] + base
  }
}
