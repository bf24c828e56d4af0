// Printing a priority queue.

extension OrderedPriorityQueue: CustomStringConvertible {
  /// For example `PriorityQueue(count: 3, top: 1)`, or `PriorityQueue(count: 0)` when empty.
  ///
  /// - Complexity: O(1) plus printing the top element.
  public var description: String {
    guard let top = _storage.first else { return "PriorityQueue(count: 0)" }
    return "PriorityQueue(count: \(_storage.count), top: \(top))"
  }
}

extension OrderedPriorityQueue: CustomDebugStringConvertible {
  /// The full type and the storage in heap order, for example
  /// `OrderedPriorityQueue<Int, MinFirstOrder<Int>>(unordered: [1, 3, 2])`.
  ///
  /// - Complexity: O(n).
  public var debugDescription: String {
    "\(Self.self)(unordered: \(_storage))"
  }
}
