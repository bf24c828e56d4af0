// swift-tools-version:6.0
//
// AlgoKit: algorithms and computational geometry for Swift, with a benchmark harness.
// No package dependencies, by design: library modules use the standard library only
// (plus Glibc/Darwin for C math and raw I/O), so they also bundle into one contest file.

import PackageDescription

/// Library modules, in dependency order. Each is its own product so users link only what they need.
let libraries: [(name: String, dependencies: [String])] = [
  ("AlgoKitHeap", []),
  ("AlgoKitKnapsack", []),
  ("AlgoKitGeometry", []),
  ("AlgoKitDetection", ["AlgoKitGeometry"]),
  ("AlgoKitIO", []),
]

/// Invariant checkers (`_checkInvariants()`) always exist and tests call them explicitly; the
/// automatic check after every mutation is compiled in only with
/// `swift build -Xswiftc -DALGOKIT_INTERNAL_CHECKS`, so users' debug builds stay fast.
let librarySettings: [SwiftSetting] = []

/// Non-Swift files kept beside a test target's sources (fixture generators), per test target.
let testExcludes: [String: [String]] = [
  "AlgoKitHeapTests": ["Fixtures/generate_heapq_fixtures.py"],
  "AlgoKitDetectionTests": ["Fixtures", "Evaluation/Fixtures", "Masks/Fixtures"],
]

var targets: [Target] = []
for library in libraries {
  targets.append(
    .target(
      name: library.name,
      dependencies: library.dependencies.map { .target(name: $0) },
      swiftSettings: librarySettings))
  targets.append(
    .testTarget(
      name: "\(library.name)Tests",
      dependencies: [.target(name: library.name), "AlgoKitTestSupport"],
      exclude: testExcludes["\(library.name)Tests"] ?? []))
}

targets += [
  // The umbrella: `import AlgoKit` re-exports every library module.
  .target(name: "AlgoKit", dependencies: libraries.map { .target(name: $0.name) }),

  // Seeded generators and the peers' inputs, shared by every test target, the fuzzers and the
  // benchmarks (internal: not a product).
  .target(name: "AlgoKitTestSupport", path: "Tests/AlgoKitTestSupport"),

  // Benchmark harness (measurement, statistics, complexity fit, output) and the executable.
  .target(name: "BenchmarkHarness", dependencies: ["AlgoKitTestSupport"], path: "Benchmarks/BenchmarkHarness"),
  .executableTarget(
    name: "algokit-bench",
    dependencies: ["BenchmarkHarness", "AlgoKit"],
    path: "Benchmarks/algokit-bench"),
  .testTarget(name: "BenchmarkHarnessTests", dependencies: ["BenchmarkHarness"]),

  // algokit-bundle: one contest file from a solution and the modules it imports.
  .target(name: "BundlerCore", path: "Tools/BundlerCore"),
  .executableTarget(name: "algokit-bundle", dependencies: ["BundlerCore"], path: "Tools/algokit-bundle"),
  // algokit-eval: COCO mAP of a detections file against a ground-truth file (pycocotools semantics).
  .executableTarget(name: "algokit-eval", dependencies: ["AlgoKitDetection"], path: "Tools/algokit-eval"),
  .testTarget(name: "BundlerCoreTests", dependencies: ["BundlerCore"]),
  // Contest solutions, run as package code and as bundled single files compiled with swiftc.
  .testTarget(
    name: "ContestSolutionsTests", dependencies: ["AlgoKit", "BundlerCore"],
    exclude: ["Fixtures", "HandWritten"]),
]

// The fuzz targets' shared input decoder and plain-build replay driver.
targets.append(.target(name: "FuzzSupport", dependencies: ["AlgoKitTestSupport"], path: "Fuzz/FuzzSupport"))
// libFuzzer targets, one file each (Fuzz/fuzz-*/Fuzz*.swift). Plain builds get a replay main;
// `swift build -c release --sanitize=fuzzer -Xswiftc -DFUZZING --product fuzz-heap` a fuzzer.
for (fuzzer, module) in [
  ("fuzz-heap", "AlgoKitHeap"), ("fuzz-knapsack", "AlgoKitKnapsack"), ("fuzz-geometry", "AlgoKitGeometry"),
  ("fuzz-detection", "AlgoKitDetection"), ("fuzz-masks", "AlgoKitDetection"), ("fuzz-io", "AlgoKitIO"),
] {
  targets.append(
    .executableTarget(
      name: fuzzer, dependencies: [.target(name: module), "FuzzSupport"], path: "Fuzz/\(fuzzer)"))
}

let package = Package(
  name: "AlgoKit",
  // macOS 13 / iOS 16: `ContinuousClock` and `Duration` (benchmarks, budgets). Wide integer
  // arithmetic uses `multipliedFullWidth`, so `Int128` (macOS 15) is not needed.
  platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
  products: [.library(name: "AlgoKit", targets: ["AlgoKit"])]
    + libraries.map { .library(name: $0.name, targets: [$0.name]) }
    + [.executable(name: "algokit-bench", targets: ["algokit-bench"])]
    + [.executable(name: "algokit-bundle", targets: ["algokit-bundle"])]
    + [.executable(name: "algokit-eval", targets: ["algokit-eval"])],
  targets: targets,
  swiftLanguageModes: [.v6]
)
