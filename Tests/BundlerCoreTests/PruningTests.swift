import Foundation
import Testing

@testable import BundlerCore

/// A small library with the shapes the pruner must handle: a protocol with conformances of
/// standard types, a generic type with extensions (used and unused members, an operator, a
/// conformance), an extension of a standard protocol, and a second module using the first.
let shapes: [String: String] = [
  "AlgoKit/AlgoKit.swift": "@_exported import AlgoKitP\n@_exported import AlgoKitQ\n",
  "AlgoKitP/Scalar.swift": """
  /// A number.
  public protocol Scalar: Comparable {
    static func _twice(_ x: Self) -> Self
  }
  extension Int: Scalar {
    public static func _twice(_ x: Int) -> Int { x &* 2 }
  }
  extension Float: Scalar {
    public static func _twice(_ x: Float) -> Float { x * 2 }
  }

  """,
  "AlgoKitP/Point.swift": """
  // File comment.
  @frozen
  public struct Point<S: Scalar>: Hashable {
    public var x: S
    @inlinable public init(_ x: S) { self.x = x }
    @inlinable public func doubled() -> Point { Point(S._twice(x)) }
    @usableFromInline internal func _unused() {}
  }

  extension Point: Comparable {
    public static func < (a: Point, b: Point) -> Bool { a.x < b.x }
  }

  extension Point {
    /// Used.
    @inlinable
    public func shifted() -> Point { _helper() }

    @usableFromInline
    internal func _helper() -> Point { self }

    /// Never used.
    public func neverCalled() -> Int { 42 }
  }

  extension Point {
    public var description: String { "P(\\(x))" }
  }

  """,
  "AlgoKitP/Collection+Points.swift": """
  extension Collection {
    public func largestPoint<S: Scalar>() -> Point<S>? where Element == Point<S> { self.max() }
    public func unrelatedHelper() -> Int { 0 }
  }

  """,
  "AlgoKitP/Unused.swift": """
  public enum NeverUsed { case a }
  public func freeFunction() -> Int { 1 }

  """,
  "AlgoKitP/Strings.swift": ##"""
  public enum Texts {
    public static let banner = """
      // not a comment

      /* nor this */ "quoted"
      """
    public static let raw = #"a // b \(1) "# + "c /* d */"  // a real comment
    public static let interpolated = "x\(Texts.inside)y"  /* block */ + "z"
    static let inside = 1
  }

  """##,
  "AlgoKitQ/Q.swift": """
  import AlgoKitP

  public struct Holder {
    public var point: Point<Int>
    public init(_ value: Int) { point = Point(value) }
  }

  """,
]

@Suite("Pruning bundler")
struct PruningTests {
  func bundle(_ solution: String, options: BundleOptions = BundleOptions()) throws -> Bundler.Output {
    try Bundler(sourcesDirectory: try makeSources(shapes)).bundle(solution: solution, name: "s.swift", options: options)
  }

  @Test("the splitter finds each top-level declaration, its names, its members, its conformances")
  func splitter() throws {
    let split = DeclarationSplitter.split(shapes["AlgoKitP/Point.swift"]!)
    #expect(split.fallbackReason == nil)
    let top = split.units.filter { $0.kind != .member }
    #expect(top.map(\.kind) == [.type, .extension, .extension, .extension])
    #expect(top[0].declared == ["Point"] && top[0].conformances == ["Hashable"])
    #expect(top[1].targetPath == ["Point"] && top[1].conformances == ["Comparable"])
    #expect(top[2].members == ["shifted", "_helper", "neverCalled"])
    let members = split.units.filter { $0.kind == .member }
    #expect(members.map(\.declared) == [["shifted"], ["_helper"], ["neverCalled"], ["description"]])
    // Leading comments and attributes belong to the declaration after them.
    #expect(top[0].firstLine == 0 && top[0].declarationLine == 2)
  }

  @Test("a used type keeps its conformances and used members; unused members, types and functions go")
  func reach() throws {
    let output = try bundle("import AlgoKitP\nlet p = Point(3).shifted()\nprint([p].largestPoint()!)\n")
    let text = output.text
    #expect(text.contains("struct Point<S: Scalar>: Hashable"))
    #expect(text.contains("extension Point: Comparable"))  // conformance of a used type
    #expect(text.contains("func shifted()") && text.contains("func _helper()"))
    #expect(!text.contains("neverCalled"))
    #expect(text.contains("var description"))  // may witness a conformance: kept
    #expect(text.contains("largestPoint") && !text.contains("unrelatedHelper"))
    #expect(!text.contains("NeverUsed") && !text.contains("freeFunction") && !text.contains("Texts"))
    #expect(text.contains("extension Int: Scalar"))
    #expect(!text.contains("extension Float: Scalar"))  // no kept code names Float
    #expect(!text.contains("File comment") && !text.contains("/// Used."))
  }

  @Test("a name used from another module reaches across modules")
  func acrossModules() throws {
    let output = try bundle("import AlgoKitQ\nprint(Holder(1).point.x)\n")
    #expect(output.modules == ["AlgoKitP", "AlgoKitQ"])
    #expect(output.text.contains("struct Holder") && output.text.contains("struct Point"))
    #expect(output.text.contains("protocol Scalar"))
  }

  @Test("comment stripping leaves every string literal byte for byte (multi-line, raw, interpolated)")
  func strings() throws {
    let output = try bundle("import AlgoKitP\nprint(Texts.banner, Texts.raw, Texts.interpolated)\n")
    let text = output.text
    #expect(
      text.contains(
        """
        static let banner = \"\"\"
            // not a comment

            /* nor this */ "quoted"
            \"\"\"
        """))
    #expect(text.contains(##"static let raw = #"a // b \(1) "# + "c /* d */""##))
    #expect(!text.contains("a real comment") && !text.contains("/* block */"))
    #expect(text.contains(#"static let interpolated = "x\(Texts.inside)y""#) && text.contains(#"+ "z""#))
    #expect(text.contains("static let inside = 1"))  // used only inside an interpolation
  }

  @Test("--keep-comments keeps the library's comments; the solution is never changed")
  func keepComments() throws {
    let solution = "import AlgoKitP\n// mine\n  public  let p = Point(1)   /* stays */\n"
    let kept = try bundle(solution, options: BundleOptions(keepComments: true))
    #expect(kept.text.contains("/// A number.") && kept.text.contains("// File comment."))
    let stripped = try bundle(solution)
    #expect(stripped.text.hasSuffix("// ---- s.swift\n// mine\n  public  let p = Point(1)   /* stays */\n"))
  }

  @Test("internalized: no public or cross-module attributes; methods fileprivate unless they may be witnesses")
  func internalize() throws {
    let text = try bundle("import AlgoKitP\nprint(Point(2).shifted().doubled())\n").text
    #expect(!text.contains("public") && !text.contains("@inlinable") && !text.contains("@usableFromInline"))
    #expect(!text.contains("@frozen"))
    #expect(text.contains("fileprivate func shifted()") && text.contains("fileprivate func _helper()"))
    #expect(text.contains("fileprivate func doubled()"))
    #expect(text.contains("\nstatic func _twice(_ x: Int)"))  // a witness stays internal
    #expect(text.contains("static func < (a: Point, b: Point)"))
    let kept = try bundle("import AlgoKitP\nprint(Point(2))\n", options: BundleOptions(internalize: false)).text
    #expect(kept.contains("public struct Point") && kept.contains("@inlinable"))
  }

  @Test("a solution naming something the modules lack still bundles (the compiler reports it)")
  func unknownName() throws {
    let output = try bundle("import AlgoKitP\nprint(Nonexistent.thing, Point(1))\n")
    #expect(output.text.hasSuffix("print(Nonexistent.thing, Point(1))\n"))
    #expect(output.text.contains("struct Point"))
  }

  @Test("a file the splitter cannot read is included whole, and --stats says why")
  func fallback() throws {
    var library = shapes
    library["AlgoKitP/Odd.swift"] = "#if DEBUG\npublic func debugOnly() {}\n#endif\n"
    library["AlgoKitP/Unterminated.swift"] = "public let s = \"no end\n"
    let output = try Bundler(sourcesDirectory: try makeSources(library))
      .bundle(solution: "import AlgoKitP\nprint(Point(1))\n", name: "s.swift")
    #expect(output.text.contains("#if DEBUG\nfunc debugOnly() {}\n#endif\n"))  // whole (only `public` dropped)
    let odd = try #require(output.stats.files.first { $0.path == "Odd.swift" })
    #expect(odd.fallbackReason?.contains("#if") == true && odd.kept == 1)
    let unterminated = try #require(output.stats.files.first { $0.path == "Unterminated.swift" })
    #expect(unterminated.fallbackReason?.contains("unterminated") == true)
    let report = output.stats.report()
    #expect(
      report.contains("Odd.swift: 1 of 1") && report.contains("whole file: line 1: top-level #if")
        || report.contains("whole file: line 2: declarations inside a top-level #if"))
  }

  @Test("--stats: the size, declarations kept per module and the files they came from")
  func stats() throws {
    let output = try bundle("import AlgoKitQ\nprint(Holder(1))\n")
    let report = output.stats.report()
    #expect(report.hasPrefix("bundle: \(output.text.utf8.count) bytes"))
    #expect(report.contains("AlgoKitP: ") && report.contains("AlgoKitQ: 1 of 1 declarations kept, from 1 of 1 files"))
    #expect(report.contains("  Point.swift: ") && !report.contains("Unused.swift"))
    let sources = try makeSources(shapes)
    let root = sources.deletingLastPathComponent()
    try Data("import AlgoKitQ\nprint(Holder(1))\n".utf8).write(to: root.appendingPathComponent("sol.swift"))
    var out = "", err = ""
    let status = BundleCommand.run(
      arguments: ["sol.swift", "--stats", "-o", "b.swift"], currentDirectory: root, executable: nil,
      standardOutput: { out += $0 }, standardError: { err += $0 })
    #expect(status == 0 && out == "" && err.hasPrefix("bundle: ") && err.contains("AlgoKitQ: 1 of 1"))
    var whole = ""
    _ = BundleCommand.run(
      arguments: ["sol.swift", "--whole-modules", "--keep-comments", "--keep-access"], currentDirectory: root,
      executable: nil, standardOutput: { whole += $0 }, standardError: { _ in })
    #expect(whole.contains("NeverUsed") && whole.contains("/// A number.") && whole.contains("public struct"))
  }
}
