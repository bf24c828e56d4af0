// Every registered benchmark, by module. Each module's benchmarks live in its own file here
// (`HeapBenchmarks.swift`, ...) as `enum <Module>Benchmarks { static let all: [Benchmark] }`;
// add the module's list below when it lands.
import BenchmarkHarness

enum Registry {
  static let all: [Benchmark] =
    []
    + HeapBenchmarks.all
    + KnapsackBenchmarks.all
    + GeometryBenchmarks.all
    + DetectionBenchmarks.all
    + MaskBenchmarks.all
    + EvaluationBenchmarks.all
}
