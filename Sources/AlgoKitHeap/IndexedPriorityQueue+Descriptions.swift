// Printing an indexed priority queue.

extension OrderedIndexedPriorityQueue: CustomStringConvertible {
  /// For example `IndexedPriorityQueue(count: 2, capacity: 10, top: (id: 3, priority: 1.5))`.
  public var description: String {
    var text = "IndexedPriorityQueue(count: \(_heap.count), capacity: \(_position.count)"
    if let first = _heap.first { text += ", top: (id: \(first.id), priority: \(first.priority))" }
    return text + ")"
  }
}

extension OrderedIndexedPriorityQueue: CustomDebugStringConvertible {
  /// The full type and the heap's `(id, priority)` entries in heap order.
  public var debugDescription: String {
    "\(Self.self)(capacity: \(_position.count), heap: \(_heap.map { (id: $0.id, priority: $0.priority) }))"
  }
}
