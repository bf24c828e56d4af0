import Testing

@testable import BenchmarkHarness

@Suite("Options")
struct OptionsTests {
  func parseError(_ args: [String]) -> HarnessError? {
    do {
      _ = try OptionsParser.parse(args)
      return nil
    } catch {
      return error
    }
  }

  @Test func defaults() throws {
    let o = try OptionsParser.parse([])
    #expect(o == BenchOptions())
    #expect(o.format == .table && o.threshold == 10 && !o.quick)
    #expect(o.policy == MeasurementPolicy.standard)
  }

  @Test func everyOption() throws {
    let o = try OptionsParser.parse([
      "--filter", "heap/", "--filter=knapsack", "--skip", "large", "--sizes", "1e6,10^3,10_000",
      "--min-time", "0.5", "--max-time=3", "--repetitions", "7", "--quick", "--format", "csv",
      "--save-baseline", "b.json", "--compare", "old.json", "--threshold", "5%", "--svg", "c.svg",
      "--svg-metric", "run", "--allow-debug", "--no-progress", "--list", "--render", "r.json",
    ])
    #expect(o.filters == ["heap/", "knapsack"])
    #expect(o.skips == ["large"])
    #expect(o.sizes == [1_000_000, 1_000, 10_000])
    #expect(o.minTime == 0.5 && o.maxTime == 3 && o.repetitions == 7)
    #expect(o.quick && o.list && o.allowDebug && o.progress == .never)
    #expect(o.format == .csv && o.svgMetric == .run)
    #expect(o.render == "r.json")
    #expect(o.saveBaseline == "b.json" && o.compare == "old.json" && o.threshold == 5 && o.svg == "c.svg")
    #expect(o.policy.minTime == 0.5 && o.policy.maxTime == 3 && o.policy.repetitions == 7)
  }

  @Test func quickPolicy() throws {
    #expect(try OptionsParser.parse(["--quick"]).policy == MeasurementPolicy.quick)
    // An explicit --min-time beyond the quick cap raises the cap with it.
    let p = try OptionsParser.parse(["--quick", "--min-time", "0.3"]).policy
    #expect(p.minTime == 0.3 && p.maxTime >= 0.3)
  }

  @Test(arguments: [
    (["--frobnicate"], "unknown option '--frobnicate'"),
    (["-x"], "unknown option '-x'"),
    (["heap"], "unexpected argument 'heap'"),
    (["--filter"], "option --filter needs a value"),
    (["--filter", "("], "invalid regular expression '('"),
    (["--skip", "[a-"], "invalid regular expression"),
    (["--sizes", "abc"], "'abc' is not a whole number"),
    (["--sizes", "1000,x"], "'x' is not a whole number"),
    (["--sizes", "0"], "size must be positive"),
    (["--sizes", "-5"], "size must be positive"),
    (["--sizes", "1000,,2000"], "empty entry"),
    (["--sizes", ""], "empty entry"),
    (["--sizes", "10^40"], "not a whole number"),
    (["--repetitions", "0"], "--repetitions needs a whole number"),
    (["--repetitions", "many"], "--repetitions needs a whole number"),
    (["--min-time", "-1"], "--min-time needs a positive number"),
    (["--min-time", "nan"], "--min-time needs a positive number"),
    (["--format", "xml"], "unknown --format 'xml'"),
    (["--svg-metric", "pixels"], "unknown --svg-metric"),
    (["--threshold", "5"], "--threshold only applies with --compare"),
    (["--compare", "b.json", "--threshold", "-3"], "non-negative percentage"),
    (["--quick=yes"], "takes no value"),
    (["--svg", ""], "needs a file name"),
  ])
  func rejects(_ args: [String], _ message: String) throws {
    let error = try #require(parseError(args), "accepted \(args)")
    #expect(error.message.contains(message), "\(args): got '\(error.message)'")
    #expect(error.exitCode == .usage)
    #expect(!error.description.contains("\n"))
    #expect(error.description.hasPrefix("algokit-bench: "))
  }

  @Test func sizeForms() {
    #expect(OptionsParser.parseSize("1000") == 1000)
    #expect(OptionsParser.parseSize("1_000_000") == 1_000_000)
    #expect(OptionsParser.parseSize("3e4") == 30_000)
    #expect(OptionsParser.parseSize("2^10") == 1024)
    #expect(OptionsParser.parseSize("1.5e3") == nil)
    #expect(OptionsParser.parseSize("e3") == nil)
    #expect(OptionsParser.parseSize("9e30") == nil)
  }

  static func bench(_ name: String) -> Benchmark {
    Benchmark(name: name, summary: "", sizes: [10], quickSizes: [1]) { _ in
      Workload(elements: 1) { 0 }
    }
  }

  @Test func selection() throws {
    let all = ["heap/heapq-push-pop", "heap/priority-queue-push-pop", "knapsack/zero-one-value"].map(Self.bench)
    #expect(try Selection.select(all, filters: [], skips: []).count == 3)
    #expect(
      try Selection.select(all, filters: ["^heap/"], skips: []).map(\.name)
        == ["heap/heapq-push-pop", "heap/priority-queue-push-pop"])
    #expect(
      try Selection.select(all, filters: ["heapq", "knapsack"], skips: []).map(\.name)
        == ["heap/heapq-push-pop", "knapsack/zero-one-value"])
    #expect(
      try Selection.select(all, filters: ["heap"], skips: ["priority"]).map(\.name)
        == ["heap/heapq-push-pop"])
    // Nothing selected by a filter is an error, never a silent empty run.
    #expect(throws: HarnessError.self) { try Selection.select(all, filters: ["geometry"], skips: []) }
    #expect(throws: HarnessError.self) { try Selection.select(all, filters: [], skips: ["."]) }
    // Sizes outside a benchmark's limits are refused before anything runs.
    let limited = Benchmark(
      name: "knapsack/dp", summary: "", sizes: [100], quickSizes: [10],
      sizeLimits: 10...1_000
    ) { _ in Workload(elements: 1) { 0 } }
    #expect(throws: Never.self) { try Selection.checkSizes([10, 1_000], for: [limited]) }
    #expect(throws: Never.self) { try Selection.checkSizes(nil, for: [limited]) }
    do {
      try Selection.checkSizes([100, 5], for: all + [limited])
      Issue.record("size 5 accepted")
    } catch {
      #expect(error.message.contains("--sizes 5 is outside knapsack/dp's range 10...1000"))
    }
    #expect(all[0].sizeLimits == 1...1_000_000_000)
    // An empty registry without filters is not an error (the caller reports it).
    #expect(try Selection.select([], filters: [], skips: []).isEmpty)
  }
}
