// One test per row of the bad-input matrix (Sources/AlgoKit/AlgoKit.docc/BadInput.md), heap family.
// Preconditions are checked with exit tests: the body must stop the process.

import AlgoKitHeap
import Testing

@Suite("Bad-input matrix: heaps")
struct HeapBadInputMatrixTests {
  @Test("heapq: empty arrays give nil / keep the element; NaN loses nothing")
  func heapqRow() {
    var empty: [Int] = []
    empty.heapify()
    let popped = empty.heapPop()
    #expect(popped == nil)
    let replaced = empty.heapReplace(5)
    #expect(replaced == nil && empty == [5])
    var other: [Int] = []
    let pushPopped = other.heapPushPop(3)
    #expect(pushPopped == 3 && other.isEmpty)
    var withNaN: [Double] = [3, .nan, 1, .nan, -.infinity, .infinity, 2]
    withNaN.heapify()
    withNaN.heapPush(.nan)
    _ = withNaN.heapReplace(.nan)
    _ = withNaN.heapPushPop(0)
    var all: [Double] = []
    while let x = withNaN.heapPop() { all.append(x) }
    #expect(all.count == 8)  // 7, one push, replace and pushPop each put one back
    #expect([Double.nan, 1, .nan, 0].heapSorted().filter(\.isNaN).count == 2)
  }

  @Test("nSmallest / nLargest: n <= 0 gives [], n beyond the count gives everything")
  func nSmallestRow() {
    let a = [5, 1, 4, 1]
    #expect(a.nSmallest(-1) == [] && a.nSmallest(Int.min) == [] && a.nLargest(0) == [])
    #expect(a.nSmallest(Int.max) == [1, 1, 4, 5] && a.nLargest(99) == [5, 4, 1, 1])
    #expect([Double.nan, 2, .nan, 1].nSmallest(3).count == 3)
  }

  @Test("mergeSorted: unsorted or NaN inputs yield every element once")
  func mergeSortedRow() {
    let merged = Array([[3.0, 1, .nan], [], [.nan, 2]].mergeSorted())
    #expect(merged.count == 5 && merged.filter(\.isNaN).count == 2)
    #expect(Array([[Int]]().mergeSorted()) == [])
  }

  @Test("PriorityQueue: empty pop/peek give nil, replaceTop/pushPop on empty keep the element, NaN kept")
  func priorityQueueRow() {
    var q = PriorityQueue<Int>()
    let popped = q.pop(), drained = q.drain()
    #expect(popped == nil && q.peek() == nil && drained == [])
    let pushPopped = q.pushPop(4)
    #expect(pushPopped == 4 && q.isEmpty)
    let replaced = q.replaceTop(with: 7)
    #expect(replaced == nil && q.unordered == [7])
    q.reserveCapacity(-1)  // a negative request is ignored, as Array's
    q.reserveCapacity(0)
    #expect(q.count == 1)
    var d = PriorityQueue<Double>([.nan, 1, .nan, .infinity, -.infinity])
    d.push(.nan)
    #expect(d.drain().count == 6)
  }

  @Test("IndexedPriorityQueue: out-of-range ids answer false / nil to queries; NaN priorities kept")
  func indexedQueryRow() {
    var q = IndexedPriorityQueue<Double>(capacity: 3)
    for id in [-1, 3, Int.min, Int.max] {
      let removed = q.remove(id)
      #expect(!q.contains(id) && q.priority(of: id) == nil && removed == nil)
    }
    var zero = IndexedPriorityQueue<Int>(capacity: 0)
    let none = zero.pop()
    #expect(none == nil && zero.peek() == nil && !zero.contains(0))
    q.insert(0, priority: .nan)
    q.insert(1, priority: 1)
    q.insert(2, priority: .nan)
    let reinserted = q.insert(1, priority: 0)
    #expect(!reinserted)  // already present: false, unchanged
    #expect(q.priority(of: 1) == 1)
    var ids: Set<Int> = []
    while let (id, _) = q.pop() { ids.insert(id) }
    #expect(ids == [0, 1, 2])
  }

  @Test("IndexedPriorityQueue: negative capacity and storing an out-of-range id are preconditions")
  func indexedPreconditionRow() async {
    await #expect(processExitsWith: .failure) { _ = IndexedPriorityQueue<Int>(capacity: -1) }
    await #expect(processExitsWith: .failure) {
      var q = IndexedPriorityQueue<Int>(capacity: 2)
      q.insert(2, priority: 0)
    }
    await #expect(processExitsWith: .failure) {
      var q = IndexedPriorityQueue<Int>(capacity: 2)
      q.update(-1, priority: 0)
    }
    await #expect(processExitsWith: .failure) {
      var q = IndexedPriorityQueue<Int>(capacity: 2)
      q.decreaseKey(Int.max, to: 0)
    }
  }
}
