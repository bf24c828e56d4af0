import AlgoKitTestSupport
import Testing

@testable import AlgoKitDetection

/// Bad input is a typed error, and seeded random masks agree with pixel-wise references.
@Suite struct MaskPropertyTests {
  @Test func badInputThrows() {
    #expect(throws: MaskError.invalidSize(height: -1, width: 2)) { try RunLengthMask(height: -1, width: 2) }
    #expect(throws: MaskError.invalidSize(height: 70_000, width: 70_000)) {
      try RunLengthMask(height: 70_000, width: 70_000)
    }
    #expect(throws: MaskError.invalidSize(height: Int.max, width: 3)) {
      try RunLengthMask(height: Int.max, width: 3, counts: [])
    }
    #expect(throws: MaskError.countsSumMismatch(expected: 4, actual: 3)) {
      try RunLengthMask(height: 2, width: 2, counts: [1, 2])
    }
    #expect(throws: MaskError.countsSumMismatch(expected: 4, actual: 5)) {
      try RunLengthMask(height: 2, width: 2, counts: [1, 2, 2])
    }
    #expect(throws: MaskError.countsSumMismatch(expected: 4, actual: Int.max)) {
      try RunLengthMask(height: 2, width: 2, counts: [0, Int.max])
    }
    #expect(throws: MaskError.negativeRun(index: 1)) { try RunLengthMask(height: 2, width: 2, counts: [3, -1, 2]) }
    // Compressed strings: bad bytes, truncation, overlong values, negative runs, wrong sums.
    #expect(throws: MaskError.invalidCharacter(offset: 1)) {
      try RunLengthMask(height: 2, width: 3, compressedCounts: "2 31")
    }
    #expect(throws: MaskError.invalidCharacter(offset: 0)) {
      try RunLengthMask(height: 2, width: 3, compressedCounts: "p")
    }
    #expect(throws: MaskError.invalidCharacter(offset: 2)) {
      try RunLengthMask(height: 2, width: 3, compressedCounts: "23é")
    }
    #expect(throws: MaskError.truncatedCounts(offset: 3)) {
      try RunLengthMask(height: 2, width: 3, compressedCounts: "23P")
    }
    #expect(throws: MaskError.compressedValueTooLarge(offset: 0)) {
      try RunLengthMask(height: 2, width: 3, compressedCounts: String(repeating: "P", count: 13) + "0")
    }
    #expect(throws: MaskError.negativeRun(index: 0)) { try RunLengthMask(height: 2, width: 3, compressedCounts: "O") }
    // Run 3 is a delta from run 1: 3 - 4 < 0.
    #expect(throws: MaskError.negativeRun(index: 3)) {
      try RunLengthMask(height: 4, width: 4, compressedCounts: "131L")
    }
    #expect(throws: MaskError.countsSumMismatch(expected: 6, actual: 5)) {
      try RunLengthMask(height: 2, width: 3, compressedCounts: "23")
    }
    #expect(throws: MaskError.invalidMaskLength(expected: 6, actual: 5)) {
      try RunLengthMask(encoding: [0, 1, 0, 1, 0], height: 2, width: 3)
    }
    // Polygons.
    #expect(throws: MaskError.invalidPolygon(index: 0, coordinateCount: 4)) {
      try RunLengthMask(polygon: [0, 0, 1, 1], height: 3, width: 3)
    }
    #expect(throws: MaskError.invalidPolygon(index: 1, coordinateCount: 7)) {
      try RunLengthMask(polygons: [[0, 0, 1, 0, 1, 1], [0, 0, 1, 0, 1, 1, 2]], height: 3, width: 3)
    }
    #expect(throws: MaskError.polygonCoordinateOutOfRange(index: 0)) {
      try RunLengthMask(polygon: [0, 0, .nan, 0, 1, 1], height: 3, width: 3)
    }
    #expect(throws: MaskError.polygonCoordinateOutOfRange(index: 0)) {
      try RunLengthMask(polygon: [0, 0, 1e9, 0, 1, 1], height: 3, width: 3)
    }
    #expect(throws: MaskError.polygonCoordinateOutOfRange(index: 0)) {
      try RunLengthMask(box: (0, 0, .infinity, 1), height: 3, width: 3)
    }
    #expect(throws: MaskError.invalidSize(height: 3, width: -3)) {
      try RunLengthMask(polygon: [0, 0, 1, 0, 1, 1], height: 3, width: -3)
    }
    // Operands of different sizes.
    let a = try! RunLengthMask(height: 2, width: 3), b = try! RunLengthMask(height: 3, width: 2)
    let mismatch = MaskError.mismatchedDimensions(index: 1, height: 3, width: 2, expectedHeight: 2, expectedWidth: 3)
    #expect(throws: mismatch) { try RunLengthMask.union([a, b]) }
    #expect(throws: mismatch) { try RunLengthMask.intersection([a, b]) }
    #expect(throws: mismatch) { try RunLengthMask.iou([a], [b], isCrowd: [false]) }
    #expect(throws: mismatch) { try a.iou(with: b) }
    #expect(throws: MaskError.mismatchedCrowdFlags(expected: 1, actual: 0)) {
      try RunLengthMask.iou([a], [a], isCrowd: [])
    }
  }

  @Test func edgeCases() throws {
    #expect(try RunLengthMask.merge([]) == RunLengthMask(height: 0, width: 0, counts: []))
    #expect(try RunLengthMask(height: 0, width: 5).counts == [0])
    #expect(try RunLengthMask(encoding: [], height: 0, width: 0).counts == [0])
    #expect(try RunLengthMask(height: 2, width: 2, filled: true).counts == [0, 4])
    #expect(try RunLengthMask(polygons: [], height: 2, width: 3).counts == [6])
    #expect(try RunLengthMask(polygon: [1, 1, 8, 1, 1, 6], height: 10, width: 0).counts == [0])
    #expect(try RunLengthMask.iou([], [RunLengthMask(height: 1, width: 1)], isCrowd: [true]) == [])
    #expect(try RunLengthMask.iou([RunLengthMask(height: 1, width: 1)], [], isCrowd: []) == [[]])
    // Empty string: only for an empty image.
    #expect(try RunLengthMask(height: 0, width: 0, compressedCounts: "").counts == [])
    // Runs past 2^30 need 7 characters and round-trip.
    let big = try RunLengthMask(height: 65_536, width: 65_535, counts: [1 << 31, 5, (65_536 * 65_535) - (1 << 31) - 5])
    #expect(try RunLengthMask(height: 65_536, width: 65_535, compressedCounts: big.compressedCounts) == big)
    #expect(big.area == 5)
    // Zero-length runs aligned in both operands (pycocotools stops early there, drops the rest of
    // the image and then hangs in the next merge): the true union and intersection.
    let a = try RunLengthMask(height: 1, width: 7, counts: [0, 0, 0, 0, 0, 7])
    let b = try RunLengthMask(height: 1, width: 7, counts: [0, 0, 0, 0, 0, 7, 0])
    let c = try RunLengthMask(height: 1, width: 7, counts: [0, 1, 1, 1, 1, 3])
    let union = try RunLengthMask.union([a, b, c])
    #expect(union.decoded() == [1, 1, 1, 1, 1, 1, 1])
    #expect(union.counts.reduce(0) { $0 + Int($1) } == 7)
    #expect(try RunLengthMask.intersection([a, b, c]).decoded() == c.decoded())
    #expect(try a.iou(with: c) == 5.0 / 7)
  }

  /// Pixel-wise references on decoded masks.
  static func referenceIoU(_ a: [UInt8], _ b: [UInt8], crowd: Bool) -> Double {
    var inter = 0, union = 0, areaA = 0
    for i in a.indices {
      if a[i] == 1 && b[i] == 1 { inter += 1 }
      if a[i] == 1 || b[i] == 1 { union += 1 }
      if a[i] == 1 { areaA += 1 }
    }
    if inter == 0 { return 0 }
    return Double(inter) / Double(crowd ? areaA : union)
  }

  @Test func seededRandomMasks() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    print("MaskPropertyTests.seededRandomMasks seed: \(seed)")
    var rng = SplitMix64(seed: seed)
    for round in 0..<300 {
      let h = Int(rng.next() % 24), w = Int(rng.next() % 24)
      let density = Double(rng.next() % 101) / 100
      func randomMask() -> [UInt8] {
        let blocky = rng.next() % 2 == 0
        var m = [UInt8](repeating: 0, count: h * w)
        var value: UInt8 = 0
        for i in m.indices {
          if blocky {
            if rng.next() % 7 == 0 { value ^= 1 }
            m[i] = value
          } else {
            m[i] = Double(rng.next() % 1000) / 1000 < density ? 1 : 0
          }
        }
        return m
      }
      let masks = (0..<(1 + Int(rng.next() % 4))).map { _ in randomMask() }
      let rles = try masks.map { try RunLengthMask(encoding: $0, height: h, width: w) }
      for (m, r) in zip(masks, rles) {
        #expect(r.decoded() == m, "seed \(seed) round \(round)")
        #expect(r.area == m.reduce(0) { $0 + Int($1) })
        #expect(try RunLengthMask(height: h, width: w, compressedCounts: r.compressedCounts) == r)
        #expect(try RunLengthMask(height: h, width: w, counts: r.counts.map(Int.init)) == r)
      }
      let union = masks.dropFirst().reduce(masks[0]) { acc, m in zip(acc, m).map { $0 | $1 } }
      let inter = masks.dropFirst().reduce(masks[0]) { acc, m in zip(acc, m).map { $0 & $1 } }
      #expect(try RunLengthMask.union(rles) == RunLengthMask(encoding: union, height: h, width: w), "seed \(seed)")
      #expect(
        try RunLengthMask.intersection(rles) == RunLengthMask(encoding: inter, height: h, width: w), "seed \(seed)")
      let crowd = rles.map { _ in rng.next() % 3 == 0 }
      let o = try RunLengthMask.iou(rles, rles, isCrowd: crowd)
      for d in rles.indices {
        for g in rles.indices {
          let want = Self.referenceIoU(masks[d], masks[g], crowd: crowd[g])
          #expect(abs(o[d][g] - want) <= 1e-12, "seed \(seed) round \(round) iou[\(d)][\(g)]")
        }
      }
    }
  }

  /// Random bytes as compressed counts never trap: they decode or throw.
  @Test func randomCompressedStringsNeverTrap() {
    let seed = UInt64.random(in: 0...UInt64.max)
    print("MaskPropertyTests.randomCompressedStringsNeverTrap seed: \(seed)")
    var rng = SplitMix64(seed: seed)
    for _ in 0..<2000 {
      let length = Int(rng.next() % 12)
      let bytes = (0..<length).map { _ in UInt8(40 + rng.next() % 80) }
      let s = String(decoding: bytes, as: UTF8.self)
      if let m = try? RunLengthMask(height: 4, width: 5, compressedCounts: s) {
        #expect(m.counts.reduce(0) { $0 + Int($1) } == 20, "seed \(seed) string \(s)")
        #expect(m.decoded().count == 20)
      }
    }
  }
}
