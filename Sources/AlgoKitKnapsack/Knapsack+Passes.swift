// One-item passes over a rolling array, shared by the unbounded, bounded and mixed solvers,
// and the validation they share.

extension Knapsack {
  /// 0/1 pass: `f[j] = max(f[j], f[j-w] + v)`, `j` downward so each item is used once.
  @inlinable
  internal static func _passZeroOne<V: KnapsackValue>(
    _ f: UnsafeMutableBufferPointer<V>, weight w: Int, value v: V
  ) {
    var j = f.count &- 1
    while j >= w {
      let candidate = f[j &- w] + v
      if candidate > f[j] { f[j] = candidate }
      j &-= 1
    }
  }

  /// Unbounded pass: `j` upward, so `f[j-w]` may already include copies of this item.
  /// - Precondition: `w > 0`.
  @inlinable
  internal static func _passUnbounded<V: KnapsackValue>(
    _ f: UnsafeMutableBufferPointer<V>, weight w: Int, value v: V
  ) {
    var j = w
    while j < f.count {
      let candidate = f[j &- w] + v
      if candidate > f[j] { f[j] = candidate }
      j &+= 1
    }
  }

  /// Bounded pass by the monotone queue: at most `count` copies, O(W) whatever the count.
  ///
  /// Per residue `r` of the capacity modulo `w`, cell `k` (capacity `r + k·w`) becomes
  /// `max over t in [k - count, k] of old[t] + (k - t)·v`. Candidate `a` is dominated by a later
  /// `b` once `old[a] + (b - a)·v <= old[b]` (that gap stays fixed as `k` grows), so the queue
  /// keeps indices whose candidates decrease, and its front is the window's best.
  /// `old` and `queue` are scratch buffers of at least `f.count / w + 1` elements.
  /// - Precondition: `w > 0`, `count >= 1`.
  @inlinable
  internal static func _passBounded<V: KnapsackValue>(
    _ f: UnsafeMutableBufferPointer<V>, weight w: Int, value v: V, count: Int,
    old: UnsafeMutableBufferPointer<V>, queue: UnsafeMutableBufferPointer<Int>
  ) {
    let capacity = f.count &- 1
    var r = 0
    while r < w && r <= capacity {
      let last = (capacity &- r) / w  // cells k = 0...last
      var k = 0
      while k <= last { old[k] = f[r &+ k &* w]; k &+= 1 }
      var head = 0, tail = 0  // queue[head..<tail]
      k = 0
      while k <= last {
        let g = old[k]
        while tail > head {
          let a = queue[tail &- 1]
          if old[a] + v._knapsackTimes(k &- a) <= g { tail &-= 1 } else { break }
        }
        queue[tail] = k
        tail &+= 1
        if queue[head] < k &- count { head &+= 1 }
        let t = queue[head]
        f[r &+ k &* w] = old[t] + v._knapsackTimes(k &- t)
        k &+= 1
      }
      r &+= 1
    }
  }

  /// Validates items with copy limits (`Int.max` = unlimited) and proves the DP cannot overflow:
  /// the sum over items of `value × min(copies, capacity / weight)` must fit `V`.
  @inlinable
  internal static func _validateCopies<V: KnapsackValue>(
    weights: [Int], values: [V], copies: [Int], capacity: Int
  ) throws(KnapsackError) {
    guard weights.count == values.count else {
      throw .mismatchedLengths(weights: weights.count, values: values.count)
    }
    guard capacity >= 0 else { throw .negativeCapacity(capacity) }
    var total = V.zero
    for i in weights.indices {
      let w = weights[i], v = values[i], c = copies[i]
      guard w >= 0 else { throw .negativeWeight(item: i, weight: w) }
      guard v._isValidKnapsackValue else { throw .invalidValue(item: i) }
      guard c >= 0 else { throw .negativeCount(item: i, count: c) }
      if w == 0 && c == .max && v > .zero { throw .unboundedItem(item: i) }
      let usable = w == 0 ? (c == .max ? 0 : c) : min(c, capacity / w)
      guard let most = v._knapsackMultiplied(by: usable),
        let t = total._knapsackAdding(most)
      else { throw .valueOverflow(item: i) }
      total = t
    }
  }
}
