// The hot loops of OrderedPriorityQueue, on raw memory: moves through a hole, wrapping index
// arithmetic, no bounds or uniqueness checks inside the loops.

extension OrderedPriorityQueue {
  /// A view of the heap's initialized storage, valid inside `_update`.
  @usableFromInline
  @frozen
  internal struct _UnsafeHandle {
    @usableFromInline internal let base: UnsafeMutablePointer<Element>
    @usableFromInline internal let count: Int

    @inlinable @inline(__always)
    internal init(base: UnsafeMutablePointer<Element>, count: Int) {
      self.base = base
      self.count = count
    }

    @inlinable @inline(__always)
    internal func _less(_ a: Int, _ b: Int) -> Bool {
      Order.areInIncreasingOrder(base[a], base[b])
    }

    /// Fills the hole at `hole` with `item`, moving parents down while `item` comes before
    /// them, but not above index `limit`.
    @inlinable @inline(__always)
    internal func _rise(_ item: Element, from hole: Int, limit: Int) {
      var hole = hole
      while hole > limit {
        let parent = (hole &- 1) &>> 2
        guard Order.areInIncreasingOrder(item, base[parent]) else { break }
        (base + hole).initialize(to: (base + parent).move())
        hole = parent
      }
      (base + hole).initialize(to: item)
    }

    /// Fills the hole at `start` with `item`, bottom-up: the hole sinks along the first-served
    /// child (the leftmost on ties) to a leaf, then `item` rises from there (not above `start`).
    @inlinable @inline(__always)
    internal func _sinkBottomUp(_ item: Element, from start: Int) {
      var hole = start
      var first = 4 &* hole &+ 1
      let lastFullGroup = count &- 4
      // Levels where all four children exist, picking the leftmost first-served child.
      // Near the root (cache-resident): a branch-free tournament of three comparisons, so
      // random priorities cost no mispredictions. Deeper: branches, whose speculation starts
      // the next level's cache miss early, which matters more there.
      let branchFreeEnd = Swift.min(
        lastFullGroup &+ 1, _HeapqCore.cacheResidentCount(of: Element.self))
      while first < branchFreeEnd {
        let a = first &+ (_less(first &+ 1, first) ? 1 : 0)
        let b = first &+ (_less(first &+ 3, first &+ 2) ? 3 : 2)
        let best = _less(b, a) ? b : a
        (base + hole).initialize(to: (base + best).move())
        hole = best
        first = 4 &* hole &+ 1
      }
      while first <= lastFullGroup {
        var best = first
        if _less(first &+ 1, best) { best = first &+ 1 }
        if _less(first &+ 2, best) { best = first &+ 2 }
        if _less(first &+ 3, best) { best = first &+ 3 }
        (base + hole).initialize(to: (base + best).move())
        hole = best
        first = 4 &* hole &+ 1
      }
      // At most one partial group, whose children are leaves.
      if first < count {
        var best = first
        var child = first &+ 1
        while child < count {
          if _less(child, best) { best = child }
          child &+= 1
        }
        (base + hole).initialize(to: (base + best).move())
        hole = best
      }
      _rise(item, from: hole, limit: start)
    }

    /// Fills the hole at `start` with `item`, top-down: the hole sinks along the first-served
    /// child (the leftmost on ties) while that child comes before `item`. Heapify's sinks are
    /// short (most nodes sit just above the leaves), so stopping early beats sinking to a leaf.
    @inlinable @inline(__always)
    internal func _sinkTopDown(_ item: Element, from start: Int) {
      var hole = start
      var first = 4 &* hole &+ 1
      let lastFullGroup = count &- 4
      while first <= lastFullGroup {
        let a = first &+ (_less(first &+ 1, first) ? 1 : 0)
        let b = first &+ (_less(first &+ 3, first &+ 2) ? 3 : 2)
        let best = _less(b, a) ? b : a
        guard Order.areInIncreasingOrder(base[best], item) else { break }
        (base + hole).initialize(to: (base + best).move())
        hole = best
        first = 4 &* hole &+ 1
      }
      if first > lastFullGroup && first < count {  // one partial group, whose children are leaves
        var best = first
        var child = first &+ 1
        while child < count {
          if _less(child, best) { best = child }
          child &+= 1
        }
        if Order.areInIncreasingOrder(base[best], item) {
          (base + hole).initialize(to: (base + best).move())
          hole = best
        }
      }
      (base + hole).initialize(to: item)
    }

    /// Floyd's construction: sinks every internal node, last first.
    @inlinable
    internal func _heapify() {
      guard count > 1 else { return }
      var node = ((count &- 2) &>> 2) &+ 1
      while node > 0 {
        node &-= 1
        _sinkTopDown((base + node).move(), from: node)
      }
    }
  }

  /// Runs `body` on the storage; only call with a non-empty queue.
  @inlinable @inline(__always)
  internal mutating func _update<R>(_ body: (_UnsafeHandle) -> R) -> R {
    _storage.withUnsafeMutableBufferPointer { buffer in
      body(_UnsafeHandle(base: buffer.baseAddress!, count: buffer.count))
    }
  }

  @inlinable
  internal mutating func _heapify() {
    guard _storage.count > 1 else { return }
    _update { $0._heapify() }
  }
}
