// algokit-bundle's engine: resolve a solution's AlgoKit imports against the library sources and
// write one self-contained Swift file (the model is the AtCoder Library's expander.py).

import Foundation

/// Why a bundle could not be made. Each case describes itself in one line.
public enum BundleError: Error, Equatable, CustomStringConvertible {
  case unreadableFile(path: String, reason: String)
  case sourcesNotFound(searched: [String])
  case unknownModule(module: String, importedBy: String, line: Int, sources: String)
  case emptyModule(module: String, directory: String)
  case importCycle([String])
  case badImportLine(file: String, line: Int, message: String)

  public var description: String {
    switch self {
    case .unreadableFile(let path, let reason):
      return "cannot read \(path): \(reason)"
    case .sourcesNotFound(let searched):
      return
        "no AlgoKit Sources directory found (looked above \(searched.joined(separator: " and "))); pass --sources DIR"
    case .unknownModule(let module, let file, let line, let sources):
      return "unknown module \(module) imported at \(file):\(line) (no directory \(sources)/\(module))"
    case .emptyModule(let module, let directory):
      return "module \(module) has no .swift files in \(directory)"
    case .importCycle(let modules):
      return "import cycle: \(modules.joined(separator: " -> "))"
    case .badImportLine(let file, let line, let message):
      return "\(file):\(line): \(message)"
    }
  }
}

/// Bundles a solution with the AlgoKit modules it imports.
public struct Bundler {
  /// The directory holding one folder per library module (`AlgoKitHeap/`, …).
  public var sourcesDirectory: URL

  /// The umbrella module: importing it means importing every library module; its own source
  /// (`@_exported import` lines only) is never bundled.
  public static let umbrellaModule = "AlgoKit"

  public init(sourcesDirectory: URL) {
    self.sourcesDirectory = sourcesDirectory.standardizedFileURL
  }

  /// The result of bundling.
  public struct Output: Equatable {
    /// The single-file program.
    public var text: String
    /// The library modules included, in the order they appear (dependencies first).
    public var modules: [String]
    /// What went in, file by file (`algokit-bundle --stats`).
    public var stats: BundleStats = BundleStats(bytes: 0, files: [])
  }

  /// Bundles the solution at `path`.
  public func bundle(solutionAt path: String, options: BundleOptions = BundleOptions()) throws(BundleError) -> Output {
    let text = try Bundler.read(URL(fileURLWithPath: path))
    return try bundle(solution: text, name: URL(fileURLWithPath: path).lastPathComponent, options: options)
  }

  /// Bundles the solution `text`; `name` labels it in markers and messages.
  ///
  /// Output: one header line (the solution, the AlgoKit version, the modules); each needed
  /// module's files in dependency order (modules with no order between them by name, files by
  /// path), each after a `// ---- Module/File.swift` marker and without its AlgoKit import
  /// lines; then the solution without its AlgoKit import lines, otherwise unchanged.
  ///
  /// With `options.prune` (the default) a file contributes only the top-level declarations the
  /// solution reaches, transitively (see `Pruner`); a file the splitter cannot read is included
  /// whole and `stats` says why; files that contribute nothing are left out. Unless
  /// `options.keepComments`, the library's comments and blank lines are dropped.
  public func bundle(
    solution text: String, name: String, options: BundleOptions = BundleOptions()
  ) throws(BundleError) -> Output {
    let solution = try Bundler.scan(text, file: name)
    var cache: [String: [(relativePath: String, source: ScannedSource)]] = [:]
    let order = try resolve(solution.imports, from: name, cache: &cache)

    var files: [LibraryFile] = []
    for module in order {
      for file in cache[module] ?? [] {
        let fileText = file.source.lines.joined(separator: "\n") + "\n"
        let split: SplitFile
        if options.prune {
          split = DeclarationSplitter.split(fileText)
        } else {
          // Unpruned: the whole file is one unit (lexed only to strip its comments).
          let lexed = try? SwiftLexer.lex(fileText)
          split = SplitFile(
            units: [], fallbackReason: "not pruned", tokens: lexed?.tokens ?? [], lexFailed: lexed == nil)
        }
        files.append(
          LibraryFile(
            module: module, relativePath: file.relativePath, text: fileText, source: file.source, split: split))
      }
    }
    let kept = Pruner.reach(files, from: options.prune ? Pruner.references(ofSolution: text) : [])

    var output = "// \(name), bundled by algokit-bundle (AlgoKit \(AlgoKitVersion.current), Apache-2.0) with "
    output += order.isEmpty ? "no AlgoKit modules" : order.joined(separator: ", ")
    output += options.prune ? ", pruned to the declarations it uses.\n" : ".\n"
    var fileStats: [BundleStats.File] = []
    let requirements = Pruner.Requirements(files)
    for (f, file) in files.enumerated() {
      let lineCount = file.source.lines.count
      var selected = [Bool](repeating: false, count: lineCount)
      var keptCount = 0
      let units = file.split.units
      if file.split.fallbackReason != nil {
        selected = [Bool](repeating: true, count: lineCount)
        keptCount = 1
      } else {
        for (u, unit) in units.enumerated() where kept[f][u] {
          if unit.kind != .imports { keptCount += 1 }
          for line in unit.firstLine...unit.lastLine where line < lineCount { selected[line] = true }
          if let closing = unit.closingLines {
            for line in closing where line < lineCount { selected[line] = true }
          }
        }
      }
      var chunk = ""
      if keptCount > 0 || (file.split.fallbackReason != nil) {
        // File markers are comments too: kept with the comments (and for whole modules).
        chunk =
          (options.keepComments || !options.prune ? "\n// ---- \(file.module)/\(file.relativePath)\n" : "")
          + Pruner.render(
            file, lines: selected, keepComments: options.keepComments, internalize: options.internalize,
            requirements: requirements)
      }
      output += chunk
      let total = file.split.fallbackReason != nil ? 1 : units.filter { $0.kind != .imports }.count
      fileStats.append(
        BundleStats.File(
          module: file.module, path: file.relativePath, kept: keptCount, total: total,
          fallbackReason: options.prune ? file.split.fallbackReason : nil, bytes: chunk.utf8.count))
    }
    output += "\n// ---- \(name)\n"
    output += solution.withoutAlgoKitImports()
    return Output(text: output, modules: order, stats: BundleStats(bytes: output.utf8.count, files: fileStats))
  }

