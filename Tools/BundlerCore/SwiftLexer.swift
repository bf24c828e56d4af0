// A whole-file Swift lexer for the pruning bundler: identifiers, operators, punctuation, string
// literals (raw, multi-line, interpolated) and comments, each with its byte range and line. It is
// not a Swift parser: it knows exactly enough to find where top-level declarations begin and end,
// which names they use, and which bytes are comments.

/// One token of a Swift file.
struct SwiftToken: Equatable {
  enum Kind: Equatable {
    case identifier  // `name`, `` `name` `` (without backticks in `text`), `$0`, keywords
    case number
    case `operator`  // a run of operator characters: `+`, `..<`, `==`
    case punctuation  // one of `{ } ( ) [ ] , : ; . @ #` (`#` starts a directive: its word follows)
    case string  // a whole literal, interpolations included; its code is lexed into `nested`
    case comment  // `// …` to the end of the line or a (nested) `/* … */`
  }
  var kind: Kind
  /// The token's text (for an identifier without backticks).
  var text: String
  /// Byte offsets into the file's UTF-8.
  var start: Int
  var end: Int
  /// 0-based line of the first byte.
  var line: Int
}

/// Why a file could not be lexed; the bundler then includes it whole.
struct SwiftLexError: Error, Equatable {
  var line: Int
  var message: String
}

/// Lexes a whole file. Tokens inside string interpolations are appended to `interpolated` (they
/// count as references) but are not part of the top-level token stream.
struct SwiftLexer {
  let bytes: [UInt8]
  var index = 0
  var line = 0
  var tokens: [SwiftToken] = []
  var interpolated: [SwiftToken] = []

  init(_ text: String) { bytes = Array(text.utf8) }

  static func lex(_ text: String) throws(SwiftLexError) -> (tokens: [SwiftToken], interpolated: [SwiftToken]) {
    var lexer = SwiftLexer(text)
    try lexer.lexCode(untilCloseParen: false)
    return (lexer.tokens, lexer.interpolated)
  }

  static func isIdentifierHead(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F || b >= 0x80
  }
  static func isIdentifierBody(_ b: UInt8) -> Bool { isIdentifierHead(b) || (b >= 0x30 && b <= 0x39) }
  static let operatorBytes: Set<UInt8> = Set("/=-+!*%<>&|^~?".utf8)

