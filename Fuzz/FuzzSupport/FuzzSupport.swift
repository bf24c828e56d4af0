// Shared by the libFuzzer targets (Fuzz/fuzz-*): the byte decoder every target reads its input
// with, and the replay driver of plain builds (no libFuzzer), which runs corpus files and seeded
// random inputs through a target's entry point.

import AlgoKitTestSupport

/// Reads typed values from the fuzzer's bytes; past the end every read returns zero, so any byte
/// string is a valid input and a longer one only extends it.
public struct FuzzInput {
  public let bytes: UnsafeBufferPointer<UInt8>
  public var position = 0

  public init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  public var isAtEnd: Bool { position >= bytes.count }

  public mutating func byte() -> UInt8 {
    guard position < bytes.count else { return 0 }
    defer { position += 1 }
    return bytes[position]
  }

  /// An integer in `range` (at most 2^16 values apart; uses one or two bytes).
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    let span = range.upperBound - range.lowerBound + 1
    let raw = span <= 256 ? Int(byte()) : Int(byte()) << 8 | Int(byte())
    return range.lowerBound + raw % span
  }

  /// Eight bytes as an `Int` bit pattern (every value, Int.min and Int.max included).
  public mutating func fullInt() -> Int {
    var v: UInt64 = 0
    for _ in 0..<8 { v = v << 8 | UInt64(byte()) }
    return Int(bitPattern: UInt(v))
  }

  /// A double: mostly small multiples of 0.5 (so ties and exact overlaps happen), sometimes a
  /// special value (NaN, ±infinity, ±0, tiny, huge) or a raw bit pattern.
  public mutating func double(allowSpecial: Bool = true) -> Double {
    let tag = byte()
    if allowSpecial && tag >= 240 {
      let specials: [Double] = [
        .nan, .infinity, -.infinity, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
        -.greatestFiniteMagnitude, 1e-300, 1e300, .ulpOfOne, 0.1, 1.0 / 3.0, -1, 1e16, 2.5, -2.5,
      ]
      return specials[Int(tag - 240)]
    }
    if allowSpecial && tag >= 232 {
      return Double(bitPattern: UInt64(bitPattern: Int64(fullInt())))
    }
    return Double(Int(byte()) - 128) / 2
  }
}

#if !FUZZING
  import Foundation

  /// The replay driver of plain (non-libFuzzer) builds of the fuzz targets.
  public enum FuzzReplay {
    /// `fuzz-TARGET [FILE|DIR ...] [--random N] [--seed S]` runs every given file (every file of
    /// every given directory; no arguments: the target's corpus in Tests/FuzzCorpus/fuzz-TARGET)
    /// through `entry`, then N seeded random inputs. A violated invariant traps with its message,
    /// like under libFuzzer.
    public static func run(target: String, entry fuzzTestOneInput: (UnsafePointer<UInt8>, Int) -> CInt) {
      var arguments = Array(CommandLine.arguments.dropFirst())
      var randomCount = 0
      var seed: UInt64 = 0x5EED
      if let i = arguments.firstIndex(of: "--random"), i + 1 < arguments.count {
        randomCount = Int(arguments[i + 1]) ?? 0
        arguments.removeSubrange(i...(i + 1))
      }
      if let i = arguments.firstIndex(of: "--seed"), i + 1 < arguments.count {
        seed = UInt64(arguments[i + 1]) ?? seed
        arguments.removeSubrange(i...(i + 1))
      }
      if arguments.isEmpty && randomCount == 0 {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
          .deletingLastPathComponent()
        arguments = [root.appendingPathComponent("Tests/FuzzCorpus/\(target)").path]
      }
      var files: [String] = []
      for path in arguments {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
          FileHandle.standardError.write("no such file: \(path)\n".data(using: .utf8)!)
          exit(2)
        }
        if isDirectory.boolValue {
          let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
          files += names.sorted().filter { !$0.hasPrefix(".") }.map { "\(path)/\($0)" }
        } else {
          files.append(path)
        }
      }
      for file in files {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        let bytes = [UInt8](data)
        _ = bytes.withUnsafeBufferPointer {
          fuzzTestOneInput($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count)
        }
      }
      var rng = SplitMix64(seed: seed)
      for _ in 0..<randomCount {
        let length = Int(rng.next() % 512)
        var bytes = [UInt8](repeating: 0, count: length)
        for k in 0..<length { bytes[k] = UInt8(truncatingIfNeeded: rng.next() >> 24) }
        _ = bytes.withUnsafeBufferPointer {
          fuzzTestOneInput($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count)
        }
      }
      print("fuzz replay: \(files.count) corpus file(s), \(randomCount) random input(s) (seed \(seed)): no violation")
    }
  }

#endif
