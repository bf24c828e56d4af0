// Command-line options of algokit-bench, parsed without Foundation so the rules are unit-tested.

/// A user-facing failure: one line on stderr and a documented exit status.
public struct HarnessError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Exit statuses, documented in `--help` and Benchmarks/README.md.
  public enum ExitCode: Int32, Sendable {
    /// Bad command line or input file: unknown flag, malformed value, unreadable baseline,
    /// a filter that selects nothing.
    case usage = 2
    /// `--compare`: at least one benchmark got slower than the threshold.
    case regression = 3
    /// Refused to time a debug build (without `--allow-debug`).
    case debugBuild = 4
    /// Could not write an output file.
    case io = 5
  }

  public var message: String
  public var exitCode: ExitCode

  public init(_ message: String, exitCode: ExitCode = .usage) {
    self.message = message
    self.exitCode = exitCode
  }

  public var description: String { "algokit-bench: \(message)" }
}

/// Everything the command line can ask for.
public struct BenchOptions: Equatable, Sendable {
  public enum Format: String, CaseIterable, Sendable { case table, json, csv, markdown }
  public enum Progress: String, Sendable { case auto, always, never }
  /// What the SVG's y axis shows.
  public enum ChartMetric: String, CaseIterable, Sendable { case element, run }

  public var help = false
  public var list = false
  public var filters: [String] = []
  public var skips: [String] = []
  public var sizes: [Int]?
  public var minTime: Double?
  public var maxTime: Double?
  public var repetitions: Int?
  public var quick = false
  public var format: Format = .table
  public var saveBaseline: String?
  public var compare: String?
  /// Re-render a saved JSON report instead of measuring (`--render FILE`).
  public var render: String?
  public var threshold: Double = 10
  public var svg: String?
  public var svgMetric: ChartMetric = .element
  public var allowDebug = false
  public var progress: Progress = .auto

  public init() {}

  /// The sampling policy these options imply.
  public var policy: MeasurementPolicy {
    var p = quick ? MeasurementPolicy.quick : MeasurementPolicy.standard
    if let minTime {
      p.minTime = minTime
      p.maxTime = Swift.max(p.maxTime, minTime)
    }
    if let maxTime { p.maxTime = maxTime; p.minTime = Swift.min(p.minTime, maxTime) }
    p.repetitions = repetitions
    return p
  }
}

/// Parses `algokit-bench` arguments (without the program name).
public enum OptionsParser {
  public static let usage = """
    usage: algokit-bench [options]

    Times every registered benchmark at its sizes and prints median, min, p90, spread,
    ns per element, throughput, and a growth estimate (log-log slope and O() name).
    Build in release: swift run -c release algokit-bench

    selection:
      --list                 list the selected benchmarks and their sizes, then exit
      --filter REGEX         run benchmarks whose name matches (repeatable: any may match)
      --skip REGEX           leave out benchmarks whose name matches (repeatable)
      --sizes N,N,...        time at these sizes instead of the registered ones (1000,1e6,10_000)
      --quick                small sizes and a tiny time budget: a smoke run of a few seconds
    sampling:
      --min-time SECONDS     keep sampling each size at least this long (default 0.2; --quick 0.005)
      --max-time SECONDS     stop sampling a size after this long, even below 5 samples (default 1.5)
      --repetitions N        take exactly N timed samples per size (after a warm-up)
    output:
      --format FORMAT        table (default), json (every sample + machine facts), csv, markdown
      --svg FILE             write a log-log chart of time vs size
      --svg-metric WHAT      element (ns per element, default) or run (time per run)
      --progress / --no-progress   progress on stderr (default: when stderr is a terminal or a run is long)
    baselines:
      --save-baseline FILE   write this run as JSON, for a later --compare
      --compare FILE         compare medians with a saved baseline (JSON from --save-baseline or --format json)
      --threshold PCT        slower by more than PCT percent is a regression (default 10)
      --render FILE          measure nothing: print (and chart) a saved JSON report, with --filter/--skip
    other:
      --allow-debug          time a debug build anyway (figures are meaningless)
      -h, --help             this text

    exit status: 0 ok; 2 bad arguments or input file, or nothing selected; 3 a regression beyond
    --threshold; 4 refused a debug build; 5 could not write an output file.
    """

