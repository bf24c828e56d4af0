// Python's heapq.nsmallest / heapq.nlargest on any Sequence.

extension Sequence {
  /// The `n` first elements in the given order, as Python's `heapq.nsmallest(n, it, key)`:
  /// equal to the first `n` elements of a stable sort.
  ///
  ///     [(1, "a"), (0, "b"), (1, "c")].nSmallest(2, by: { $0.0 < $1.0 })
  ///     // [(0, "b"), (1, "a")]: of the two 1s, the earlier one
  ///
  /// Keeps a heap of `n` candidates tagged with their position; an element enters only if it is
  /// strictly before the current last candidate, so ties keep the earlier element.
  ///
  /// - Parameters:
  ///   - n: How many to return. `n <= 0` returns `[]`; `n` at or above the length returns the
  ///     whole sequence, stably sorted.
  ///   - areInIncreasingOrder: A strict weak order. With NaN (or any non-strict order) the call
  ///     never traps and returns `min(n, length)` of the input's elements, each once, but which
  ///     ones is unspecified.
  /// - Complexity: O(m log n) time for a sequence of length m, O(n) memory; one pass.
  @inlinable
  public func nSmallest(
    _ n: Int, by areInIncreasingOrder: (Element, Element) -> Bool
  ) -> [Element] {
    guard n > 0 else { return [] }
    // A strict total order on (element, position): the stable sort's order.
    func comesFirst(_ a: (element: Element, index: Int), _ b: (element: Element, index: Int)) -> Bool {
      areInIncreasingOrder(a.element, b.element)
        || (!areInIncreasingOrder(b.element, a.element) && a.index < b.index)
    }
    func comesLast(_ a: (element: Element, index: Int), _ b: (element: Element, index: Int)) -> Bool {
      comesFirst(b, a)
    }
    var kept: [(element: Element, index: Int)] = []
    kept.reserveCapacity(Swift.min(n, Swift.max(underestimatedCount, 16)))
    var iterator = makeIterator()
    var index = 0
    while index < n, let element = iterator.next() {
      kept.append((element, index))
      index &+= 1
    }
    if index == n {
      kept.withUnsafeMutableBufferPointer { buffer in
        let base = buffer.baseAddress!
        // The root is the candidate that comes last.
        _HeapqCore.heapify(base, count: n, by: comesLast)
        while let element = iterator.next() {
          // Strictly before the last candidate; a tie loses to the earlier position.
          if areInIncreasingOrder(element, base[0].element) {
            base[0] = (element, index)
            _HeapqCore.siftUp(base, count: n, pos: 0, by: comesLast)
          }
          index &+= 1
        }
      }
    }
    kept.sort(by: comesFirst)
    return kept.map { $0.element }
  }

  /// The `n` last elements in the given order, largest first, as Python's
  /// `heapq.nlargest(n, it, key)`: equal to the first `n` of a stable descending sort (ties
  /// keep input order).
  ///
  /// - Parameters:
  ///   - n: How many to return; `n <= 0` returns `[]`.
  ///   - areInIncreasingOrder: A strict weak order (NaN: as `nSmallest`).
  /// - Complexity: O(m log n) time, O(n) memory; one pass.
  @inlinable
  public func nLargest(
    _ n: Int, by areInIncreasingOrder: (Element, Element) -> Bool
  ) -> [Element] {
    nSmallest(n, by: { areInIncreasingOrder($1, $0) })
  }
}

extension Sequence where Element: Comparable {
  /// The `n` smallest elements in ascending order, as Python's `heapq.nsmallest(n, it)`;
  /// equal elements keep their input order.
  ///
  ///     [5, 1, 4, 1, 3].nSmallest(3)   // [1, 1, 3]
  ///
  /// - Parameter n: `n <= 0` returns `[]`.
  /// - NaN: never traps; returns `min(n, length)` input elements, which ones unspecified.
  /// - Complexity: O(m log n) time, O(n) memory.
  @inlinable
  public func nSmallest(_ n: Int) -> [Element] { nSmallest(n, by: <) }

  /// The `n` largest elements in descending order, as Python's `heapq.nlargest(n, it)`;
  /// equal elements keep their input order.
  ///
  /// - Parameter n: `n <= 0` returns `[]`.
  /// - NaN: never traps; returns `min(n, length)` input elements, which ones unspecified.
  /// - Complexity: O(m log n) time, O(n) memory.
  @inlinable
  public func nLargest(_ n: Int) -> [Element] { nSmallest(n, by: >) }
}
