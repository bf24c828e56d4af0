// Replays heapq runs recorded with CPython (Fixtures/HeapqFixtures.swift) and compares the
// array after every call: min order, and `by: >` against the *_max functions.
import Foundation
import Testing

@testable import AlgoKitHeap

/// The heapq calls under test, bound either to the Comparable API or to a `by:` order.
struct HeapqCalls<E> {
  var heapify: (inout [E]) -> Void
  var push: (inout [E], E) -> Void
  var pop: (inout [E]) -> E?
  var replace: (inout [E], E) -> E?
  var pushPop: (inout [E], E) -> E

  static func by(_ lt: @escaping (E, E) -> Bool) -> HeapqCalls {
    HeapqCalls(
      heapify: { $0.heapify(by: lt) },
      push: { $0.heapPush($1, by: lt) },
      pop: { $0.heapPop(by: lt) },
      replace: { $0.heapReplace($1, by: lt) },
      pushPop: { $0.heapPushPop($1, by: lt) })
  }
}

extension HeapqCalls where E: Comparable {
  /// The default (min) API, without `by:`.
  static var comparable: HeapqCalls {
    HeapqCalls(
      heapify: { $0.heapify() },
      push: { $0.heapPush($1) },
      pop: { $0.heapPop() },
      replace: { $0.heapReplace($1) },
      pushPop: { $0.heapPushPop($1) })
  }
}

enum HeapqReplay {
  static func parseRecord(_ text: Substring) -> KeyedRecord {
    let parts = text.split(separator: ":")
    return KeyedRecord(key: Int(parts[0])!, id: Int(parts[1])!)
  }

  static func parseDouble(_ text: Substring) -> Double { Double(String(text))! }

  static func elements<E>(_ text: String, _ parse: (Substring) -> E) -> [E] {
    text.split(separator: " ").map(parse)
  }

  /// Replays one recorded run; returns how many calls were compared.
  @discardableResult
  static func replay<E>(
    _ run: String, runIndex: Int, calls: HeapqCalls<E>,
    parse: (Substring) -> E, same: (E, E) -> Bool
  ) -> Int {
    func sameArray(_ a: [E], _ b: [E]) -> Bool {
      a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
    }
    var heap: [E] = []
    var compared = 0
    for (lineNumber, line) in run.split(separator: "\n").dropFirst().enumerated() {
      let fields = String(line).components(separatedBy: " = ")
      let head = fields[0]
      let op = head.first!
      let argument = head.count > 2 ? String(head.dropFirst(2)) : ""
      let expected = elements(fields.last!, parse)
      let context = "run \(runIndex) line \(lineNumber + 2): \(line.prefix(60))"
      switch op {
      case "H":
        heap = elements(argument, parse)
        calls.heapify(&heap)
      case "P":
        calls.push(&heap, parse(Substring(argument)))
      case "O":
        let result = calls.pop(&heap)
        #expect(result.map { same($0, parse(Substring(fields[1]))) } == true, "\(context)")
      case "R":
        let result = calls.replace(&heap, parse(Substring(argument)))
        #expect(result.map { same($0, parse(Substring(fields[1]))) } == true, "\(context)")
      case "Q":
        let result = calls.pushPop(&heap, parse(Substring(argument)))
        #expect(same(result, parse(Substring(fields[1]))), "\(context)")
      default:
        Issue.record("unknown op in \(context)")
      }
      #expect(sameArray(heap, expected), "\(context)")
      if !sameArray(heap, expected) { return compared }
      compared += 1
    }
    return compared
  }
}

@Suite("heapq parity with CPython")
struct HeapqParityTests {
  @Test("every recorded run, after every call, through both APIs")
  func recordedRuns() {
    var compared = 0
    var runsSeen: [String: Int] = [:]
    for (index, run) in HeapqFixtures.runs.enumerated() {
      let header = run.prefix { $0 != "\n" }
      runsSeen[String(header), default: 0] += 1
      switch header {
      case "rec min":
        compared += HeapqReplay.replay(
          run, runIndex: index, calls: .comparable, parse: HeapqReplay.parseRecord, same: ==)
        compared += HeapqReplay.replay(
          run, runIndex: index, calls: .by { $0.key < $1.key }, parse: HeapqReplay.parseRecord, same: ==)
      case "rec max":
        compared += HeapqReplay.replay(
          run, runIndex: index, calls: .by(>), parse: HeapqReplay.parseRecord, same: ==)
        compared += HeapqReplay.replay(
          run, runIndex: index, calls: .by { $0.key > $1.key }, parse: HeapqReplay.parseRecord, same: ==)
      case "dbl min":
        compared += HeapqReplay.replay(
          run, runIndex: index, calls: HeapqCalls<Double>.comparable, parse: HeapqReplay.parseDouble,
          same: sameDouble)
      case "dbl max":
        compared += HeapqReplay.replay(
          run, runIndex: index, calls: HeapqCalls<Double>.by(>), parse: HeapqReplay.parseDouble,
          same: sameDouble)
      default:
        Issue.record("unknown run header \(header)")
      }
    }
    #expect(runsSeen == ["rec min": 11, "rec max": 11, "dbl min": 10, "dbl max": 10])
    #expect(compared > 2000)  // 2468 with the committed fixture
  }

  @Test("nsmallest / nlargest with a key match CPython")
  func selections() {
    for (index, line) in HeapqFixtures.selections.enumerated() {
      let fields = line.components(separatedBy: " | ")
      let n = Int(fields[0])!
      let items = HeapqReplay.elements(fields[1], HeapqReplay.parseRecord)
      let smallest = HeapqReplay.elements(fields[2], HeapqReplay.parseRecord)
      let largest = HeapqReplay.elements(fields[3], HeapqReplay.parseRecord)
      #expect(items.nSmallest(n) == smallest, "selection \(index)")
      #expect(items.nSmallest(n, by: { $0.key < $1.key }) == smallest, "selection \(index)")
      #expect(items.nLargest(n) == largest, "selection \(index)")
      #expect(items.nLargest(n, by: { $0.key < $1.key }) == largest, "selection \(index)")
    }
  }

  @Test("merge with a key, forward and reverse, matches CPython")
  func merges() {
    for (index, line) in HeapqFixtures.merges.enumerated() {
      let fields = line.components(separatedBy: " | ")
      let inputs = fields[1].components(separatedBy: " / ").map {
        HeapqReplay.elements($0, HeapqReplay.parseRecord)
      }
      let expected = HeapqReplay.elements(fields[2], HeapqReplay.parseRecord)
      let merged =
        fields[0] == "rev"
        ? Array(inputs.mergeSorted(by: { $0.key > $1.key }))
        : Array(inputs.mergeSorted())
      #expect(merged == expected, "merge \(index): \(line)")
    }
  }

  @Test("heapReplace on an empty array keeps the element; pop and pushPop on empty")
  func emptyHeaps() {
    var a: [Int] = []
    #expect(a.heapPop() == nil)
    #expect(a.heapReplace(7) == nil)
    #expect(a == [7])
    var b: [Int] = []
    #expect(b.heapPushPop(3) == 3)
    #expect(b.isEmpty)
    var c = [Double.nan]
    #expect(c.heapPushPop(1).isNaN == false)  // nan < 1 is false: 1 comes straight back
    #expect(c.count == 1 && c[0].isNaN)
  }
}
