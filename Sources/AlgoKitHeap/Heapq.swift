// Python's heapq on Swift arrays: the same functions, the same array after every call.
//
// A heap here is a plain `Array` whose elements satisfy `!(a[(k - 1) / 2] > a[k])` in the order
// given (CPython's invariant `heap[k] <= heap[2k+1]` and `heap[k] <= heap[2k+2]`). The functions
// are exact ports of CPython 3.14's `Lib/heapq.py` / `Modules/_heapqmodule.c`; see `_HeapqCore`.
//
// `by: >` gives Python 3.14's `*_max` functions exactly: the min algorithm calls
// `lt(a, b)`, and `>` on a `Comparable` type is `b < a` (the standard library's default, and IEEE
// for floating point, NaN included). Substituting `lt(a, b) = b < a` into the three places the
// min algorithm compares gives, word for word, the max algorithm's comparisons:
//   `_siftdown`:    `newitem < parent`               becomes `parent < newitem`        (`_siftdown_max`)
//   `_siftup`:      `not heap[child] < heap[right]`  becomes `not heap[right] < heap[child]` (`_siftup_max`)
//   `heappushpop`:  `heap[0] < item`                 becomes `item < heap[0]`          (`heappushpop_max`)
// so the same comparisons are made on the same operands and every move is the same. This needs no
// strict weak order at all (it holds with NaN); it needs only that `>` means reversed `<`.
// The tests replay recorded CPython `*_max` runs (3.11's `_heapify_max`, `_heappop_max`,
// `_heapreplace_max`, and a reversed-`__lt__` wrapper for the rest) to check it.

extension Array {
  /// Rearranges the array into a heap in place, as Python's `heapq.heapify(a)`.
  ///
  ///     var a = [5, 3, 8, 1]
  ///     a.heapify()            // a == [1, 3, 8, 5], as in CPython
  ///
  /// - Parameter areInIncreasingOrder: The heap order: the element for which it is true against
  ///   every other ends up first. `by: >` is Python 3.14's `heapify_max`.
  /// - Ties: the same layout as CPython (same comparisons, same moves).
  /// - NaN / non-strict orders: never traps or loses an element; the result is whatever CPython
  ///   produces with the same comparison results (it may not be a heap).
  /// - Complexity: O(n) time (fewer than 2n comparisons), O(1) extra memory.
  @inlinable
  public mutating func heapify(by areInIncreasingOrder: (Element, Element) -> Bool) {
    let count = self.count
    guard count > 1 else { return }
    withUnsafeMutableBufferPointer { buffer in
      _HeapqCore.heapify(buffer.baseAddress!, count: count, by: areInIncreasingOrder)
    }
  }

  /// Adds an element to a heap, as Python's `heapq.heappush(a, x)`.
  ///
  /// - Parameters:
  ///   - element: The element to add.
  ///   - areInIncreasingOrder: The order the array was heapified with.
  /// - Ties and NaN: as CPython (the new element stops below the first parent it is not less than).
  /// - Complexity: O(log n) comparisons; amortized O(1) growth of the array.
  @inlinable
  public mutating func heapPush(
    _ element: Element, by areInIncreasingOrder: (Element, Element) -> Bool
  ) {
    append(element)
    let last = count &- 1
    withUnsafeMutableBufferPointer { buffer in
      _HeapqCore.siftDown(buffer.baseAddress!, start: 0, pos: last, by: areInIncreasingOrder)
    }
  }

  /// Removes and returns the first element of a heap, as Python's `heapq.heappop(a)`; nil when
  /// the array is empty (Python raises `IndexError`).
  ///
  /// The last element moves to the root and sinks with CPython's bottom-up `_siftup`.
  ///
  /// - Parameter areInIncreasingOrder: The order the array was heapified with.
  /// - Ties and NaN: as CPython (right child rises on a tie).
  /// - Complexity: O(log n) comparisons, O(1) extra memory.
  @inlinable
  public mutating func heapPop(by areInIncreasingOrder: (Element, Element) -> Bool) -> Element? {
    guard let last = popLast() else { return nil }
    if isEmpty { return last }
    return withUnsafeMutableBufferPointer { buffer in
      let base = buffer.baseAddress!
      let top = base.move()
      base.initialize(to: last)
      _HeapqCore.siftUp(base, count: buffer.count, pos: 0, by: areInIncreasingOrder)
      return top
    }
  }

