// PriorityQueue against a sorted-array model, plus its value semantics and conformances.
import Testing

@testable import AlgoKitHeap

/// A custom order type: by key, larger first.
enum LargerKeyFirst: PriorityOrder {
  static func areInIncreasingOrder(_ a: KeyedRecord, _ b: KeyedRecord) -> Bool { a.key > b.key }
}

@Suite("PriorityQueue")
struct PriorityQueueTests {
  @Test("random operations match a sorted-array model", arguments: heapTestSeeds)
  func randomOperations(seed: UInt64) {
    var rng = HeapTestRNG(seed: seed)
    var initial = (0..<rng.int(in: 0..<70)).map { _ in rng.int(in: -40..<40) }
    var queue = PriorityQueue(initial)
    queue._checkInvariants()
    initial.sort()
    var model = initial
    for step in 0..<1500 {
      let x = rng.int(in: -40..<40)
      switch rng.int(in: 0..<5) {
      case 0, 1:
        queue.push(x)
        model.insert(x, at: model.firstIndex { $0 > x } ?? model.count)
      case 2:
        #expect(queue.pop() == (model.isEmpty ? nil : model.removeFirst()), "seed \(seed) step \(step)")
      case 3:
        let expected = model.first.map { $0 < x ? $0 : x } ?? x
        #expect(queue.pushPop(x) == expected, "seed \(seed) step \(step)")
        if expected != x { model.removeFirst(); model.insert(x, at: model.firstIndex { $0 > x } ?? model.count) }
      default:
        #expect(queue.replaceTop(with: x) == model.first, "seed \(seed) step \(step)")
        if !model.isEmpty { model.removeFirst() }
        model.insert(x, at: model.firstIndex { $0 > x } ?? model.count)
      }
      queue._checkInvariants()
      #expect(queue.count == model.count && queue.peek() == model.first, "seed \(seed) step \(step)")
    }
    #expect(queue.sorted() == model, "seed \(seed)")
    #expect(queue.drain() == model, "seed \(seed)")
    #expect(queue.isEmpty && queue.pop() == nil)
  }

  @Test("max queue, custom order type, array literal")
  func orders() {
    var maxQueue: MaxPriorityQueue<Int> = [3, 9, 1, 7]
    maxQueue._checkInvariants()
    #expect(maxQueue.drain() == [9, 7, 3, 1])

    var rng = HeapTestRNG(seed: 7)
    let records = (0..<500).map { KeyedRecord(key: rng.int(in: 0..<30), id: $0) }
    var custom = OrderedPriorityQueue<KeyedRecord, LargerKeyFirst>()
    for r in records { custom.push(r) }
    custom._checkInvariants()
    let keys = custom.drain().map(\.key)
    #expect(keys == records.map(\.key).sorted(by: >))
  }

  @Test("heapify of every size up to 200 gives a valid heap", arguments: heapTestSeeds)
  func heapifySizes(seed: UInt64) {
    var rng = HeapTestRNG(seed: seed)
    for n in 0...200 {
      let input = (0..<n).map { _ in rng.int(in: 0..<50) }
      var queue = PriorityQueue(input)
      queue._checkInvariants()
      #expect(queue.unordered.sorted() == input.sorted(), "seed \(seed) n \(n)")
      #expect(queue.drain() == input.sorted(), "seed \(seed) n \(n)")
    }
  }

  @Test("copy on write: a copy is unaffected by mutations of the original")
  func valueSemantics() {
    var a: PriorityQueue<Int> = [5, 2, 8]
    let b = a
    a.push(1)
    _ = a.pop(); _ = a.pop()
    #expect(b.sorted() == [2, 5, 8])
    #expect(a.sorted() == [5, 8])
    var c = b
    c.removeAll()
    #expect(c.isEmpty && b.count == 3)
  }

  @Test("edge cases: empty queue, replaceTop on empty, pushPop ties")
  func edges() {
    var q = PriorityQueue<Int>()
    #expect(q.pop() == nil && q.peek() == nil)
    #expect(q.pushPop(4) == 4 && q.isEmpty)
    #expect(q.replaceTop(with: 4) == nil)
    #expect(q.unordered == [4])
    #expect(q.pushPop(4) == 4 && q.unordered == [4])
    #expect(q.replaceTop(with: 6) == 4 && q.unordered == [6])
  }

  @Test("NaN: every element is kept", .disabled(if: heapInternalChecks), arguments: heapTestSeeds)
  func nan(seed: UInt64) {
    var rng = HeapTestRNG(seed: seed)
    let input = (0..<300).map { _ in rng.bool() ? Double.nan : Double(rng.int(in: 0..<20)) }
    var q = PriorityQueue(input.prefix(100))
    for x in input.dropFirst(100) { q.push(x) }
    _ = q.pushPop(.nan); _ = q.replaceTop(with: .nan)
    #expect(q.count == 300)
    let out = q.drain()
    #expect(out.count == 300)
    #expect(out.filter(\.isNaN).count + out.filter { !$0.isNaN }.count == 300)
    // Non-NaN values lost none: the multiset of finite values is preserved up to the two
    // elements swapped out by pushPop/replaceTop, which were NaN or finite.
    #expect(out.filter { !$0.isNaN }.count >= input.filter { !$0.isNaN }.count - 2)
  }

  @Test("descriptions")
  func descriptions() {
    let q: PriorityQueue<Int> = [3, 1, 2]
    #expect(q.description == "PriorityQueue(count: 3, top: 1)")
    #expect(PriorityQueue<Int>().description == "PriorityQueue(count: 0)")
    #expect(q.debugDescription.hasPrefix("OrderedPriorityQueue<Int, MinFirstOrder<Int>>(unordered: [1,"))
  }

  @Test("Sendable when the element is")
  func sendable() {
    func requireSendable<T: Sendable>(_: T) {}
    requireSendable(PriorityQueue<Int>())
    requireSendable(IndexedPriorityQueue<Double>(capacity: 2))
  }
}
