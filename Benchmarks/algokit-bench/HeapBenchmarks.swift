// Heap benchmarks: the heapq array functions, PriorityQueue and IndexedPriorityQueue on the
// peers' seeded ints (`SeededInputs.ints(n)`), so the C++ and Python peers time the same data.
import AlgoKit
import BenchmarkHarness

enum HeapBenchmarks {
  static let sizes = [1_000, 10_000, 100_000, 1_000_000]
  static let quickSizes = [1_000, 10_000]

  /// Mutable state shared by a workload's `reset` and `run`.
  final class Scratch {
    var values: [Int]
    init(_ values: [Int]) { self.values = values }

    /// Restores `values` from `input` in place (keeps the buffer unique, so `run` never copies).
    func restore(from input: [Int]) {
      if values.count != input.count { values = Array(input); values.append(0); values.removeLast() }
      values.withUnsafeMutableBufferPointer { _ = $0.update(fromContentsOf: input) }
    }
  }

  final class QueueHolder {
    var queue: PriorityQueue<Int>?
  }

  static let all: [Benchmark] = [
    Benchmark(
      name: "heap/heapq-push-pop",
      summary: "heapPush n ints into an empty array, then heapPop them all (CPython heapq order)",
      sizes: sizes, quickSizes: quickSizes
    ) { n in
      let input = SeededInputs.ints(n)
      return Workload(elements: n) {
        var heap: [Int] = []
        for x in input { heap.heapPush(x) }
        var checksum: UInt64 = 0
        while let x = heap.heapPop() { checksum = checksum &* 31 &+ UInt64(truncatingIfNeeded: x) }
        return checksum
      }
    },
    Benchmark(
      name: "heap/heapq-heapify",
      summary: "heapify a copy of n ints in place (the copy is restored untimed)",
      sizes: sizes, quickSizes: quickSizes
    ) { n in
      let input = SeededInputs.ints(n)
      let scratch = Scratch([])
      return Workload(elements: n, reset: { scratch.restore(from: input) }) {
        scratch.values.heapify()
        return UInt64(truncatingIfNeeded: scratch.values[0] &+ scratch.values[n / 2])
      }
    },
    Benchmark(
      name: "heap/priority-queue-push-pop",
      summary: "PriorityQueue<Int>: push n ints, then pop them all (4-ary, bottom-up pops)",
      sizes: sizes, quickSizes: quickSizes
    ) { n in
      let input = SeededInputs.ints(n)
      return Workload(elements: n) {
        var queue = PriorityQueue<Int>()
        for x in input { queue.push(x) }
        var checksum: UInt64 = 0
        while let x = queue.pop() { checksum = checksum &* 31 &+ UInt64(truncatingIfNeeded: x) }
        return checksum
      }
    },
    Benchmark(
      name: "heap/priority-queue-heapify",
      summary: "PriorityQueue(array) of n ints: linear-time construction in place (copy made untimed)",
      sizes: sizes, quickSizes: quickSizes
    ) { n in
      let input = SeededInputs.ints(n)
      let scratch = Scratch([])
      // The built queue is kept until the next reset, so its buffer is freed untimed (as the C++
      // peer frees its vector outside the timed make_heap).
      let built = QueueHolder()
      return Workload(
        elements: n,
        reset: {
          built.queue = nil
          scratch.restore(from: input)
        }
      ) {
        let values = scratch.values
        scratch.values = []
        let queue = PriorityQueue(values)
        built.queue = queue
        return UInt64(truncatingIfNeeded: queue.peek()! &+ queue.unordered[n / 2])
      }
    },
    Benchmark(
      name: "heap/indexed-priority-queue-push-pop",
      summary: "IndexedPriorityQueue: insert ids 0..<n with the n ints as priorities, pop them all",
      sizes: sizes, quickSizes: quickSizes
    ) { n in
      let input = SeededInputs.ints(n)
      return Workload(elements: n) {
        var queue = IndexedPriorityQueue<Int>(capacity: n)
        for (id, priority) in input.enumerated() { queue.insert(id, priority: priority) }
        var checksum: UInt64 = 0
        while let (id, priority) = queue.pop() {
          checksum = checksum &* 31 &+ UInt64(truncatingIfNeeded: priority ^ id)
        }
        return checksum
      }
    },
    Benchmark(
      name: "heap/heap-sort",
      summary: "heapSort() a copy of n ints in place (the copy is restored untimed)",
      sizes: sizes, quickSizes: quickSizes
    ) { n in
      let input = SeededInputs.ints(n)
      let scratch = Scratch([])
      return Workload(elements: n, reset: { scratch.restore(from: input) }) {
        scratch.values.heapSort()
        return UInt64(truncatingIfNeeded: scratch.values[0] &+ scratch.values[n - 1])
      }
    },
    Benchmark(
      name: "heap/n-smallest",
      summary: "nSmallest(100) of n ints (stable, as heapq.nsmallest)",
      sizes: sizes, quickSizes: quickSizes
    ) { n in
      let input = SeededInputs.ints(n)
      return Workload(elements: n) {
        let smallest = input.nSmallest(100)
        return UInt64(truncatingIfNeeded: smallest[0] &+ smallest[smallest.count - 1])
      }
    },
  ]
}
