// Splits a library file into its top-level declarations (each with the comments and attributes
// before it) and records, for each, the names it declares and the names it uses. The pruning
// bundler keeps the declarations a solution reaches; anything this splitter does not understand
// makes it give up on the file, which is then included whole.

/// One top-level declaration of a library file: a line range and what it declares and uses.
struct DeclarationUnit {
  enum Kind: Equatable {
    /// `import` lines, alone or in an `#if` block of imports only: always kept.
    case imports
    /// `struct`, `class`, `enum`, `actor`, `protocol`: kept whole when its name is used.
    case type
    /// `extension Target …`: kept when its target is used and it adds a conformance or a used member.
    case `extension`
    /// `func`, `var`, `let`, `typealias`, `operator`, `precedencegroup`: kept when a name is used.
    case value
    /// A member of an extension without conformances (split when its body reads cleanly): kept
    /// when the extension is and its name is used (or may be a protocol requirement).
    case member
  }
  /// For a member: the index of its extension among the file's units.
  var parent: Int? = nil
  /// For an extension split into members: the lines from after the last member to the `}`.
  var closingLines: ClosedRange<Int>? = nil
  var kind: Kind
  /// 0-based, inclusive line range in the file (leading comments included).
  var firstLine: Int
  var lastLine: Int
  /// The 0-based line of the declaration's keyword (for messages).
  var declarationLine: Int
  /// Names declared: the type's name, the function's, the variables', the operator's.
  var declared: [String] = []
  /// For an extension: the extended type's path (`Knapsack`, `_LargeInstance`).
  var targetPath: [String] = []
  /// For an extension: the names after `:` (protocols, constraints).
  var conformances: [String] = []
  /// For an extension or protocol: the names of its members (`init`, `subscript`, operators too).
  var members: [String] = []
  /// Every identifier and operator the declaration's code uses (comments excluded).
  var references: Set<String> = []
}

/// A library file split into declarations, or the reason it could not be.
struct SplitFile {
  var units: [DeclarationUnit]
  /// Why the file is included whole (nil when it was split).
  var fallbackReason: String?
  /// The tokens of the file (comments included), for comment stripping.
  var tokens: [SwiftToken]
  var lexFailed: Bool
}

enum DeclarationSplitter {
  static let modifiers: Set<String> = [
    "public", "private", "fileprivate", "internal", "package", "open", "final", "static", "nonisolated",
    "indirect", "convenience", "mutating", "nonmutating", "override", "required", "dynamic", "lazy", "weak",
    "unowned", "prefix", "postfix", "infix", "borrowing", "consuming",
  ]
  static let typeKeywords: Set<String> = ["struct", "class", "enum", "protocol", "actor"]
  static let valueKeywords: Set<String> = ["func", "var", "let", "typealias", "operator", "precedencegroup"]
  static let declarationKeywords: Set<String> =
    typeKeywords.union(valueKeywords).union(["import", "extension", "init", "subscript", "macro", "deinit"])
  static let memberKeywords: Set<String> = [
    "func", "var", "let", "typealias", "struct", "class", "enum", "protocol", "actor", "associatedtype", "case",
  ]

