@testable import BenchmarkHarness

/// Hand-made reports for formatter and baseline tests.
enum Fixtures {
  static let machine = MachineFacts(
    os: "TestOS 1", kernel: "6.0", cpuModel: "Test CPU @ 3 GHz", logicalCores: 2,
    memoryBytes: 1 << 33, swiftCompiler: "Swift 6.3", buildConfiguration: "release",
    date: "2026-01-01T00:00:00Z", gitCommit: "0123456789abcdef0123456789abcdef01234567")

  static let settings = RunSettings(
    quick: false, minTimeSeconds: 0.2, maxTimeSeconds: 1.5, repetitions: nil, sizesOverride: nil)

  /// `points` are (size, elements, samples in ns per run).
  static func result(_ name: String, _ points: [(Int, Int, [Double])], summary: String = "test")
    -> BenchmarkResult
  {
    BenchmarkResult(
      name: name, summary: summary,
      results: points.map { SizeResult(size: $0.0, elements: $0.1, runsPerSample: 1, samplesNs: $0.2) })
  }

  static func report(_ benchmarks: [BenchmarkResult]) -> BenchReport {
    BenchReport(machine: machine, settings: settings, benchmarks: benchmarks)
  }

  /// Two benchmarks, one linear over three sizes, one with an awkward name and one size.
  static let sample = report([
    result(
      "heap/priority-queue-push-pop",
      [
        (1_000, 1_000, [10_000, 11_000, 10_500]),
        (10_000, 10_000, [100_000, 101_000, 99_000]),
        (1_000_000, 1_000_000, [10_000_000, 10_200_000, 9_900_000]),
      ]),
    result("odd/name, with \"quotes\" & <tags> | pipe", [(5_000, 0, [1234.5])]),
  ])
}
