// The result of a run: what every output format, the baseline and the chart are made from.

/// One size of one benchmark.
public struct SizeResult: Codable, Sendable, Equatable {
  public var size: Int
  /// Elements one run processes (`Workload.elements`; may differ from `size`, e.g. DP cells).
  public var elements: Int
  public var runsPerSample: Int
  /// Nanoseconds per run, every sample in the order taken.
  public var samplesNs: [Double]
  /// Summary of `samplesNs` (nanoseconds per run).
  public var stats: SampleStatistics
  /// Median nanoseconds per element (nil when `elements` is 0).
  public var nsPerElement: Double?
  /// Elements per second at the median (nil when `elements` is 0 or the median is 0).
  public var elementsPerSecond: Double?

  public init(size: Int, elements: Int, runsPerSample: Int, samplesNs: [Double]) {
    precondition(!samplesNs.isEmpty, "a size result needs at least one sample")
    self.size = size
    self.elements = elements
    self.runsPerSample = runsPerSample
    self.samplesNs = samplesNs
    let stats = SampleStatistics(samplesNs) ?? SampleStatistics([0])!
    self.stats = stats
    nsPerElement = elements > 0 ? stats.median / Double(elements) : nil
    elementsPerSecond = elements > 0 && stats.median > 0 ? Double(elements) * 1e9 / stats.median : nil
  }
}

/// One benchmark over its size sweep.
public struct BenchmarkResult: Codable, Sendable, Equatable {
  public var name: String
  public var summary: String
  public var results: [SizeResult]
  /// Growth of median time per run against size; nil with fewer than two sizes.
  public var growth: GrowthEstimate?

  public init(name: String, summary: String, results: [SizeResult]) {
    self.name = name
    self.summary = summary
    self.results = results
    growth = ComplexityFit.estimate(
      sizes: results.map(\.size), times: results.map(\.stats.median))
  }
}

/// Facts about where and how the figures were measured.
public struct MachineFacts: Codable, Sendable, Equatable {
  public var os: String
  public var kernel: String?
  public var cpuModel: String?
  public var logicalCores: Int
  public var memoryBytes: UInt64?
  public var swiftCompiler: String
  public var buildConfiguration: String
  /// ISO 8601, UTC.
  public var date: String
  public var gitCommit: String?

  public init(
    os: String, kernel: String? = nil, cpuModel: String? = nil, logicalCores: Int,
    memoryBytes: UInt64? = nil, swiftCompiler: String, buildConfiguration: String, date: String,
    gitCommit: String? = nil
  ) {
    self.os = os
    self.kernel = kernel
    self.cpuModel = cpuModel
    self.logicalCores = logicalCores
    self.memoryBytes = memoryBytes
    self.swiftCompiler = swiftCompiler
    self.buildConfiguration = buildConfiguration
    self.date = date
    self.gitCommit = gitCommit
  }
}

/// How the run sampled.
public struct RunSettings: Codable, Sendable, Equatable {
  public var quick: Bool
  public var minTimeSeconds: Double
  public var maxTimeSeconds: Double
  public var repetitions: Int?
  public var sizesOverride: [Int]?

  public init(
    quick: Bool, minTimeSeconds: Double, maxTimeSeconds: Double, repetitions: Int?,
    sizesOverride: [Int]?
  ) {
    self.quick = quick
    self.minTimeSeconds = minTimeSeconds
    self.maxTimeSeconds = maxTimeSeconds
    self.repetitions = repetitions
    self.sizesOverride = sizesOverride
  }
}

/// A whole run. Its JSON form is `--format json` and the baseline file format.
public struct BenchReport: Codable, Sendable, Equatable {
  /// Format identifier, bumped on incompatible changes.
  public var format: String = BenchReport.formatIdentifier
  public var machine: MachineFacts
  public var settings: RunSettings
  public var benchmarks: [BenchmarkResult]

  public static let formatIdentifier = "algokit-bench/1"

  public init(machine: MachineFacts, settings: RunSettings, benchmarks: [BenchmarkResult]) {
    self.machine = machine
    self.settings = settings
    self.benchmarks = benchmarks
  }
}
