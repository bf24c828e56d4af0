// An addressable priority queue keyed by integer ids in 0..<capacity (Dijkstra, Prim).

/// A priority queue of integer ids `0..<capacity`, each with a priority that can be read,
/// changed in either direction, or removed by id.
///
///     var q = IndexedPriorityQueue<Int>(capacity: n)   // smallest priority first
///     q.insert(source, priority: 0)
///     while let (u, d) = q.pop() {
///       for (v, w) in graph[u] where d + w < dist[v] {
///         dist[v] = d + w
///         q.update(v, priority: d + w)    // inserts, or moves v, in one call
///       }
///     }
///
/// Layout: a 4-ary heap of `(priority, id)` entries plus a position table indexed by id, so
/// `contains`, `priority(of:)` are O(1) and `update`/`remove` are O(log n).
///
/// - Ties: deterministic. Equal priorities are served smallest id first (the heap orders
///   entries by priority, then id).
/// - Bad ids: queries (`contains`, `priority(of:)`, `remove`) answer false / nil for any id
///   outside `0..<capacity`, negative ids included. Calls that would store an id
///   (`insert`, `update`, `decreaseKey`) require `0 <= id < capacity` (a precondition: storing
///   it would need room the queue does not have, and dropping it would lose the caller's data).
///   Inserting an id that is already present returns false and changes nothing.
/// - NaN / non-strict orders: every call terminates and keeps every id; only the serving order
///   is unspecified.
public struct OrderedIndexedPriorityQueue<Priority, Order: PriorityOrder>
where Order.Element == Priority {
  /// A heap slot: the priority and whose it is.
  @usableFromInline
  @frozen
  internal struct _Entry {
    @usableFromInline internal var priority: Priority
    @usableFromInline internal var id: Int

    @inlinable @inline(__always)
    internal init(priority: Priority, id: Int) {
      self.priority = priority
      self.id = id
    }
  }

  /// The 4-ary heap of entries.
  @usableFromInline internal var _heap: [_Entry]
  /// `_position[id]` is the heap slot of `id`, or -1 when absent.
  @usableFromInline internal var _position: [Int]

  /// An empty queue accepting ids `0..<capacity`.
  ///
  /// - Precondition: `capacity >= 0`.
  /// - Complexity: O(capacity) time and memory.
  @inlinable
  public init(capacity: Int) {
    precondition(capacity >= 0, "IndexedPriorityQueue: capacity must be >= 0, got \(capacity)")
    _heap = []
    _position = Array(repeating: -1, count: capacity)
  }

  /// The ids accepted are `0..<capacity`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var capacity: Int { _position.count }

  /// The number of ids in the queue.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var count: Int { _heap.count }

  /// Whether the queue is empty.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var isEmpty: Bool { _heap.isEmpty }

  /// Whether `id` is in the queue; false for ids outside `0..<capacity`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func contains(_ id: Int) -> Bool {
    UInt(bitPattern: id) < UInt(bitPattern: _position.count) && _position[id] >= 0
  }

  /// The priority of `id`, or nil when it is absent or outside `0..<capacity`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func priority(of id: Int) -> Priority? {
    guard contains(id) else { return nil }
    return _heap[_position[id]].priority
  }

  /// The id and priority `pop()` would return, or nil when empty.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func peek() -> (id: Int, priority: Priority)? {
    guard let first = _heap.first else { return nil }
    return (first.id, first.priority)
  }

  @inlinable @inline(__always)
  internal func _checkStorable(_ id: Int) {
    precondition(
      UInt(bitPattern: id) < UInt(bitPattern: _position.count),
      "IndexedPriorityQueue: id \(id) is outside 0..<\(_position.count)")
  }

  /// Inserts `id` with `priority`; returns false (and changes nothing) if `id` is already
  /// present: use ``update(_:priority:)`` to change it.
  ///
  /// - Precondition: `0 <= id < capacity`.
  /// - Complexity: O(log n).
  @inlinable
  @discardableResult
  public mutating func insert(_ id: Int, priority: Priority) -> Bool {
    _checkStorable(id)
    guard _position[id] < 0 else { return false }
    _heap.append(_Entry(priority: priority, id: id))
    _update { handle in
      let hole = handle.count &- 1
      handle._rise((handle.heap + hole).move(), from: hole, limit: 0)
    }
    _checkInvariantsIfEnabled()
    return true
  }

  /// Sets the priority of `id`, in either direction, inserting it if absent; returns the
  /// previous priority, or nil if `id` was inserted.
  ///
  /// - Precondition: `0 <= id < capacity`.
  /// - Complexity: O(log n).
  @inlinable
  @discardableResult
  public mutating func update(_ id: Int, priority: Priority) -> Priority? {
    _checkStorable(id)
    let slot = _position[id]
    guard slot >= 0 else {
      insert(id, priority: priority)
      return nil
    }
    let old = _update { handle in
      let removed = (handle.heap + slot).move()
      handle._place(_Entry(priority: priority, id: id), at: slot, replacing: removed)
      return removed.priority
    }
    _checkInvariantsIfEnabled()
    return old
  }

  /// Lowers the priority of `id` to `priority` when that comes strictly first, or inserts `id`
  /// when absent (the relaxation step of Dijkstra and Prim); returns whether the queue changed.
  /// A priority that does not come first leaves the queue unchanged and returns false.
  ///
  /// - Precondition: `0 <= id < capacity`.
  /// - Complexity: O(log n).
  @inlinable
  @discardableResult
  public mutating func decreaseKey(_ id: Int, to priority: Priority) -> Bool {
    _checkStorable(id)
    let slot = _position[id]
    guard slot >= 0 else { return insert(id, priority: priority) }
    guard Order.areInIncreasingOrder(priority, _heap[slot].priority) else { return false }
    _update { handle in
      _ = (handle.heap + slot).move()
      handle._rise(_Entry(priority: priority, id: id), from: slot, limit: 0)
    }
    _checkInvariantsIfEnabled()
    return true
  }

  /// Removes and returns the first-served id and its priority (smallest id among equal
  /// priorities); nil when empty.
  ///
  /// - Complexity: O(log n).
  @inlinable
  public mutating func pop() -> (id: Int, priority: Priority)? {
    guard let last = _heap.popLast() else { return nil }
    if _heap.isEmpty {
      _position[last.id] = -1
      return (last.id, last.priority)
    }
    let top = _update { handle in
      let top = handle.heap.move()
      handle.position[top.id] = -1
      handle._sinkBottomUp(last, from: 0)
      return top
    }
    _checkInvariantsIfEnabled()
    return (top.id, top.priority)
  }

  /// Removes `id` and returns its priority; nil (and no change) when absent or outside
  /// `0..<capacity`.
  ///
  /// - Complexity: O(log n).
  @inlinable
  @discardableResult
  public mutating func remove(_ id: Int) -> Priority? {
    guard contains(id) else { return nil }
    let slot = _position[id]
    let last = _heap.removeLast()
    _position[id] = -1
    if slot == _heap.count { return last.priority }
    let removed = _update { handle in
      let removed = (handle.heap + slot).move()
      handle._place(last, at: slot, replacing: removed)
      return removed
    }
    _checkInvariantsIfEnabled()
    return removed.priority
  }

  /// Removes every id (the capacity stays).
  ///
  /// - Complexity: O(n).
  @inlinable
  public mutating func removeAll() {
    for entry in _heap { _position[entry.id] = -1 }
    _heap.removeAll(keepingCapacity: true)
  }
}

/// An indexed queue serving the smallest priority first (smallest id among equals).
public typealias IndexedPriorityQueue<Priority: Comparable> =
  OrderedIndexedPriorityQueue<Priority, MinFirstOrder<Priority>>

/// An indexed queue serving the largest priority first (smallest id among equals).
public typealias MaxIndexedPriorityQueue<Priority: Comparable> =
  OrderedIndexedPriorityQueue<Priority, MaxFirstOrder<Priority>>

extension OrderedIndexedPriorityQueue: Sendable where Priority: Sendable {}
extension OrderedIndexedPriorityQueue._Entry: Sendable where Priority: Sendable {}
