// algokit-bundle: write a contest solution and the AlgoKit modules it imports as one Swift file.
// Usage: algokit-bundle SOLUTION.swift [-o OUT.swift] [--sources DIR]   (see BundleCommand.usage)

import BundlerCore
import Foundation

let status = BundleCommand.run(
  arguments: Array(CommandLine.arguments.dropFirst()),
  currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
  executable: Bundle.main.executableURL?.resolvingSymlinksInPath(),
  standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
  standardError: { FileHandle.standardError.write(Data($0.utf8)) })
exit(status)
