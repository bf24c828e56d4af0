// Randomized checks of the heapq functions against sorted-array references.
import Testing

@testable import AlgoKitHeap

@Suite("heapq properties against sorted references")
struct HeapqPropertyTests {
  /// `a[k]` never comes before its binary parent.
  static func isHeap<T>(_ a: [T], by lt: (T, T) -> Bool) -> Bool {
    a.indices.dropFirst().allSatisfy { !lt(a[$0], a[($0 - 1) / 2]) }
  }

  @Test("random push/pop/replace/pushPop keep a heap and pop the minimum", arguments: heapTestSeeds)
  func randomOperations(seed: UInt64) {
    var rng = HeapTestRNG(seed: seed)
    var heap = (0..<rng.int(in: 0..<40)).map { _ in rng.int(in: -50..<50) }
    var model = heap.sorted()
    heap.heapify()
    for step in 0..<600 {
      let x = rng.int(in: -50..<50)
      switch rng.int(in: 0..<4) {
      case 0:
        heap.heapPush(x)
        model.append(x); model.sort()
      case 1:
        #expect(heap.heapPop() == model.first, "seed \(seed) step \(step)")
        if !model.isEmpty { model.removeFirst() }
      case 2:
        let top = heap.heapReplace(x)
        #expect(top == model.first, "seed \(seed) step \(step)")
        if !model.isEmpty { model.removeFirst() }
        model.append(x); model.sort()
      default:
        model.append(x); model.sort()
        #expect(heap.heapPushPop(x) == model.removeFirst(), "seed \(seed) step \(step)")
      }
      #expect(Self.isHeap(heap, by: <), "seed \(seed) step \(step)")
      #expect(heap.sorted() == model, "seed \(seed) step \(step)")
    }
  }

  @Test("by: > is a max-heap popping in descending order", arguments: heapTestSeeds)
  func maxHeap(seed: UInt64) {
    var rng = HeapTestRNG(seed: seed)
    let input = (0..<300).map { _ in rng.int(in: 0..<100) }
    var heap: [Int] = []
    for x in input { heap.heapPush(x, by: >) }
    #expect(Self.isHeap(heap, by: >), "seed \(seed)")
    var popped: [Int] = []
    while let x = heap.heapPop(by: >) { popped.append(x) }
    #expect(popped == input.sorted(by: >), "seed \(seed)")
  }

  @Test("nSmallest / nLargest equal a stable sort's first n", arguments: heapTestSeeds)
  func selections(seed: UInt64) {
    var rng = HeapTestRNG(seed: seed)
    for _ in 0..<60 {
      let items = (0..<rng.int(in: 0..<50)).map {
        KeyedRecord(key: rng.int(in: 0..<8), id: $0)
      }
      let ascending = stableInsertionSorted(items, by: <)
      let descending = stableInsertionSorted(items, by: >)
      for n in [-1, 0, 1, 2, 5, items.count - 1, items.count, items.count + 3] {
        let expectedSmall = Array(ascending.prefix(max(n, 0)))
        let expectedLarge = Array(descending.prefix(max(n, 0)))
        #expect(items.nSmallest(n) == expectedSmall, "seed \(seed) n \(n)")
        #expect(items.nLargest(n) == expectedLarge, "seed \(seed) n \(n)")
        // A single-pass sequence gives the same answer.
        #expect(AnySequence(items).nSmallest(n, by: { $0.key < $1.key }) == expectedSmall, "seed \(seed)")
      }
    }
  }

  @Test("mergeSorted is a stable merge, forward and reverse, and lazy", arguments: heapTestSeeds)
  func merges(seed: UInt64) {
    var rng = HeapTestRNG(seed: seed)
    for _ in 0..<40 {
      var next = 0
      let inputs: [[KeyedRecord]] = (0..<rng.int(in: 0..<6)).map { _ in
        (0..<rng.int(in: 0..<10)).map { _ in
          next += 1
          return KeyedRecord(key: rng.int(in: 0..<5), id: next)
        }
      }
      // Stable sort of the concatenation = earlier input first on ties.
      let forwardInputs = inputs.map { stableInsertionSorted($0, by: <) }
      let backwardInputs = inputs.map { stableInsertionSorted($0, by: >) }
      #expect(
        Array(forwardInputs.mergeSorted()) == stableInsertionSorted(forwardInputs.flatMap { $0 }, by: <),
        "seed \(seed)")
      #expect(
        Array(backwardInputs.mergeSorted(by: >)) == stableInsertionSorted(backwardInputs.flatMap { $0 }, by: >),
        "seed \(seed)")
    }
    // Lazy: only as many elements are pulled as needed (one look-ahead per input).
    var pulled = 0
    let counting = [0, 1].map { start in
      stride(from: start, to: 1_000_000, by: 2).lazy.map { (x: Int) -> Int in
        pulled += 1; return x
      }
    }
    let firstFive = Array(counting.mergeSorted().prefix(5))
    #expect(firstFive == [0, 1, 2, 3, 4])
    #expect(pulled <= 7)
  }

  @Test("the documented mergeSorted examples give what their comments say")
  func mergeSortedDocExamples() {
    // Descending inputs for `by: >` (the doc example once passed ascending ones).
    #expect(Array([[9, 4, 1], [4, 2], [3]].mergeSorted(by: >)) == [9, 4, 4, 3, 2, 1])
    #expect(Array([[1, 4, 9], [2, 4], [3]].mergeSorted()) == [1, 2, 3, 4, 4, 9])
  }

  @Test("heapSort sorts, in both orders", arguments: heapTestSeeds)
  func heapSort(seed: UInt64) {
    var rng = HeapTestRNG(seed: seed)
    for length in [0, 1, 2, 3, 10, 100, 1000] {
      var a = (0..<length).map { _ in rng.int(in: -1000..<1000) }
      let reference = stableInsertionSorted(a, by: <)
      #expect(a.heapSorted() == reference, "seed \(seed)")
      #expect(a.heapSorted(by: >) == Array(reference.reversed()), "seed \(seed)")
      a.heapSort()
      #expect(a == reference, "seed \(seed)")
    }
  }

  @Test("NaN: no element is lost by any function", arguments: heapTestSeeds)
  func nanKeepsEverything(seed: UInt64) {
    var rng = HeapTestRNG(seed: seed)
    let pool: [Double] = [.nan, -0.0, 0.0, 1, -1, .infinity, -.infinity, 2.5]
    let input = (0..<200).map { _ in pool[rng.int(in: 0..<pool.count)] }
    func key(_ x: Double) -> UInt64 { x.isNaN ? UInt64.max : x.bitPattern }
    let reference = input.map(key).sorted()

    var heap: [Double] = []
    for x in input { heap.heapPush(x) }
    var popped: [Double] = []
    while let x = heap.heapPop() { popped.append(x) }
    #expect(popped.map(key).sorted() == reference, "seed \(seed)")

    var sorted = input
    sorted.heapSort()
    #expect(sorted.map(key).sorted() == reference, "seed \(seed)")
    #expect(input.nSmallest(50).count == 50, "seed \(seed)")
    #expect(Array([input, input].mergeSorted()).count == 400, "seed \(seed)")
  }
}