  static func split(_ text: String) -> SplitFile {
    let tokens: [SwiftToken], interpolated: [SwiftToken]
    do {
      (tokens, interpolated) = try SwiftLexer.lex(text)
    } catch {
      return SplitFile(
        units: [], fallbackReason: "line \(error.line): \(error.message)", tokens: [], lexFailed: true)
    }
    let lineCount = text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1
    let code = tokens.filter { $0.kind != .comment }
    // The last line each code token touches (strings may span lines).
    func endLine(_ t: SwiftToken) -> Int {
      guard t.kind == .string else { return t.line }
      var line = t.line
      var k = t.start
      let utf8 = Array(text.utf8)
      while k < t.end { if utf8[k] == 0x0A { line += 1 }; k += 1 }
      return line
    }
    func fail(_ reason: String) -> SplitFile {
      SplitFile(units: [], fallbackReason: reason, tokens: tokens, lexFailed: false)
    }

    // Pass 1: where each declaration starts (indices into `code`).
    var starts: [Int] = []
    var depth = 0
    var headerPending = false  // attributes or modifiers seen, no declaration keyword yet
    var previousEndLine = -1
    var i = 0
    while i < code.count {
      let t = code[i]
      let firstOnLine = t.line > previousEndLine
      if depth == 0 && firstOnLine && t.kind == .punctuation && t.text == "#" {
        // `#if` … `#endif` at top level: one unit (imports only, or the file is included whole).
        guard i + 1 < code.count, code[i + 1].text == "if" else {
          return fail("line \(t.line + 1): top-level #\(i + 1 < code.count ? code[i + 1].text : "")")
        }
        starts.append(i)
        var nesting = 0
        var j = i
        while j < code.count {
          if code[j].text == "#" && j + 1 < code.count && code[j].line > (j > 0 ? endLine(code[j - 1]) : -1) {
            let word = code[j + 1].text
            if word == "if" { nesting += 1 }
            if word == "endif" { nesting -= 1 }
            if nesting == 0 { break }
            if word != "if" && word != "endif" && word != "else" && word != "elseif" {
              return fail("line \(code[j].line + 1): #\(word) in a top-level #if")
            }
            // the directive's condition: the rest of its line
            let line = code[j].line
            j += 1
            while j < code.count && code[j].line == line { j += 1 }
            continue
          }
          if code[j].text != "import" {
            return fail("line \(code[j].line + 1): declarations inside a top-level #if")
          }
          // an import line: skip it
          let line = code[j].line
          j += 1
          while j < code.count && code[j].line == line { j += 1 }
        }
        guard j < code.count else { return fail("line \(t.line + 1): #if without #endif") }
        i = j + 2  // `#` `endif`
        previousEndLine = code[j + 1].line
        headerPending = false
        continue
      }
      if depth == 0 && firstOnLine && !headerPending
        && (t.text == "@"
          || (t.kind == .identifier && (modifiers.contains(t.text) || declarationKeywords.contains(t.text))))
      {
        starts.append(i)
      }
      if depth == 0 && t.kind == .identifier && declarationKeywords.contains(t.text) {
        headerPending = false
      } else if depth == 0 && (t.text == "@" || (t.kind == .identifier && modifiers.contains(t.text))) {
        headerPending = true
      }
      if t.kind == .punctuation {
        if t.text == "{" || t.text == "(" || t.text == "[" { depth += 1 }
        if t.text == "}" || t.text == ")" || t.text == "]" {
          depth -= 1
          if depth < 0 { return fail("line \(t.line + 1): unbalanced \(t.text)") }
        }
      }
      if i == 0 && starts.isEmpty { return fail("line \(t.line + 1): top-level code that is not a declaration") }
      previousEndLine = endLine(t)
      i += 1
    }
    if depth != 0 { return fail("unbalanced brackets at the end of the file") }
    if headerPending { return fail("attributes without a declaration at the end of the file") }

    // Pass 2: each unit's header, names and references.
    var units: [DeclarationUnit] = []
    var nextLine = 0
    for (n, start) in starts.enumerated() {
      let end = n + 1 < starts.count ? starts[n + 1] : code.count  // exclusive, into `code`
      let body = code[start..<end]
      let firstLine = nextLine
      let lastLine = n + 1 < starts.count ? code[end - 1].line : lineCount - 1
      var unit = DeclarationUnit(
        kind: .value, firstLine: firstLine, lastLine: max(lastLine, endLine(code[end - 1])),
        declarationLine: code[start].line)
      nextLine = unit.lastLine + 1
      for t in body where t.kind == .identifier || t.kind == .operator { unit.references.insert(t.text) }
      if code[start].text == "#" {
        unit.kind = .imports
        units.append(unit)
        continue
      }
      // Skip attributes (with their arguments) and modifiers (`private(set)` too).
      var k = start
      while k < end {
        if code[k].text == "@" && k + 1 < end {
          k += 2
          if k < end && code[k].text == "(" && code[k].start == code[k - 1].end {
            k = skipBalanced(code, from: k, end: end)
          }
          continue
        }
        if code[k].kind == .identifier && modifiers.contains(code[k].text) {
          k += 1
          if k < end && code[k].text == "(" { k = skipBalanced(code, from: k, end: end) }
          continue
        }
        break
      }
      guard k < end, code[k].kind == .identifier else {
        return fail("line \(code[start].line + 1): a declaration this bundler cannot read")
      }
      let keyword = code[k].text
      unit.declarationLine = code[k].line
      let next = k + 1 < end ? code[k + 1] : nil
      switch keyword {
      case "import":
        unit.kind = .imports
      case _ where typeKeywords.contains(keyword):
        guard let next, next.kind == .identifier else { return fail("line \(code[k].line + 1): unnamed \(keyword)") }
        unit.kind = .type
        unit.declared = [next.text]
        // The conformances after the name and its generic parameters.
        var p = k + 2
        if p < end && code[p].kind == .operator && code[p].text.hasPrefix("<") {
          var level = 0
          while p < end {
            if code[p].kind == .operator {
              for ch in code[p].text { if ch == "<" { level += 1 } else if ch == ">" { level -= 1 } }
            }
            p += 1
            if level <= 0 { break }
          }
        }
        if p < end && code[p].text == ":" {
          p += 1
          while p < end && code[p].text != "{" && code[p].text != "where" {
            if code[p].kind == .identifier { unit.conformances.append(code[p].text) }
            p += 1
          }
        }
        if keyword == "protocol" { unit.members = members(code, from: k, end: end) }
      case "extension":
        unit.kind = .extension
        var p = k + 1
        while p < end, code[p].kind == .identifier {
          unit.targetPath.append(code[p].text)
          p += 1
          if p < end && code[p].text == "." { p += 1 } else { break }
        }
        if p < end && code[p].kind == .operator && code[p].text.hasPrefix("<") {
          return fail("line \(code[k].line + 1): an extension of a specialized generic type")
        }
        guard !unit.targetPath.isEmpty else { return fail("line \(code[k].line + 1): extension of what?") }
        if p < end && code[p].text == ":" {
          p += 1
          while p < end && code[p].text != "{" && code[p].text != "where" {
            if code[p].kind == .identifier { unit.conformances.append(code[p].text) }
            p += 1
          }
        }
        unit.members = members(code, from: k, end: end)
        if unit.conformances.isEmpty, let split = splitMembers(code, header: unit, from: k, end: end, endLine: endLine)
        {
          let parent = units.count
          units.append(split.header)
          units += split.members.map {
            var m = $0; m.parent = parent; return m
          }
          continue
        }
      case "func", "var", "let", "typealias", "precedencegroup", "operator":
        guard let next, next.kind == .identifier || next.kind == .operator else {
          return fail("line \(code[k].line + 1): a \(keyword) this bundler cannot read")
        }
        unit.declared = [next.text]
        if keyword == "var" || keyword == "let" {
          // `let a = 1, b = 2`: names after a top-level comma followed by `:` or `=`.
          var level = 0
          for p in (k + 1)..<end {
            let t = code[p]
            if t.text == "{" || t.text == "(" || t.text == "[" { level += 1 }
            if t.text == "}" || t.text == ")" || t.text == "]" { level -= 1 }
            if level == 0 && t.text == "," && p + 2 < end && code[p + 1].kind == .identifier
              && (code[p + 2].text == ":" || code[p + 2].text == "=")
            {
              unit.declared.append(code[p + 1].text)
            }
          }
        }
      default:
        return fail("line \(code[k].line + 1): a top-level \(keyword) this bundler cannot read")
      }
      units.append(unit)
    }
    if units.isEmpty {
      units = [DeclarationUnit(kind: .imports, firstLine: 0, lastLine: lineCount - 1, declarationLine: 0)]
    }
    // Interpolations are code too.
    for t in interpolated where t.kind == .identifier || t.kind == .operator {
      if let u = units.firstIndex(where: { $0.firstLine <= t.line && t.line <= $0.lastLine }) {
        units[u].references.insert(t.text)
      }
    }
    return SplitFile(units: units, fallbackReason: nil, tokens: tokens, lexFailed: false)
  }

