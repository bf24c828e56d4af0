// The contest solutions under Solutions/, their fixtures under Fixtures/, and how to compare output.

import AlgoKitIO
import Foundation

struct ContestSolution: Sendable, CustomStringConvertible {
  /// The file `Solutions/<name>.swift` and the folder `Fixtures/<name>/`.
  let name: String
  /// The function a submission calls at top level.
  let entry: String
  let solve: @Sendable (FastReader, FastWriter) -> Void
  /// The library modules a bundle of this solution must contain, exactly.
  let modules: [String]
  /// Numbers in the output may differ from the expected ones by this much (absolute or
  /// relative), as the judge allows; nil: tokens must match exactly.
  var tolerance: Double? = nil
  /// The judge's checker, for problems that accept any of several answers: whether `output` is
  /// accepted for `input` and the reference `expected` (both as text). Nil: tokens are compared.
  var checker: (@Sendable (_ input: String, _ output: String, _ expected: String) -> Bool)? = nil

  var description: String { name }

  /// The line appended to the solution to make it a complete program.
  var entryCall: String { "\(entry)(FastReader(), FastWriter())" }

  static let all: [ContestSolution] = [
    ContestSolution(
      name: "EDPC_D", entry: "solveEDPCKnapsack1", solve: solveEDPCKnapsack1,
      modules: ["AlgoKitIO", "AlgoKitKnapsack"]),
    ContestSolution(
      name: "EDPC_E", entry: "solveEDPCKnapsack2", solve: solveEDPCKnapsack2,
      modules: ["AlgoKitIO", "AlgoKitKnapsack"]),
    ContestSolution(
      name: "ShortestPaths", entry: "solveShortestPaths", solve: solveShortestPaths,
      modules: ["AlgoKitHeap", "AlgoKitIO"]),
    ContestSolution(
      name: "ConvexHull", entry: "solveConvexHull", solve: solveConvexHull,
      modules: ["AlgoKitGeometry", "AlgoKitIO"]),
    ContestSolution(
      name: "ClosestPair", entry: "solveClosestPair", solve: solveClosestPair,
      modules: ["AlgoKitGeometry", "AlgoKitIO"], tolerance: 1e-6),
    ContestSolution(
      name: "ConvexDiameter", entry: "solveConvexDiameter", solve: solveConvexDiameter,
      modules: ["AlgoKitGeometry", "AlgoKitIO"], tolerance: 1e-6),
    ContestSolution(
      name: "ArgumentSort", entry: "solveArgumentSort", solve: solveArgumentSort,
      modules: ["AlgoKitGeometry", "AlgoKitIO"]),
    ContestSolution(
      name: "EnclosingCircle", entry: "solveEnclosingCircle", solve: solveEnclosingCircle,
      modules: ["AlgoKitGeometry", "AlgoKitIO"], tolerance: 1e-6),
    ContestSolution(
      name: "EuclideanMST", entry: "solveEuclideanMST", solve: solveEuclideanMST,
      modules: ["AlgoKitGeometry", "AlgoKitIO"], tolerance: 1e-6),
    ContestSolution(
      name: "DetectorNMS", entry: "solveDetectorNMS", solve: solveDetectorNMS,
      modules: ["AlgoKitDetection", "AlgoKitGeometry", "AlgoKitIO"]),
    ContestSolution(
      name: "ConvexLayers", entry: "solveConvexLayers", solve: solveConvexLayers,
      modules: ["AlgoKitGeometry", "AlgoKitIO"]),
    ContestSolution(
      name: "CountPointsInTriangle", entry: "solveCountPointsInTriangle", solve: solveCountPointsInTriangle,
      modules: ["AlgoKitGeometry", "AlgoKitIO"]),
    ContestSolution(
      name: "ManhattanMST", entry: "solveManhattanMST", solve: solveManhattanMST,
      modules: ["AlgoKitGeometry", "AlgoKitIO"], checker: manhattanMSTChecker),
  ]

  static let testsDirectory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
  /// The package's `Sources`, two levels above this file.
  static let sourcesDirectory = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources")

  var sourceFile: URL { Self.testsDirectory.appendingPathComponent("Solutions/\(name).swift") }

  /// The fixture cases: `(case name, input file, expected output)`, sorted by name.
  func fixtures() throws -> [(name: String, input: URL, expected: String)] {
    let folder = Self.testsDirectory.appendingPathComponent("Fixtures/\(name)")
    let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".in") }.sorted()
    return try inputs.map { file in
      let base = String(file.dropLast(3))
      let expected = try String(contentsOf: folder.appendingPathComponent(base + ".out"), encoding: .utf8)
      return (base, folder.appendingPathComponent(file), expected)
    }
  }
}

/// Judges compare whitespace-separated tokens; so do the tests.
func tokens(_ text: String) -> [Substring] {
  text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" || $0 == "\r" })
}

extension ContestSolution {
  /// Whether `output` is accepted for the fixture with this `input` file and `expected` output: by
  /// the `checker` when there is one, else the same tokens, numbers within `tolerance`.
  func accepts(_ output: String, expected: String, input: URL) -> Bool {
    if let checker {
      guard let text = try? String(contentsOf: input, encoding: .utf8) else { return false }
      return checker(text, output, expected)
    }
    let got = tokens(output), want = tokens(expected)
    guard got.count == want.count else { return false }
    return zip(got, want).allSatisfy { pair in
      if pair.0 == pair.1 { return true }
      guard let tolerance, let a = Double(pair.0), let b = Double(pair.1) else { return false }
      return abs(a - b) <= tolerance * max(1, abs(b))
    }
  }
}

/// Library Checker manhattanmst's rule: the first token is the minimum total weight (the reference
/// `expected` has it first), followed by n - 1 edges "u v" with 0 <= u, v < n that form a spanning
/// tree (no cycle) whose L1 weights add up to that total. Any minimum tree is accepted.
@Sendable func manhattanMSTChecker(input: String, output: String, expected: String) -> Bool {
  let numbers = tokens(input).compactMap { Int($0) }
  guard let n = numbers.first, numbers.count == 1 + 2 * n else { return false }
  let got = tokens(output).map { Int($0) }
  guard let total = got.first ?? nil, total == tokens(expected).first.flatMap({ Int($0) }),
    got.count == 1 + 2 * max(0, n - 1), got.allSatisfy({ $0 != nil })
  else { return false }
  var parent = Array(0..<n)
  func find(_ i: Int) -> Int {
    var i = i
    while parent[i] != i { i = parent[i] }
    return i
  }
  var sum = 0
  for k in 0..<max(0, n - 1) {
    let u = got[1 + 2 * k]!, v = got[2 + 2 * k]!
    guard (0..<n).contains(u), (0..<n).contains(v) else { return false }
    let ru = find(u), rv = find(v)
    guard ru != rv else { return false }
    parent[ru] = rv
    sum += abs(numbers[1 + 2 * u] - numbers[1 + 2 * v]) + abs(numbers[2 + 2 * u] - numbers[2 + 2 * v])
  }
  return sum == total
}
