// libFuzzer target for AlgoKitHeap: decodes bytes into operations on heapq arrays, PriorityQueue,
// MaxPriorityQueue and IndexedPriorityQueue, runs each against a brute-force model (a sorted array,
// a dictionary) and traps on the first disagreement. Doubles include NaN: then only "no element is
// lost or invented" is checked, as the module documents.
//
// Fuzz:   swift build -c release --sanitize=fuzzer -Xswiftc -DFUZZING --product fuzz-heap
//         .build/release/fuzz-heap -max_total_time=30 Tests/FuzzCorpus/fuzz-heap
// Replay: swift run fuzz-heap [FILE|DIR ...] [--random N]   (plain build; no args: the corpus)

import AlgoKitHeap
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var input = FuzzInput(UnsafeBufferPointer(start: data, count: size))
  switch input.byte() % 5 {
  case 0: HeapFuzz.heapqInts(&input)
  case 1: HeapFuzz.heapqDoubles(&input)
  case 2: HeapFuzz.priorityQueueInts(&input)
  case 3: HeapFuzz.priorityQueueDoubles(&input)
  default: HeapFuzz.indexedQueue(&input)
  }
  return 0
}

enum HeapFuzz {
  static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { preconditionFailure("fuzz-heap: \(message())") }
  }

  /// Bit patterns sorted: multiset equality that treats every NaN payload as itself.
  static func bits(_ a: [Double]) -> [UInt64] { a.map(\.bitPattern).sorted() }

  static func isHeap(_ a: [Int], by lt: (Int, Int) -> Bool) -> Bool {
    for k in a.indices.dropFirst() where lt(a[k], a[(k - 1) / 2]) { return false }
    return true
  }

  static func heapqInts(_ input: inout FuzzInput) {
    let max = input.byte() & 1 == 1
    let lt: (Int, Int) -> Bool = max ? { $0 > $1 } : { $0 < $1 }
    var heap = (0..<input.int(in: 0...12)).map { _ in input.int(in: -8...8) }
    heap.heapify(by: lt)
    var model = heap.sorted(by: lt)
    check(isHeap(heap, by: lt), "heapify broke the invariant: \(heap)")
    while !input.isAtEnd {
      let op = input.byte() % 6
      let x = input.int(in: -8...8)
      switch op {
      case 0, 1:
        heap.heapPush(x, by: lt)
        model.append(x); model.sort(by: lt)
      case 2:
        let got = heap.heapPop(by: lt)
        check(got == model.first, "heapPop \(String(describing: got)) != \(String(describing: model.first))")
        if !model.isEmpty { model.removeFirst() }
      case 3:
        let got = heap.heapReplace(x, by: lt)
        check(got == model.first, "heapReplace returned \(String(describing: got)), model \(model)")
        if !model.isEmpty { model.removeFirst() }
        model.append(x); model.sort(by: lt)
      case 4:
        let got = heap.heapPushPop(x, by: lt)
        model.append(x); model.sort(by: lt)
        check(got == model.first, "heapPushPop returned \(got), model \(model)")
        model.removeFirst()
      default:
        let n = input.int(in: -2...6)
        let got = max ? heap.nLargest(n) : heap.nSmallest(n)
        check(got == Array(model.prefix(Swift.max(n, 0))), "nSmallest/nLargest(\(n)) = \(got), model \(model)")
      }
      check(heap.count == model.count, "count \(heap.count) != \(model.count)")
      check(isHeap(heap, by: lt), "heap invariant broken: \(heap)")
      check(heap.sorted(by: lt) == model, "multiset changed: \(heap) vs \(model)")
    }
    check(heap.heapSorted(by: lt) == model, "heapSorted differs from the model")
    var sorted = heap
    sorted.heapSort(by: lt)
    check(sorted == model, "heapSort differs from the model")
  }

  static func heapqDoubles(_ input: inout FuzzInput) {
    var heap = (0..<input.int(in: 0...10)).map { _ in input.double() }
    var all = heap
    heap.heapify()
    check(bits(heap) == bits(all), "heapify lost an element")
    while !input.isAtEnd {
      let x = input.double()
      switch input.byte() % 5 {
      case 0: heap.heapPush(x); all.append(x)
      case 1:
        if let y = heap.heapPop() { all.remove(at: all.firstIndex { $0.bitPattern == y.bitPattern }!) }
      case 2:
        if let y = heap.heapReplace(x) { all.remove(at: all.firstIndex { $0.bitPattern == y.bitPattern }!) }
        all.append(x)
      case 3:
        all.append(x)
        let y = heap.heapPushPop(x)
        guard let i = all.firstIndex(where: { $0.bitPattern == y.bitPattern }) else {
          preconditionFailure("fuzz-heap: heapPushPop returned an element it never had")
        }
        all.remove(at: i)
      default:
        let n = input.int(in: 0...5)
        check(heap.nSmallest(n).count == Swift.min(n, heap.count), "nSmallest count with NaN")
      }
      check(bits(heap) == bits(all), "an element was lost or invented (NaN run)")
    }
    check(bits(heap.heapSorted()) == bits(all), "heapSorted lost an element (NaN run)")
    let runs = [heap, all, []].map { $0.sorted { $0.bitPattern < $1.bitPattern } }
    check(Array(runs.mergeSorted()).count == heap.count * 2, "mergeSorted lost an element")
  }

  /// PriorityQueue (min) and MaxPriorityQueue get the same operations, each against its own
  /// sorted-array model (ascending for min, descending for max).
  static func priorityQueueInts(_ input: inout FuzzInput) {
    let initial = (0..<input.int(in: 0...12)).map { _ in input.int(in: -8...8) }
    var minQueue = PriorityQueue(initial)
    var maxQueue = MaxPriorityQueue(initial)
    var minModel = initial.sorted(by: <)
    var maxModel = initial.sorted(by: >)
    func insert(_ x: Int, into model: inout [Int], by lt: (Int, Int) -> Bool) {
      model.insert(x, at: model.firstIndex { lt(x, $0) } ?? model.count)
    }
    while !input.isAtEnd {
      let x = input.int(in: -8...8)
      switch input.byte() % 6 {
      case 0, 1:
        minQueue.push(x); maxQueue.push(x)
        insert(x, into: &minModel, by: <); insert(x, into: &maxModel, by: >)
      case 2:
        let a = minQueue.pop(), b = maxQueue.pop()
        check(a == minModel.first, "pop \(String(describing: a)) != \(String(describing: minModel.first))")
        check(b == maxModel.first, "max pop \(String(describing: b)) != \(String(describing: maxModel.first))")
        if !minModel.isEmpty { minModel.removeFirst(); maxModel.removeFirst() }
      case 3:
        let a = minQueue.pushPop(x), b = maxQueue.pushPop(x)
        insert(x, into: &minModel, by: <); insert(x, into: &maxModel, by: >)
        check(a == minModel.removeFirst(), "pushPop \(a)")
        check(b == maxModel.removeFirst(), "max pushPop \(b)")
      case 4:
        let a = minQueue.replaceTop(with: x), b = maxQueue.replaceTop(with: x)
        check(a == minModel.first, "replaceTop \(String(describing: a)) != \(String(describing: minModel.first))")
        check(b == maxModel.first, "max replaceTop \(String(describing: b)) != \(String(describing: maxModel.first))")
        if !minModel.isEmpty { minModel.removeFirst(); maxModel.removeFirst() }
        insert(x, into: &minModel, by: <); insert(x, into: &maxModel, by: >)
      default:
        check(minQueue.peek() == minModel.first, "peek")
        check(maxQueue.peek() == maxModel.first, "max peek")
      }
      check(minQueue.count == minModel.count, "count \(minQueue.count) != \(minModel.count)")
      check(maxQueue.count == maxModel.count, "max count \(maxQueue.count) != \(maxModel.count)")
      minQueue._checkInvariants()
      maxQueue._checkInvariants()
    }
    check(minQueue.sorted() == minModel, "sorted() != model")
    check(maxQueue.drain() == maxModel, "max drain != model")
  }

  static func priorityQueueDoubles(_ input: inout FuzzInput) {
    var queue = PriorityQueue((0..<input.int(in: 0...10)).map { _ in input.double() })
    var all = queue.unordered
    while !input.isAtEnd {
      let x = input.double()
      switch input.byte() % 4 {
      case 0: queue.push(x); all.append(x)
      case 1:
        if let y = queue.pop() { all.remove(at: all.firstIndex { $0.bitPattern == y.bitPattern }!) }
      case 2:
        all.append(x)
        let y = queue.pushPop(x)
        guard let i = all.firstIndex(where: { $0.bitPattern == y.bitPattern }) else {
          preconditionFailure("fuzz-heap: pushPop returned an element it never had")
        }
        all.remove(at: i)
      default:
        if let y = queue.replaceTop(with: x) {
          all.remove(at: all.firstIndex { $0.bitPattern == y.bitPattern }!)
        }
        all.append(x)
      }
      check(bits(queue.unordered) == bits(all), "PriorityQueue<Double> lost or invented an element")
    }
    check(bits(queue.drain()) == bits(all), "drain lost an element (NaN run)")
  }

  static func indexedQueue(_ input: inout FuzzInput) {
    let capacity = input.int(in: 0...12)
    let withNaN = input.byte() & 3 == 0
    var queue = IndexedPriorityQueue<Double>(capacity: capacity)
    var model: [Int: Double] = [:]
    func priority(_ input: inout FuzzInput) -> Double {
      withNaN ? input.double() : Double(input.int(in: -6...6))
    }
    while !input.isAtEnd {
      let id = input.int(in: -2...13)
      let valid = id >= 0 && id < capacity
      switch input.byte() % 7 {
      case 0, 1:
        guard valid else { break }
        let p = priority(&input)
        let inserted = queue.insert(id, priority: p)
        check(inserted == (model[id] == nil), "insert(\(id)) returned \(inserted)")
        if inserted { model[id] = p }
      case 2:
        guard valid else { break }
        let p = priority(&input)
        let old = queue.update(id, priority: p)
        check(old?.bitPattern == model[id]?.bitPattern, "update(\(id)) returned \(String(describing: old))")
        model[id] = p
      case 3:
        guard valid else { break }
        let p = priority(&input)
        let changed = queue.decreaseKey(id, to: p)
        let expected = model[id].map { p < $0 } ?? true
        check(changed == expected, "decreaseKey(\(id), \(p)) returned \(changed), had \(String(describing: model[id]))")
        if changed { model[id] = p }
      case 4:
        let removed = queue.remove(id)
        check(removed?.bitPattern == model[id]?.bitPattern, "remove(\(id)) returned \(String(describing: removed))")
        model[id] = nil
      case 5:
        guard let top = queue.pop() else {
          check(model.isEmpty, "pop returned nil with \(model.count) ids queued")
          break
        }
        guard let p = model[top.id], p.bitPattern == top.priority.bitPattern else {
          preconditionFailure("fuzz-heap: pop returned id \(top.id) it does not hold")
        }
        if !withNaN {
          let best = model.min { ($0.value, $0.key) < ($1.value, $1.key) }!
          check(best.key == top.id, "pop gave id \(top.id) (\(p)), expected \(best.key) (\(best.value))")
        }
        model[top.id] = nil
      default:
        check(queue.contains(id) == (model[id] != nil), "contains(\(id))")
        check(queue.priority(of: id)?.bitPattern == model[id]?.bitPattern, "priority(of: \(id))")
      }
      check(queue.count == model.count, "count \(queue.count) != \(model.count)")
      if !withNaN { queue._checkInvariants() }
    }
    var popped: Set<Int> = []
    while let top = queue.pop() {
      check(popped.insert(top.id).inserted, "id \(top.id) popped twice")
    }
    check(popped == Set(model.keys), "final pops \(popped.sorted()) != \(model.keys.sorted())")
  }
}

// MARK: - Replay entry point (plain builds)

#if !FUZZING
  @main
  enum FuzzMain {
    static func main() { FuzzReplay.run(target: "fuzz-heap", entry: fuzzTestOneInput) }
  }
#endif
