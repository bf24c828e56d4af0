// Gathers the machine, toolchain and build facts a report carries.

import Foundation

extension MachineFacts {
  /// The Swift compiler this harness was built with (from `#if compiler`).
  public static var compilerVersion: String {
    #if compiler(>=6.5)
      return "Swift 6.5 or later"
    #elseif compiler(>=6.4)
      return "Swift 6.4"
    #elseif compiler(>=6.3)
      return "Swift 6.3"
    #elseif compiler(>=6.2)
      return "Swift 6.2"
    #elseif compiler(>=6.1)
      return "Swift 6.1"
    #else
      return "Swift 6.0"
    #endif
  }

  /// Facts about this machine now. `debugBuild` comes from the executable's `#if DEBUG`.
  public static func current(debugBuild: Bool) -> MachineFacts {
    let info = ProcessInfo.processInfo
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return MachineFacts(
      os: osName(),
      kernel: kernelRelease(),
      cpuModel: cpuModel(),
      logicalCores: info.activeProcessorCount,
      memoryBytes: info.physicalMemory,
      swiftCompiler: compilerVersion,
      buildConfiguration: debugBuild ? "debug" : "release",
      date: formatter.string(from: Date()),
      gitCommit: gitCommit())
  }

  static func read(_ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

  static func osName() -> String {
    if let release = read("/etc/os-release") {
      for line in release.split(separator: "\n") where line.hasPrefix("PRETTY_NAME=") {
        return line.dropFirst("PRETTY_NAME=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
      }
    }
    #if os(macOS)
      return "macOS " + ProcessInfo.processInfo.operatingSystemVersionString
    #else
      return ProcessInfo.processInfo.operatingSystemVersionString
    #endif
  }

  static func kernelRelease() -> String? {
    read("/proc/sys/kernel/osrelease")?.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func cpuModel() -> String? {
    guard let text = read("/proc/cpuinfo") else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix("model name") {
      if let colon = line.firstIndex(of: ":") {
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      }
    }
    return nil
  }

  /// HEAD of the git checkout in the current directory, read from `.git` (no subprocess).
  static func gitCommit() -> String? {
    guard let head = read(".git/HEAD")?.trimmingCharacters(in: .whitespacesAndNewlines) else {
      return nil
    }
    guard head.hasPrefix("ref: ") else { return head.count == 40 ? head : nil }
    let ref = String(head.dropFirst(5))
    if let hash = read(".git/" + ref)?.trimmingCharacters(in: .whitespacesAndNewlines) {
      return hash
    }
    for line in (read(".git/packed-refs") ?? "").split(separator: "\n") where line.hasSuffix(" " + ref) {
      return String(line.prefix(40))
    }
    return nil
  }
}