  /// Pops the first element of a heap and pushes `element`, as Python's
  /// `heapq.heapreplace(a, x)` (pop first, so the result may be greater than `element`).
  ///
  /// On an empty array Python raises; here the call returns nil and `element` becomes the heap's
  /// only element, so nothing is lost and nothing traps.
  ///
  /// - Parameters:
  ///   - element: The element that takes the popped first element's place.
  ///   - areInIncreasingOrder: The order the array was heapified with.
  /// - Ties and NaN: as CPython.
  /// - Complexity: O(log n) comparisons, O(1) extra memory.
  @inlinable
  @discardableResult
  public mutating func heapReplace(
    _ element: Element, by areInIncreasingOrder: (Element, Element) -> Bool
  ) -> Element? {
    if isEmpty {
      append(element)
      return nil
    }
    return withUnsafeMutableBufferPointer { buffer in
      let base = buffer.baseAddress!
      let top = base.move()
      base.initialize(to: element)
      _HeapqCore.siftUp(base, count: buffer.count, pos: 0, by: areInIncreasingOrder)
      return top
    }
  }

  /// Pushes `element` and then pops the first element, as Python's `heapq.heappushpop(a, x)`,
  /// in one sift.
  ///
  /// Returns `element` itself unless `areInIncreasingOrder(a[0], element)` (CPython's
  /// `heap[0] < item`), so on a tie, on an empty heap, or when NaN is involved the heap is
  /// unchanged.
  ///
  /// - Parameters:
  ///   - element: The element to add.
  ///   - areInIncreasingOrder: The order the array was heapified with.
  /// - Complexity: O(log n) comparisons, O(1) extra memory.
  @inlinable
  public mutating func heapPushPop(
    _ element: Element, by areInIncreasingOrder: (Element, Element) -> Bool
  ) -> Element {
    guard !isEmpty else { return element }
    return withUnsafeMutableBufferPointer { buffer in
      let base = buffer.baseAddress!
      guard areInIncreasingOrder(base[0], element) else { return element }
      let top = base.move()
      base.initialize(to: element)
      _HeapqCore.siftUp(base, count: buffer.count, pos: 0, by: areInIncreasingOrder)
      return top
    }
  }
}

extension Array where Element: Comparable {
  /// Rearranges the array into a min-heap in place, as Python's `heapq.heapify(a)`.
  ///
  /// - NaN: never traps or loses an element; the layout is CPython's with the same comparisons.
  /// - Complexity: O(n) time, O(1) extra memory.
  @inlinable
  public mutating func heapify() { heapify(by: <) }

  /// Adds an element to a min-heap, as Python's `heapq.heappush(a, x)`.
  ///
  /// - Complexity: O(log n); amortized O(1) growth of the array.
  @inlinable
  public mutating func heapPush(_ element: Element) { heapPush(element, by: <) }

  /// Removes and returns the smallest element of a min-heap, as Python's `heapq.heappop(a)`;
  /// nil when the array is empty.
  ///
  /// - Ties: the same layout as CPython afterwards (right child rises on a tie).
  /// - Complexity: O(log n), O(1) extra memory.
  @inlinable
  public mutating func heapPop() -> Element? { heapPop(by: <) }

  /// Pops the smallest element, then pushes `element`, as Python's `heapq.heapreplace(a, x)`.
  /// On an empty array: returns nil and `element` becomes the only element.
  ///
  /// - Complexity: O(log n), O(1) extra memory.
  @inlinable
  @discardableResult
  public mutating func heapReplace(_ element: Element) -> Element? { heapReplace(element, by: <) }

  /// Pushes `element`, then pops the smallest, as Python's `heapq.heappushpop(a, x)`.
  /// Returns `element` unchanged unless `a[0] < element`.
  ///
  /// - Complexity: O(log n), O(1) extra memory.
  @inlinable
  public mutating func heapPushPop(_ element: Element) -> Element { heapPushPop(element, by: <) }
}
