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
        solution.accepts(output.capturedString(), expected: fixture.expected),
        "\(solution.name)/\(fixture.name): \(output.capturedString())")
    }
  }
}
