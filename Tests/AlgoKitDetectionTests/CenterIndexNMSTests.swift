import Testing
@testable import AlgoKitDetection
import AlgoKitGeometry

/// The centre-indexed greedy engine (thresholds >= 0.3, 48+ boxes) must keep exactly what the
/// quadratic definition keeps, including pairs a few ulps either side of the threshold, boxes far
/// from the origin, mixed sizes, and Float boxes; and it must hand back to the owner-cell grid
/// where its Float32 prefilter cannot be trusted.
@Suite struct CenterIndexNMSTests {
  /// The quadratic definition in `S` arithmetic (torchvision's `inter / (areaA + areaB - inter)`),
  /// written apart from the library.
  static func reference<S: BinaryFloatingPoint & GeometryScalar>(
    _ boxes: [BoundingBox<S>], _ scores: [Double], threshold: S
  ) -> [Int] {
    Reference.greedy(count: boxes.count, scores: scores, threshold: Double(threshold)) { k, c in
      let a = boxes[k], b = boxes[c]
      let iw = Swift.max(0, Swift.min(a.x2, b.x2) - Swift.max(a.x1, b.x1))
      let ih = Swift.max(0, Swift.min(a.y2, b.y2) - Swift.max(a.y1, b.y1))
      let inter = iw * ih
      if inter == 0 { return 0 }
      // Compare in S, as the library does: map "iou > t" onto the Double the reference expects.
      let iou = inter / ((a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - inter)
      return iou > threshold ? .infinity : 0
    }
  }

  /// Pairs whose IoU is `t` before a nudge of -4...4 units of `nudge`, in the shapes that make
  /// the engine's bounds tight: equal boxes shifted in x (the interval test is tight), and a
  /// candidate at either end of a kept box `1/t` times longer in x or in y (the centre window is
  /// tight). The higher-scored box of each pair is the one kept; pairs are far apart.
  static func thresholdPairs<S: BinaryFloatingPoint & GeometryScalar>(
    _: S.Type, t: Double, origin: Double, side: Double, nudge: Double
  ) -> (boxes: [BoundingBox<S>], scores: [Double]) {
    var boxes: [BoundingBox<S>] = [], scores: [Double] = []
    func box(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> BoundingBox<S> {
      BoundingBox(x1: S(x1), y1: S(y1), x2: S(x2), y2: S(y2))
    }
    var slot = 0
    for k in -4...4 {
      let e = Double(k) * nudge
      for shape in 0..<4 {
        let x = origin + Double(slot % 8) * side * 5, y = origin + Double(slot / 8) * side * 5
        let long = side / t + e
        let (kept, candidate): (BoundingBox<S>, BoundingBox<S>)
        switch shape {
        case 0:
          let d = side * (1 - t) / (1 + t) + e
          (kept, candidate) = (box(x, y, x + side, y + side), box(x + d, y, x + d + side, y + side))
        case 1: (kept, candidate) = (box(x, y, x + long, y + side), box(x, y, x + side, y + side))
        case 2: (kept, candidate) = (box(x, y, x + long, y + side), box(x + long - side, y, x + long, y + side))
        default: (kept, candidate) = (box(x, y, x + side, y + long), box(x, y + long - side, x + side, y + long))
        }
        boxes += [kept, candidate]
        scores += [1 - Double(slot) / 1000, 0.5 - Double(slot) / 1000]
        slot += 1
      }
    }
    return (boxes, scores)
  }

  @Test(arguments: [0.3, 0.5, 0.7, 0.9])
  func pairsAtTheThreshold(t: Double) throws {
    for (origin, side) in [(0.0, 10.0), (1e6, 3.0), (-1e6, 100.0), (1e9, 0.5), (1e-3, 1e-4), (0, 1e-20)] {
      for nudgeUlps in [1.0, 64.0, 1e6] {
        // Never more than an eighth of the shift, so the nudged pairs stay near the threshold.
        let nudge = Swift.min(Swift.max(abs(origin), side) * Double.ulpOfOne * nudgeUlps, side * (1 - t) / (1 + t) / 16)
        let (boxes, scores) = Self.thresholdPairs(Double.self, t: t, origin: origin, side: side, nudge: nudge)
        let expected = Self.reference(boxes, scores, threshold: t)
        #expect(try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: t) == expected,
                "t \(t) origin \(origin) side \(side) nudge \(nudgeUlps) ulps")
        // With wide nudges some pairs must land on each side of the threshold, or the case tests nothing.
        if nudgeUlps == 1e6 {
          #expect(expected.count > boxes.count / 2 && expected.count < boxes.count, "t \(t) origin \(origin) side \(side)")
        }

        let (fboxes, fscores) = Self.thresholdPairs(Float.self, t: t, origin: origin, side: side,
                                                    nudge: Swift.max(abs(origin), side) * Double(Float.ulpOfOne) * nudgeUlps)
        let fexpected = Self.reference(fboxes, fscores, threshold: Float(t))
        #expect(try NonMaxSuppression.greedy(boxes: fboxes, scores: fscores.map(Float.init), iouThreshold: Float(t)) == fexpected,
                "Float t \(t) origin \(origin) side \(side) nudge \(nudgeUlps) ulps")
      }
    }
  }