  /// Parses `arguments`; throws `HarnessError` (exit 2) naming the first problem.
  public static func parse(_ arguments: [String]) throws(HarnessError) -> BenchOptions {
    var options = BenchOptions()
    var thresholdGiven = false
    var i = 0
    while i < arguments.count {
      let raw = arguments[i]
      i += 1
      var flag = raw
      var inlineValue: String?
      if raw.hasPrefix("--"), let eq = raw.firstIndex(of: "=") {
        flag = String(raw[..<eq])
        inlineValue = String(raw[raw.index(after: eq)...])
      }
      func value() throws(HarnessError) -> String {
        if let inlineValue { return inlineValue }
        guard i < arguments.count else { throw HarnessError("option \(flag) needs a value") }
        i += 1
        return arguments[i - 1]
      }
      func noValue() throws(HarnessError) {
        if inlineValue != nil { throw HarnessError("option \(flag) takes no value") }
      }
      switch flag {
      case "-h", "--help": try noValue(); options.help = true
      case "--list": try noValue(); options.list = true
      case "--quick": try noValue(); options.quick = true
      case "--allow-debug": try noValue(); options.allowDebug = true
      case "--progress": try noValue(); options.progress = .always
      case "--no-progress": try noValue(); options.progress = .never
      case "--filter": options.filters.append(try regex(try value(), flag: flag))
      case "--skip": options.skips.append(try regex(try value(), flag: flag))
      case "--sizes": options.sizes = try sizeList(try value())
      case "--min-time": options.minTime = try seconds(try value(), flag: flag)
      case "--max-time": options.maxTime = try seconds(try value(), flag: flag)
      case "--repetitions":
        let v = try value()
        guard let n = Int(v), n >= 1, n <= 1_000_000 else {
          throw HarnessError("--repetitions needs a whole number from 1 to 1000000, got '\(v)'")
        }
        options.repetitions = n
      case "--format":
        let v = try value()
        guard let f = BenchOptions.Format(rawValue: v.lowercased()) else {
          throw HarnessError("unknown --format '\(v)' (use table, json, csv or markdown)")
        }
        options.format = f
      case "--svg-metric":
        let v = try value()
        guard let m = BenchOptions.ChartMetric(rawValue: v.lowercased()) else {
          throw HarnessError("unknown --svg-metric '\(v)' (use element or run)")
        }
        options.svgMetric = m
      case "--save-baseline": options.saveBaseline = try path(try value(), flag: flag)
      case "--compare": options.compare = try path(try value(), flag: flag)
      case "--svg": options.svg = try path(try value(), flag: flag)
      case "--render": options.render = try path(try value(), flag: flag)
      case "--threshold":
        let v = try value()
        guard let t = Double(v.hasSuffix("%") ? String(v.dropLast()) : v), t.isFinite, t >= 0 else {
          throw HarnessError("--threshold needs a non-negative percentage, got '\(v)'")
        }
        options.threshold = t
        thresholdGiven = true
      default:
        if raw.hasPrefix("-") {
          throw HarnessError("unknown option '\(flag)' (see --help)")
        }
        throw HarnessError("unexpected argument '\(raw)' (benchmarks are chosen with --filter REGEX)")
      }
    }
    if thresholdGiven && options.compare == nil {
      throw HarnessError("--threshold only applies with --compare FILE")
    }
    return options
  }

  /// Parses a comma-separated list of positive sizes: `1000`, `10_000`, `1e6`, `10^6`.
  public static func sizeList(_ text: String) throws(HarnessError) -> [Int] {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    var sizes: [Int] = []
    for part in parts {
      let item = part.trimmingSpaces()
      guard !item.isEmpty else {
        throw HarnessError("--sizes '\(text)' has an empty entry (expected e.g. 1000,10000)")
      }
      guard let n = parseSize(item) else {
        throw HarnessError("--sizes: '\(item)' is not a whole number (expected e.g. 1000,1e6,10^6)")
      }
      guard n > 0 else { throw HarnessError("--sizes: size must be positive, got '\(item)'") }
      sizes.append(n)
    }
    return sizes
  }

