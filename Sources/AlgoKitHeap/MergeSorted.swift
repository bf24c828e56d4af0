// Python's heapq.merge: a lazy, stable k-way merge of sorted sequences.

/// A lazy merge of sorted sequences into one sorted sequence, as Python's `heapq.merge`.
///
/// Made by ``Swift/Sequence/mergeSorted()`` or ``Swift/Sequence/mergeSorted(by:)``. Elements are
/// pulled from the inputs only as the merge is iterated (one look-ahead element per input).
///
/// - Ties: stable; among equal elements the one from the earlier input comes first, in any
///   order (`by: >` merges descending inputs, like Python's `reverse=True`, still earlier input
///   first).
/// - Unsorted inputs or NaN: never traps and yields every element exactly once, in the order
///   the same comparisons imply.
/// - Complexity: O(log k) per element for k inputs, O(k) memory.
public struct MergeSortedSequence<Base: Sequence>: Sequence, LazySequenceProtocol
where Base.Element: Sequence {
  /// The merged sequences' element type.
  public typealias Element = Base.Element.Element

  @usableFromInline internal let _base: Base
  @usableFromInline internal let _areInIncreasingOrder: (Element, Element) -> Bool

  @inlinable
  internal init(_base: Base, areInIncreasingOrder: @escaping (Element, Element) -> Bool) {
    self._base = _base
    self._areInIncreasingOrder = areInIncreasingOrder
  }

  /// The iterator of a ``MergeSortedSequence``.
  public struct Iterator: IteratorProtocol {
    @usableFromInline internal var _inputs: [Base.Element.Iterator]
    /// A heap of the inputs' look-ahead elements, tagged with their input's position.
    @usableFromInline internal var _heap: [(element: Element, input: Int)] = []
    @usableFromInline internal var _started = false
    @usableFromInline internal let _areInIncreasingOrder: (Element, Element) -> Bool

    @inlinable
    internal init(
      _inputs: [Base.Element.Iterator],
      areInIncreasingOrder: @escaping (Element, Element) -> Bool
    ) {
      self._inputs = _inputs
      self._areInIncreasingOrder = areInIncreasingOrder
    }

    /// The next element of the merge, or nil when every input is exhausted.
    ///
    /// - Complexity: O(log k).
    @inlinable
    public mutating func next() -> Element? {
      let lt = _areInIncreasingOrder
      // The stable order: by element, then by input position.
      func comesFirst(_ a: (element: Element, input: Int), _ b: (element: Element, input: Int)) -> Bool {
        lt(a.element, b.element) || (!lt(b.element, a.element) && a.input < b.input)
      }
      if !_started {
        _started = true
        _heap.reserveCapacity(_inputs.count)
        for input in _inputs.indices {
          if let first = _inputs[input].next() { _heap.append((first, input)) }
        }
        _heap.heapify(by: comesFirst)
      }
      guard let input = _heap.first?.input else { return nil }
      if let following = _inputs[input].next() {
        return _heap.heapReplace((following, input), by: comesFirst)!.element
      }
      return _heap.heapPop(by: comesFirst)!.element
    }
  }

  /// Starts a merge; no element is pulled until the first `next()`.
  ///
  /// - Complexity: O(k) time and memory for k inputs (one iterator each).
  @inlinable
  public func makeIterator() -> Iterator {
    Iterator(_inputs: _base.map { $0.makeIterator() }, areInIncreasingOrder: _areInIncreasingOrder)
  }
}

extension Sequence where Element: Sequence {
  /// Lazily merges sequences that are each sorted by `areInIncreasingOrder`, as Python's
  /// `heapq.merge(*its, key=...)`; use `by: >` for descending inputs (`reverse=True`).
  ///
  ///     Array([[9, 4, 1], [4, 2], [3]].mergeSorted(by: >))   // [9, 4, 4, 3, 2, 1]
  ///
  /// - Ties: among equal elements the earlier input's comes first, in every order.
  /// - Unsorted inputs / NaN: never traps; every element is yielded exactly once.
  /// - Complexity: O(1) to create; O(log k) per element for k inputs, O(k) memory.
  @inlinable
  public func mergeSorted(
    by areInIncreasingOrder: @escaping (Element.Element, Element.Element) -> Bool
  ) -> MergeSortedSequence<Self> {
    MergeSortedSequence(_base: self, areInIncreasingOrder: areInIncreasingOrder)
  }
}

extension Sequence where Element: Sequence, Element.Element: Comparable {
  /// Lazily merges ascending sequences into one ascending sequence, as Python's
  /// `heapq.merge(*its)`.
  ///
  ///     Array([[1, 4, 9], [2, 4], [3]].mergeSorted())   // [1, 2, 3, 4, 4, 9]
  ///
  /// - Ties: the earlier input's element comes first.
  /// - Complexity: O(1) to create; O(log k) per element for k inputs, O(k) memory.
  @inlinable
  public func mergeSorted() -> MergeSortedSequence<Self> { mergeSorted(by: <) }
}
