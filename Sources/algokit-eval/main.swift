// algokit-eval GT.json DETECTIONS.json [--per-class] [--json]
//
// COCO bounding-box evaluation with pycocotools' semantics (AlgoKitDetection.COCOEvaluator): prints
// the twelve lines of COCOeval.summarize(). Exit status: 0 on success, 1 on bad input, 2 on bad usage.

import AlgoKitDetection
import Foundation

enum EvalCommand {
  static let usage = """
    usage: algokit-eval GT.json DETECTIONS.json [--per-class] [--json]

    Evaluates COCO-format detections (a JSON array of {"image_id", "category_id", "bbox": [x, y, w, h],
    "score"}) against a COCO ground-truth file ({"images", "annotations", "categories"}) exactly as
    pycocotools' COCOeval(iouType='bbox') does, and prints summarize()'s twelve lines.

      --per-class   also print AP@[.50:.95] (area all, maxDets 100) per category (-1: no ground truth)
      --json        print one JSON object instead: the twelve stats by name, and per-category AP

    Input errors (malformed JSON, missing fields, unknown image or category ids, negative or
    non-finite box sizes, non-finite scores) stop with a message naming the file and the record, and
    exit status 1. An empty detection array is evaluated (every AP and AR is 0) with a warning;
    pycocotools refuses it.
    """

  struct Failure: Error { var message: String }

  static let statNames = ["AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10", "AR100", "ARs", "ARm", "ARl"]

