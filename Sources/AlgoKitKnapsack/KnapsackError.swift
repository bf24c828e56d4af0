// The typed errors every knapsack entry point throws on bad input.

/// Why a knapsack call refused its input.
///
/// Every solver validates before it allocates: negative sizes, overflowing sums and tables over
/// the memory limit are reported with the offending item or size, never trapped on.
public enum KnapsackError: Error, Equatable, Sendable {
  /// `weights` and `values` (or other per-item arrays) have different lengths.
  case mismatchedLengths(weights: Int, values: Int)
  /// Item `item` has a negative weight (weights must be `>= 0`).
  case negativeWeight(item: Int, weight: Int)
  /// Item `item` has a negative value, or a NaN or infinite floating value.
  case invalidValue(item: Int)
  /// Item `item` has a negative count (bounded knapsack).
  case negativeCount(item: Int, count: Int)
  /// The capacity is negative.
  case negativeCapacity(Int)
  /// Summing the values (or counts of ways) overflows the value type; `item` is where it overflowed.
  case valueOverflow(item: Int)
  /// A DP table would need `bytes` bytes, over the configured `limit`.
  case tableTooLarge(bytes: Int, limit: Int)
  /// Item `item` weighs 0 and may be taken without limit (unbounded or mixed knapsack) while
  /// worth more than 0 (or, when counting, while any count is asked for): the answer is infinite.
  case unboundedItem(item: Int)
}
