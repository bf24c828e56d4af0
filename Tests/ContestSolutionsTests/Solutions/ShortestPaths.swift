// Single-source shortest paths with non-negative weights (AOJ GRL_1_A format):
// "|V| |E| r", then |E| lines "s t d" (directed edge s -> t of weight d >= 0); print the distance
// from r to each vertex, or INF when unreachable. Dijkstra with an indexed priority queue:
// O((V + E) log V), each vertex in the queue at most once.
//
// Submission: append `solveShortestPaths(FastReader(), FastWriter())`, then bundle.

import AlgoKitHeap
import AlgoKitIO

func solveShortestPaths(_ input: FastReader, _ output: FastWriter) {
  let vertexCount = input.int()
  let edgeCount = input.int()
  let source = input.int()
  // Adjacency in compressed rows: the edges of u are target/weight[start[u]..<start[u + 1]].
  var from = [Int](repeating: 0, count: edgeCount)
  var to = [Int](repeating: 0, count: edgeCount)
  var weight = [Int](repeating: 0, count: edgeCount)
  var start = [Int](repeating: 0, count: vertexCount + 1)
  for e in 0..<edgeCount {
    from[e] = input.int()
    to[e] = input.int()
    weight[e] = input.int()
    start[from[e] + 1] += 1
  }
  for u in 0..<vertexCount { start[u + 1] += start[u] }
  var fill = start
  var target = [Int](repeating: 0, count: edgeCount)
  var cost = [Int](repeating: 0, count: edgeCount)
  for e in 0..<edgeCount {
    target[fill[from[e]]] = to[e]
    cost[fill[from[e]]] = weight[e]
    fill[from[e]] += 1
  }

  var distance = [Int](repeating: Int.max, count: vertexCount)
  var queue = IndexedPriorityQueue<Int>(capacity: vertexCount)
  distance[source] = 0
  queue.insert(source, priority: 0)
  while let (u, d) = queue.pop() {
    for e in start[u]..<start[u + 1] where d + cost[e] < distance[target[e]] {
      distance[target[e]] = d + cost[e]
      queue.update(target[e], priority: d + cost[e])
    }
  }
  for d in distance {
    if d == Int.max { output.writeLine("INF") } else { output.writeLine(d) }
  }
}
