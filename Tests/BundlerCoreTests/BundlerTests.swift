import Foundation
import Testing

@testable import BundlerCore

/// A throwaway Sources tree: `files` maps "Module/File.swift" to contents.
func makeSources(_ files: [String: String]) throws -> URL {
  let root = FileManager.default.temporaryDirectory
    .appendingPathComponent("algokit-bundler-test-\(UUID().uuidString)/Sources")
  for (path, text) in files {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }
  return root
}

let library: [String: String] = [
  "AlgoKit/AlgoKit.swift": "@_exported import AlgoKitA\n@_exported import AlgoKitB\n@_exported import AlgoKitC\n",
  "AlgoKitA/A.swift": "public struct A {}\n",
  "AlgoKitA/Sub/A2.swift": "#if canImport(Glibc)\nimport Glibc\n#endif\npublic func a2() {}\n",
  "AlgoKitA/AlgoKitA.docc/Guide.md": "# not Swift\n",
  "AlgoKitA/AlgoKitA.docc/Snippet.swift": "this is not bundled\n",
  "AlgoKitB/B.swift": "import AlgoKitA\n\npublic struct B { var a = A() }\n",
  "AlgoKitC/C.swift": "import AlgoKitB\nimport AlgoKitA // again\npublic struct C { var b = B() }\n",
]

@Suite("Bundler")
struct BundlerTests {
  @Test("whole modules: dependencies come first, markers name each file, only AlgoKit imports are removed")
  func order() throws {
    let sources = try makeSources(library)
    let solution = "import AlgoKitC\nimport Glibc\n\nprint(C())\n"
    let options = BundleOptions(prune: false, keepComments: true, internalize: false)
    let output = try Bundler(sourcesDirectory: sources).bundle(solution: solution, name: "main.swift", options: options)
    #expect(output.modules == ["AlgoKitA", "AlgoKitB", "AlgoKitC"])
    let expected = """
      // main.swift, bundled by algokit-bundle (AlgoKit \(AlgoKitVersion.current), Apache-2.0) with AlgoKitA, AlgoKitB, AlgoKitC.

      // ---- AlgoKitA/A.swift
      public struct A {}

      // ---- AlgoKitA/Sub/A2.swift
      #if canImport(Glibc)
      import Glibc
      #endif
      public func a2() {}

      // ---- AlgoKitB/B.swift

      public struct B { var a = A() }

      // ---- AlgoKitC/C.swift
      public struct C { var b = B() }

      // ---- main.swift
      import Glibc

      print(C())

      """
    #expect(output.text == expected)
  }

  @Test("pruned (the default): only reached declarations, no comments, no public; files with none left out")
  func pruned() throws {
    let sources = try makeSources(library)
    let solution = "import AlgoKitC\nimport Glibc\n\n// the solution's comment stays\nprint(C())\n"
    let output = try Bundler(sourcesDirectory: sources).bundle(solution: solution, name: "main.swift")
    #expect(output.modules == ["AlgoKitA", "AlgoKitB", "AlgoKitC"])
    let expected = """
      // main.swift, bundled by algokit-bundle (AlgoKit \(AlgoKitVersion.current), Apache-2.0) with AlgoKitA, AlgoKitB, AlgoKitC, pruned to the declarations it uses.
      struct A {}
      struct B { fileprivate var a = A() }
      struct C { fileprivate var b = B() }

      // ---- main.swift
      import Glibc

      // the solution's comment stays
      print(C())

      """
    #expect(output.text == expected)
    #expect(output.stats.bytes == output.text.utf8.count)
    #expect(output.stats.files.map(\.kept) == [1, 0, 1, 1])
  }

  @Test("only the modules a solution needs are included")
  func minimal() throws {
    let sources = try makeSources(library)
    let output = try Bundler(sourcesDirectory: sources).bundle(solution: "import AlgoKitB\n", name: "s.swift")
    #expect(output.modules == ["AlgoKitA", "AlgoKitB"])
    #expect(!output.text.contains("struct C"))
  }

  @Test("import AlgoKit means every library module; the umbrella's source is never included")
  func umbrella() throws {
    let sources = try makeSources(library)
    let output = try Bundler(sourcesDirectory: sources).bundle(solution: "import AlgoKit\nlet x = 1\n", name: "s.swift")
    #expect(output.modules == ["AlgoKitA", "AlgoKitB", "AlgoKitC"])
    #expect(!output.text.contains("@_exported"))
    #expect(output.text.hasSuffix("// ---- s.swift\nlet x = 1\n"))
    #expect(!output.text.contains("struct"))  // nothing is used
  }

  @Test("a solution without AlgoKit imports is passed through")
  func noImports() throws {
    let sources = try makeSources(library)
    let output = try Bundler(sourcesDirectory: sources).bundle(solution: "print(1)", name: "s.swift")
    #expect(output.modules == [])
    #expect(output.text.hasSuffix("// ---- s.swift\nprint(1)\n"))
  }

