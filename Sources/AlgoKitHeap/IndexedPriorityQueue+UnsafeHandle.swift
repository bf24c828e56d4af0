// The hot loops of OrderedIndexedPriorityQueue: a 4-ary heap that keeps the position table in
// step with every move.

extension OrderedIndexedPriorityQueue {
  @usableFromInline
  @frozen
  internal struct _UnsafeHandle {
    @usableFromInline internal let heap: UnsafeMutablePointer<_Entry>
    @usableFromInline internal let count: Int
    @usableFromInline internal let position: UnsafeMutablePointer<Int>

    @inlinable @inline(__always)
    internal init(heap: UnsafeMutablePointer<_Entry>, count: Int, position: UnsafeMutablePointer<Int>) {
      self.heap = heap
      self.count = count
      self.position = position
    }

    /// Priority first, then the smaller id: a strict total order when the priorities' order
    /// is a strict weak order, so the serving order is deterministic.
    @inlinable @inline(__always)
    internal static func _comesFirst(_ a: _Entry, _ b: _Entry) -> Bool {
      if Order.areInIncreasingOrder(a.priority, b.priority) { return true }
      return !Order.areInIncreasingOrder(b.priority, a.priority) && a.id < b.id
    }

    @inlinable @inline(__always)
    internal func _less(_ a: Int, _ b: Int) -> Bool { Self._comesFirst(heap[a], heap[b]) }

    /// Moves the entry at `source` into the hole at `hole`, updating its position.
    @inlinable @inline(__always)
    internal func _move(from source: Int, to hole: Int) {
      (heap + hole).initialize(to: (heap + source).move())
      position[heap[hole].id] = hole
    }

    @inlinable @inline(__always)
    internal func _fill(_ hole: Int, with entry: _Entry) {
      position[entry.id] = hole
      (heap + hole).initialize(to: entry)
    }

    @inlinable @inline(__always)
    internal func _rise(_ entry: _Entry, from hole: Int, limit: Int) {
      var hole = hole
      while hole > limit {
        let parent = (hole &- 1) &>> 2
        guard Self._comesFirst(entry, heap[parent]) else { break }
        _move(from: parent, to: hole)
        hole = parent
      }
      _fill(hole, with: entry)
    }

    /// Bottom-up sink from `start`: the hole goes to a leaf along first-served children, then
    /// `entry` rises back, not above `start`.
    @inlinable @inline(__always)
    internal func _sinkBottomUp(_ entry: _Entry, from start: Int) {
      var hole = start
      var first = 4 &* hole &+ 1
      let lastFullGroup = count &- 4
      while first <= lastFullGroup {
        // Index arithmetic instead of branches: random priorities would mispredict them.
        let a = first &+ (_less(first &+ 1, first) ? 1 : 0)
        let b = first &+ (_less(first &+ 3, first &+ 2) ? 3 : 2)
        let best = _less(b, a) ? b : a
        _move(from: best, to: hole)
        hole = best
        first = 4 &* hole &+ 1
      }
      if first < count {
        var best = first
        var child = first &+ 1
        while child < count {
          if _less(child, best) { best = child }
          child &+= 1
        }
        _move(from: best, to: hole)
        hole = best
      }
      _rise(entry, from: hole, limit: start)
    }

    /// Fills the hole at `slot` (whose entry was `replaced`) with `entry`, up or down.
    @inlinable @inline(__always)
    internal func _place(_ entry: _Entry, at slot: Int, replacing replaced: _Entry) {
      if Self._comesFirst(entry, replaced) {
        _rise(entry, from: slot, limit: 0)
      } else {
        _sinkBottomUp(entry, from: slot)
      }
    }
  }

  /// Runs `body` on the heap and position table; only call with a non-empty heap.
  @inlinable @inline(__always)
  internal mutating func _update<R>(_ body: (_UnsafeHandle) -> R) -> R {
    _heap.withUnsafeMutableBufferPointer { heap in
      _position.withUnsafeMutableBufferPointer { position in
        body(_UnsafeHandle(heap: heap.baseAddress!, count: heap.count, position: position.baseAddress!))
      }
    }
  }
}
