// Orders for the priority queues, as types: a custom order costs no indirect call per comparison.

/// A strict weak order on `Element`, given as a type, for ``OrderedPriorityQueue`` and
/// ``OrderedIndexedPriorityQueue``.
///
/// The queues never store a closure: the order is a type parameter, so every comparison is a
/// direct, specializable static call.
///
///     enum ByDeadline: PriorityOrder {
///       static func areInIncreasingOrder(_ a: Job, _ b: Job) -> Bool { a.deadline < b.deadline }
///     }
///     var jobs = OrderedPriorityQueue<Job, ByDeadline>()
///
/// The element for which `areInIncreasingOrder` is true against the others is served first.
public protocol PriorityOrder<Element> {
  /// The ordered type.
  associatedtype Element
  /// True when `lhs` must be served before `rhs`. Must be a strict weak order for the queue's
  /// ordering guarantees; with anything else (NaN) the queues still keep every element.
  static func areInIncreasingOrder(_ lhs: Element, _ rhs: Element) -> Bool
}

/// Serves the smallest element first (`<`): the order of ``PriorityQueue``.
public enum MinFirstOrder<Element: Comparable>: PriorityOrder {
  /// `lhs < rhs`.
  ///
  /// - Complexity: O(1), one `<` of `Element`.
  @inlinable @inline(__always)
  public static func areInIncreasingOrder(_ lhs: Element, _ rhs: Element) -> Bool { lhs < rhs }
}

/// Serves the largest element first (`rhs < lhs`): the order of ``MaxPriorityQueue``.
public enum MaxFirstOrder<Element: Comparable>: PriorityOrder {
  /// `rhs < lhs`.
  ///
  /// - Complexity: O(1), one `<` of `Element`.
  @inlinable @inline(__always)
  public static func areInIncreasingOrder(_ lhs: Element, _ rhs: Element) -> Bool { rhs < lhs }
}