  @Test func tightPairsAtRandomPositions() throws {
    // A candidate at the far end of a kept box 1/t times longer has its centre right at the edge of
    // the search window; at random positions some of those edges fall on grid-cell boundaries
    // (dense enough that the grid keeps cells about a quarter of a window wide).
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    for t in [0.3, 0.5, 0.75] {
      var boxes: [BoundingBox<Double>] = [], scores: [Double] = []
      for i in 0..<400 {
        let x = 1_000 * rng.uniform(), y = 1_000 * rng.uniform()
        let side = 5 + 50 * rng.uniform()
        let long = side / t * (1 + (rng.uniform() - 0.5) * 1e-12)
        let alongX = rng.next() % 2 == 0, atFarEnd = rng.next() % 2 == 0
        let kept = alongX ? BoundingBox(x1: x, y1: y, x2: x + long, y2: y + side) : BoundingBox(x1: x, y1: y, x2: x + side, y2: y + long)
        let offset = atFarEnd ? long - side : 0
        let candidate = alongX
          ? BoundingBox(x1: x + offset, y1: y, x2: x + offset + side, y2: y + side)
          : BoundingBox(x1: x, y1: y + offset, x2: x + side, y2: y + offset + side)
        boxes += [kept, candidate]
        scores += [1 - Double(i) / 1000, 0.5 - Double(i) / 1000]
      }
      let expected = Self.reference(boxes, scores, threshold: t)
      #expect(try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: t) == expected, "seed \(seed) t \(t)")
      #expect(expected.count > 300 && expected.count < 800, "seed \(seed) t \(t): both outcomes occur")
    }
  }

