import Foundation
import Testing

@testable import AlgoKitDetection

/// `COCOEvaluator` with `iouType == .segm` against pycocotools' COCOeval(iouType='segm')
/// (Fixtures/generate_segm_eval_fixtures.py).
@Suite struct SegmEvaluationTests {
  static func mask(_ seg: Any, height h: Int, width w: Int) throws -> RunLengthMask {
    if let polygons = seg as? [[Double]] { return try RunLengthMask(polygons: polygons, height: h, width: w) }
    let rle = try #require(seg as? [String: Any])
    let size = try #require(rle["size"] as? [Int])
    if let counts = rle["counts"] as? [Int] {
      return try RunLengthMask(height: size[0], width: size[1], counts: counts)
    }
    return try RunLengthMask(height: size[0], width: size[1], compressedCounts: try #require(rle["counts"] as? String))
  }

  @Test func statsEqualPycocotools() throws {
    let all = try MaskFixtureTests.loadObject("segm_eval.json")
    let cases = try #require(all["cases"] as? [[String: Any]])
    #expect(cases.count >= 10)
    for (n, c) in cases.enumerated() {
      let images = c["images"] as! [[String: Any]]
      var sizes: [Int: (Int, Int)] = [:]
      for i in images { sizes[i["id"] as! Int] = (i["height"] as! Int, i["width"] as! Int) }
      let gts = try (c["annotations"] as! [[String: Any]]).map { a in
        let image = a["image_id"] as! Int
        let (h, w) = sizes[image]!
        return COCOEvaluator.GroundTruth(
          id: a["id"] as! Int, imageID: image, categoryID: a["category_id"] as! Int,
          segmentation: try Self.mask(a["segmentation"]!, height: h, width: w),
          area: (a["area"] as! NSNumber).doubleValue, isCrowd: (a["iscrowd"] as! Int) == 1)
      }
      let dts = try (c["detections"] as! [[String: Any]]).map { d in
        let image = d["image_id"] as! Int
        let (h, w) = sizes[image]!
        return COCOEvaluator.Detection(
          imageID: image, categoryID: d["category_id"] as! Int,
          segmentation: try Self.mask(d["segmentation"]!, height: h, width: w),
          score: (d["score"] as! NSNumber).doubleValue)
      }
      var p = COCOEvaluator.Parameters()
      p.iouType = .segm
      let evaluator = try COCOEvaluator(
        imageIDs: Array(sizes.keys), categoryIDs: c["categories"] as! [Int], groundTruth: gts, parameters: p)
      let stats = try evaluator.evaluate(dts).stats
      let want = (c["stats"] as! [NSNumber]).map(\.doubleValue)
      for i in 0..<12 { #expect(abs(stats[i] - want[i]) <= 1e-12, "case \(n) stats[\(i)]: \(stats[i]) vs \(want[i])") }
    }
  }

  @Test func missingSegmentationThrows() throws {
    var p = COCOEvaluator.Parameters()
    p.iouType = .segm
    let boxOnly = COCOEvaluator.GroundTruth(id: 1, imageID: 1, categoryID: 1, x: 0, y: 0, width: 2, height: 2, area: 4)
    #expect(throws: COCOEvaluator.InputError.missingSegmentation(record: 0, isDetection: false)) {
      try COCOEvaluator(imageIDs: [1], categoryIDs: [1], groundTruth: [boxOnly], parameters: p)
    }
    let m = try RunLengthMask(polygon: [0, 0, 2, 0, 2, 2, 0, 2], height: 4, width: 4)
    let evaluator = try COCOEvaluator(
      imageIDs: [1], categoryIDs: [1],
      groundTruth: [.init(id: 1, imageID: 1, categoryID: 1, segmentation: m)], parameters: p)
    #expect(throws: COCOEvaluator.InputError.missingSegmentation(record: 0, isDetection: true)) {
      try evaluator.evaluate([.init(imageID: 1, categoryID: 1, x: 0, y: 0, width: 2, height: 2, score: 1)])
    }
    let perfect = try evaluator.evaluate([.init(imageID: 1, categoryID: 1, segmentation: m, score: 1)])
    #expect(abs(perfect.stats[0] - 1) < 1e-12)  // tp / (tp + fp + 2^-52), as pycocotools
  }

  /// The fixture cases written back as COCO files (ground truth with image sizes, RLE results).
  static func files(_ c: [String: Any]) throws -> (gt: Data, dt: Data) {
    let gt: [String: Any] = [
      "images": c["images"]!, "annotations": c["annotations"]!,
      "categories": (c["categories"] as! [Int]).map { ["id": $0, "name": "c\($0)"] },
    ]
    let dt = try JSONSerialization.data(withJSONObject: c["detections"]!)
    return (try JSONSerialization.data(withJSONObject: gt), dt)
  }

  @Test func jsonFilesEqualPycocotools() throws {
    let cases = try #require(try MaskFixtureTests.loadObject("segm_eval.json")["cases"] as? [[String: Any]])
    for (n, c) in cases.enumerated() {
      let (gtData, dtData) = try Self.files(c)
      let gt = try COCOEvaluator.parseGroundTruth([UInt8](gtData), segmentation: true)
      let dts = try COCOEvaluator.parseDetections([UInt8](dtData), segmentation: true)
      var p = COCOEvaluator.Parameters()
      p.iouType = .segm
      let evaluator = try COCOEvaluator(
        imageIDs: gt.imageIDs, categoryIDs: gt.categories.map(\.id), groundTruth: gt.annotations, parameters: p)
      let stats = try evaluator.evaluate(dts).stats
      let want = (c["stats"] as! [NSNumber]).map(\.doubleValue)
      for i in 0..<12 { #expect(abs(stats[i] - want[i]) <= 1e-12, "case \(n) stats[\(i)]: \(stats[i]) vs \(want[i])") }
    }
    // Polygons need the image size; detections must be RLEs; bad RLEs are named.
    let noSize = Data(
      #"{"images":[{"id":1}],"categories":[{"id":1}],"annotations":[{"id":1,"image_id":1,"category_id":1,"area":1,"bbox":[0,0,1,1],"segmentation":[[0,0,1,0,1,1]]}]}"#
        .utf8)
    #expect(throws: COCOEvaluator.FormatError.self) {
      try COCOEvaluator.parseGroundTruth([UInt8](noSize), segmentation: true)
    }
    #expect(try COCOEvaluator.parseGroundTruth([UInt8](noSize)).annotations.isEmpty == false)
    let polygonResult = Data(#"[{"image_id":1,"category_id":1,"score":1,"segmentation":[[0,0,1,0,1,1]]}]"#.utf8)
    #expect(throws: COCOEvaluator.FormatError.self) {
      try COCOEvaluator.parseDetections([UInt8](polygonResult), segmentation: true)
    }
    let badRLE = Data(#"[{"image_id":1,"category_id":1,"score":1,"segmentation":{"size":[2,2],"counts":"1"}}]"#.utf8)
    #expect(throws: COCOEvaluator.FormatError.self) {
      try COCOEvaluator.parseDetections([UInt8](badRLE), segmentation: true)
    }
  }
}
