// Each solution run as package code: its solve function, fed from memory, against the fixtures.

import AlgoKitIO
import Foundation
import Testing

@Suite("Contest solutions as package code")
struct PackageRunTests {
  @Test("matches every fixture", arguments: ContestSolution.all)
  func fixtures(solution: ContestSolution) throws {
    let cases = try solution.fixtures()
    #expect(cases.count >= 2, "fixtures missing for \(solution.name)")
    for fixture in cases {
      let input = FastReader(bytes: try Data(contentsOf: fixture.input))
      let output = FastWriter(.memory)
      solution.solve(input, output)
      #expect(
        solution.accepts(output.capturedString(), expected: fixture.expected, input: fixture.input),
        "\(solution.name)/\(fixture.name): \(output.capturedString())")
    }
  }
}

@Suite("The manhattanmst checker")
struct ManhattanMSTCheckerTests {
  static let input = "4\n0 0\n3 1\n1 1\n3 3\n"
  static let expected = "6\n0 2\n2 1\n1 3\n"

  @Test("accepts any minimum tree, rejects wrong totals, cycles, bad indices and short output")
  func checker() {
    #expect(manhattanMSTChecker(input: Self.input, output: Self.expected, expected: Self.expected))
    #expect(manhattanMSTChecker(input: Self.input, output: "6\n2 0\n1 2\n3 1\n", expected: Self.expected))
    #expect(!manhattanMSTChecker(input: Self.input, output: "7\n0 2\n2 1\n1 3\n", expected: Self.expected))
    #expect(!manhattanMSTChecker(input: Self.input, output: "6\n0 2\n2 0\n1 3\n", expected: Self.expected))
    #expect(!manhattanMSTChecker(input: Self.input, output: "6\n0 2\n2 1\n1 4\n", expected: Self.expected))
    #expect(!manhattanMSTChecker(input: Self.input, output: "6\n0 2\n2 1\n", expected: Self.expected))
    // A spanning tree that is not minimum: its weights do not add up to the minimum total.
    #expect(!manhattanMSTChecker(input: Self.input, output: "6\n0 1\n2 1\n1 3\n", expected: Self.expected))
    #expect(manhattanMSTChecker(input: "1\n5 5\n", output: "0\n", expected: "0\n"))
  }
}
