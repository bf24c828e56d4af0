// Reachability over the top-level declarations of the bundled modules, and comment stripping.
// Everything here over-approximates: a name reaches every declaration with that name, whatever
// the scope, so a kept declaration never misses one it uses. When in doubt a declaration is kept.

/// The version of AlgoKit this bundler ships with (named in every bundle's header line).
public enum AlgoKitVersion {
  public static let current = "0.1.0-dev"
}

/// How `Bundler` writes a bundle.
public struct BundleOptions: Equatable, Sendable {
  /// Keep only the top-level declarations the solution reaches (otherwise: every file whole).
  public var prune: Bool
  /// Keep the library's comments (otherwise they are dropped; the solution is never changed).
  public var keepComments: Bool
  /// Drop the library's `public`/`open` and the attributes that only matter across modules
  /// (`@inlinable`, `@usableFromInline`, `@frozen`): in one file they change nothing but make
  /// `swiftc -O` emit and optimize every public declaration, used or not.
  public var internalize: Bool

  public init(prune: Bool = true, keepComments: Bool = false, internalize: Bool = true) {
    self.prune = prune
    self.keepComments = keepComments
    self.internalize = internalize
  }
}

/// What went into a bundle, file by file.
public struct BundleStats: Equatable, Sendable {
  public struct File: Equatable, Sendable {
    public var module: String
    public var path: String
    /// Declarations kept and declarations in the file (a whole-file fallback counts as 1 of 1).
    public var kept: Int
    public var total: Int
    /// Why the file was included whole, when the splitter could not read it.
    public var fallbackReason: String?
    /// Bytes the file contributes to the bundle (marker included); 0 when left out.
    public var bytes: Int
  }
  /// The bundle's size in bytes (UTF-8).
  public var bytes: Int
  public var files: [File]

  /// Human-readable: the size, then per module the declarations kept and the files they came from.
  public func report() -> String {
    var text = "bundle: \(bytes) bytes (\(String(format1: Double(bytes) / 1024)) KiB)\n"
    var modules: [String] = []
    for file in files where !modules.contains(file.module) { modules.append(file.module) }
    for module in modules {
      let own = files.filter { $0.module == module }
      let kept = own.reduce(0) { $0 + $1.kept }, total = own.reduce(0) { $0 + $1.total }
      let used = own.filter { $0.kept > 0 }
      text += "\(module): \(kept) of \(total) declarations kept, from \(used.count) of \(own.count) files\n"
      for file in used {
        text += "  \(file.path): \(file.kept) of \(file.total), \(file.bytes) bytes"
        if let reason = file.fallbackReason { text += " (whole file: \(reason))" }
        text += "\n"
      }
      for file in own where file.kept == 0 && file.fallbackReason != nil {
        text += "  \(file.path): whole file would be needed (\(file.fallbackReason!)) but unused\n"
      }
    }
    return text
  }
}

extension String {
  /// One decimal place, without Foundation's `String(format:)`.
  init(format1 value: Double) {
    let tenths = Int((value * 10).rounded())
    self = "\(tenths / 10).\(tenths % 10)"
  }
}

/// One library file being bundled.
struct LibraryFile {
  var module: String
  var relativePath: String
  var text: String
  var source: ScannedSource
  var split: SplitFile
}

enum Pruner {
  /// Member names a standard-library protocol may require: an extension of a used type that
  /// defines one is kept (it may be the witness of a conformance declared elsewhere).
  static let requirementNames: Set<String> = [
    "init", "deinit", "subscript", "description", "debugDescription", "hash", "hashValue", "customMirror",
    "makeIterator", "next", "startIndex", "endIndex", "index", "formIndex", "distance", "count", "isEmpty",
    "underestimatedCount", "withContiguousStorageIfAvailable", "encode", "write", "callAsFunction", "advanced",
    "rawValue", "allCases", "magnitude", "zero", "Element", "Index", "Iterator", "SubSequence", "Indices",
    "Magnitude", "Stride", "RawValue", "indices", "playgroundDescription", "customPlaygroundQuickLook", "isLess",
  ]

  /// The member names that may be protocol witnesses, per type: those names stay internal.
  struct Requirements {
    /// Per library type: the requirement names of the protocols it conforms to.
    var byType: [String: Set<String>] = [:]
    /// For types from elsewhere (and protocols): every name that may be a requirement.
    var other: Set<String> = Pruner.requirementNames