  /// `1000`, `1_000`, `-5` (returned so the caller can say "must be positive"), `1e6`, `10^6`; nil otherwise.
  static func parseSize(_ s: String) -> Int? {
    let plain = s.replacingUnderscores()
    if let n = Int(plain) { return n }
    func power(_ base: Int, _ exponent: Int) -> Int? {
      guard exponent >= 0, exponent <= 18 else { return nil }
      var r = 1
      for _ in 0..<exponent {
        let (p, o) = r.multipliedReportingOverflow(by: base)
        if o { return nil }
        r = p
      }
      return r
    }
    for sep in ["e", "E", "^"] where plain.contains(sep) {
      let pieces = plain.split(separator: Character(sep), omittingEmptySubsequences: false)
      guard pieces.count == 2, let m = Int(pieces[0]), let e = Int(pieces[1]) else { return nil }
      if sep == "^" {
        return power(m, e)
      }
      guard let p = power(10, e) else { return nil }
      let (r, o) = m.multipliedReportingOverflow(by: p)
      return o ? nil : r
    }
    return nil
  }

  static func seconds(_ v: String, flag: String) throws(HarnessError) -> Double {
    guard let s = Double(v), s.isFinite, s > 0, s <= 3600 else {
      throw HarnessError("\(flag) needs a positive number of seconds (at most 3600), got '\(v)'")
    }
    return s
  }

  static func path(_ v: String, flag: String) throws(HarnessError) -> String {
    guard !v.isEmpty else { throw HarnessError("\(flag) needs a file name") }
    return v
  }

  /// Checks that `pattern` compiles as a Swift Regex, so a typo fails before anything runs.
  static func regex(_ pattern: String, flag: String) throws(HarnessError) -> String {
    guard !pattern.isEmpty else { throw HarnessError("\(flag) needs a regular expression") }
    do {
      _ = try Regex(pattern)
    } catch {
      throw HarnessError("\(flag): invalid regular expression '\(pattern)'")
    }
    return pattern
  }
}

/// Which benchmarks a run selects.
public enum Selection {
  /// The benchmarks matching any filter (all when there is none) and no skip, in registry order.
  ///
  /// Throws (exit 2) when filters or skips are given and nothing is left, so a typo in a filter
  /// never passes as an empty, successful run.
  public static func select(
    _ benchmarks: [Benchmark], filters: [String], skips: [String]
  ) throws(HarnessError) -> [Benchmark] {
    let include: [Regex<AnyRegexOutput>], exclude: [Regex<AnyRegexOutput>]
    do {
      include = try filters.map { try Regex($0) }
      exclude = try skips.map { try Regex($0) }
    } catch {
      throw HarnessError("invalid regular expression in --filter/--skip")
    }
    let chosen = benchmarks.filter { b in
      (include.isEmpty || include.contains { b.name.contains($0) })
        && !exclude.contains { b.name.contains($0) }
    }
    if chosen.isEmpty && !(filters.isEmpty && skips.isEmpty) {
      let what = (filters.map { "--filter '\($0)'" } + skips.map { "--skip '\($0)'" }).joined(separator: " ")
      throw HarnessError(
        "\(what) selects none of the \(benchmarks.count) registered benchmarks (see --list)")
    }
    return chosen
  }

  /// The results of a saved report that the filters select (same rules as `select`).
  public static func selectResults(
    _ results: [BenchmarkResult], filters: [String], skips: [String], source: String
  ) throws(HarnessError) -> [BenchmarkResult] {
    let stand = results.map { r in
      Benchmark(name: r.name, summary: r.summary, sizes: [], quickSizes: []) { _ in Workload(elements: 0) { 0 } }
    }
    let names = Set(try select(stand, filters: filters, skips: skips).map(\.name))
    let chosen = results.filter { names.contains($0.name) }
    if chosen.isEmpty { throw HarnessError("\(source) holds no benchmark results") }
    return chosen
  }

  /// Checks `--sizes` against each selected benchmark's `sizeLimits` (exit 2 naming the first
  /// benchmark and size that do not fit).
  public static func checkSizes(_ sizes: [Int]?, for benchmarks: [Benchmark]) throws(HarnessError) {
    guard let sizes else { return }
    for b in benchmarks {
      if let bad = sizes.first(where: { !b.sizeLimits.contains($0) }) {
        throw HarnessError(
          "--sizes \(bad) is outside \(b.name)'s range \(b.sizeLimits.lowerBound)...\(b.sizeLimits.upperBound)"
            + " (use --filter/--skip to leave it out)")
      }
    }
  }
}

extension StringProtocol {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return String(s)
  }

  func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
