// Benchmark-style (prints figures, asserts none on time): the swiftc -O CPU (user + system) of
// each contest solution's pruned bundle next to a hand-written solution of the same problem
// (HandWritten/), which must solve the same fixtures. Set ALGOKIT_BUNDLE_BENCH_WHOLE=1 to also
// compile the whole-module bundle (the bundler before pruning). The machine's load moves these
// figures; compare columns of one run, never runs.

import BundlerCore
import Foundation
import Testing

@Suite(
  "Bundle compile CPU (benchmark-style: prints, does not time-assert)", .serialized,
  .enabled(if: Toolchain.enabled, "swiftc tests are off: \(Toolchain.skipReason ?? "")"))
struct BundleCompileBenchmark {
  static let timeTool = "/usr/bin/time"

  /// Compiles `source` with `swiftc -O`; returns the child's user + system CPU seconds (nil when
  /// /usr/bin/time is missing) and the binary.
  static func compileCPU(_ source: URL, to binary: URL) async throws -> Double? {
    guard let swiftc = Toolchain.swiftc else { throw Toolchain.Failure("no swiftc") }
    guard FileManager.default.isExecutableFile(atPath: timeTool) else {
      _ = try await Toolchain.compile(source, to: binary, flags: ["-O"])
      return nil
    }
    let report = binary.appendingPathExtension("time")
    let run = try await Toolchain.run(
      URL(fileURLWithPath: timeTool),
      ["-f", "%U %S", "-o", report.path, swiftc.path, "-O", source.path, "-o", binary.path], timeLimit: 600)
    guard run.status == 0 else {
      throw Toolchain.Failure("swiftc -O \(source.lastPathComponent): \(run.errors.prefix(2000))")
    }
    let fields = (try String(contentsOf: report, encoding: .utf8)).split(whereSeparator: \.isWhitespace)
    guard fields.count >= 2, let user = Double(fields[fields.count - 2]), let system = Double(fields[fields.count - 1])
    else { return nil }
    return user + system
  }

  static func format(_ seconds: Double?) -> String {
    seconds.map { String(format: "%.2f s", $0) } ?? "n/a"
  }

  @Test("pruned bundles vs hand-written solutions: swiftc -O CPU and size")
  func compileCPU() async throws {
    let scratch = BundledRunTests.scratch.appendingPathComponent("compile-cpu")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let whole = ProcessInfo.processInfo.environment["ALGOKIT_BUNDLE_BENCH_WHOLE"] == "1"
    var lines = [
      "solution        pruned bytes  pruned CPU  hand CPU  ratio" + (whole ? "  whole bytes  whole CPU" : "")
    ]
    let bundler = Bundler(sourcesDirectory: ContestSolution.sourcesDirectory)
    for solution in ContestSolution.all {
      let handURL = ContestSolution.testsDirectory.appendingPathComponent("HandWritten/\(solution.name).swift")
      guard FileManager.default.fileExists(atPath: handURL.path) else { continue }
      let text = try String(contentsOf: solution.sourceFile, encoding: .utf8) + "\n" + solution.entryCall + "\n"
      let pruned = try bundler.bundle(solution: text, name: "\(solution.name).swift")
      let prunedURL = scratch.appendingPathComponent("\(solution.name)-pruned.swift")
      try Data(pruned.text.utf8).write(to: prunedURL)
      let prunedCPU = try await Self.compileCPU(
        prunedURL, to: scratch.appendingPathComponent("\(solution.name)-pruned"))
      let handBinary = scratch.appendingPathComponent("\(solution.name)-hand")
      let handCPU = try await Self.compileCPU(handURL, to: handBinary)
      for fixture in try solution.fixtures() {  // the baseline must solve the same problem
        let run = try await Toolchain.run(handBinary, [], input: fixture.input, timeLimit: 30)
        #expect(
          solution.accepts(run.output, expected: fixture.expected, input: fixture.input),
          "hand-written \(solution.name)/\(fixture.name)")
      }
      var line = solution.name.padding(toLength: 16, withPad: " ", startingAt: 0)
      line += "\(pruned.text.utf8.count)".leftPadded(12) + Self.format(prunedCPU).leftPadded(12)
      line += Self.format(handCPU).leftPadded(10)
      if let prunedCPU, let handCPU, handCPU > 0 { line += String(format: "%.2fx", prunedCPU / handCPU).leftPadded(7) }
      if whole {
        let all = try bundler.bundle(
          solution: text, name: "\(solution.name).swift",
          options: BundleOptions(prune: false, keepComments: true, internalize: false))
        let wholeURL = scratch.appendingPathComponent("\(solution.name)-whole.swift")
        try Data(all.text.utf8).write(to: wholeURL)
        let wholeCPU = try await Self.compileCPU(wholeURL, to: scratch.appendingPathComponent("\(solution.name)-whole"))
        line += "\(all.text.utf8.count)".leftPadded(13) + Self.format(wholeCPU).leftPadded(11)
      }
      lines.append(line)
      #expect(pruned.text.utf8.count <= BundledRunTests.sizeLimit)
    }
    print("swiftc -O compile CPU (user + system), one run:\n" + lines.joined(separator: "\n"))
  }
}

extension String {
  func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