    /// The names standard protocols require (a protocol not listed: every `requirementNames`).
    static let standard: [String: Set<String>] = [
      "Sendable": [], "Error": [], "Equatable": [], "Comparable": [], "Hashable": ["hash", "hashValue"],
      "CustomStringConvertible": ["description"], "CustomDebugStringConvertible": ["debugDescription"],
      "ExpressibleByArrayLiteral": [], "ExpressibleByIntegerLiteral": [], "ExpressibleByFloatLiteral": [],
      "Sequence": ["makeIterator", "underestimatedCount", "withContiguousStorageIfAvailable"],
      "IteratorProtocol": ["next"], "TextOutputStream": ["write"], "TextOutputStreamable": ["write"],
      "Strideable": ["advanced", "distance"], "unchecked": [], "retroactive": [], "preconcurrency": [],
    ]

    init() {}

    init(_ files: [LibraryFile]) {
      var protocols: [String: (members: [String], inherits: [String])] = [:]
      var conformances: [String: [String]] = [:]
      for file in files {
        for unit in file.split.units {
          if unit.kind == .type, let name = unit.declared.first {
            if !unit.members.isEmpty || file.split.units.isEmpty { protocols[name] = (unit.members, unit.conformances) }
            conformances[name, default: []] += unit.conformances
            other.formUnion(unit.members)
          }
          if unit.kind == .extension, let target = unit.targetPath.last {
            conformances[target, default: []] += unit.conformances
          }
        }
      }
      for (type, list) in conformances {
        var names: Set<String> = []
        var pending = list
        var seen: Set<String> = []
        while let c = pending.popLast() {
          if !seen.insert(c).inserted { continue }
          if let p = protocols[c] {
            names.formUnion(p.members)
            pending += p.inherits
          } else if let known = Requirements.standard[c] {
            names.formUnion(known)
          } else {
            names.formUnion(Pruner.requirementNames)
          }
        }
        byType[type] = names
      }
      // A protocol's own extensions hold default implementations of its requirements.
      for (name, p) in protocols { byType[name, default: []].formUnion(p.members) }
    }

    func protects(_ name: String, in type: String) -> Bool {
      if let names = byType[type] { return names.contains(name) }
      return other.contains(name)
    }
  }

  /// Standard types whose values a solution can hold without naming them.
  static let implicitTypes: Set<String> = [
    "Int", "UInt", "Double", "Int32", "UInt8", "UInt16", "UInt32", "Bool", "String", "Substring", "Character",
  ]

  static func isOperator(_ name: String) -> Bool {
    guard let first = name.utf8.first else { return false }
    return SwiftLexer.operatorBytes.contains(first) || first == 0x2E
  }

  /// The identifiers and operators of the solution (every word, if it does not lex).
  static func references(ofSolution text: String) -> Set<String> {
    if let (tokens, interpolated) = try? SwiftLexer.lex(text) {
      return Set((tokens + interpolated).filter { $0.kind == .identifier || $0.kind == .operator }.map(\.text))
    }
    var names: Set<String> = []
    var word: [UInt8] = []
    for b in text.utf8 {
      if SwiftLexer.isIdentifierBody(b) { word.append(b); continue }
      if !word.isEmpty { names.insert(String(decoding: word, as: UTF8.self)); word = [] }
    }
    if !word.isEmpty { names.insert(String(decoding: word, as: UTF8.self)) }
    return names.union(SwiftLexer.operatorBytes.map { String(UnicodeScalar($0)) })
  }

  /// For each file, which of its units are kept (all of them for a whole-file fallback).
  static func reach(_ files: [LibraryFile], from roots: Set<String>) -> [[Bool]] {
    var kept = files.map { file in [Bool](repeating: false, count: max(file.split.units.count, 1)) }
    var referenced = roots
    var libraryNames: Set<String> = []
    for file in files {
      for unit in file.split.units where unit.kind == .type || unit.kind == .value {
        libraryNames.formUnion(unit.declared)
      }
    }
    func take(_ unit: DeclarationUnit?) {
      guard let unit else { return }
      referenced.formUnion(unit.references)
      if unit.kind == .type { referenced.formUnion(unit.members) }  // protocol requirements
    }
    // Whole files and imports are always in.
    for (f, file) in files.enumerated() {
      if file.split.fallbackReason != nil {
        kept[f][0] = true
        if file.split.lexFailed {
          referenced.formUnion(references(ofSolution: file.text))
        } else {
          referenced.formUnion(
            file.split.tokens.filter { $0.kind == .identifier || $0.kind == .operator }.map(\.text))
        }
        continue
      }
      for (u, unit) in file.split.units.enumerated() where unit.kind == .imports {
        kept[f][u] = true
        take(unit)
      }
    }
    func wanted(_ unit: DeclarationUnit, in f: Int) -> Bool {
      switch unit.kind {
      case .imports: return true
      case .member:
        guard let parent = unit.parent, kept[f][parent], let name = unit.declared.first else { return false }
        return referenced.contains(name) || requirementNames.contains(name) || isOperator(name)
      case .type, .value: return unit.declared.contains(where: referenced.contains)
      case .extension:
        guard let target = unit.targetPath.first else { return true }
        if libraryNames.contains(target) {
          guard unit.targetPath.allSatisfy(referenced.contains) else { return false }
          return !unit.conformances.isEmpty
            || unit.members.contains { referenced.contains($0) || requirementNames.contains($0) || isOperator($0) }
        }
        // An extension of a type from elsewhere (the standard library): by its members, or by
        // a conformance to a used library protocol (kept if it conforms to nothing of ours).
        if unit.conformances.isEmpty { return unit.members.contains(where: referenced.contains) }
        do {
          // A conformance of a type no kept code names cannot be used, unless values of the
          // type arise unnamed (literals, C imports, `utf8`, `magnitude`).
          let ours = unit.conformances.filter(libraryNames.contains)
          return ours.isEmpty
            || ours.contains(where: referenced.contains)
              && (referenced.contains(target) || implicitTypes.contains(target) || unit.targetPath.count > 1)
        }
      }
    }
    var changed = true
    while changed {
      changed = false
      for (f, file) in files.enumerated() where file.split.fallbackReason == nil {
        for (u, unit) in file.split.units.enumerated() where !kept[f][u] && wanted(unit, in: f) {
          kept[f][u] = true
          take(unit)
          changed = true
        }
      }
    }
    return kept
  }

