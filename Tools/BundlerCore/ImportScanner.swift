// Finds the `import AlgoKit…` lines of a Swift source file, ignoring text inside comments and
// string literals, so that bundling removes exactly those lines and changes nothing else.

/// One `import` of an AlgoKit module found in a source file.
public struct AlgoKitImport: Equatable, Sendable {
  /// The imported module, for example `AlgoKitHeap` (for `import struct AlgoKitHeap.Heap` too),
  /// or `AlgoKit` for the umbrella.
  public var module: String
  /// The 1-based line number of the `import`.
  public var line: Int
}

/// The lines of a Swift file, with the AlgoKit imports picked out.
public struct ScannedSource: Sendable {
  /// The file's lines, without their `\n` (a `\r` of a CRLF file stays on its line).
  public var lines: [Substring]
  /// The AlgoKit imports, in file order.
  public var imports: [AlgoKitImport]

  /// The file with the AlgoKit import lines removed and every other line unchanged, ending in a
  /// newline.
  public func withoutAlgoKitImports() -> String {
    let removed = Set(imports.map(\.line))
    var result = ""
    for (index, line) in lines.enumerated() where !removed.contains(index + 1) {
      result += line
      result += "\n"
    }
    return result
  }
}

/// Why a source file could not be scanned.
public struct ImportScanError: Error, Equatable, Sendable {
  public var line: Int
  public var message: String
}

public enum ImportScanner {
  /// Scans `text`. Lines that begin inside a block comment or a multi-line string literal are
  /// never taken for imports.
  ///
  /// - Throws: `ImportScanError` when an AlgoKit import shares its line with other code (the
  ///   bundler could not remove it without changing that code).
  public static func scan(_ text: String) throws(ImportScanError) -> ScannedSource {
    // Split at "\n" scalars: as `Character`s, "\r\n" is one grapheme and would not split.
    var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
    if lines.last == "" { lines.removeLast() }  // the newline that ends the file
    var lexer = Lexer()
    var imports: [AlgoKitImport] = []
    for (index, line) in lines.enumerated() {
      if lexer.atTopLevel, let module = try importedModule(line, lineNumber: index + 1) {
        imports.append(AlgoKitImport(module: module, line: index + 1))
      }
      lexer.consume(line)
    }
    return ScannedSource(lines: lines, imports: imports)
  }

  /// Keywords that may precede `import` on an import line.
  static let importModifiers: Set<Substring> = [
    "public", "package", "internal", "fileprivate", "private",
  ]
  /// Kinds of a scoped import (`import struct Module.Type`).
  static let importKinds: Set<Substring> = [
    "typealias", "struct", "class", "enum", "protocol", "let", "var", "func",
  ]

  /// The AlgoKit module `line` imports, or `nil` if it is not an AlgoKit import line.
  static func importedModule(_ line: Substring, lineNumber: Int) throws(ImportScanError) -> String? {
    var words = Words(line)
    var word = words.next()
    // Attributes such as `@_exported`, `@testable`, `@preconcurrency`, and access modifiers.
    while let current = word, current.hasPrefix("@") || importModifiers.contains(current) {
      word = words.next()
    }
    guard word == "import", var path = words.next() else { return nil }
    if importKinds.contains(path) {
      guard let next = words.next() else { return nil }
      path = next
    }
    var module = path.prefix { $0 != "." && $0 != ";" }
    guard module.hasPrefix("AlgoKit") else { return nil }
    module = module.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
    // Whatever follows must be nothing, `;`, or a comment.
    var rest = words.remainder
    if path.hasSuffix(";") { rest = ";" + rest }
    let trimmed = rest.drop { $0 == " " || $0 == "\t" || $0 == ";" || $0 == "\r" }
    if !(trimmed.isEmpty || trimmed.hasPrefix("//") || trimmed.hasPrefix("/*") && trimmed.hasSuffix("*/")) {
      throw ImportScanError(
        line: lineNumber,
        message: "the import of \(module) shares its line with other code; put it on a line of its own")
    }
    return String(module)
  }

