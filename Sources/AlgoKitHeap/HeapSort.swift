// Heap sort built on the heapq sift routines.

extension Array {
  /// Sorts the array in place with heap sort (heapify into a max-heap, then repeatedly move the
  /// root behind the shrinking heap), using CPython's sift routines.
  ///
  ///     var a = [3, 1, 2]
  ///     a.heapSort(by: >)   // [3, 2, 1]
  ///
  /// - Parameter areInIncreasingOrder: A strict weak order.
  /// - Ties: not stable (equal elements may change their relative order); use `sort(by:)` for a
  ///   stable sort.
  /// - NaN / non-strict orders: never traps; the result is a permutation of the input, in an
  ///   unspecified order.
  /// - Complexity: O(n log n) time worst case, O(1) extra memory.
  @inlinable
  public mutating func heapSort(by areInIncreasingOrder: (Element, Element) -> Bool) {
    let count = self.count
    guard count > 1 else { return }
    func comesLast(_ a: Element, _ b: Element) -> Bool { areInIncreasingOrder(b, a) }
    withUnsafeMutableBufferPointer { buffer in
      let base = buffer.baseAddress!
      _HeapqCore.heapify(base, count: count, by: comesLast)
      var end = count &- 1
      while end > 0 {
        let top = base.move()
        base.initialize(to: (base + end).move())
        (base + end).initialize(to: top)
        _HeapqCore.siftUp(base, count: end, pos: 0, by: comesLast)
        end &-= 1
      }
    }
  }
}

extension Array where Element: Comparable {
  /// Sorts the array ascending in place with heap sort.
  ///
  /// - Ties: not stable. NaN: never traps; the result is a permutation, order unspecified.
  /// - Complexity: O(n log n) time, O(1) extra memory.
  @inlinable
  public mutating func heapSort() { heapSort(by: <) }
}

extension Sequence {
  /// The elements sorted by heap sort, as a new array.
  ///
  /// - Ties: not stable. NaN: never traps; a permutation in unspecified order.
  /// - Complexity: O(n log n) time, O(n) memory for the result.
  @inlinable
  public func heapSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
    var result = Array(self)
    result.heapSort(by: areInIncreasingOrder)
    return result
  }
}

extension Sequence where Element: Comparable {
  /// The elements in ascending order, sorted by heap sort, as a new array.
  ///
  /// - Complexity: O(n log n) time, O(n) memory for the result.
  @inlinable
  public func heapSorted() -> [Element] { heapSorted(by: <) }
}
