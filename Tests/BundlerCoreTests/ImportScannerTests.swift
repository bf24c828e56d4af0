import Testing

@testable import BundlerCore

@Suite("ImportScanner")
struct ImportScannerTests {
  func modules(_ text: String) throws -> [String] {
    try ImportScanner.scan(text).imports.map(\.module)
  }

  @Test("import forms that name an AlgoKit module")
  func forms() throws {
    let text = """
      import AlgoKitHeap
        import AlgoKitIO // fast I/O
      @_exported import AlgoKitGeometry
      public import AlgoKitKnapsack;
      @preconcurrency internal import AlgoKitDetection
      import struct AlgoKitHeap.PriorityQueue
      import AlgoKit
      import AlgoKitIO /* block */
      """
    #expect(
      try modules(text) == [
        "AlgoKitHeap", "AlgoKitIO", "AlgoKitGeometry", "AlgoKitKnapsack", "AlgoKitDetection", "AlgoKitHeap",
        "AlgoKit", "AlgoKitIO",
      ])
    #expect(try ImportScanner.scan(text).imports.map(\.line) == Array(1...8))
  }

  @Test("other imports and look-alikes are left alone")
  func nonImports() throws {
    let text = """
      import Glibc
      #if canImport(Darwin)
      import Darwin
      #endif
      // import AlgoKitHeap
      let s = "import AlgoKitHeap"
      func importAlgoKit() {}
      let importAlgoKitIO = 1
      """
    #expect(try modules(text) == [])
  }

  @Test("lines inside block comments and multi-line strings are not imports")
  func commentsAndStrings() throws {
    let text = ##"""
      /* start
      import AlgoKitHeap
      /* nested */
      import AlgoKitHeap
      */
      import AlgoKitIO
      let s = """
      import AlgoKitHeap
      \(1 + (2)) still in the string
      """
      let raw = #"""
      import AlgoKitHeap
      """#
      let t = "a \("b") c" /* one-line */
      import AlgoKitGeometry
      let u = "unterminated
      import AlgoKitKnapsack
      """##
    #expect(try modules(text) == ["AlgoKitIO", "AlgoKitGeometry", "AlgoKitKnapsack"])
  }

  @Test("an import sharing its line with code is an error naming the line")
  func sharedLine() {
    #expect(throws: ImportScanError.self) { try ImportScanner.scan("let a = 1\nimport AlgoKitIO; let b = 2\n") }
    do {
      _ = try ImportScanner.scan("let a = 1\nimport AlgoKitIO; let b = 2\n")
    } catch {
      #expect(error.line == 2)
    }
  }

  @Test("removing imports keeps every other line byte for byte")
  func removal() throws {
    let text = "import Glibc\r\nimport AlgoKitIO\r\n\n  x  \nimport AlgoKitHeap"
    let scanned = try ImportScanner.scan(text)
    #expect(scanned.withoutAlgoKitImports() == "import Glibc\r\n\n  x  \n")
  }
}