  /// Splits a line into words at spaces and tabs, stopping at a `//` comment.
  struct Words {
    var rest: Substring
    init(_ line: Substring) { rest = line }
    mutating func next() -> Substring? {
      rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
      if rest.isEmpty || rest.hasPrefix("//") || rest.hasPrefix("/*") { return nil }
      let word = rest.prefix { $0 != " " && $0 != "\t" && $0 != "\r" }
      rest = rest[word.endIndex...]
      return word
    }
    var remainder: Substring { rest }
  }

  /// Tracks comments, string literals (with `#` delimiters and interpolation) across lines.
  struct Lexer {
    enum Context {
      case code(parenthesisDepth: Int)  // inside an interpolation `\( … )` when not the bottom
      case string(hashes: Int, multiline: Bool)
      case blockComment(depth: Int)
    }
    var stack: [Context] = [.code(parenthesisDepth: 0)]

    var atTopLevel: Bool { stack.count == 1 }

    mutating func consume(_ line: Substring) {
      let bytes = Array(line.utf8)
      var i = 0
      func starts(_ pattern: String, at index: Int) -> Bool {
        let p = Array(pattern.utf8)
        return index + p.count <= bytes.count && Array(bytes[index..<index + p.count]) == p
      }
      func hashes(at index: Int) -> Int {
        var n = 0
        while index + n < bytes.count && bytes[index + n] == UInt8(ascii: "#") { n += 1 }
        return n
      }
      lineLoop: while i < bytes.count {
        switch stack[stack.count - 1] {
        case .blockComment(let depth):
          if starts("*/", at: i) {
            stack.removeLast()
            if depth > 1 { stack.append(.blockComment(depth: depth - 1)) }
            i += 2
          } else if starts("/*", at: i) {
            stack[stack.count - 1] = .blockComment(depth: depth + 1)
            i += 2
          } else {
            i += 1
          }
        case .string(let hashCount, let multiline):
          let closing = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashCount)
          if bytes[i] == UInt8(ascii: "\\") && hashes(at: i + 1) >= hashCount {
            let after = i + 1 + hashCount
            if after < bytes.count && bytes[after] == UInt8(ascii: "(") {
              stack.append(.code(parenthesisDepth: 0))
              i = after + 1
            } else {
              i = after + 1  // an escaped character
            }
          } else if starts(closing, at: i) {
            stack.removeLast()
            i += closing.utf8.count
          } else {
            i += 1
          }
        case .code(let depth):
          let byte = bytes[i]
          if starts("//", at: i) {
            break lineLoop
          } else if starts("/*", at: i) {
            stack.append(.blockComment(depth: 1))
            i += 2
          } else if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\"") {
            let hashCount = hashes(at: i)
            let quote = i + hashCount
            if quote < bytes.count && bytes[quote] == UInt8(ascii: "\"") {
              let multiline = starts("\"\"\"", at: quote)
              stack.append(.string(hashes: hashCount, multiline: multiline))
              i = quote + (multiline ? 3 : 1)
            } else {
              i += max(hashCount, 1)  // `#if`, `#available`, …
            }
          } else if byte == UInt8(ascii: "(") {
            if stack.count > 1 { stack[stack.count - 1] = .code(parenthesisDepth: depth + 1) }
            i += 1
          } else if byte == UInt8(ascii: ")") {
            if stack.count > 1 {
              if depth == 0 { stack.removeLast() } else { stack[stack.count - 1] = .code(parenthesisDepth: depth - 1) }
            }
            i += 1
          } else {
            i += 1
          }
        }
      }
      // A single-line string (and any interpolation in it) cannot continue past the line's end.
      while let index = stack.lastIndex(where: {
        if case .string(_, false) = $0 { return true } else { return false }
      }) {
        stack.removeSubrange(index...)
      }
    }
  }
}