  /// An extension's header (with its closing lines) and its members, or nil when the body does
  /// not read cleanly (`{` ending its line, `}` on a line of its own, members it recognises).
  static func splitMembers(
    _ code: [SwiftToken], header unit: DeclarationUnit, from k: Int, end: Int, endLine: (SwiftToken) -> Int
  ) -> (header: DeclarationUnit, members: [DeclarationUnit])? {
    var b = k
    while b < end && code[b].text != "{" { b += 1 }
    let c = end - 1
    guard b < c, code[c].text == "}", skipBalanced(code, from: b, end: end) == end,
      code[b + 1].line > code[b].line, code[c].line > endLine(code[c - 1])
    else { return nil }
    let memberStarts: Set<String> = memberKeywords.union(["init", "subscript", "deinit"])
    var starts: [Int] = []
    var depth = 0
    var headerPending = false
    var previousEndLine = code[b].line
    for i in (b + 1)..<c {
      let t = code[i]
      if depth == 0 && t.line > previousEndLine {
        if t.text == "#" { return nil }
        let isStart =
          t.text == "@" || (t.kind == .identifier && (modifiers.contains(t.text) || memberStarts.contains(t.text)))
        if isStart && !headerPending { starts.append(i) }
        if !isStart && starts.isEmpty { return nil }
      }
      if depth == 0 && t.kind == .identifier && memberStarts.contains(t.text) {
        headerPending = false
      } else if depth == 0 && (t.text == "@" || (t.kind == .identifier && modifiers.contains(t.text))) {
        headerPending = true
      }
      if t.text == "{" || t.text == "(" || t.text == "[" { depth += 1 }
      if t.text == "}" || t.text == ")" || t.text == "]" { depth -= 1 }
      previousEndLine = endLine(t)
    }
    guard !starts.isEmpty, !headerPending, depth == 0 else { return nil }
    var header = unit
    header.lastLine = code[b].line
    header.references = []
    for t in code[k..<(b + 1)] where t.kind == .identifier || t.kind == .operator { header.references.insert(t.text) }
    var members: [DeclarationUnit] = []
    var nextLine = code[b].line + 1
    for (n, start) in starts.enumerated() {
      let stop = n + 1 < starts.count ? starts[n + 1] : c
      var p = start
      while p < stop {  // attributes and modifiers
        if code[p].text == "@" {
          p += 2;
          if p < stop && code[p].text == "(" && code[p].start == code[p - 1].end {
            p = skipBalanced(code, from: p, end: stop)
          }; continue
        }
        if code[p].kind == .identifier && modifiers.contains(code[p].text) {
          p += 1
          if p < stop && code[p].text == "(" { p = skipBalanced(code, from: p, end: stop) }
          continue
        }
        break
      }
      guard p < stop, code[p].kind == .identifier, memberStarts.contains(code[p].text), code[p].text != "case" else {
        return nil
      }
      var member = DeclarationUnit(
        kind: .member, firstLine: nextLine, lastLine: endLine(code[stop - 1]), declarationLine: code[p].line)
      nextLine = member.lastLine + 1
      let keyword = code[p].text
      if keyword == "init" || keyword == "subscript" || keyword == "deinit" {
        member.declared = [keyword]
      } else {
        guard p + 1 < stop, code[p + 1].kind == .identifier || code[p + 1].kind == .operator else { return nil }
        if keyword == "var" || keyword == "let" {  // `let a = 1, b = 2`: not split
          var level = 0
          for t in code[(p + 1)..<stop] {
            if t.text == "{" || t.text == "(" || t.text == "[" { level += 1 }
            if t.text == "}" || t.text == ")" || t.text == "]" { level -= 1 }
            if level == 0 && t.text == "," { return nil }
          }
        }
        member.declared = [code[p + 1].text]
      }
      for t in code[start..<stop] where t.kind == .identifier || t.kind == .operator {
        member.references.insert(t.text)
      }
      members.append(member)
    }
    header.closingLines = nextLine...unit.lastLine
    return (header, members)
  }

