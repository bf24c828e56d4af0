// The namespace every knapsack solver lives in, and the limits they share.

/// Knapsack solvers: 0/1, unbounded, bounded, group, two-dimensional, mixed, counting,
/// value-indexed, bitset subset sum, and (in `LargeInstance*.swift`) large instances.
///
/// Every solver is a static function on this namespace. Weights and capacities are `Int`;
/// values are generic over `BinaryInteger` or `BinaryFloatingPoint`. Every entry point validates
/// its input before it allocates and throws ``KnapsackError`` on negative sizes, mismatched
/// lengths, overflowing value sums, NaN or infinite values, and tables over `memoryLimit`.
/// Empty item lists and zero capacity are ordinary inputs.
///
/// ```swift
/// let best = try Knapsack.zeroOneValue(weights: [1, 3, 4, 5], values: [1, 4, 5, 7], capacity: 7)
/// // best == 9 (items 1 and 2: weight 7, value 9)
/// ```
public enum Knapsack {
  /// The default cap on the bytes a single DP table may use: 1 GiB.
  ///
  /// Every solver that allocates a table takes a `memoryLimit:` parameter defaulting to this;
  /// a table over the limit is refused with ``KnapsackError/tableTooLarge(bytes:limit:)``
  /// before anything is allocated.
  public static let defaultMemoryLimit: Int = 1 << 30
}
