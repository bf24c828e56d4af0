// libFuzzer target for AlgoKitKnapsack: decodes bytes into small instances (sometimes with negative
// sizes, huge capacities, values near Int.max) and checks every solver against brute force:
// on valid input the optimum must equal the exhaustive one; on bad input a KnapsackError must be
// thrown; nothing may trap.
//
// Fuzz:   swift build -c release --sanitize=fuzzer -Xswiftc -DFUZZING --product fuzz-knapsack
//         .build/release/fuzz-knapsack -max_total_time=30 Tests/FuzzCorpus/fuzz-knapsack
// Replay: swift run fuzz-knapsack [FILE|DIR ...] [--random N]   (plain build; no args: the corpus)

import AlgoKitKnapsack
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var input = FuzzInput(UnsafeBufferPointer(start: data, count: size))
  KnapsackFuzz.run(&input)
  return 0
}

enum KnapsackFuzz {
  static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { preconditionFailure("fuzz-knapsack: \(message())") }
  }

  /// A size: usually small, sometimes negative or enormous.
  static func size(_ input: inout FuzzInput, small: ClosedRange<Int>) -> Int {
    switch input.byte() {
    case 250: return -1
    case 251: return Int.min
    case 252: return Int.max
    case 253: return Int.max / 2
    case 254: return 1 << 40
    case 255: return input.fullInt()
    default: return input.int(in: small)
    }
  }

  static func value(_ input: inout FuzzInput) -> Int {
    switch input.byte() {
    case 252: return -3
    case 253: return Int.max
    case 254: return Int.max / 3
    case 255: return input.fullInt()
    default: return input.int(in: 0...40)
    }
  }

  /// Best value of every subset with weight <= capacity (nil when a sum overflows).
  static func bruteZeroOne(_ w: [Int], _ v: [Int], _ capacity: Int) -> (best: Int?, overflow: Bool) {
    var best = 0
    var overflow = false
    for mask in 0..<(1 << w.count) {
      var weight = 0, value = 0, ok = true
      for i in w.indices where mask >> i & 1 == 1 {
        let (sw, o1) = weight.addingReportingOverflow(w[i])
        if o1 || sw > capacity { ok = false; break }
        let (sv, o2) = value.addingReportingOverflow(v[i])
        if o2 { overflow = true; ok = false; break }
        weight = sw; value = sv
      }
      if ok { best = Swift.max(best, value) }
    }
    return (overflow ? nil : best, overflow)
  }

  /// Whether the documented overflow bound Σ vᵢ·min(cᵢ, ⌊W/wᵢ⌋) overflows (cᵢ = Int.max: unbounded).
  static func boundOverflows(_ w: [Int], _ v: [Int], _ copies: [Int], _ capacity: Int) -> Bool {
    var total = 0
    for i in w.indices {
      let n = w[i] == 0 ? copies[i] : Swift.min(copies[i], capacity / w[i])
      let (p, o1) = v[i].multipliedReportingOverflow(by: n)
      let (s, o2) = total.addingReportingOverflow(p)
      if o1 || o2 { return true }
      total = s
    }
    return false
  }

  static func run(_ input: inout FuzzInput) {
    let n = input.int(in: 0...8)
    var weights = (0..<n).map { _ in size(&input, small: 0...30) }
    let values = (0..<n).map { _ in value(&input) }
    let capacity = size(&input, small: 0...60)
    let counts = (0..<n).map { _ in size(&input, small: 0...3) }
    if input.byte() == 7 && n > 0 { weights.removeLast() }  // mismatched lengths
    // 16 MiB, not the 1 GiB default: a table of 10^8 cells is valid but takes seconds under coverage
    // instrumentation (libFuzzer's per-input timeout); both limits still reach `.tableTooLarge`.
    let memoryLimit = input.byte() & 1 == 0 ? 1 << 24 : 1 << 16

    let mismatched = weights.count != values.count
    let badWeight = weights.contains { $0 < 0 }
    let badValue = values.contains { $0 < 0 }
    let invalid = mismatched || badWeight || badValue || capacity < 0
    let brute = invalid ? (best: nil, overflow: false) : bruteZeroOne(weights, values, capacity)
    let totalOverflows = values.reduce((0, false)) { acc, v in
      let (s, o) = acc.0.addingReportingOverflow(v); return (s, acc.1 || o)
    }.1

    /// The answer of a solver: the optimum, or a typed error whose kind fits the input.
    func expect(_ name: String, _ body: () throws(KnapsackError) -> Int) {
      do {
        let got = try body()
        check(!invalid, "\(name) accepted invalid input: w \(weights) v \(values) cap \(capacity)")
        check(!brute.overflow, "\(name) returned \(got) where the optimum overflows Int")
        check(
          got == brute.best,
          "\(name) = \(got), brute force \(String(describing: brute.best)); w \(weights) v \(values) cap \(capacity)")
      } catch {
        switch error {
        case .tableTooLarge: break
        case .valueOverflow: check(totalOverflows || brute.overflow, "\(name): valueOverflow without overflow")
        default: check(invalid, "\(name) threw \(error) on valid input w \(weights) v \(values) cap \(capacity)")
        }
      }
    }

    for strategy in [Knapsack.Strategy.automatic, .capacityIndexed, .capacityIndexed64, .valueIndexed, .reference] {
      expect("zeroOneValue(\(strategy))") { () throws(KnapsackError) in
        try Knapsack.zeroOneValue(
          weights: weights, values: values, capacity: capacity, strategy: strategy, memoryLimit: memoryLimit)
      }
    }
    expect("zeroOneValueIndexed") { () throws(KnapsackError) in
      try Knapsack.zeroOneValueIndexed(weights: weights, values: values, capacity: capacity, memoryLimit: memoryLimit)
    }
    expect("zeroOneItems") { () throws(KnapsackError) in
      let s = try Knapsack.zeroOneItems(weights: weights, values: values, capacity: capacity, memoryLimit: memoryLimit)
      check(
        Set(s.items).count == s.items.count && s.items.allSatisfy { weights.indices.contains($0) },
        "zeroOneItems: bad indices \(s.items)")
      check(
        s.items.reduce(0) { $0 + weights[$1] } == s.weight && s.weight <= capacity, "zeroOneItems: weight \(s.weight)")
      check(s.items.reduce(0) { $0 + values[$1] } == s.value, "zeroOneItems: value \(s.value) is not the items' sum")
      return s.value
    }
    expect("zeroOneLarge") { () throws(KnapsackError) in
      let s = try Knapsack.zeroOneLarge(weights: weights, values: values, capacity: capacity)
      check(s.isOptimal, "zeroOneLarge: not proven optimal on \(n) items with the default budget")
      return s.value
    }

    // Bounded with counts: brute force by expanding each item into min(count, 4) copies.
    if !mismatched && counts.allSatisfy({ (0...3).contains($0) }) && !invalid {
      var bw: [Int] = [], bv: [Int] = []
      for i in weights.indices { for _ in 0..<counts[i] { bw.append(weights[i]); bv.append(values[i]) } }
      let expected = bw.count <= 16 ? bruteZeroOne(bw, bv, capacity) : (best: nil, overflow: true)
      if bw.count <= 16 {
        for method in [Knapsack.BoundedMethod.monotoneQueue, .binarySplitting] {
          do {
            let got = try Knapsack.boundedValue(
              weights: weights, values: values, counts: counts, capacity: capacity, method: method,
              memoryLimit: memoryLimit)
            check(
              got == expected.best,
              "boundedValue(\(method)) = \(got), brute \(String(describing: expected.best)); w \(weights) v \(values) c \(counts) cap \(capacity)"
            )
          } catch {
            switch error {
            case .tableTooLarge: break
            case .valueOverflow:
              check(
                boundOverflows(weights, values, counts, capacity),
                "boundedValue: valueOverflow though Σ v·min(c, W/w) fits")
            default: preconditionFailure("fuzz-knapsack: boundedValue threw \(error) on valid input")
            }
          }
        }
      }
    } else {
      for method in [Knapsack.BoundedMethod.monotoneQueue, .binarySplitting] {
        _ = try? Knapsack.boundedValue(
          weights: weights, values: values, counts: counts, capacity: capacity, method: method, memoryLimit: memoryLimit
        )
      }
    }

    // Unbounded: a plain O(n·W) reference for small capacities.
    if !invalid && capacity <= 60 {
      var best = [Int](repeating: 0, count: capacity + 1)
      var overflow = false
      let infinite = weights.indices.contains { weights[$0] == 0 && values[$0] > 0 }
      if !infinite {
        for c in 0...capacity {
          for i in weights.indices where weights[i] <= c {
            let (s, o) = best[c - weights[i]].addingReportingOverflow(values[i])
            if o { overflow = true } else { best[c] = Swift.max(best[c], s) }
          }
        }
      }
      do {
        let got = try Knapsack.unboundedValue(
          weights: weights, values: values, capacity: capacity, memoryLimit: memoryLimit)
        check(
          !infinite && !overflow && got == best[capacity],
          "unboundedValue = \(got), reference \(best[capacity]); w \(weights) v \(values) cap \(capacity)")
      } catch {
        switch error {
        case .unboundedItem: check(infinite, "unboundedItem thrown without a free valuable item")
        case .valueOverflow:
          check(
            boundOverflows(weights, values, weights.map { _ in Int.max }, capacity),
            "unbounded valueOverflow though Σ v·⌊W/w⌋ fits")
        case .tableTooLarge: break
        default: preconditionFailure("fuzz-knapsack: unboundedValue threw \(error) on valid input")
        }
      }
    } else {
      _ = try? Knapsack.unboundedValue(weights: weights, values: values, capacity: capacity, memoryLimit: memoryLimit)
    }

    // Subset sums and counting on the weights alone.
    let target = capacity
    if !badWeight && target >= 0 && target <= 60 {
      var reachable = 0
      for mask in 0..<(1 << weights.count) {
        var s = 0, fits = true
        for i in weights.indices where mask >> i & 1 == 1 {
          let (t, o) = s.addingReportingOverflow(weights[i])
          if o || t > target { fits = false; break }
          s = t
        }
        if fits && s == target { reachable += 1 }
      }
      if let isSum = try? Knapsack.isSubsetSum(weights: weights, target: target, memoryLimit: memoryLimit) {
        check(isSum == (reachable > 0), "isSubsetSum(\(weights), \(target)) = \(isSum)")
      }
      if let items = try? Knapsack.subsetSumItems(weights: weights, target: target, memoryLimit: memoryLimit) {
        check(
          reachable > 0 && Set(items).count == items.count && items.reduce(0) { $0 + weights[$1] } == target,
          "subsetSumItems(\(weights), \(target)) = \(String(describing: items))")
      } else {
        check(reachable == 0 || true, "")
      }
      if let ways = try? Knapsack.countWays(
        weights: weights, capacity: target, modulus: 1_000_000_007, memoryLimit: memoryLimit)
      {
        check(
          ways.count == target + 1 && ways[target] == reachable % 1_000_000_007,
          "countWays(\(weights))[\(target)] = \(ways.last ?? -1), brute force \(reachable)")
      }
    } else {
      _ = try? Knapsack.isSubsetSum(weights: weights, target: target, memoryLimit: memoryLimit)
      _ = try? Knapsack.subsetSumItems(weights: weights, target: target, memoryLimit: memoryLimit)
      _ = try? Knapsack.countWays(
        weights: weights, capacity: target, modulus: 1 + Int(input.byte()), memoryLimit: memoryLimit)
    }
  }
}

// MARK: - Replay entry point (plain builds)

#if !FUZZING
  @main
  enum FuzzMain {
    static func main() { FuzzReplay.run(target: "fuzz-knapsack", entry: fuzzTestOneInput) }
  }
#endif
