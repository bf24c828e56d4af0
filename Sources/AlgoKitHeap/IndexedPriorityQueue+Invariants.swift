// Consistency checks for OrderedIndexedPriorityQueue: always callable, automatic after each
// mutation only with -DALGOKIT_INTERNAL_CHECKS.

extension OrderedIndexedPriorityQueue {
  /// Traps unless the position table and the heap agree and no entry comes before its parent
  /// (by priority, then id).
  ///
  /// The heap-order part is meaningful only for a strict weak order.
  ///
  /// - Complexity: O(capacity).
  public func _checkInvariants() {
    var present = 0
    for id in 0..<_position.count where _position[id] >= 0 {
      present += 1
      let slot = _position[id]
      precondition(slot < _heap.count && _heap[slot].id == id, "IndexedPriorityQueue: stale position of \(id)")
    }
    precondition(present == _heap.count, "IndexedPriorityQueue: \(_heap.count) entries, \(present) positions")
    var slot = 1
    while slot < _heap.count {
      let parent = (slot - 1) / 4
      precondition(
        !_UnsafeHandle._comesFirst(_heap[slot], _heap[parent]),
        "IndexedPriorityQueue: slot \(slot) comes before its parent \(parent)")
      slot += 1
    }
  }

  @inlinable @inline(__always)
  internal func _checkInvariantsIfEnabled() {
    #if ALGOKIT_INTERNAL_CHECKS
      _checkInvariants()
    #endif
  }
}
