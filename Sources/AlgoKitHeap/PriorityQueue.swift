// A fast priority queue: a 4-ary implicit heap in an array, with bottom-up pops.

/// A priority queue whose order is a type: a value type with copy-on-write storage.
///
/// Use the aliases for the common cases:
///
///     var q = PriorityQueue<Int>()        // smallest first
///     q.push(3); q.push(1); q.push(2)
///     q.pop()                             // 1
///     var m: MaxPriorityQueue<Int> = [3, 1, 2]
///     m.pop()                             // 3
///
/// and an ``PriorityOrder`` type for a custom order (never a stored closure, so a comparison
/// is a direct call the optimizer inlines):
///
///     enum ByDeadline: PriorityOrder {
///       static func areInIncreasingOrder(_ a: Job, _ b: Job) -> Bool { a.deadline < b.deadline }
///     }
///     var jobs = OrderedPriorityQueue<Job, ByDeadline>()
///
/// Layout: a 4-ary heap (children of `i` at `4i+1 ... 4i+4`): half the depth of a binary heap,
/// and the four children share a cache line. `pop` is bottom-up: the hole left by the root sinks
/// along the first-served children to a leaf (3 comparisons per level, no comparison with the
/// moved element), then the former last element rises from there, which is almost always at once.
///
/// - Ties: elements that are equal under the order are served in an unspecified order (not
///   first-in first-out); add a sequence number to the element for FIFO.
/// - NaN / non-strict orders: every operation still terminates and keeps every element
///   (`count` is exact, `drain()` returns all of them); only the serving order is unspecified.
public struct OrderedPriorityQueue<Element, Order: PriorityOrder> where Order.Element == Element {
  /// The heap, in 4-ary layout.
  @usableFromInline internal var _storage: [Element]

  /// An empty queue.
  ///
  /// - Complexity: O(1).
  @inlinable
  public init() { _storage = [] }

  /// A queue of the given elements, built in linear time (Floyd's heap construction).
  ///
  /// - Complexity: O(n) time, O(n) memory.
  @inlinable
  public init<S: Sequence>(_ elements: S) where S.Element == Element {
    _storage = Array(elements)
    _heapify()
    _checkInvariantsIfEnabled()
  }

  /// A queue of the array's elements, built in place in linear time: an array passed as its
  /// last use is not copied.
  ///
  /// - Complexity: O(n) time; no extra memory when the array is uniquely referenced.
  @inlinable
  public init(_ elements: consuming [Element]) {
    _storage = elements
    _heapify()
    _checkInvariantsIfEnabled()
  }

  /// The number of elements.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var count: Int { _storage.count }

  /// Whether the queue is empty.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var isEmpty: Bool { _storage.isEmpty }

  /// The elements in their internal heap order (unspecified beyond "the first is served
  /// first"): a read-only view, for iteration, sums, serialization.
  ///
  /// - Complexity: O(1) (the array shares the queue's storage until either is mutated).
  @inlinable
  public var unordered: [Element] { _storage }

  /// The element `pop()` would return, or nil when empty ("peek").
  ///
  /// - Complexity: O(1).
  @inlinable
  public func peek() -> Element? { _storage.first }

  /// Reserves room for `minimumCapacity` elements.
  ///
  /// - Complexity: O(n) when it reallocates.
  @inlinable
  public mutating func reserveCapacity(_ minimumCapacity: Int) {
    _storage.reserveCapacity(minimumCapacity)
  }

  /// Adds an element.
  ///
  /// - Complexity: O(log4 n) comparisons; amortized O(1) growth.
  @inlinable
  public mutating func push(_ element: Element) {
    _storage.append(element)
    _update { handle in
      let hole = handle.count &- 1
      handle._rise((handle.base + hole).move(), from: hole, limit: 0)
    }
    _checkInvariantsIfEnabled()
  }

  /// Removes and returns the first-served element; nil when empty.
  ///
  /// - Complexity: O(log4 n): about 3 comparisons per level of a 4-ary heap.
  @inlinable
  public mutating func pop() -> Element? {
    guard let last = _storage.popLast() else { return nil }
    if _storage.isEmpty { return last }
    let top = _update { handle in
      let top = handle.base.move()
      handle._sinkBottomUp(last, from: 0)
      return top
    }
    _checkInvariantsIfEnabled()
    return top
  }

  /// Pushes `element`, then pops the first-served element, in one sift.
  ///
  /// Returns `element` itself when the queue is empty or its top is not strictly before
  /// `element` (so on a tie the queue is unchanged).
  ///
  /// - Complexity: O(log4 n).
  @inlinable
  public mutating func pushPop(_ element: Element) -> Element {
    guard let first = _storage.first, Order.areInIncreasingOrder(first, element) else {
      return element
    }
    return _exchangeTop(with: element)
  }

  /// Removes the first-served element and pushes `element`, in one sift; returns the removed
  /// element (which may come after `element`). On an empty queue returns nil and `element`
  /// becomes the only element.
  ///
  /// - Complexity: O(log4 n).
  @inlinable
  @discardableResult
  public mutating func replaceTop(with element: Element) -> Element? {
    if _storage.isEmpty {
      _storage.append(element)
      return nil
    }
    return _exchangeTop(with: element)
  }

  /// Moves the first-served element out and sinks `element` from the root, bottom-up; the queue
  /// must not be empty. Shared by `pushPop` and `replaceTop`.
  @inlinable
  internal mutating func _exchangeTop(with element: Element) -> Element {
    let top = _update { handle in
      let top = handle.base.move()
      handle._sinkBottomUp(element, from: 0)
      return top
    }
    _checkInvariantsIfEnabled()
    return top
  }

  /// Removes every element and returns them in serving order (a heap sort), leaving the
  /// queue empty.
  ///
  /// - Complexity: O(n log n) time, O(n) memory for the result.
  @inlinable
  public mutating func drain() -> [Element] {
    var result: [Element] = []
    result.reserveCapacity(_storage.count)
    while let element = pop() { result.append(element) }
    return result
  }

  /// The elements in serving order, without changing the queue.
  ///
  /// - Complexity: O(n log n) time, O(n) memory.
  @inlinable
  public func sorted() -> [Element] {
    var copy = self
    return copy.drain()
  }

  /// Removes every element.
  ///
  /// - Complexity: O(n).
  @inlinable
  public mutating func removeAll(keepingCapacity keepCapacity: Bool = false) {
    _storage.removeAll(keepingCapacity: keepCapacity)
  }
}

/// A queue serving the smallest element first: `var q = PriorityQueue<Int>()`.
public typealias PriorityQueue<Element: Comparable> =
  OrderedPriorityQueue<Element, MinFirstOrder<Element>>

/// A queue serving the largest element first.
public typealias MaxPriorityQueue<Element: Comparable> =
  OrderedPriorityQueue<Element, MaxFirstOrder<Element>>

extension OrderedPriorityQueue: ExpressibleByArrayLiteral {
  /// A queue of the literal's elements.
  ///
  ///     let queue: PriorityQueue<Int> = [5, 1, 3]   // serves 1, 3, 5
  ///
  /// - Complexity: O(n) time (Floyd's heap construction), O(n) memory.
  @inlinable
  public init(arrayLiteral elements: Element...) { self.init(consume elements) }
}

extension OrderedPriorityQueue: Sendable where Element: Sendable {}
