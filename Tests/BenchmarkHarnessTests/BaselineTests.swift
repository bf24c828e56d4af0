import Testing

@testable import BenchmarkHarness

@Suite("Baseline comparison")
struct BaselineTests {
  func report(_ medians: [(String, Int, Double)]) -> BenchReport {
    var byName: [String: [(Int, Int, [Double])]] = [:]
    var order: [String] = []
    for (name, size, median) in medians {
      if byName[name] == nil { order.append(name) }
      byName[name, default: []].append((size, size, [median]))
    }
    return Fixtures.report(order.map { Fixtures.result($0, byName[$0]!) })
  }

  @Test func thresholdLogic() throws {
    let old = report([("a", 10, 100), ("a", 100, 1000), ("b", 10, 50), ("c", 10, 80)])
    let now = report([("a", 10, 111), ("a", 100, 1100), ("b", 10, 40), ("d", 10, 1)])
    let c = Baseline.compare(current: now, baseline: old, thresholdPercent: 10)
    #expect(c.changes.count == 3)
    let a10 = try #require(c.changes.first { $0.name == "a" && $0.size == 10 })
    #expect(abs(a10.changePercent - 11) < 1e-9)
    #expect(a10.verdict == .slower)
    let a100 = try #require(c.changes.first { $0.name == "a" && $0.size == 100 })
    #expect(abs(a100.changePercent - 10) < 1e-9)
    #expect(a100.verdict == .unchanged)  // exactly at the threshold is not a regression
    let b = try #require(c.changes.first { $0.name == "b" })
    #expect(abs(b.changePercent + 20) < 1e-9 && b.verdict == .faster)
    #expect(c.regressions.map(\.name) == ["a"])
    #expect(c.notInBaseline == ["d@10"])
    #expect(c.notMeasured == ["c@10"])

    let lenient = Baseline.compare(current: now, baseline: old, thresholdPercent: 25)
    #expect(lenient.regressions.isEmpty)
    #expect(lenient.changes.allSatisfy { $0.verdict == .unchanged })

    let text = Baseline.render(c, baselinePath: "old.json")
    #expect(text.contains("SLOWER"))
    #expect(text.contains("1 regression beyond 10.0%: a@10"))
    #expect(Baseline.render(lenient, baselinePath: "x").contains("no regression"))
  }

  @Test func sameReportIsUnchanged() {
    let c = Baseline.compare(current: Fixtures.sample, baseline: Fixtures.sample, thresholdPercent: 0)
    #expect(c.changes.count == 4)
    #expect(c.changes.allSatisfy { $0.changePercent == 0 && $0.verdict == .unchanged })
    #expect(c.notInBaseline.isEmpty && c.notMeasured.isEmpty)
  }
}
