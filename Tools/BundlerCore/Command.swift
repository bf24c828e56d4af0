// The command line of algokit-bundle, separate from `main.swift` so tests can run it in-process.

import Foundation

public enum BundleCommand {
  public static let usage = """
    usage: algokit-bundle SOLUTION.swift [-o OUT.swift] [--sources DIR] [--stats]
                          [--keep-comments] [--keep-access] [--whole-modules]

    Writes SOLUTION.swift and the AlgoKit modules it imports (following the imports between
    modules) as one Swift file that compiles with plain `swiftc -O`: library code first, in
    dependency order, AlgoKit import lines removed, the solution last and unchanged. Only the
    top-level declarations the solution reaches are included (types whole, with the extensions
    and conformances it needs); library comments are dropped. `import AlgoKit` means every module.

      -o OUT.swift       write the bundle to OUT.swift (default: standard output)
      --sources DIR      the library's Sources directory (default: found above the current
                         directory, then above this executable)
      --stats            print the bundle's size and the declarations kept per module and file
                         to standard error (files the pruner could not read are named, with why)
      --keep-comments    keep the library's comments and blank lines
      --keep-access      keep the library's `public`, `@inlinable`, `@usableFromInline` and `@frozen`
                         (dropped by default: in one file they only slow `swiftc -O` down)
      --whole-modules    include every file of each imported module whole (no pruning)
      -h, --help         show this help
    """

  /// Runs the command. Returns the exit status: 0 on success, 1 on a bundling error, 2 on a
  /// usage error; messages go to `standardError` as one line each.
  public static func run(
    arguments: [String], currentDirectory: URL, executable: URL?,
    standardOutput: (String) -> Void, standardError: (String) -> Void
  ) -> Int32 {
    var solution: String?
    var outputPath: String?
    var sourcesPath: String?
    var options = BundleOptions()
    var printStats = false
    var index = 0
    func usageError(_ message: String) -> Int32 {
      standardError("algokit-bundle: error: \(message) (see --help)\n")
      return 2
    }
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "-h", "--help":
        standardOutput(usage + "\n")
        return 0
      case "--stats":
        printStats = true
      case "--keep-comments":
        options.keepComments = true
      case "--keep-access":
        options.internalize = false
      case "--whole-modules":
        options.prune = false
      case "-o", "--output", "--sources":
        guard index + 1 < arguments.count else { return usageError("\(argument) needs a value") }
        if argument == "--sources" { sourcesPath = arguments[index + 1] } else { outputPath = arguments[index + 1] }
        index += 2
        continue
      default:
        if argument.hasPrefix("-") && argument != "-" { return usageError("unknown option \(argument)") }
        if solution != nil { return usageError("one solution file only; got \(solution!) and \(argument)") }
        solution = argument
      }
      index += 1
    }
    guard let solution else { return usageError("missing SOLUTION.swift") }

    let sources: URL
    if let sourcesPath {
      sources = URL(fileURLWithPath: sourcesPath, relativeTo: currentDirectory)
    } else if let found = Bundler.findSources(above: currentDirectory)
      ?? executable.flatMap({ Bundler.findSources(above: $0.deletingLastPathComponent()) })
    {
      sources = found
    } else {
      let searched = [currentDirectory.path] + (executable.map { [$0.deletingLastPathComponent().path] } ?? [])
      standardError("algokit-bundle: error: \(BundleError.sourcesNotFound(searched: searched))\n")
      return 1
    }

    do {
      let solutionURL = URL(fileURLWithPath: solution, relativeTo: currentDirectory)
      let bundle = try Bundler(sourcesDirectory: sources).bundle(solutionAt: solutionURL.path, options: options)
      if let outputPath {
        let url = URL(fileURLWithPath: outputPath, relativeTo: currentDirectory)
        do {
          try Data(bundle.text.utf8).write(to: url, options: .atomic)
        } catch {
          standardError("algokit-bundle: error: cannot write \(url.path)\n")
          return 1
        }
      } else {
        standardOutput(bundle.text)
      }
      if printStats { standardError(bundle.stats.report()) }
      return 0
    } catch {
      standardError("algokit-bundle: error: \(error)\n")
      return 1
    }
  }
}
