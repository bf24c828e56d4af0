import Foundation
import Testing

@testable import AlgoKitDetection

/// pycocotools' mask API outputs (Fixtures/generate_mask_fixtures.py) reproduced exactly.
@Suite struct MaskFixtureTests {
  static func json(_ name: String) throws -> Any {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    return try JSONSerialization.jsonObject(with: Data(contentsOf: url))
  }

  static func load(_ name: String) throws -> [[String: Any]] { try #require(try json(name) as? [[String: Any]]) }

  static func loadObject(_ name: String) throws -> [String: Any] { try #require(try json(name) as? [String: Any]) }

  static func bits(_ s: String) -> [UInt8] { s.utf8.map { $0 == UInt8(ascii: "1") ? 1 : 0 } }

  static func box(_ m: RunLengthMask) -> [Double] {
    let b = m.boundingBox
    return [b.x, b.y, b.width, b.height]
  }

  static func rle(_ s: Any?, _ h: Int, _ w: Int) throws -> RunLengthMask {
    try RunLengthMask(height: h, width: w, compressedCounts: try #require(s as? String))
  }

  @Test func encodeDecodeAreaBox() throws {
    let cases = try Self.load("encode.json")
    #expect(cases.count > 100)
    for c in cases {
      let h = c["h"] as! Int, w = c["w"] as! Int
      let mask = Self.bits(c["mask"] as! String)
      let counts = c["counts"] as! [Int]
      let m = try RunLengthMask(encoding: mask, height: h, width: w)
      #expect(m.counts.map(Int.init) == counts, "encode \(h)x\(w) \(c["kind"]!)")
      #expect(m.compressedCounts == c["string"] as! String, "string \(h)x\(w)")
      #expect(try RunLengthMask(height: h, width: w, counts: counts) == m)
      #expect(try Self.rle(c["string"], h, w) == m, "frString \(h)x\(w)")
      #expect(m.decoded() == mask)
      #expect(m.area == c["area"] as! Int)
      #expect(Self.box(m) == c["bbox"] as! [Double], "bbox \(h)x\(w) \(c["kind"]!)")
      let viaBuffer = try mask.withUnsafeBufferPointer { try RunLengthMask(encoding: $0, height: h, width: w) }
      #expect(viaBuffer == m)
    }
  }

  @Test func polygons() throws {
    let cases = try Self.load("polygons.json")
    #expect(cases.count > 200)
    for c in cases {
      let h = c["h"] as! Int, w = c["w"] as! Int
      let polygons = c["polygons"] as! [[Double]]
      let each = c["each"] as! [String]
      for (p, expected) in zip(polygons, each) {
        let m = try RunLengthMask(polygon: p, height: h, width: w)
        if h * w > 0 {
          #expect(m.compressedCounts == expected, "polygon \(p) in \(h)x\(w) (\(c["kind"]!))")
        }
      }
      let merged = try RunLengthMask(polygons: polygons, height: h, width: w)
      guard h * w > 0 else { continue }
      #expect(merged.compressedCounts == c["merged"] as! String, "merged \(polygons) in \(h)x\(w)")
      #expect(merged.decoded() == Self.bits(c["mask"] as! String))
      #expect(merged.area == c["area"] as! Int)
      #expect(Self.box(merged) == c["bbox"] as! [Double])
    }
  }

  @Test func boxes() throws {
    for c in try Self.load("boxes.json") {
      let h = c["h"] as! Int, w = c["w"] as! Int, b = c["box"] as! [Double]
      let m = try RunLengthMask(box: (b[0], b[1], b[2], b[3]), height: h, width: w)
      #expect(m.compressedCounts == c["string"] as! String, "box \(b) in \(h)x\(w)")
    }
  }

  @Test func merge() throws {
    let cases = try Self.load("merge.json")
    #expect(cases.count > 100)
    for c in cases {
      let h = c["h"] as! Int, w = c["w"] as! Int
      let inputs = try (c["inputs"] as! [String]).map { try Self.rle($0, h, w) }
      let pixels = inputs.map { $0.decoded() }
      for (intersect, key) in [(false, "union"), (true, "intersection")] {
        let got = try RunLengthMask.merge(inputs, intersect: intersect)
        let want = c[key] as! String
        if (try? RunLengthMask(height: h, width: w, compressedCounts: want)) != nil {
          #expect(got.compressedCounts == want, "\(key) \(c["inputs"]!)")
        } else {
          // pycocotools' early stop on aligned zero-length runs: its result is not a valid RLE;
          // ours is the pixel-wise truth.
          let truth = pixels.dropFirst().reduce(pixels[0]) { a, b in zip(a, b).map { intersect ? $0 & $1 : $0 | $1 } }
          #expect(got.decoded() == truth, "\(key) \(c["inputs"]!)")
        }
      }
    }
  }

  @Test func iou() throws {
    let cases = try Self.load("iou.json")
    #expect(cases.count > 50)
    for c in cases {
      let h = c["h"] as! Int, w = c["w"] as! Int
      let dt = try (c["dt"] as! [String]).map { try Self.rle($0, h, w) }
      let gt = try (c["gt"] as! [String]).map { try Self.rle($0, h, w) }
      let crowd = c["iscrowd"] as! [Bool]
      let expected = c["iou"] as! [[Double]]
      let o = try RunLengthMask.iou(dt, gt, isCrowd: crowd)
      #expect(o.count == expected.count)
      for (row, want) in zip(o, expected) {
        #expect(row.count == want.count)
        for (a, b) in zip(row, want) { #expect(abs(a - b) <= 1e-12, "iou \(a) vs \(b)") }
      }
      for d in dt.indices {
        for g in gt.indices { #expect(abs(try dt[d].iou(with: gt[g], crowd: crowd[g]) - expected[d][g]) <= 1e-12) }
      }
    }
  }

  @Test func nonCanonicalRuns() throws {
    for c in try Self.load("quirks.json") {
      let h = c["h"] as! Int, w = c["w"] as! Int, counts = c["counts"] as! [Int]
      let m = try RunLengthMask(height: h, width: w, counts: counts)
      #expect(m.compressedCounts == c["string"] as! String, "string \(counts)")
      #expect(try Self.rle(c["string"], h, w) == m)
      #expect(m.area == c["area"] as! Int)
      #expect(Self.box(m) == c["bbox"] as! [Double], "bbox \(counts)")
      #expect(m.decoded() == Self.bits(c["mask"] as! String))
    }
  }
}