  /// Attributes that only matter across module boundaries.
  static let crossModuleAttributes: Set<String> = ["inlinable", "usableFromInline", "frozen", "_alwaysEmitIntoClient"]

  /// The lines `lines` of `file` (0-based), without AlgoKit import lines; unless `keepComments`,
  /// without comments and without blank lines outside string literals; with `internalize`,
  /// without access modifiers above internal and cross-module attributes.
  static func render(
    _ file: LibraryFile, lines selected: [Bool], keepComments: Bool, internalize: Bool,
    requirements: Requirements = Requirements()
  ) -> String {
    let removedImports = Set(file.source.imports.map { $0.line - 1 })
    var result = ""
    if file.split.lexFailed || (keepComments && !internalize) {
      for (index, line) in file.source.lines.enumerated() where index < selected.count && selected[index] {
        if removedImports.contains(index) { continue }
        result += line
        result += "\n"
      }
      return result
    }
    var bytes = Array(file.text.utf8)
    func erase(_ token: SwiftToken) {
      for k in token.start..<token.end where bytes[k] != 0x0A { bytes[k] = 0 }
    }
    var insideString = [Bool](repeating: false, count: selected.count + 1)
    var inLiteral = [Bool](repeating: false, count: bytes.count)
    let tokens = file.split.tokens
    let code = tokens.filter { $0.kind != .comment }
    for token in tokens {
      switch token.kind {
      case .comment where !keepComments:
        erase(token)
        bytes[token.start] = 0x20  // `a/* … */b` stays two tokens
      case .string:
        for k in token.start..<token.end { inLiteral[k] = true }
        var line = token.line
        for k in token.start..<token.end where bytes[k] == 0x0A {
          line += 1
          if line < insideString.count { insideString[line] = true }
        }
      default: break
      }
    }
    if internalize {
      let followers = DeclarationSplitter.modifiers.union(DeclarationSplitter.declarationKeywords)
      for (i, token) in code.enumerated() where token.kind == .identifier && bytes[token.start] != 0x60 {
        var strip = false
        if token.text == "public" {
          strip = true
        } else if token.text == "open" || token.text == "package" {
          strip = i + 1 < code.count && code[i + 1].kind == .identifier && followers.contains(code[i + 1].text)
        } else if crossModuleAttributes.contains(token.text), i > 0, code[i - 1].text == "@",
          code[i - 1].end == token.start
        {
          erase(code[i - 1])
          strip = true
        }
        if strip {
          erase(token)
          if token.end < bytes.count && bytes[token.end] == 0x20 { bytes[token.end] = 0 }
        }
      }
    }
    var insertions: [Int: String] = [:]
    if internalize && file.split.fallbackReason == nil {
      insertions = fileprivateMembers(code, units: file.split.units, requirements: requirements, bytes: &bytes)
    }
    var lineIndex = 0
    var current: [UInt8] = []
    func finish() {
      defer { current = []; lineIndex += 1 }
      guard lineIndex < selected.count, selected[lineIndex], !removedImports.contains(lineIndex) else { return }
      if insideString[lineIndex] || keepComments {
        result += String(decoding: current, as: UTF8.self) + "\n"
        return
      }
      while let last = current.last, last == 0x20 || last == 0x09 || last == 0x0D { current.removeLast() }
      // Indentation outside string literals means nothing to the compiler and is a fifth of the
      // bytes; judges cap source size.
      let indent = current.prefix { $0 == 0x20 || $0 == 0x09 }.count
      if indent > 0 { current.removeFirst(indent) }
      if current.isEmpty { return }
      result += String(decoding: current, as: UTF8.self) + "\n"
    }
    for (k, b) in bytes.enumerated() {
      if let text = insertions[k] { current += Array(text.utf8) }
      if b == 0x0A { finish(); continue }
      if b == 0 { continue }
      // Outside literals a run of spaces is one space to the compiler.
      if !keepComments && b == 0x20 && !inLiteral[k] && current.last == 0x20 && !insideString[lineIndex] { continue }
      current.append(b)
    }
    if !current.isEmpty { finish() }
    return result
  }

