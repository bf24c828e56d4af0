// The `algokit-eval` executable, run as a child process: its output against pycocotools' recorded
// summarize() lines and stats (Fixtures/coco_expected.json), its exit codes and its messages.

import Foundation
import Testing

@Suite("algokit-eval executable")
struct EvalCommandTests {
  static let cases = ["tight", "noisy", "jittered"]

  // MARK: - Finding and running the binary

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  /// `algokit-eval`: `$ALGOKIT_EVAL` if set, else the file beside the test bundle (`swift test`
  /// builds every product into the bin directory that holds the `.xctest`). Missing: a failure
  /// that says how to build it, never a skip.
  static let executable: Result<URL, Failure> = {
    let fm = FileManager.default
    if let explicit = ProcessInfo.processInfo.environment["ALGOKIT_EVAL"] {
      return fm.isExecutableFile(atPath: explicit)
        ? .success(URL(fileURLWithPath: explicit))
        : .failure(Failure("ALGOKIT_EVAL=\(explicit) is not an executable file"))
    }
    var directories: [URL] = []
    // Linux: the test process is `<bin>/<Package>PackageTests.xctest` itself; macOS: the
    // `.xctest` bundle is loaded by a runner, and sits in `<bin>`.
    for bundle in [Bundle.main] + Bundle.allBundles {
      for url in [bundle.bundleURL, bundle.executableURL].compactMap({ $0 }) {
        var u = url
        while u.pathComponents.count > 1 {
          if u.pathExtension == "xctest" { directories.append(u.deletingLastPathComponent()) }
          u = u.deletingLastPathComponent()
        }
      }
    }
    directories.append(
      URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent())
    let candidates = directories.map { $0.appendingPathComponent("algokit-eval") }
    if let found = candidates.first(where: { fm.isExecutableFile(atPath: $0.path) }) { return .success(found) }
    return .failure(
      Failure(
        "algokit-eval not found (looked in \(Set(candidates.map(\.path)).sorted().joined(separator: ", "))): "
          + "build it first (`swift build`, or plain `swift test`, builds every product) or set ALGOKIT_EVAL=/path/to/algokit-eval"
      ))
  }()

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    /// stdout's lines without the final newline's empty tail.
    var lines: [String] {
      var l = stdout.components(separatedBy: "\n")
      if l.last == "" { l.removeLast() }
      return l
    }
    var stderrLines: [String] {
      var l = stderr.components(separatedBy: "\n")
      if l.last == "" { l.removeLast() }
      return l
    }
  }

  /// Runs algokit-eval with `arguments`, without blocking a thread; killed after 60 s.
  static func run(_ arguments: [String]) async throws -> Run {
    let binary = try executable.get()
    let scratch = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    let launchError: (any Error)? = await withCheckedContinuation { continuation in
      process.terminationHandler = { _ in continuation.resume(returning: nil) }
      do { try process.run() } catch {
        process.terminationHandler = nil
        continuation.resume(returning: error)
        return
      }
      DispatchQueue.global().asyncAfter(deadline: .now() + 60) { if process.isRunning { process.terminate() } }
    }
    try out.close()
    try err.close()
    if let launchError { throw Failure("could not launch \(binary.path): \(launchError)") }
    if process.terminationReason == .uncaughtSignal {
      throw Failure("algokit-eval \(arguments.joined(separator: " ")) died of signal \(process.terminationStatus)")
    }
    return Run(
      status: process.terminationStatus,
      stdout: try String(contentsOf: outURL, encoding: .utf8),
      stderr: try String(contentsOf: errURL, encoding: .utf8))
  }

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("algokit-eval-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  // MARK: - Fixtures

  static func fixture(_ name: String) -> String { EvaluationFixtures.directory.appendingPathComponent(name).path }
  static func gt(_ name: String) -> String { fixture("coco_\(name)_gt.json") }
  static func dt(_ name: String) -> String { fixture("coco_\(name)_dt.json") }

  /// pycocotools' record for one case: summarize() lines, stats, category ids and per-category AP.
  static func expected(_ name: String) throws -> (
    lines: [String], stats: [Double], categoryIDs: [Int], perCategoryAP: [Double]
  ) {
    let all = try #require(try EvaluationFixtures.json("coco_expected.json") as? [String: Any])
    let cases = try #require(all["cases"] as? [String: Any])
    let c = try #require(cases[name] as? [String: Any], "no case \(name) in coco_expected.json")
    let lines = try #require(c["lines"] as? [String], "coco_expected.json records no summarize() lines for \(name)")
    let stats = try #require(c["stats"] as? [Any]).map(EvaluationFixtures.number)
    let ids = try #require(c["categoryIds"] as? [Any]).map { EvaluationFixtures.number($0) }.map { Int($0) }
    let ap = try #require(c["perCategoryAP"] as? [Any]).map(EvaluationFixtures.number)
    return (lines, stats, ids, ap)
  }

  /// Category names by id from a ground-truth fixture.
  static func categoryNames(_ name: String) throws -> [Int: String] {
    let file = try #require(try EvaluationFixtures.json("coco_\(name)_gt.json") as? [String: Any])
    var names: [Int: String] = [:]
    for c in try #require(file["categories"] as? [[String: Any]]) {
      names[Int(EvaluationFixtures.number(c["id"]))] = try #require(c["name"] as? String)
    }
    return names
  }

  /// A bad-input run: status 1, nothing on stdout, and exactly one stderr line that is an
  /// `algokit-eval: error:` message containing every string in `mentions`.
  static func expectInputError(_ r: Run, mentions: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(r.status == 1, "exit status; stderr: \(r.stderr)", sourceLocation: sourceLocation)
    #expect(r.stdout.isEmpty, "stdout: \(r.stdout)", sourceLocation: sourceLocation)
    #expect(r.stderrLines.count == 1, "stderr should be one line: \(r.stderr)", sourceLocation: sourceLocation)
    let line = r.stderrLines.first ?? ""
    #expect(line.hasPrefix("algokit-eval: error: "), "\(line)", sourceLocation: sourceLocation)
    for m in mentions {
      #expect(line.contains(m), "stderr should mention \(m): \(line)", sourceLocation: sourceLocation)
    }
  }

  // MARK: - Output against pycocotools

  /// The twelve printed lines equal pycocotools' summarize() lines, recorded verbatim.
  @Test func segmStatsEqualPycocotools() async throws {
    let cases = try #require(try MaskFixtureTests.loadObject("segm_eval.json")["cases"] as? [[String: Any]])
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("algokit-eval-segm-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for (n, c) in cases.prefix(4).enumerated() {
      let (gt, dt) = try SegmEvaluationTests.files(c)
      let gtURL = dir.appendingPathComponent("gt\(n).json"), dtURL = dir.appendingPathComponent("dt\(n).json")
      try gt.write(to: gtURL)
      try dt.write(to: dtURL)
      let r = try await Self.run([gtURL.path, dtURL.path, "--iou-type", "segm", "--json"])
      #expect(r.status == 0, "stderr: \(r.stderr)")
      let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
      let stats = try #require(object["stats"] as? [Any]).map(EvaluationFixtures.number)
      let want = (c["stats"] as! [NSNumber]).map(\.doubleValue)
      for i in 0..<12 { #expect(abs(stats[i] - want[i]) <= 1e-12, "case \(n) stats[\(i)]") }
    }
    let bad = try await Self.run(["a.json", "b.json", "--iou-type", "keypoints"])
    #expect(bad.status == 2)
  }

  @Test(arguments: cases)
  func summaryLinesEqualPycocotools(_ name: String) async throws {
    let expected = try Self.expected(name)
    let r = try await Self.run([Self.gt(name), Self.dt(name)])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(r.stderr.isEmpty)
    #expect(r.lines.count == 12)
    for (i, (got, want)) in zip(r.lines, expected.lines).enumerated() {
      #expect(got == want, "\(name) line \(i)")
    }
  }

  /// `--json`: one JSON object whose stats (array and by name) and per-category AP equal
  /// pycocotools' to 1e-6.
  @Test(arguments: cases)
  func jsonStatsEqualPycocotools(_ name: String) async throws {
    let expected = try Self.expected(name)
    let names = try Self.categoryNames(name)
    let r = try await Self.run([Self.gt(name), Self.dt(name), "--json"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(r.stderr.isEmpty)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "--json output: \(r.stdout)")
    let stats = try #require(object["stats"] as? [Any]).map(EvaluationFixtures.number)
    #expect(stats.count == 12)
    let statNames = ["AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10", "AR100", "ARs", "ARm", "ARl"]
    for (i, (got, want)) in zip(stats, expected.stats).enumerated() {
      #expect(abs(got - want) <= 1e-6, "\(name) stats[\(i)] (\(statNames[i])): \(got) vs pycocotools \(want)")
      let named = try #require(object[statNames[i]], "no key \(statNames[i])")
      #expect(abs(EvaluationFixtures.number(named) - want) <= 1e-6, "\(name) \(statNames[i])")
    }
    let perCategory = try #require(object["perCategory"] as? [[String: Any]])
    #expect(perCategory.map { Int(EvaluationFixtures.number($0["category_id"])) } == expected.categoryIDs)
    for (entry, (id, want)) in zip(perCategory, zip(expected.categoryIDs, expected.perCategoryAP)) {
      #expect(abs(EvaluationFixtures.number(entry["AP"]) - want) <= 1e-6, "\(name) category \(id) AP")
      #expect(entry["name"] as? String == names[id], "\(name) category \(id) name")
    }
  }

  /// `--per-class`: the twelve lines, a blank line, a header, then one line per category of the
  /// ground truth, in id order: id, name, AP@[.50:.95] to three decimals (-1.000: no ground truth).
  @Test(arguments: cases)
  func perClassPrintsOneLinePerCategory(_ name: String) async throws {
    let expected = try Self.expected(name)
    let names = try Self.categoryNames(name)
    #expect(Set(names.keys) == Set(expected.categoryIDs))
    let r = try await Self.run([Self.gt(name), Self.dt(name), "--per-class"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let lines = r.lines
    try #require(lines.count == 12 + 2 + expected.categoryIDs.count, "stdout: \(r.stdout)")
    #expect(Array(lines[0..<12]) == expected.lines)
    #expect(lines[12] == "")
    #expect(lines[13].contains("Per-category AP"))
    for (line, (id, ap)) in zip(lines[14...], zip(expected.categoryIDs, expected.perCategoryAP)) {
      let fields = line.split(separator: " ")
      try #require(fields.count == 3, "per-category line: \(line)")
      #expect(fields[0] == "\(id)", "\(line)")
      #expect(String(fields[1]) == names[id], "\(line)")
      #expect(String(fields[2]) == String(format: "%.3f", ap), "\(name) category \(id): \(line)")
    }
  }

  // MARK: - Bad input: exit 1, one line naming the file and record

  @Test func missingFilesAreNamed() async throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let missing = dir.appendingPathComponent("nonexistent.json").path
    Self.expectInputError(try await Self.run([missing, Self.dt("tight")]), mentions: [missing])
    Self.expectInputError(try await Self.run([Self.gt("tight"), missing]), mentions: [missing])
  }

  @Test func malformedJSONIsNamed() async throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let badGT = dir.appendingPathComponent("bad_gt.json").path
    try #"{"images": [{"id": 1}], "categories": [{"id": 1, "name": "a"}], "annotations": ["#
      .write(toFile: badGT, atomically: true, encoding: .utf8)
    Self.expectInputError(try await Self.run([badGT, Self.dt("tight")]), mentions: [badGT, "malformed JSON"])

    let badDT = dir.appendingPathComponent("bad_dt.json").path
    try #"[{"image_id": 7, "category_id": 1, "bbox": [1, 2, 3, 4], "score": 0.5},, ]"#
      .write(toFile: badDT, atomically: true, encoding: .utf8)
    Self.expectInputError(try await Self.run([Self.gt("tight"), badDT]), mentions: [badDT, "malformed JSON"])

    // Well-formed JSON of the wrong shape, and an empty file.
    let wrongShape = dir.appendingPathComponent("object.json").path
    try #"{"image_id": 7}"#.write(toFile: wrongShape, atomically: true, encoding: .utf8)
    Self.expectInputError(try await Self.run([Self.gt("tight"), wrongShape]), mentions: [wrongShape])
    let empty = dir.appendingPathComponent("empty.json").path
    try "".write(toFile: empty, atomically: true, encoding: .utf8)
    Self.expectInputError(try await Self.run([empty, Self.dt("tight")]), mentions: [empty])

    // A detection record missing a field: named by its index.
    let noScore = dir.appendingPathComponent("no_score.json").path
    try
      #"[{"image_id": 7, "category_id": 1, "bbox": [1, 2, 3, 4], "score": 0.5}, {"image_id": 7, "category_id": 1, "bbox": [1, 2, 3, 4]}]"#
      .write(toFile: noScore, atomically: true, encoding: .utf8)
    Self.expectInputError(try await Self.run([Self.gt("tight"), noScore]), mentions: [noScore, "record 1", "score"])
  }

  @Test func unknownImageInDetectionsIsNamed() async throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // Image 7 and category 1 exist in the tight ground truth; image 999 does not.
    let path = dir.appendingPathComponent("unknown_image.json").path
    try """
    [{"image_id": 7, "category_id": 1, "bbox": [10, 10, 20, 20], "score": 0.9},
     {"image_id": 7, "category_id": 3, "bbox": [10, 10, 20, 20], "score": 0.8},
     {"image_id": 999, "category_id": 1, "bbox": [10, 10, 20, 20], "score": 0.7}]
    """.write(toFile: path, atomically: true, encoding: .utf8)
    let r = try await Self.run([Self.gt("tight"), path])
    Self.expectInputError(r, mentions: [path, "record 2", "999"])
    #expect(r.stderr.contains("image_id"))
  }

  @Test func unknownCategoryInDetectionsIsNamed() async throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("unknown_category.json").path
    try """
    [{"image_id": 7, "category_id": 1, "bbox": [10, 10, 20, 20], "score": 0.9},
     {"image_id": 10, "category_id": 42, "bbox": [10, 10, 20, 20], "score": 0.8}]
    """.write(toFile: path, atomically: true, encoding: .utf8)
    Self.expectInputError(
      try await Self.run([Self.gt("tight"), path]), mentions: [path, "record 1", "42", "category_id"])
  }

  // MARK: - Usage: exit 2, the problem on the first line, then the usage text

  @Test(arguments: [
    ([String](), "expected GT.json and DETECTIONS.json"),
    (["only-one.json"], "expected GT.json and DETECTIONS.json"),
    (["a.json", "b.json", "c.json"], "expected GT.json and DETECTIONS.json"),
    // Real fixture files, so that only the flag is wrong.
    ([EvalCommandTests.gt("tight"), EvalCommandTests.dt("tight"), "--bogus"], "unknown option --bogus"),
  ])
  func usageErrorsExitTwo(_ arguments: [String], _ message: String) async throws {
    let r = try await Self.run(arguments)
    #expect(r.status == 2, "stderr: \(r.stderr)")
    #expect(r.stdout.isEmpty)
    #expect(r.stderrLines.first == "algokit-eval: error: \(message)", "\(r.stderr)")
    #expect(r.stderr.contains("usage: algokit-eval GT.json DETECTIONS.json"))
  }

  @Test func helpPrintsUsageAndSucceeds() async throws {
    let r = try await Self.run(["--help"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("usage: algokit-eval GT.json DETECTIONS.json"))
    #expect(r.stderr.isEmpty)
  }

  /// Bad input exits 1 even when its message quotes a path containing "usage:" (the status once
  /// came from the message text).
  @Test
  func badInputWhosePathSaysUsageExitsOne() async throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("usage: detections.json").path
    try "[".write(toFile: path, atomically: true, encoding: .utf8)
    Self.expectInputError(try await Self.run([Self.gt("tight"), path]), mentions: [path, "malformed JSON"])
  }

  // MARK: - Empty detections: evaluated, all zeros, a warning

  @Test func emptyDetectionsGiveZerosAndAWarning() async throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("empty_dt.json").path
    try "[]\n".write(toFile: path, atomically: true, encoding: .utf8)
    // Every area range of the tight case has ground truth (pycocotools' stats there are all > 0),
    // so with no detections every stat is 0, none is -1.
    #expect(try Self.expected("tight").stats.allSatisfy { $0 > 0 })

    let text = try await Self.run([Self.gt("tight"), path])
    #expect(text.status == 0, "stderr: \(text.stderr)")
    #expect(text.lines.count == 12)
    let expectedLines = try Self.expected("tight").lines
    for (got, want) in zip(text.lines, expectedLines) {
      // Same labels as pycocotools' lines, value 0.000.
      let label = try #require(want.range(of: " = ", options: .backwards)).lowerBound
      #expect(got == String(want[..<label]) + " = 0.000")
    }
    #expect(text.stderrLines.count == 1, "\(text.stderr)")
    #expect(text.stderr.hasPrefix("algokit-eval: warning: "))
    #expect(text.stderr.contains(path))

    let json = try await Self.run([Self.gt("tight"), path, "--json"])
    #expect(json.status == 0)
    #expect(json.stderr.contains("warning"))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let stats = try #require(object["stats"] as? [Any]).map(EvaluationFixtures.number)
    #expect(stats == Array(repeating: 0, count: 12))
  }
}
