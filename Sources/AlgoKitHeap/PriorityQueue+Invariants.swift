// Heap-property checks: always callable (tests call them), automatic after each mutation only
// when built with -DALGOKIT_INTERNAL_CHECKS.

extension OrderedPriorityQueue {
  /// Traps unless no element comes before its parent in the 4-ary layout.
  ///
  /// Meaningful only for a strict weak order (with NaN the layout may legitimately violate it).
  ///
  /// - Complexity: O(n).
  public func _checkInvariants() {
    var index = 1
    while index < _storage.count {
      let parent = (index - 1) / 4
      precondition(
        !Order.areInIncreasingOrder(_storage[index], _storage[parent]),
        "PriorityQueue: element \(index) comes before its parent \(parent)")
      index += 1
    }
  }

  @inlinable @inline(__always)
  internal func _checkInvariantsIfEnabled() {
    #if ALGOKIT_INTERNAL_CHECKS
      _checkInvariants()
    #endif
  }
}