  static func load(_ path: String) throws(Failure) -> Any {
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw Failure(message: "\(path): cannot read: \(error.localizedDescription)")
    }
    do { return try JSONSerialization.jsonObject(with: data) } catch {
      throw Failure(message: "\(path): malformed JSON: \((error as NSError).userInfo["NSDebugDescription"] ?? error.localizedDescription)")
    }
  }

  /// A JSON number as an exact integer (1 and 1.0 both accepted), or nil.
  static func integer(_ value: Any?) -> Int? {
    guard let n = value as? NSNumber else { return nil }
    let d = n.doubleValue, i = n.int64Value
    return d.isFinite && Double(i) == d ? Int(i) : nil
  }

  static func real(_ value: Any?) -> Double? {
    guard let n = value as? NSNumber else { return nil }
    return n.doubleValue
  }

  static func bbox(_ value: Any?, _ where_: String) throws(Failure) -> [Double] {
    guard let a = value as? [Any], a.count == 4 else { throw Failure(message: "\(where_): \"bbox\" must be an array of 4 numbers [x, y, width, height]") }
    var r: [Double] = []
    for v in a {
      guard let x = real(v) else { throw Failure(message: "\(where_): \"bbox\" must be an array of 4 numbers [x, y, width, height]") }
      r.append(x)
    }
    guard r.allSatisfy(\.isFinite) else { throw Failure(message: "\(where_): \"bbox\" \(r) has a non-finite value") }
    guard r[2] >= 0, r[3] >= 0 else { throw Failure(message: "\(where_): \"bbox\" \(r) has a negative width or height") }
    return r
  }

  static func run(_ arguments: [String]) async throws(Failure) -> String {
    var files: [String] = [], perClass = false, json = false
    for a in arguments {
      switch a {
      case "--per-class": perClass = true
      case "--json": json = true
      case "-h", "--help": return usage
      default:
        if a.hasPrefix("-") && a != "-" { throw Failure(message: "unknown option \(a)\n\n\(usage)") }
        files.append(a)
      }
    }
    guard files.count == 2 else { throw Failure(message: "expected GT.json and DETECTIONS.json\n\n\(usage)") }
    let (gtPath, dtPath) = (files[0], files[1])

    // Ground truth.
    guard let gt = try load(gtPath) as? [String: Any] else { throw Failure(message: "\(gtPath): expected a JSON object with \"images\", \"annotations\", \"categories\"") }
    guard let images = gt["images"] as? [Any] else { throw Failure(message: "\(gtPath): missing \"images\" array") }
    guard let categories = gt["categories"] as? [Any] else { throw Failure(message: "\(gtPath): missing \"categories\" array") }
    let annotations = gt["annotations"] as? [Any] ?? []
    var imageIDs: [Int] = [], categoryIDs: [Int] = [], names: [Int: String] = [:]
    for (n, v) in images.enumerated() {
      guard let o = v as? [String: Any], let id = integer(o["id"]) else { throw Failure(message: "\(gtPath): images[\(n)]: missing integer \"id\"") }
      imageIDs.append(id)
    }
    for (n, v) in categories.enumerated() {
      guard let o = v as? [String: Any], let id = integer(o["id"]) else { throw Failure(message: "\(gtPath): categories[\(n)]: missing integer \"id\"") }
      categoryIDs.append(id)
      names[id] = o["name"] as? String ?? ""
    }
    var groundTruth: [COCOEvaluator.GroundTruth] = []
    groundTruth.reserveCapacity(annotations.count)
    for (n, v) in annotations.enumerated() {
      let at = "\(gtPath): annotations[\(n)]"
      guard let o = v as? [String: Any] else { throw Failure(message: "\(at): not an object") }
      guard let id = integer(o["id"]) else { throw Failure(message: "\(at): missing integer \"id\"") }
      guard let image = integer(o["image_id"]) else { throw Failure(message: "\(at) (id \(id)): missing integer \"image_id\"") }
      guard let category = integer(o["category_id"]) else { throw Failure(message: "\(at) (id \(id)): missing integer \"category_id\"") }
      let b = try bbox(o["bbox"], "\(at) (id \(id))")
      guard let area = real(o["area"]) else { throw Failure(message: "\(at) (id \(id)): missing numeric \"area\" (pycocotools needs it for the area ranges)") }
      guard area.isFinite, area >= 0 else { throw Failure(message: "\(at) (id \(id)): \"area\" \(area) is negative or not finite") }
      let crowd = o["iscrowd"].map { integer($0) ?? ((($0 as? Bool) ?? false) ? 1 : 0) } ?? 0
      groundTruth.append(.init(id: id, imageID: image, categoryID: category, x: b[0], y: b[1], width: b[2], height: b[3],
                               area: area, isCrowd: crowd != 0))
    }
    let evaluator: COCOEvaluator
    do { evaluator = try COCOEvaluator(imageIDs: imageIDs, categoryIDs: categoryIDs, groundTruth: groundTruth) } catch {
      throw Failure(message: describe(error, gtPath: gtPath, dtPath: dtPath, groundTruth: groundTruth, detections: []))
    }

    // Detections.
    guard let records = try load(dtPath) as? [Any] else { throw Failure(message: "\(dtPath): expected a JSON array of detections") }
    var detections: [COCOEvaluator.Detection] = []
    detections.reserveCapacity(records.count)
    for (n, v) in records.enumerated() {
      let at = "\(dtPath): record \(n)"
      guard let o = v as? [String: Any] else { throw Failure(message: "\(at): not an object") }
      guard let image = integer(o["image_id"]) else { throw Failure(message: "\(at): missing integer \"image_id\"") }
      guard let category = integer(o["category_id"]) else { throw Failure(message: "\(at) (image_id \(image)): missing integer \"category_id\"") }
      let b = try bbox(o["bbox"], "\(at) (image_id \(image))")
      guard let score = real(o["score"]) else { throw Failure(message: "\(at) (image_id \(image)): missing numeric \"score\"") }
      detections.append(.init(imageID: image, categoryID: category, x: b[0], y: b[1], width: b[2], height: b[3], score: score))
    }
    if detections.isEmpty {
      FileHandle.standardError.write(Data("algokit-eval: warning: \(dtPath) has no detections: every AP and AR is 0 (pycocotools refuses this file)\n".utf8))
    }
    let result: COCOEvaluator.Result
    do { result = try await evaluator.evaluateConcurrently(detections) } catch {
      throw Failure(message: describe(error, gtPath: gtPath, dtPath: dtPath, groundTruth: groundTruth, detections: detections))
    }

    let stats = result.stats
    let perCategory = result.perCategoryAP
    if json {
      var object: [String: Any] = ["stats": stats]
      for (name, value) in zip(statNames, stats) { object[name] = value }
      object["perCategory"] = zip(result.categoryIDs, perCategory).map { ["category_id": $0, "name": names[$0] ?? "", "AP": $1] as [String: Any] }
      let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      return String(decoding: data, as: UTF8.self)
    }
    var lines = result.summaryLines
    if perClass {
      lines.append("")
      lines.append("Per-category AP @[ IoU=0.50:0.95 | area=   all | maxDets=100 ]:")
      for (id, ap) in zip(result.categoryIDs, perCategory) {
        lines.append(String(format: "  %6d  %-24@ %6.3f", id, (names[id] ?? "") as NSString, ap))
      }
    }
    return lines.joined(separator: "\n")
  }

  static func describe(_ error: COCOEvaluator.InputError, gtPath: String, dtPath: String,
                       groundTruth: [COCOEvaluator.GroundTruth], detections: [COCOEvaluator.Detection]) -> String {
    switch error {
    case let .unknownImage(record, id, isDetection):
      return isDetection
        ? "\(dtPath): record \(record): unknown image_id \(id) (not in \(gtPath)'s \"images\")"
        : "\(gtPath): annotations[\(record)] (id \(groundTruth[record].id)): unknown image_id \(id) (not in \"images\")"
    case let .unknownCategory(record, id, isDetection):
      return isDetection
        ? "\(dtPath): record \(record) (image_id \(detections[record].imageID)): unknown category_id \(id) (not in \(gtPath)'s \"categories\")"
        : "\(gtPath): annotations[\(record)] (id \(groundTruth[record].id)): unknown category_id \(id) (not in \"categories\")"
    case let .invalidBox(record, isDetection):
      return isDetection ? "\(dtPath): record \(record): invalid bbox" : "\(gtPath): annotations[\(record)]: invalid bbox or area"
    case let .invalidScore(record):
      return "\(dtPath): record \(record) (image_id \(detections[record].imageID)): score \(detections[record].score) is not finite"
    case let .invalidParameters(message):
      return message
    }
  }
}

do {
  let output = try await EvalCommand.run(Array(CommandLine.arguments.dropFirst()))
  print(output)
} catch {
  FileHandle.standardError.write(Data("algokit-eval: error: \(error.message)\n".utf8))
  exit(error.message.contains("usage:") ? 2 : 1)
}
