// Printing an indexed priority queue.

extension OrderedIndexedPriorityQueue: CustomStringConvertible {
  /// For example `IndexedPriorityQueue(count: 2, capacity: 10, top: (id: 3, priority: 1.5))`.
  ///
  /// - Complexity: O(1) plus printing the top priority.
  public var description: String {
    var text = "IndexedPriorityQueue(count: \(_heap.count), capacity: \(_position.count)"
    if let first = _heap.first { text += ", top: (id: \(first.id), priority: \(first.priority))" }
    return text + ")"
  }
}

extension OrderedIndexedPriorityQueue: CustomDebugStringConvertible {
  /// The full type and the heap's `(id, priority)` entries in heap order.
  ///
  /// - Complexity: O(n).
  public var debugDescription: String {
    "\(Self.self)(capacity: \(_position.count), heap: \(_heap.map { (id: $0.id, priority: $0.priority) }))"
  }
}