  /// Every library module: the `AlgoKit*` folders of the sources directory except the umbrella.
  public func libraryModules() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: sourcesDirectory.path)) ?? []
    return names.filter { name in
      var isDirectory: ObjCBool = false
      return name.hasPrefix("AlgoKit") && name != Bundler.umbrellaModule
        && FileManager.default.fileExists(
          atPath: sourcesDirectory.appendingPathComponent(name).path, isDirectory: &isDirectory)
        && isDirectory.boolValue
    }.sorted()
  }

  /// Depth-first over the import graph: returns modules with each one after its dependencies.
  func resolve(
    _ roots: [AlgoKitImport], from file: String,
    cache: inout [String: [(relativePath: String, source: ScannedSource)]]
  ) throws(BundleError) -> [String] {
    var order: [String] = []
    var done: Set<String> = []
    var path: [String] = []  // the modules being visited, for cycle reports

    func visit(_ module: String, importedBy file: String, line: Int) throws(BundleError) {
      if done.contains(module) { return }
      if let start = path.firstIndex(of: module) {
        throw .importCycle(Array(path[start...]) + [module])
      }
      let files = try load(module, importedBy: file, line: line, cache: &cache)
      path.append(module)
      for entry in files {
        for dependency in expand(entry.source.imports) {
          try visit(dependency.module, importedBy: "\(module)/\(entry.relativePath)", line: dependency.line)
        }
      }
      path.removeLast()
      done.insert(module)
      order.append(module)
    }

    for root in expand(roots) {
      try visit(root.module, importedBy: file, line: root.line)
    }
    return order
  }

  /// Replaces an import of the umbrella by imports of every library module.
  func expand(_ imports: [AlgoKitImport]) -> [AlgoKitImport] {
    imports.flatMap { item -> [AlgoKitImport] in
      item.module == Bundler.umbrellaModule
        ? libraryModules().map { AlgoKitImport(module: $0, line: item.line) }
        : [item]
    }
  }

  /// The scanned `.swift` files of `module`, sorted by path (`.docc` catalogs skipped).
  func load(
    _ module: String, importedBy file: String, line: Int,
    cache: inout [String: [(relativePath: String, source: ScannedSource)]]
  ) throws(BundleError) -> [(relativePath: String, source: ScannedSource)] {
    if let cached = cache[module] { return cached }
    let directory = sourcesDirectory.appendingPathComponent(module)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw .unknownModule(module: module, importedBy: file, line: line, sources: sourcesDirectory.path)
    }
    var relativePaths: [String] = []
    if let walker = FileManager.default.enumerator(atPath: directory.path) {
      while let relative = walker.nextObject() as? String {
        if relative.hasSuffix(".docc") { walker.skipDescendants(); continue }
        if relative.hasSuffix(".swift") { relativePaths.append(relative) }
      }
    }
    relativePaths.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    guard !relativePaths.isEmpty else { throw .emptyModule(module: module, directory: directory.path) }
    var files: [(relativePath: String, source: ScannedSource)] = []
    for relative in relativePaths {
      let text = try Bundler.read(directory.appendingPathComponent(relative))
      files.append((relative, try Bundler.scan(text, file: "\(module)/\(relative)")))
    }
    cache[module] = files
    return files
  }

  static func read(_ url: URL) throws(BundleError) -> String {
    do {
      let data = try Data(contentsOf: url)
      guard let text = String(data: data, encoding: .utf8) else {
        throw BundleError.unreadableFile(path: url.path, reason: "not UTF-8")
      }
      return text
    } catch let error as BundleError {
      throw error
    } catch {
      let reason = FileManager.default.fileExists(atPath: url.path) ? "unreadable" : "no such file"
      throw .unreadableFile(path: url.path, reason: reason)
    }
  }

  static func scan(_ text: String, file: String) throws(BundleError) -> ScannedSource {
    do {
      return try ImportScanner.scan(text)
    } catch {
      throw .badImportLine(file: file, line: error.line, message: error.message)
    }
  }

  /// The `Sources` directory of the AlgoKit checkout that contains `start` (or one of its
  /// ancestors): the first ancestor with a `Sources/AlgoKit` folder.
  public static func findSources(above start: URL) -> URL? {
    var directory = start.standardizedFileURL
    while true {
      let candidate = directory.appendingPathComponent("Sources")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(
        atPath: candidate.appendingPathComponent(umbrellaModule).path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        return candidate
      }
      let parent = directory.deletingLastPathComponent()
      if parent.path == directory.path { return nil }
      directory = parent
    }
  }
}
