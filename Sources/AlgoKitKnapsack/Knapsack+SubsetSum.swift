// Subset sum on a word-parallel bitset: bit c set when some subset of weights sums to c.

extension Knapsack {
  /// The set of subset sums in `0...capacity`, as a bitset.
  public struct SubsetSums: Equatable, Sendable {
    /// The largest sum represented.
    public let capacity: Int
    /// Bit `c % 64` of word `c / 64` is set when `c` is a subset sum.
    public let words: [UInt64]

    @inlinable
    internal init(capacity: Int, words: [UInt64]) {
      self.capacity = capacity
      self.words = words
    }

    /// Whether some subset sums to exactly `sum`; false outside `0...capacity`.
    /// - Complexity: O(1).
    @inlinable
    public func contains(_ sum: Int) -> Bool {
      guard sum >= 0 && sum <= capacity else { return false }
      return words[sum >> 6] & (1 &<< UInt64(sum & 63)) != 0
    }

    /// How many sums in `0...capacity` are reachable (including 0).
    /// - Complexity: O(W/64).
    @inlinable
    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The reachable sums, ascending.
    /// - Complexity: O(W/64 + count).
    @inlinable
    public var sums: [Int] {
      var result: [Int] = []
      for (k, word) in words.enumerated() {
        var bits = word
        while bits != 0 {
          result.append(k << 6 | bits.trailingZeroBitCount)
          bits &= bits &- 1
        }
      }
      return result
    }
  }

  /// Every subset sum of `weights` up to `capacity`, by shift-or on 64-bit words.
  ///
  /// ```swift
  /// let s = try Knapsack.subsetSums(weights: [3, 5], capacity: 10)
  /// s.sums            // [0, 3, 5, 8]
  /// s.contains(8)     // true
  /// ```
  /// Each item ORs the bitset shifted left by its weight into itself, 64 sums per word
  /// operation, words above the running total weight skipped.
  ///
  /// - Throws: ``KnapsackError`` for a negative weight or capacity, or (W+1)/8 bytes over
  ///   `memoryLimit`.
  /// - Complexity: O(N·W/64) time, O(W/64) memory.
  @inlinable
  public static func subsetSums(
    weights: [Int], capacity: Int, memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> SubsetSums {
    try _validateSubsetSum(weights: weights, capacity: capacity)
    let wordCount = capacity >> 6 + 1
    try _checkTable(count: wordCount, stride: 8, limit: memoryLimit)
    var words = [UInt64](repeating: 0, count: wordCount)
    words[0] = 1
    words.withUnsafeMutableBufferPointer { b in
      var reach = 0
      for w in weights where w <= capacity {
        reach = capacity - reach < w ? capacity : reach + w
        _shiftOr(b.baseAddress!, weight: w, topWord: reach >> 6)
      }
    }
    _clearAbove(capacity, &words)
    return SubsetSums(capacity: capacity, words: words)
  }

  /// Whether some subset of `weights` sums to exactly `target`.
  ///
  /// ```swift
  /// try Knapsack.isSubsetSum(weights: [3, 5, 9], target: 14)  // true: 5 + 9
  /// ```
  /// - Throws: As ``subsetSums(weights:capacity:memoryLimit:)`` with `capacity: target`.
  /// - Complexity: O(N·target/64) time, O(target/64) memory.
  @inlinable
  public static func isSubsetSum(
    weights: [Int], target: Int, memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> Bool {
    try subsetSums(weights: weights, capacity: target, memoryLimit: memoryLimit).contains(target)
  }

  /// The lexicographically smallest ascending index list of items whose weights sum to exactly
  /// `target`, or nil if none does.
  ///
  /// **Tie rule:** as ``zeroOneItems(weights:values:capacity:memoryLimit:)``: smallest index
  /// list, a proper prefix counting as smaller (so `target: 0` gives `[]`).
  ///
  /// ```swift
  /// try Knapsack.subsetSumItems(weights: [4, 3, 5, 1], target: 8)  // [0, 1, 3]
  /// ```
  /// Keeps the bitset of every suffix of the items (N+1 bitsets), then walks forward taking the
  /// first item after which the rest of the target is still a suffix sum.
  ///
  /// - Throws: As ``subsetSums(weights:capacity:memoryLimit:)``; the N+1 bitsets,
  ///   (N+1)·(target/64+1)·8 bytes, must fit `memoryLimit`.
  /// - Complexity: O(N·target/64) time and memory.
  @inlinable
  public static func subsetSumItems(
    weights: [Int], target: Int, memoryLimit: Int = defaultMemoryLimit
  ) throws(KnapsackError) -> [Int]? {
    try _validateSubsetSum(weights: weights, capacity: target)
    let n = weights.count
    let wordCount = target >> 6 + 1
    guard let total = _product(n + 1, wordCount) else {
      throw .tableTooLarge(bytes: .max, limit: memoryLimit)
    }
    try _checkTable(count: total, stride: 8, limit: memoryLimit)
    // Row i: sums of a subset of items i..<n.
    var rows = [UInt64](repeating: 0, count: total)
    rows.withUnsafeMutableBufferPointer { b in
      let base = b.baseAddress!
      base[n * wordCount] = 1
      var reach = 0
      for i in stride(from: n - 1, through: 0, by: -1) {
        let row = base + i * wordCount
        row.update(from: row + wordCount, count: wordCount)
        let w = weights[i]
        if w > target { continue }
        reach = target - reach < w ? target : reach + w
        _shiftOr(row, weight: w, topWord: reach >> 6)
      }
    }
    func has(_ row: Int, _ sum: Int) -> Bool {
      rows[row * wordCount + sum >> 6] & (1 &<< UInt64(sum & 63)) != 0
    }
    guard has(0, target) else { return nil }
    var left = target
    var chosen: [Int] = []
    for i in 0..<n where left > 0 {
      let w = weights[i]
      if w <= left && has(i + 1, left - w) {
        chosen.append(i)
        left -= w
      }
    }
    return chosen
  }

  /// `b |= b << weight` over words `0...topWord`, downward so reads still see the old words.
  @inlinable
  internal static func _shiftOr(_ b: UnsafeMutablePointer<UInt64>, weight: Int, topWord: Int) {
    let q = weight >> 6
    let r = UInt64(weight & 63)
    var k = topWord
    if r == 0 {
      while k >= q {
        b[k] |= b[k &- q]
        k &-= 1
      }
      return
    }
    let l = 64 &- r
    guard k >= q else { return }
    // Word k gets (b[k-q] << r) | (b[k-q-1] >> (64-r)); the lower source carries to the next step.
    var high = b[k &- q]
    while k > q {
      let low = b[k &- q &- 1]
      b[k] |= (high &<< r) | (low &>> l)
      high = low
      k &-= 1
    }
    b[q] |= high &<< r
  }

  /// Zeroes the bits above `capacity` in the last word.
  @inlinable
  internal static func _clearAbove(_ capacity: Int, _ words: inout [UInt64]) {
    let used = UInt64(capacity & 63) &+ 1
    if used < 64 { words[words.count - 1] &= (1 &<< used) &- 1 }
  }

  @inlinable
  internal static func _validateSubsetSum(weights: [Int], capacity: Int) throws(KnapsackError) {
    guard capacity >= 0 else { throw .negativeCapacity(capacity) }
    for i in weights.indices where weights[i] < 0 {
      throw .negativeWeight(item: i, weight: weights[i])
    }
  }
}