  @Test("unknown module: one-line error naming the module and where it was imported")
  func unknownModule() throws {
    let sources = try makeSources(library)
    let bundler = Bundler(sourcesDirectory: sources)
    #expect {
      try bundler.bundle(solution: "\nimport AlgoKitNope\n", name: "s.swift")
    } throws: { error in
      guard case .unknownModule("AlgoKitNope", "s.swift", 2, _) = error as? BundleError else { return false }
      return !"\(error)".contains("\n")
    }
    var broken = library
    broken["AlgoKitB/B.swift"] = "import AlgoKitMissing\n"
    let brokenBundler = Bundler(sourcesDirectory: try makeSources(broken))
    #expect {
      try brokenBundler.bundle(solution: "import AlgoKitC\n", name: "s.swift")
    } throws: { error in
      if case .unknownModule("AlgoKitMissing", "AlgoKitB/B.swift", 1, _) = error as? BundleError { return true }
      return false
    }
  }

  @Test("an import cycle is reported with its path")
  func cycle() throws {
    var cyclic = library
    cyclic["AlgoKitA/A.swift"] = "import AlgoKitC\npublic struct A {}\n"
    let bundler = Bundler(sourcesDirectory: try makeSources(cyclic))
    #expect(throws: BundleError.importCycle(["AlgoKitC", "AlgoKitB", "AlgoKitA", "AlgoKitC"])) {
      try bundler.bundle(solution: "import AlgoKitC\n", name: "s.swift")
    }
    var selfImport = library
    selfImport["AlgoKitA/A.swift"] = "import AlgoKitA\n"
    #expect(throws: BundleError.importCycle(["AlgoKitA", "AlgoKitA"])) {
      try Bundler(sourcesDirectory: try makeSources(selfImport)).bundle(solution: "import AlgoKitA\n", name: "s")
    }
  }

  @Test("missing solution file and empty module are errors")
  func missing() throws {
    var withEmpty = library
    withEmpty["AlgoKitE/README.md"] = "no sources\n"
    let sources = try makeSources(withEmpty)
    let bundler = Bundler(sourcesDirectory: sources)
    #expect(throws: BundleError.unreadableFile(path: "/nonexistent/x.swift", reason: "no such file")) {
      try bundler.bundle(solutionAt: "/nonexistent/x.swift")
    }
    #expect {
      try bundler.bundle(solution: "import AlgoKitE\n", name: "s")
    } throws: { error in
      if case .emptyModule("AlgoKitE", _) = error as? BundleError { return true }
      return false
    }
  }
}

@Suite("algokit-bundle command line")
struct CommandTests {
  struct Run {
    var status: Int32
    var out = ""
    var err = ""
  }

  func run(_ arguments: [String], in directory: URL) -> Run {
    var result = Run(status: 0)
    result.status = BundleCommand.run(
      arguments: arguments, currentDirectory: directory, executable: nil,
      standardOutput: { result.out += $0 }, standardError: { result.err += $0 })
    return result
  }

  @Test("bundles to a file with -o, finding Sources above the current directory")
  func output() throws {
    let sources = try makeSources(library)
    let root = sources.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: root.appendingPathComponent("work"), withIntermediateDirectories: true)
    try Data("import AlgoKitA\nprint(A())\n".utf8).write(to: root.appendingPathComponent("work/sol.swift"))
    let result = run(["sol.swift", "-o", "out.swift"], in: root.appendingPathComponent("work"))
    #expect(result.status == 0 && result.err == "")
    let text = try String(contentsOf: root.appendingPathComponent("work/out.swift"), encoding: .utf8)
    #expect(text.contains("struct A {}") && text.hasSuffix("// ---- sol.swift\nprint(A())\n"))
    let toStdout = run(["work/sol.swift", "--sources", "Sources"], in: root)
    #expect(toStdout.status == 0 && toStdout.out == text)
  }

  @Test("errors are one line on standard error with a non-zero status")
  func errors() throws {
    let sources = try makeSources(library)
    let root = sources.deletingLastPathComponent()
    for (arguments, status) in [
      ([String](), Int32(2)), (["-x"], 2), (["a", "b"], 2), (["-o"], 2),
      (["missing.swift"], 1),
    ] {
      let result = run(arguments, in: root)
      #expect(result.status == status, "\(arguments)")
      #expect(result.err.hasPrefix("algokit-bundle: error: ") && result.err.filter { $0 == "\n" }.count == 1)
    }
    let nowhere = run(["x.swift"], in: URL(fileURLWithPath: "/"))
    #expect(nowhere.status == 1 && nowhere.err.contains("--sources"))
    #expect(run(["--help"], in: root).out.hasPrefix("usage: algokit-bundle"))
  }
}