  @Test func randomScalesAndSizesMatchTheReference() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    for round in 0..<24 {
      let origin = [0.0, -5e5, 1e6, 3e9, 1e30][round % 5]
      let unit = [1.0, 1e-3, 7.0, 1e-6][round % 4]
      let n = 48 + Int(rng.next() % 400)
      var boxes: [BoundingBox<Double>] = [], scores: [Double] = []
      for _ in 0..<n {
        // Mostly comparable sizes, some 30x larger or 30x smaller, on a coarse lattice (exact ties).
        let scale = [1.0, 1.0, 1.0, 30.0, 1.0 / 32][Int(rng.next() % 5)] * unit
        let x = origin + (rng.uniform() * 400).rounded() * unit, y = origin + (rng.uniform() * 400).rounded() * unit
        let w = ((10 + 40 * rng.uniform()).rounded()) * scale, h = ((10 + 40 * rng.uniform()).rounded()) * scale
        boxes.append(BoundingBox(x1: x, y1: y, x2: x + w, y2: y + h))
        scores.append((rng.uniform() * 16).rounded() / 16)
      }
      for t in [0.3, 0.45, 0.5, 2.0 / 3, 0.8, 1] {
        let expected = Self.reference(boxes, scores, threshold: t)
        let got = try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: t)
        #expect(got == expected, "seed \(seed) round \(round) t \(t)")
      }
      let classes = (0..<n).map { _ in Int(rng.next() % 3) }
      let expected = Reference.greedy(count: n, scores: scores, threshold: 0.5) { k, c in
        classes[k] == classes[c] ? Reference.iou(coords(boxes[k]), coords(boxes[c])) : 0
      }
      #expect(try NonMaxSuppression.batched(boxes: boxes, scores: scores, classes: classes, iouThreshold: 0.5) == expected,
              "seed \(seed) round \(round) batched")
    }
  }

  @Test func engineFallsBackOutsideTheFloatPrefilterRange() throws {
    // Coordinates beyond 2^120 or all within 2^-100 of the origin: the owner-cell grid runs, same result.
    for origin in [0x1p121, -0x1p200, 0.0] {
      let side = origin == 0 ? 0x1p-110 : abs(origin) * 0x1p-20
      let (boxes, scores) = Self.thresholdPairs(Double.self, t: 0.5, origin: origin, side: side, nudge: side * 0x1p-40)
      #expect(try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: 0.5)
              == Self.reference(boxes, scores, threshold: 0.5), "origin \(origin)")
      let order = scores.withUnsafeBufferPointer { NonMaxSuppression._scoreOrder($0, scoreThreshold: nil) }
      let indexed = boxes.withUnsafeBufferPointer { b in
        NonMaxSuppression._greedyCenterIndexed(
          order: order, bounds: b, maxOutputCount: .max, threshold: 0.5, eta: 1.0, impliedOverlap: 0.49
        ) { _, kb, c, t in kb.iou(with: b[c]) > t }
      }
      #expect(indexed == nil, "origin \(origin): the indexed engine should decline")
    }
  }

  @Test func impliedOverlapBound() {
    // Below 0.3 (after eta) the owner-cell grid is the better index; Float keeps a wider margin.
    #expect(NonMaxSuppression._impliedOverlapBound(threshold: 0.29, eta: 1.0, scalar: Double.self) == nil)
    #expect(NonMaxSuppression._impliedOverlapBound(threshold: 0.9, eta: 0.5, scalar: Double.self) == nil)
    let d = try! #require(NonMaxSuppression._impliedOverlapBound(threshold: 0.5, eta: 1.0, scalar: Double.self))
    let f = try! #require(NonMaxSuppression._impliedOverlapBound(threshold: Float(0.5), eta: 1, scalar: Float.self))
    #expect(d < 0.5 && d > 0.5 - 1e-8)
    #expect(f < d && f > 0.5 - 1e-4)
    let adaptive = try! #require(NonMaxSuppression._impliedOverlapBound(threshold: 0.9, eta: 0.8, scalar: Double.self))
    #expect(adaptive < 0.4 && adaptive > 0.4 - 1e-8)
  }

  @Test func radixScoreOrderMatchesTheComparisonSort() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    for n in [255, 256, 1000, 5000] {
      // Few distinct values (ties), both zeros, infinities, NaN and subnormals.
      let pool: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .nan, 0.5, 1e-310, -1e-310, 3, .greatestFiniteMagnitude]
      let scores = (0..<n).map { _ in rng.next() % 3 == 0 ? rng.uniform() * 2 - 1 : pool[Int(rng.next() % UInt64(pool.count))] }
      for threshold in [nil, 0.0, -0.5] as [Double?] {
        var expected = (0..<n).filter { i in threshold.map { scores[i] > $0 } ?? !scores[i].isNaN }
        expected.sort { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        let got = scores.withUnsafeBufferPointer { NonMaxSuppression._scoreOrder($0, scoreThreshold: threshold) }
        #expect(got == expected, "seed \(seed) n \(n) threshold \(String(describing: threshold))")
        let floats = scores.map(Float.init)
        let gotFloat = floats.withUnsafeBufferPointer { NonMaxSuppression._scoreOrder($0, scoreThreshold: threshold.map(Float.init)) }
        var expectedFloat = (0..<n).filter { i in threshold.map { floats[i] > Float($0) } ?? !floats[i].isNaN }
        expectedFloat.sort { floats[$0] > floats[$1] || (floats[$0] == floats[$1] && $0 < $1) }
        #expect(gotFloat == expectedFloat, "seed \(seed) n \(n) Float")
        let topK = scores.withUnsafeBufferPointer { NonMaxSuppression._scoreOrder($0, scoreThreshold: threshold, topK: 7) }
        #expect(topK == Array(expected.prefix(7)), "seed \(seed) n \(n) topK")
      }
    }
  }
}
