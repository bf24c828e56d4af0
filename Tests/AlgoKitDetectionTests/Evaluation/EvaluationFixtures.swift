import Foundation

@testable import AlgoKitDetection

/// Loading of the pycocotools / VOC-reference fixtures (Fixtures/generate_evaluation_fixtures.py).
enum EvaluationFixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func json(_ name: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(name)))
  }

  static func number(_ v: Any?) -> Double { (v as! NSNumber).doubleValue }

  /// A COCO case through the library's own reader (Foundation's JSON reader on Linux rounds long
  /// decimals wrongly by a few ulps; Python's and ours are correctly rounded).
  static func cocoCase(_ name: String) throws -> (COCOEvaluator, [COCOEvaluator.Detection]) {
    let gt = try COCOEvaluator.parseGroundTruth(bytes("coco_\(name)_gt.json"))
    let dt = try COCOEvaluator.parseDetections(bytes("coco_\(name)_dt.json"))
    return (
      try COCOEvaluator(imageIDs: gt.imageIDs, categoryIDs: gt.categories.map(\.id), groundTruth: gt.annotations), dt
    )
  }

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
  }

  /// The numbers of a top-level array field, correctly rounded.
  static func exactNumbers(_ file: String, key: String) throws -> [Double] {
    var reader = COCOEvaluator._JSONReader(try bytes(file))
    var result: [Double] = []
    try reader.object { (k, r) throws(COCOEvaluator.FormatError) in
      if k == key { result = try r.numbers(key) } else { try r.skip() }
    }
    return result
  }
}
