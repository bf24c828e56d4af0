import Foundation
import Testing

@testable import BenchmarkHarness

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Counts calls so tests can check the protocol between `reset` and `run` (no timing asserted).
final class CallLog: @unchecked Sendable {
  var events: [Character] = []
}

@Suite("Runner and command", .serialized)  // both tests write the global black-hole sink
struct RunnerTests {
  @Test func resetRunsBeforeEveryRunAndRepetitionsAreExact() {
    let log = CallLog()
    let w = Workload(
      elements: 3, reset: { log.events.append("r") },
      run: {
        log.events.append("x"); return 7
      })
    var policy = MeasurementPolicy.quick
    policy.repetitions = 4
    let sinkBefore = benchmarkBlackHole
    let m = Runner.measure(w, policy: policy)
    #expect(m.samples.count == 4)
    #expect(m.runsPerSample == 1)  // never batched when there is a reset
    #expect(m.samples.allSatisfy { $0 >= 0 && $0.isFinite })
    // Strictly alternating: every run has its own reset just before it.
    let text = String(log.events)
    #expect(text.count >= 10 && text == String(repeating: "rx", count: text.count / 2), "\(text)")
    #expect(benchmarkBlackHole != sinkBefore)
  }

  @Test func policyStopsAsDocumented() {
    var p = MeasurementPolicy.standard
    #expect(p.wantsMore(count: 0, timed: 100, wall: 100))  // always one sample
    #expect(p.wantsMore(count: 2, timed: 1, wall: 1))  // below minSamples
    #expect(!p.wantsMore(count: 2, timed: 1.6, wall: 1.6))  // wall cap beats minSamples
    #expect(p.wantsMore(count: 10, timed: 0.1, wall: 0.1))  // below minTime
    #expect(!p.wantsMore(count: 10, timed: 0.25, wall: 0.3))
    #expect(!p.wantsMore(count: p.maxSamples, timed: 0, wall: 0))
    p.repetitions = 3
    #expect(p.wantsMore(count: 2, timed: 100, wall: 100))
    #expect(!p.wantsMore(count: 3, timed: 0, wall: 0))
  }

  static let benches = [
    Benchmark(name: "test/sum", summary: "sum of n ints", sizes: [100, 1000], quickSizes: [10, 100]) { n in
      let xs = Array(0..<n)
      return Workload(elements: n) { UInt64(xs.reduce(0, &+)) }
    }
  ]

  func tempPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("algokit-bench-\(UUID().uuidString)-\(name)").path
  }

  @Test func exitCodes() throws {
    let run = { (args: [String], debug: Bool) in
      BenchmarkCommand.run(arguments: args + ["--no-progress"], benchmarks: Self.benches, debugBuild: debug)
    }
    #expect(run(["--quick", "--repetitions", "1"], true) == 4)  // debug refused
    #expect(run(["--bogus"], false) == 2)
    #expect(run(["--filter", "nothing-matches"], true) == 2)
    #expect(run(["--compare", "/nonexistent/baseline.json"], false) == 2)

    let bad = tempPath("bad.json")
    try "{ \"format\": 1 ".write(toFile: bad, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: bad) }
    #expect(run(["--compare", bad], false) == 2)

    let base = tempPath("base.json"), svg = tempPath("chart.svg")
    defer { for p in [base, svg] { try? FileManager.default.removeItem(atPath: p) } }
    #expect(
      run(
        [
          "--quick", "--repetitions", "2", "--allow-debug", "--format", "csv",
          "--save-baseline", base, "--svg", svg,
        ], true) == 0)
    let saved = try ReportFormatter.decodeReport(
      try #require(FileManager.default.contents(atPath: base)), source: base)
    #expect(saved.benchmarks.map(\.name) == ["test/sum"])
    #expect(saved.benchmarks[0].results.map(\.size) == [10, 100])
    #expect(saved.benchmarks[0].results.allSatisfy { $0.samplesNs.count == 2 })
    #expect(saved.machine.buildConfiguration == "debug")
    #expect(XMLParser(data: try #require(FileManager.default.contents(atPath: svg))).parse())

    // --render re-prints a saved report without measuring; its filters apply to the saved names.
    #expect(run(["--render", base, "--format", "markdown", "--filter", "sum"], false) == 0)
    #expect(run(["--render", base, "--filter", "nothing"], false) == 2)
    #expect(run(["--render", "/nonexistent.json"], false) == 2)

    // Make the baseline absurdly fast: the next run is a regression (exit 3) ...
    var fast = saved
    for b in fast.benchmarks.indices {
      for r in fast.benchmarks[b].results.indices {
        fast.benchmarks[b].results[r].stats.median = 1e-6
      }
    }
    try ReportFormatter.json(fast).write(toFile: base, atomically: true, encoding: .utf8)
    #expect(run(["--quick", "--repetitions", "1", "--format", "csv", "--compare", base], false) == 3)
    // ... unless the threshold is enormous; and sizes not in the baseline are an error.
    #expect(
      run(
        [
          "--quick", "--repetitions", "1", "--format", "csv", "--compare", base,
          "--threshold", "1e300",
        ], false) == 0)
    #expect(run(["--sizes", "7", "--repetitions", "1", "--format", "csv", "--compare", base], false) == 2)
    // A saved report compared with itself never regresses; with the fast one it does.
    #expect(run(["--render", base, "--format", "csv", "--compare", base], false) == 0)
    let saved2 = tempPath("saved.json")
    defer { try? FileManager.default.removeItem(atPath: saved2) }
    try ReportFormatter.json(saved).write(toFile: saved2, atomically: true, encoding: .utf8)
    #expect(run(["--render", saved2, "--format", "csv", "--compare", base], false) == 3)
  }
}
