// The command line of algokit-bundle, separate from `main.swift` so tests can run it in-process.

import Foundation

public enum BundleCommand {
  public static let usage = """
    usage: algokit-bundle SOLUTION.swift [-o OUT.swift] [--sources DIR]

    Writes SOLUTION.swift and the AlgoKit modules it imports (following the imports between
    modules) as one Swift file that compiles with plain `swiftc -O`: module files first, in
    dependency order, AlgoKit import lines removed, the solution last. `import AlgoKit` means
    every module.

      -o OUT.swift     write the bundle to OUT.swift (default: standard output)
      --sources DIR    the library's Sources directory (default: found above the current
                       directory, then above this executable)
      -h, --help       show this help
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
      let bundle = try Bundler(sourcesDirectory: sources).bundle(solutionAt: solutionURL.path)
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
      return 0
    } catch {
      standardError("algokit-bundle: error: \(error)\n")
      return 1
    }
  }
}
