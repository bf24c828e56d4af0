// algokit-eval GT.json DETECTIONS.json [--iou-type bbox|segm] [--per-class] [--json]
//
// COCO box or mask evaluation with pycocotools' semantics (AlgoKitDetection.COCOEvaluator): prints
// the twelve lines of COCOeval.summarize(). Exit status: 0 on success, 1 on bad input, 2 on bad usage.

import AlgoKitDetection
import Foundation

enum EvalCommand {
  static let usage = """
    usage: algokit-eval GT.json DETECTIONS.json [--iou-type bbox|segm] [--per-class] [--json]

    Evaluates COCO-format detections (a JSON array of {"image_id", "category_id", "bbox": [x, y, w, h],
    "score"}) against a COCO ground-truth file ({"images", "annotations", "categories"}) exactly as
    pycocotools' COCOeval(iouType='bbox') does (or 'segm', below), and prints summarize()'s twelve lines.

      --iou-type T  bbox (default) or segm: mask IoU on "segmentation" (ground truth: polygons or
                    RLE, rasterized in images[].height/width as pycocotools; detections: RLE
                    {"size", "counts"}), as COCOeval(iouType='segm')
      --per-class   also print AP@[.50:.95] (area all, maxDets 100) per category (-1: no ground truth)
      --json        print one JSON object instead: the twelve stats by name, and per-category AP

    Input errors (malformed JSON, missing fields, unknown image or category ids, negative or
    non-finite box sizes, non-finite scores) stop with a message naming the file and the record, and
    exit status 1. An empty detection array is evaluated (every AP and AR is 0) with a warning;
    pycocotools refuses it.
    """

  /// Why the command stopped: `isUsage` for bad arguments (exit 2), otherwise bad input (exit 1).
  struct Failure: Error {
    var message: String
    var isUsage = false
  }

  static let statNames = ["AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10", "AR100", "ARs", "ARm", "ARl"]

  static func bytes(_ path: String) throws(Failure) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(message: "\(path): cannot read the file")
    }
    return [UInt8](data)
  }

  static func run(_ arguments: [String]) async throws(Failure) -> String {
    var files: [String] = [], perClass = false, json = false, segm = false
    var rest = arguments[...]
    while let a = rest.popFirst() {
      switch a {
      case "--iou-type":
        switch rest.popFirst() {
        case "bbox": segm = false
        case "segm": segm = true
        default: throw Failure(message: "--iou-type takes bbox or segm\n\n\(usage)", isUsage: true)
        }
      case "--per-class": perClass = true
      case "--json": json = true
      case "-h", "--help": return usage
      default:
        if a.hasPrefix("-") && a != "-" { throw Failure(message: "unknown option \(a)\n\n\(usage)", isUsage: true) }
        files.append(a)
      }
    }
    guard files.count == 2 else {
      throw Failure(message: "expected GT.json and DETECTIONS.json\n\n\(usage)", isUsage: true)
    }
    let (gtPath, dtPath) = (files[0], files[1])

    // Ground truth, then detections: the library's reader (correctly rounded numbers, errors name the record).
    let gt: COCOEvaluator.GroundTruthFile
    do {
      gt = try COCOEvaluator.parseGroundTruth(try bytes(gtPath), segmentation: segm)
    } catch let error as COCOEvaluator.FormatError {
      throw Failure(message: "\(gtPath): \(error)")
    } catch { throw error as! Failure }
    var names: [Int: String] = [:]
    for c in gt.categories { names[c.id] = c.name }
    let evaluator: COCOEvaluator
    do {
      var parameters = COCOEvaluator.Parameters()
      parameters.iouType = segm ? .segm : .bbox
      evaluator = try COCOEvaluator(
        imageIDs: gt.imageIDs, categoryIDs: gt.categories.map(\.id), groundTruth: gt.annotations,
        parameters: parameters)
    } catch {
      throw Failure(
        message: describe(error, gtPath: gtPath, dtPath: dtPath, groundTruth: gt.annotations, detections: []))
    }
    let detections: [COCOEvaluator.Detection]
    do { detections = try COCOEvaluator.parseDetections(try bytes(dtPath), segmentation: segm) } catch let error
      as COCOEvaluator.FormatError
    {
      throw Failure(message: "\(dtPath): \(error)")
    } catch { throw error as! Failure }
    if detections.isEmpty {
      FileHandle.standardError.write(
        Data(
          "algokit-eval: warning: \(dtPath) has no detections: every AP and AR is 0 (pycocotools refuses this file)\n"
            .utf8))
    }
    let result: COCOEvaluator.Result
    do { result = try await evaluator.evaluateConcurrently(detections) } catch {
      throw Failure(
        message: describe(error, gtPath: gtPath, dtPath: dtPath, groundTruth: gt.annotations, detections: detections))
    }

    let stats = result.stats
    let perCategory = result.perCategoryAP
    if json {
      var object: [String: Any] = ["stats": stats]
      for (name, value) in zip(statNames, stats) { object[name] = value }
      object["perCategory"] = zip(result.categoryIDs, perCategory).map {
        ["category_id": $0, "name": names[$0] ?? "", "AP": $1] as [String: Any]
      }
      let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      return String(decoding: data, as: UTF8.self)
    }
    var lines = result.summaryLines
    if perClass {
      lines.append("")
      lines.append("Per-category AP @[ IoU=0.50:0.95 | area=   all | maxDets=100 ]:")
      for (id, ap) in zip(result.categoryIDs, perCategory) {
        let name = names[id] ?? ""
        let idText = String(id)
        lines.append(
          "  " + String(repeating: " ", count: max(0, 6 - idText.count)) + idText + "  "
            + name + String(repeating: " ", count: max(1, 24 - name.count)) + String(format: "%6.3f", ap))
      }
    }
    return lines.joined(separator: "\n")
  }

  static func describe(
    _ error: COCOEvaluator.InputError, gtPath: String, dtPath: String,
    groundTruth: [COCOEvaluator.GroundTruth], detections: [COCOEvaluator.Detection]
  ) -> String {
    switch error {
    case .unknownImage(let record, let id, let isDetection):
      return isDetection
        ? "\(dtPath): record \(record): unknown image_id \(id) (not in \(gtPath)'s \"images\")"
        : "\(gtPath): annotations[\(record)] (id \(groundTruth[record].id)): unknown image_id \(id) (not in \"images\")"
    case .unknownCategory(let record, let id, let isDetection):
      return isDetection
        ? "\(dtPath): record \(record) (image_id \(detections[record].imageID)): unknown category_id \(id) (not in \(gtPath)'s \"categories\")"
        : "\(gtPath): annotations[\(record)] (id \(groundTruth[record].id)): unknown category_id \(id) (not in \"categories\")"
    case .invalidBox(let record, let isDetection):
      return isDetection
        ? "\(dtPath): record \(record): invalid bbox" : "\(gtPath): annotations[\(record)]: invalid bbox or area"
    case .invalidScore(let record):
      return
        "\(dtPath): record \(record) (image_id \(detections[record].imageID)): score \(detections[record].score) is not finite"
    case .missingSegmentation(let record, let isDetection):
      return isDetection
        ? "\(dtPath): record \(record): no segmentation (iouType segm)"
        : "\(gtPath): annotations[\(record)]: no segmentation (iouType segm)"
    case .invalidParameters(let message):
      return message
    }
  }
}

do {
  let output = try await EvalCommand.run(Array(CommandLine.arguments.dropFirst()))
  print(output)
} catch {
  FileHandle.standardError.write(Data("algokit-eval: error: \(error.message)\n".utf8))
  exit(error.isUsage ? 2 : 1)
}