  /// The index after the bracket that closes the one at `from`.
  static func skipBalanced(_ code: [SwiftToken], from: Int, end: Int) -> Int {
    var level = 0
    var k = from
    while k < end {
      let text = code[k].text
      if text == "(" || text == "[" || text == "{" { level += 1 }
      if text == ")" || text == "]" || text == "}" { level -= 1; if level == 0 { return k + 1 } }
      k += 1
    }
    return end
  }

  /// The member names directly inside the first `{ … }` after `from`.
  static func members(_ code: [SwiftToken], from: Int, end: Int) -> [String] {
    var k = from
    while k < end && code[k].text != "{" { k += 1 }
    var names: [String] = []
    var level = 0
    while k < end {
      let t = code[k]
      if t.text == "{" || t.text == "(" || t.text == "[" { level += 1 }
      if t.text == "}" || t.text == ")" || t.text == "]" { level -= 1; if level == 0 { break } }
      if level == 1 && t.kind == .identifier {
        if t.text == "init" || t.text == "subscript" || t.text == "deinit" {
          names.append(t.text)
        } else if memberKeywords.contains(t.text), k + 1 < end,
          code[k + 1].kind == .identifier || code[k + 1].kind == .operator
        {
          names.append(code[k + 1].text)
        }
      }
      k += 1
    }
    return names
  }
}
