// The algokit-bench command: parse, select, measure, print, save, compare. main.swift calls `run`.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

public enum BenchmarkCommand {
  /// Runs the command and returns the process exit status (see `OptionsParser.usage`).
  ///
  /// - Parameters:
  ///   - arguments: the command line without the program name.
  ///   - benchmarks: every registered benchmark.
  ///   - debugBuild: whether the executable was compiled without optimization (`#if DEBUG`).
  public static func run(arguments: [String], benchmarks: [Benchmark], debugBuild: Bool) -> Int32 {
    do {
      return try execute(arguments: arguments, benchmarks: benchmarks, debugBuild: debugBuild)
    } catch {
      printError(error.description)
      return error.exitCode.rawValue
    }
  }

  static func execute(
    arguments: [String], benchmarks: [Benchmark], debugBuild: Bool
  ) throws(HarnessError) -> Int32 {
    let options = try OptionsParser.parse(arguments)
    if options.help {
      print(OptionsParser.usage)
      return 0
    }
    if let path = options.render {
      var report = try loadReport(path)
      report.benchmarks = try Selection.selectResults(
        report.benchmarks, filters: options.filters, skips: options.skips, source: path)
      let baseline = try options.compare.map { path throws(HarnessError) in try loadReport(path) }
      try emit(report, options: options)
      return try compareIfAsked(report, baseline: baseline, options: options)
    }
    try checkUniqueNames(benchmarks)
    let selected = try Selection.select(benchmarks, filters: options.filters, skips: options.skips)
    try Selection.checkSizes(options.sizes, for: selected)

    if options.list {
      let width = selected.map(\.name.count).max() ?? 0
      for b in selected {
        let sizes = (options.quick ? b.quickSizes : b.sizes).map(Units.size).joined(separator: ",")
        print(b.name + String(repeating: " ", count: width - b.name.count) + "  [\(sizes)]  " + b.summary)
      }
      if selected.isEmpty { printError("algokit-bench: no benchmarks are registered yet") }
      return 0
    }

    if debugBuild && !options.allowDebug {
      throw HarnessError(
        "refusing to time a debug build; use `swift run -c release algokit-bench` (or pass --allow-debug)",
        exitCode: .debugBuild)
    }
    if debugBuild { printError("algokit-bench: WARNING: debug build, figures are meaningless") }

    // Read the baseline before spending minutes measuring.
    let baseline = try options.compare.map { path throws(HarnessError) in try loadReport(path) }

    if selected.isEmpty {
      printError("algokit-bench: no benchmarks are registered yet; nothing to time")
      return 0
    }

    let report = measure(selected, options: options, debugBuild: debugBuild)
    try emit(report, options: options)
    return try compareIfAsked(report, baseline: baseline, options: options)
  }

  /// With `--compare`: prints the comparison and returns 3 on a regression beyond the threshold.
  static func compareIfAsked(
    _ report: BenchReport, baseline: BenchReport?, options: BenchOptions
  ) throws(HarnessError) -> Int32 {
    if let baseline, let path = options.compare {
      let comparison = Baseline.compare(
        current: report, baseline: baseline, thresholdPercent: options.threshold)
      guard !comparison.changes.isEmpty else {
        throw HarnessError("baseline \(path) shares no benchmark and size with this run")
      }
      let text = Baseline.render(comparison, baselinePath: path)
      // Keep machine-readable stdout clean: the comparison goes to stderr for json/csv.
      if options.format == .json || options.format == .csv {
        printError(text, terminator: "")
      } else {
        print("\n" + text, terminator: "")
      }
      if !comparison.regressions.isEmpty { return HarnessError.ExitCode.regression.rawValue }
    }
    return 0
  }

  /// Prints the report in the chosen format and writes the baseline and chart files asked for.
  static func emit(_ report: BenchReport, options: BenchOptions) throws(HarnessError) {
    switch options.format {
    case .table: print(ReportFormatter.table(report), terminator: "")
    case .csv: print(ReportFormatter.csv(report), terminator: "")
    case .markdown: print(ReportFormatter.markdown(report), terminator: "")
    case .json: print(try jsonText(report), terminator: "")
    }
    if let path = options.saveBaseline { try write(try jsonText(report), to: path) }
    if let path = options.svg { try write(SVGChart.render(report, metric: options.svgMetric), to: path) }
  }

  /// Measures every selected benchmark at its sizes.
  static func measure(_ selected: [Benchmark], options: BenchOptions, debugBuild: Bool) -> BenchReport {
    let policy = options.policy
    let override = options.sizes.map { Array(Set($0)).sorted() }
    let plan = selected.map { b in (b, override ?? (options.quick ? b.quickSizes : b.sizes)) }
    let total = plan.reduce(0) { $0 + $1.1.count }
    let isTerminal = isatty(2) == 1
    let showProgress: Bool
    switch options.progress {
    case .always: showProgress = true
    case .never: showProgress = false
    case .auto: showProgress = isTerminal || !options.quick
    }

    var results: [BenchmarkResult] = []
    var done = 0
    let started = MonotonicClock.now()
    for (b, sizes) in plan {
      var points: [SizeResult] = []
      for size in sizes {
        done += 1
        if showProgress {
          let line = "[\(done)/\(total)] \(b.name) n=\(Units.size(size))"
          printError(isTerminal ? "\r\u{1B}[K" + line : line, terminator: isTerminal ? "" : "\n")
        }
        let workload = b.makeWorkload(size)
        let raw = Runner.measure(workload, policy: policy)
        points.append(
          SizeResult(
            size: size, elements: workload.elements, runsPerSample: raw.runsPerSample,
            samplesNs: raw.samples))
      }
      results.append(BenchmarkResult(name: b.name, summary: b.summary, results: points))
    }
    if showProgress {
      let seconds = MonotonicClock.nanoseconds(since: started) * 1e-9
      let line =
        "timed \(total) size\(total == 1 ? "" : "s") of \(plan.count) benchmark\(plan.count == 1 ? "" : "s") in \(Units.fixed(seconds, 1)) s"
      printError(isTerminal ? "\r\u{1B}[K" + line : line)
    }
    let settings = RunSettings(
      quick: options.quick, minTimeSeconds: policy.minTime, maxTimeSeconds: policy.maxTime,
      repetitions: policy.repetitions, sizesOverride: override)
    return BenchReport(
      machine: .current(debugBuild: debugBuild), settings: settings, benchmarks: results)
  }

  static func checkUniqueNames(_ benchmarks: [Benchmark]) throws(HarnessError) {
    var seen = Set<String>()
    for b in benchmarks where !seen.insert(b.name).inserted {
      throw HarnessError("benchmark '\(b.name)' is registered twice")
    }
  }

  static func loadReport(_ path: String) throws(HarnessError) -> BenchReport {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw HarnessError("cannot read baseline file '\(path)'")
    }
    return try ReportFormatter.decodeReport(data, source: "baseline file '\(path)'")
  }

  static func jsonText(_ report: BenchReport) throws(HarnessError) -> String {
    do {
      return try ReportFormatter.json(report)
    } catch {
      throw HarnessError("could not encode the report as JSON: \(error)", exitCode: .io)
    }
  }

  static func write(_ text: String, to path: String) throws(HarnessError) {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw HarnessError("cannot write '\(path)'", exitCode: .io)
    }
  }

  static func printError(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((text + terminator).utf8))
  }
}
