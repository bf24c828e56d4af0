// The two sift routines of CPython's heapq (Lib/heapq.py `_siftdown` / `_siftup`, and the same
// loops in Modules/_heapqmodule.c), on raw memory, shared by every array function and by the
// heap sort, n-smallest and merge built on them.
//
// They are ported operation for operation so that the array after each call is the one CPython
// leaves, ties included:
// - only `areInIncreasingOrder` ("<") is ever called, with CPython's operand order;
// - `_siftup` moves the smaller child up until the hole reaches a leaf, choosing the RIGHT child
//   unless `left < right` (so on a tie the right child rises), then puts the item back with
//   `_siftdown`, which stops as soon as `newitem < parent` is false.
// Elements are moved through a hole (no copies, no retain/release traffic); the comparator must
// not throw, so the hole is always refilled before returning.

/// Namespace of the heapq-compatible sift routines (internal; bundle-safe name).
@usableFromInline
internal enum _HeapqCore {
  /// CPython `_siftdown(heap, startpos, pos)`: moves `base[pos]` up towards `start` while it is
  /// `areInIncreasingOrder(item, parent)`.
  @inlinable
  @inline(__always)
  internal static func siftDown<Element>(
    _ base: UnsafeMutablePointer<Element>, start: Int, pos: Int,
    by areInIncreasingOrder: (Element, Element) -> Bool
  ) {
    var pos = pos
    let newItem = (base + pos).move()
    while pos > start {
      let parentPos = (pos &- 1) &>> 1
      guard areInIncreasingOrder(newItem, base[parentPos]) else { break }
      (base + pos).initialize(to: (base + parentPos).move())
      pos = parentPos
    }
    (base + pos).initialize(to: newItem)
  }

  /// CPython `_siftup(heap, pos)` on the first `count` elements: the hole at `pos` sinks to a
  /// leaf along the smaller children (right child on ties), then the item rises back with
  /// `_siftdown(heap, pos, leaf)`.
  @inlinable
  @inline(__always)
  internal static func siftUp<Element>(
    _ base: UnsafeMutablePointer<Element>, count endPos: Int, pos: Int,
    by areInIncreasingOrder: (Element, Element) -> Bool
  ) {
    let startPos = pos
    var pos = pos
    let newItem = (base + pos).move()
    var childPos = 2 &* pos &+ 1
    // Both children exist: `childpos += not heap[childpos] < heap[rightpos]`. Near the root
    // (cache-resident) as branch-free index arithmetic, which avoids mispredictions; deeper, as
    // a branch, whose speculation starts the next level's cache miss early (branch-free costs
    // about 2x at 10^6 elements, branchy about 1.4x at 10^4). Same comparisons either way.
    let branchFreeEnd = Swift.min(endPos, _HeapqCore.cacheResidentCount(of: Element.self))
    while childPos &+ 1 < branchFreeEnd {
      childPos &+= areInIncreasingOrder(base[childPos], base[childPos &+ 1]) ? 0 : 1
      (base + pos).initialize(to: (base + childPos).move())
      pos = childPos
      childPos = 2 &* pos &+ 1
    }
    while childPos &+ 1 < endPos {
      if !areInIncreasingOrder(base[childPos], base[childPos &+ 1]) {
        childPos &+= 1
      }
      (base + pos).initialize(to: (base + childPos).move())
      pos = childPos
      childPos = 2 &* pos &+ 1
    }
    // A lone left child (only at the end of the array).
    if childPos < endPos {
      (base + pos).initialize(to: (base + childPos).move())
      pos = childPos
    }
    // `_siftdown(heap, startpos, pos)`, with the item still in hand.
    while pos > startPos {
      let parentPos = (pos &- 1) &>> 1
      guard areInIncreasingOrder(newItem, base[parentPos]) else { break }
      (base + pos).initialize(to: (base + parentPos).move())
      pos = parentPos
    }
    (base + pos).initialize(to: newItem)
  }

  /// How many leading elements of a heap fit in about 64 KiB: the levels that stay in cache,
  /// where branch-free child selection pays.
  @inlinable @inline(__always)
  internal static func cacheResidentCount<Element>(of _: Element.Type) -> Int {
    (1 &<< 16) / Swift.max(1, MemoryLayout<Element>.stride)
  }

  /// CPython `heapify`: `_siftup(x, i)` for `i` in `reversed(range(n // 2))`.
  ///
  /// Above 2,500 elements CPython's C module visits the same nodes in a cache-friendly order
  /// (each parent right after its two children); every `_siftup(i)` touches only the subtree of
  /// `i`, whose child subtrees are already heaps in both orders, so the result is identical.
  /// The plain order is used here: it is what the Python source does and is cache-friendly
  /// enough for the sizes measured.
  @inlinable
  internal static func heapify<Element>(
    _ base: UnsafeMutablePointer<Element>, count: Int,
    by areInIncreasingOrder: (Element, Element) -> Bool
  ) {
    var i = count &>> 1
    while i > 0 {
      i &-= 1
      siftUp(base, count: count, pos: i, by: areInIncreasingOrder)
    }
  }
}