  func peek(_ offset: Int = 0) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }
  func starts(_ pattern: String, at position: Int) -> Bool {
    let p = Array(pattern.utf8)
    guard position + p.count <= bytes.count else { return false }
    for k in 0..<p.count where bytes[position + k] != p[k] { return false }
    return true
  }
  func text(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }

  /// Lexes code until the end of the file, or (inside an interpolation) until the `)` closing it.
  mutating func lexCode(untilCloseParen: Bool) throws(SwiftLexError) {
    var depth = 0
    let nested = untilCloseParen

    while let b = peek() {
      let start = index, startLine = line
      if b == 0x0A { line += 1; index += 1; continue }
      if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B { index += 1; continue }
      if starts("//", at: index) {
        while let c = peek(), c != 0x0A { index += 1 }
        append(nested, SwiftToken(kind: .comment, text: "", start: start, end: index, line: startLine))
        continue
      }
      if starts("/*", at: index) {
        var nesting = 0
        repeat {
          if starts("/*", at: index) {
            nesting += 1; index += 2
          } else if starts("*/", at: index) {
            nesting -= 1; index += 2
          } else if let c = peek() {
            if c == 0x0A { line += 1 }; index += 1
          } else {
            throw SwiftLexError(line: startLine + 1, message: "unterminated block comment")
          }
        } while nesting > 0
        append(nested, SwiftToken(kind: .comment, text: "", start: start, end: index, line: startLine))
        continue
      }
      if b == 0x22 || (b == 0x23 && (peek(1) == 0x22 || peek(1) == 0x23)) {
        var hashes = 0
        while peek(hashes) == 0x23 { hashes += 1 }
        if peek(hashes) == 0x22 {
          index += hashes
          try lexString(hashes: hashes)
          append(nested, SwiftToken(kind: .string, text: "", start: start, end: index, line: startLine))
          continue
        }
      }
      if b == 0x23 && peek(1) == 0x2F {  // `#/regex/#`: not followed; the caller falls back
        throw SwiftLexError(line: startLine + 1, message: "regex literal")
      }
      if b == 0x60 {  // `name`
        index += 1
        let nameStart = index
        while let c = peek(), c != 0x60, c != 0x0A { index += 1 }
        guard peek() == 0x60 else { throw SwiftLexError(line: startLine + 1, message: "unterminated backtick") }
        append(
          nested,
          SwiftToken(kind: .identifier, text: text(nameStart, index), start: start, end: index + 1, line: startLine))
        index += 1
        continue
      }
      if Self.isIdentifierHead(b) || b == 0x24 {  // identifiers, keywords, `$0`
        index += 1
        while let c = peek(), Self.isIdentifierBody(c) { index += 1 }
        append(
          nested, SwiftToken(kind: .identifier, text: text(start, index), start: start, end: index, line: startLine))
        continue
      }
      if b >= 0x30 && b <= 0x39 {
        index += 1
        while let c = peek() {
          if Self.isIdentifierBody(c) { index += 1; continue }
          // `1.5` but not `0..<n` or `1.description`
          if c == 0x2E, let d = peek(1), d >= 0x30 && d <= 0x39 { index += 1; continue }
          // an exponent's sign: `1e-5`, `0x1p+3`
          if c == 0x2D || c == 0x2B, let e = bytes[index - 1] as UInt8?,
            e == 0x65 || e == 0x45 || e == 0x70 || e == 0x50,
            let d = peek(1), d >= 0x30 && d <= 0x39
          {
            index += 1; continue
          }
          break
        }
        append(nested, SwiftToken(kind: .number, text: text(start, index), start: start, end: index, line: startLine))
        continue
      }
      if Self.operatorBytes.contains(b) || (b == 0x2E && (peek(1) == 0x2E)) {
        // A dot-operator (`..<`, `...`) may contain dots; others may not.
        let dotted = b == 0x2E
        index += 1
        while let c = peek(), Self.operatorBytes.contains(c) || (dotted && c == 0x2E) {
          if starts("//", at: index) || starts("/*", at: index) { break }
          index += 1
        }
        append(nested, SwiftToken(kind: .operator, text: text(start, index), start: start, end: index, line: startLine))
        continue
      }
      index += 1
      if untilCloseParen {
        if b == 0x28 { depth += 1 }
        if b == 0x29 {
          if depth == 0 { return }
          depth -= 1
        }
      }
      append(
        nested, SwiftToken(kind: .punctuation, text: text(start, index), start: start, end: index, line: startLine))
    }
    if untilCloseParen { throw SwiftLexError(line: line + 1, message: "unterminated string interpolation") }
  }

  mutating func append(_ nested: Bool, _ token: SwiftToken) {
    if nested { interpolated.append(token) } else { tokens.append(token) }
  }

  /// Lexes a string literal whose opening `#`s are consumed; `index` is at its first `"`.
  mutating func lexString(hashes: Int) throws(SwiftLexError) {
    let startLine = line
    let multiline = starts("\"\"\"", at: index)
    index += multiline ? 3 : 1
    let closing = Array(((multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)).utf8)
    while let b = peek() {
      if b == 0x5C {  // backslash: an escape or an interpolation when followed by the hashes
        var n = 0
        while peek(1 + n) == 0x23 && n < hashes { n += 1 }
        if n == hashes {
          index += 1 + hashes
          if peek() == 0x28 {
            index += 1
            try lexCode(untilCloseParen: true)
            continue
          }
          if let c = peek() { if c == 0x0A { line += 1 }; index += 1 }
          continue
        }
        index += 1
        continue
      }
      if b == 0x22, index + closing.count <= bytes.count, Array(bytes[index..<index + closing.count]) == closing {
        index += closing.count
        return
      }
      if b == 0x0A {
        if !multiline { throw SwiftLexError(line: startLine + 1, message: "unterminated string literal") }
        line += 1
      }
      index += 1
    }
    throw SwiftLexError(line: startLine + 1, message: "unterminated string literal")
  }
}