  /// Makes the methods and properties of the file's types and extensions `fileprivate` (returns the insertions;
  /// `internal` is rewritten in place). `swiftc` compiles one file as a primary file, not as a
  /// whole module, so it must keep every internal function for other files; a fileprivate one
  /// it drops when unused and need not emit unspecialized. Left alone: members of protocols and
  /// of extensions that declare conformances, possible protocol witnesses (`requirements`,
  /// operators), overrides, and anything already private.
  static func fileprivateMembers(
    _ code: [SwiftToken], units: [DeclarationUnit], requirements: Requirements, bytes: inout [UInt8]
  ) -> [Int: String] {
    var insertions: [Int: String] = [:]
    var depth = 0
    var context: (kind: String, conforms: Bool, name: String)? = nil
    var headerName = ""  // the top-level declaration whose body we are in
    var headerKind = "", headerConforms = false, sawColon = false, sawWhere = false, headerDepth = 0
    let skip: Set<String> = ["private", "fileprivate", "override", "open", "required", "dynamic"]
    for (i, t) in code.enumerated() {
      if depth == 0 && t.kind == .identifier
        && (DeclarationSplitter.typeKeywords.contains(t.text) || t.text == "extension")
      {
        headerKind = t.text
        headerName = i + 1 < code.count ? code[i + 1].text : ""
        headerConforms = false
        sawColon = false
        sawWhere = false
        headerDepth = 0
      }
      if depth == 0 && t.text == "where" { sawWhere = true }
      if depth == 0 && t.text == ":" && headerDepth == 0 && !headerKind.isEmpty && !sawWhere {
        sawColon = true
        headerConforms = true
      }
      if t.text == "(" || t.text == "[" { if depth == 0 { headerDepth += 1 }; depth += 1; continue }
      if t.text == ")" || t.text == "]" { depth -= 1; if depth == 0 { headerDepth -= 1 }; continue }
      if t.text == "{" {
        if depth == 0 && !headerKind.isEmpty { context = (headerKind, sawColon && headerConforms, headerName) }
        depth += 1
        continue
      }
      if t.text == "}" {
        depth -= 1
        if depth == 0 { context = nil; headerKind = "" }
        continue
      }
      guard depth == 1, let context, t.kind == .identifier, t.text == "func" || t.text == "var" || t.text == "let",
        i + 1 < code.count
      else { continue }
      if context.kind == "protocol" || (context.kind == "extension" && context.conforms) { continue }
      let name = code[i + 1].text
      if requirements.protects(name, in: context.name) || isOperator(name) || code[i + 1].kind != .identifier {
        continue
      }
      if context.kind == "class" { continue }  // overridable unless final; not worth the check
      // The modifiers and attributes before `func`.
      var j = i - 1
      var internalToken: SwiftToken? = nil
      var firstModifier: SwiftToken? = nil
      var skipped = false
      while j >= 0 {
        let m = code[j]
        if m.kind == .identifier && m.text == "internal" { internalToken = m; j -= 1; continue }
        if m.kind == .identifier && DeclarationSplitter.modifiers.contains(m.text) {
          if skip.contains(m.text) { skipped = true }
          firstModifier = m
          j -= 1
          continue
        }
        if m.kind == .identifier && j > 0 && code[j - 1].text == "@" { j -= 2; continue }
        if m.text == ")" {
          var level = 0
          var p = j
          while p >= 0 {
            if code[p].text == ")" { level += 1 }
            if code[p].text == "(" { level -= 1; if level == 0 { break } }
            p -= 1
          }
          j = p - 1
          continue
        }
        break
      }
      if skipped { continue }
      if let internalToken {
        let replacement = Array("fileprivate".utf8)
        for k in internalToken.start..<internalToken.end { bytes[k] = 0 }
        insertions[internalToken.start] = String(decoding: replacement, as: UTF8.self)
      } else {
        insertions[(firstModifier ?? t).start] = "fileprivate "  // `fileprivate static let`
      }
    }
    return insertions
  }
}
