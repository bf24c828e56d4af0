// IndexedPriorityQueue against a brute-force model, and Dijkstra against Floyd-Warshall.
import Testing

@testable import AlgoKitHeap

@Suite("IndexedPriorityQueue")
struct IndexedPriorityQueueTests {
  /// The model: a table of optional priorities; pop = smallest priority, then smallest id.
  struct Model {
    var priority: [Int?]
    func top() -> (id: Int, priority: Int)? {
      var best: (id: Int, priority: Int)?
      for (id, p) in priority.enumerated() {
        if let p, best == nil || p < best!.priority { best = (id, p) }
      }
      return best
    }
  }

  @Test("random operations match the brute-force model", arguments: heapTestSeeds)
  func randomOperations(seed: UInt64) {
    var rng = HeapTestRNG(seed: seed)
    let capacity = 40
    var queue = IndexedPriorityQueue<Int>(capacity: capacity)
    var model = Model(priority: Array(repeating: nil, count: capacity))
    for step in 0..<3000 {
      let id = rng.int(in: -3..<(capacity + 3))
      let validID = rng.int(in: 0..<capacity)
      let p = rng.int(in: 0..<15)
      let context = "seed \(seed) step \(step)"
      switch rng.int(in: 0..<8) {
      case 0, 1:
        let inserted = queue.insert(validID, priority: p)
        #expect(inserted == (model.priority[validID] == nil), "\(context)")
        if inserted { model.priority[validID] = p }
      case 2:
        #expect(queue.update(validID, priority: p) == model.priority[validID], "\(context)")
        model.priority[validID] = p
      case 3:
        let changes = model.priority[validID].map { p < $0 } ?? true
        #expect(queue.decreaseKey(validID, to: p) == changes, "\(context)")
        if changes { model.priority[validID] = p }
      case 4:
        let inRange = (0..<capacity).contains(id)
        #expect(queue.remove(id) == (inRange ? model.priority[id] : nil), "\(context)")
        if inRange { model.priority[id] = nil }
      case 5:
        let expected = model.top()
        let got = queue.pop()
        #expect(got?.id == expected?.id && got?.priority == expected?.priority, "\(context)")
        if let expected { model.priority[expected.id] = nil }
      default:
        let inRange = (0..<capacity).contains(id)
        #expect(queue.contains(id) == (inRange && model.priority[id] != nil), "\(context)")
        #expect(queue.priority(of: id) == (inRange ? model.priority[id] : nil), "\(context)")
        let expected = model.top()
        #expect(queue.peek()?.id == expected?.id && queue.peek()?.priority == expected?.priority, "\(context)")
      }
      queue._checkInvariants()
      #expect(queue.count == model.priority.compactMap { $0 }.count, "\(context)")
    }
    queue.removeAll()
    #expect(queue.isEmpty && queue.capacity == capacity && !queue.contains(0))
    queue._checkInvariants()
  }

  @Test("max order and ties by smaller id")
  func maxOrderAndTies() {
    var q = MaxIndexedPriorityQueue<Double>(capacity: 6)
    for (id, p) in [(4, 1.0), (1, 3.0), (5, 3.0), (0, 2.0), (3, 3.0)] { q.insert(id, priority: p) }
    var order: [Int] = []
    while let (id, _) = q.pop() { order.append(id) }
    #expect(order == [1, 3, 5, 0, 4])
    var empty = IndexedPriorityQueue<Int>(capacity: 0)
    #expect(empty.pop() == nil && !empty.contains(0) && empty.remove(-1) == nil)
  }

  @Test("NaN priorities: every id is kept and popped once", .disabled(if: heapInternalChecks))
  func nan() {
    var q = IndexedPriorityQueue<Double>(capacity: 50)
    for id in 0..<50 { q.insert(id, priority: id % 3 == 0 ? .nan : Double(50 - id)) }
    for id in stride(from: 0, to: 50, by: 7) { q.update(id, priority: id % 2 == 0 ? .nan : 1) }
    var seen = Set<Int>()
    while let (id, _) = q.pop() { seen.insert(id) }
    #expect(seen == Set(0..<50))
  }

  @Test("Dijkstra with the queue equals Floyd-Warshall", arguments: heapTestSeeds)
  func dijkstra(seed: UInt64) {
    var rng = HeapTestRNG(seed: seed)
    for _ in 0..<8 {
      let n = rng.int(in: 1..<30)
      var edges: [[(to: Int, weight: Int)]] = Array(repeating: [], count: n)
      let inf = Int.max / 4
      var floyd = Array(repeating: Array(repeating: inf, count: n), count: n)
      for v in 0..<n { floyd[v][v] = 0 }
      for _ in 0..<(n * 3) {
        let u = rng.int(in: 0..<n), v = rng.int(in: 0..<n)
        let w = rng.int(in: 0..<20)
        edges[u].append((v, w))
        floyd[u][v] = min(floyd[u][v], w)
      }
      for k in 0..<n {
        for i in 0..<n {
          for j in 0..<n where floyd[i][k] + floyd[k][j] < floyd[i][j] {
            floyd[i][j] = floyd[i][k] + floyd[k][j]
          }
        }
      }
      for source in 0..<n {
        var dist = Array(repeating: inf, count: n)
        dist[source] = 0
        var q = IndexedPriorityQueue<Int>(capacity: n)
        q.insert(source, priority: 0)
        while let (u, d) = q.pop() {
          for (v, w) in edges[u] where d + w < dist[v] {
            dist[v] = d + w
            q.decreaseKey(v, to: d + w)
          }
        }
        #expect(dist == floyd[source], "seed \(seed) n \(n) source \(source)")
      }
    }
  }

  @Test("description")
  func descriptions() {
    var q = IndexedPriorityQueue<Double>(capacity: 10)
    q.insert(3, priority: 1.5)
    q.insert(7, priority: 2)
    #expect(q.description == "IndexedPriorityQueue(count: 2, capacity: 10, top: (id: 3, priority: 1.5))")
  }
}
