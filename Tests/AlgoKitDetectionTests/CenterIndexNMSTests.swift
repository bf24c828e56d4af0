import AlgoKitGeometry
import Testing

@testable import AlgoKitDetection

/// The centre-indexed greedy engine (thresholds >= 0.1, 48+ boxes) must keep exactly what the
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

  @Test(arguments: [0.1, 0.2, 0.3, 0.5, 0.7, 0.9])
  func pairsAtTheThreshold(t: Double) throws {
    for (origin, side) in [(0.0, 10.0), (1e6, 3.0), (-1e6, 100.0), (1e9, 0.5), (1e-3, 1e-4), (0, 1e-20)] {
      for nudgeUlps in [1.0, 64.0, 1e6] {
        // Never more than an eighth of the shift, so the nudged pairs stay near the threshold.
        let nudge = Swift.min(Swift.max(abs(origin), side) * Double.ulpOfOne * nudgeUlps, side * (1 - t) / (1 + t) / 16)
        let (boxes, scores) = Self.thresholdPairs(Double.self, t: t, origin: origin, side: side, nudge: nudge)
        let expected = Self.reference(boxes, scores, threshold: t)
        #expect(
          try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: t) == expected,
          "t \(t) origin \(origin) side \(side) nudge \(nudgeUlps) ulps")
        // With wide nudges some pairs must land on each side of the threshold, or the case tests nothing.
        if nudgeUlps == 1e6 {
          #expect(
            expected.count > boxes.count / 2 && expected.count < boxes.count, "t \(t) origin \(origin) side \(side)")
        }

        let (fboxes, fscores) = Self.thresholdPairs(
          Float.self, t: t, origin: origin, side: side,
          nudge: Swift.max(abs(origin), side) * Double(Float.ulpOfOne) * nudgeUlps)
        let fexpected = Self.reference(fboxes, fscores, threshold: Float(t))
        #expect(
          try NonMaxSuppression.greedy(boxes: fboxes, scores: fscores.map(Float.init), iouThreshold: Float(t))
            == fexpected,
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
    for t in [0.1, 0.2, 0.3, 0.5, 0.75] {
      var boxes: [BoundingBox<Double>] = [], scores: [Double] = []
      for i in 0..<400 {
        let x = 1_000 * rng.uniform(), y = 1_000 * rng.uniform()
        let side = 5 + 50 * rng.uniform()
        let long = side / t * (1 + (rng.uniform() - 0.5) * 1e-12)
        let alongX = rng.next() % 2 == 0, atFarEnd = rng.next() % 2 == 0
        let kept =
          alongX
          ? BoundingBox(x1: x, y1: y, x2: x + long, y2: y + side)
          : BoundingBox(x1: x, y1: y, x2: x + side, y2: y + long)
        let offset = atFarEnd ? long - side : 0
        let candidate =
          alongX
          ? BoundingBox(x1: x + offset, y1: y, x2: x + offset + side, y2: y + side)
          : BoundingBox(x1: x, y1: y + offset, x2: x + side, y2: y + offset + side)
        boxes += [kept, candidate]
        scores += [1 - Double(i) / 1000, 0.5 - Double(i) / 1000]
      }
      let expected = Self.reference(boxes, scores, threshold: t)
      #expect(
        try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: t) == expected, "seed \(seed) t \(t)")
      #expect(expected.count > 300 && expected.count < 800, "seed \(seed) t \(t): both outcomes occur")
    }
  }

  /// Each bound on its own, without the grid's cells to hide a shortfall: for pairs whose IoU in
  /// `S` exceeds `t` (nudged a few ulps around the tight shapes), the kept centre lies in the
  /// candidate's window and the Float32 interval test passes.
  func checkBounds<S: BinaryFloatingPoint & GeometryScalar>(_: S.Type, seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    var checked = 0
    for t in [0.1, 0.2, 0.3, 0.45, 0.5, 0.7, 0.9, 0.99] {
      let w = try #require(NonMaxSuppression._impliedOverlapBound(threshold: S(t), eta: 1, scalar: S.self))
      let reach = NonMaxSuppression._centerReach(impliedOverlap: w), q = (1 - w) / (1 + w)
      for _ in 0..<400 {
        let origin = [0.0, 1e6, -3e9, 1e-20, 12345.678][Int(rng.next() % 5)]
        let side = [1.0, 3.0, 0.001, 77.7][Int(rng.next() % 4)] * (origin == 1e-20 ? 1e-22 : 1)
        let nudge = S(Double(Int(rng.next() % 17) - 8)) * S(side).ulp
        // Kept interval [k0, k1] and candidate [c0, c1], IoU about t: shifted, or at an end of a longer kept box.
        let c0 = S(origin), c1 = S(origin + side)
        let (k0, k1): (S, S)
        switch rng.next() % 3 {
        case 0: let d = S(side * (1 - t) / (1 + t)) + nudge; (k0, k1) = (c0 + d, c1 + d)
        case 1: (k0, k1) = (c0, c0 + S(side / t) + nudge)
        default: (k0, k1) = (c1 - S(side / t) - nudge, c1)
        }
        let kept = BoundingBox<S>(x1: k0, y1: 0, x2: k1, y2: 1),
          candidate = BoundingBox<S>(x1: c0, y1: 0, x2: c1, y2: 1)
        guard !kept.isEmpty && !candidate.isEmpty && kept.iou(with: candidate) > S(t) else { continue }
        checked += 1
        let (a0, a1, b0, b1) = (Double(k0), Double(k1), Double(c0), Double(c1))
        let largest = [a0, a1, b0, b1].map(abs).max()!
        let offset = abs((a0 + a1) * 0.5 - (b0 + b1) * 0.5)
        // The size levels' window: centres closer than q·(both widths) / 2, whatever the level.
        #expect(
          offset <= q * ((b1 - b0) + (a1 - a0)) * 0.5 + largest * 0x1p-48,
          "\(S.self) seed \(seed) t \(t): centre offset \(offset) outside the level window, kept [\(k0), \(k1)] candidate [\(c0), \(c1)]"
        )
        #expect(
          offset <= reach * (b1 - b0) + largest * 0x1p-48,
          "\(S.self) seed \(seed) t \(t): centre offset \(offset) outside the window, kept [\(k0), \(k1)] candidate [\(c0), \(c1)]"
        )
        let pass = NonMaxSuppression._intervalPrefilter(
          SIMD4(repeating: Float(a0)), SIMD4(repeating: Float(a1)), SIMD4(repeating: Float(b0)),
          SIMD4(repeating: Float(b1)),
          q: SIMD4(repeating: Float(q)),
          bound: SIMD4(repeating: NonMaxSuppression._prefilterBound(lo: b0, hi: b1, q: q, impliedOverlap: w)))
        #expect(
          all(pass), "\(S.self) seed \(seed) t \(t): prefilter rejects kept [\(k0), \(k1)] candidate [\(c0), \(c1)]")
      }
    }
    #expect(checked > 500, "\(S.self): too few suppressing pairs generated (\(checked))")
  }

  @Test func boundsHoldOnTightPairs() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    try checkBounds(Double.self, seed: seed)
    try checkBounds(Float.self, seed: seed)
  }

  @Test func emptyBoxesEtaAndCapsInsideTheIndexedEngine() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    var (boxes, scores) = randomBoxes(300, clustered: true, rng: &rng)
    for i in stride(from: 0, to: 300, by: 7) {
      boxes[i] =
        i % 2 == 0
        ? BoundingBox(x1: boxes[i].x2, y1: boxes[i].y1, x2: boxes[i].x1, y2: boxes[i].y2)  // inverted
        : BoundingBox(x1: boxes[i].x1, y1: boxes[i].y1, x2: boxes[i].x1, y2: boxes[i].y2)  // zero width
    }
    for (t, eta, cap) in [(0.7, 0.9, Int.max), (0.5, 1.0, 40), (0.95, 0.8, 100), (0.3, 1.0, 7)] {
      let expected = Reference.greedy(count: boxes.count, scores: scores, maxOutput: cap, threshold: t, eta: eta) {
        Reference.iou(coords(boxes[$0]), coords(boxes[$1]))
      }
      let got = try NonMaxSuppression.greedy(
        boxes: boxes, scores: scores, iouThreshold: t,
        maxOutputCount: cap == Int.max ? nil : cap, eta: eta)
      #expect(got == expected, "seed \(seed) t \(t) eta \(eta) cap \(cap)")
    }
  }

  @Test func classAwareDistanceIoU() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    let (boxes, scores) = randomBoxes(400, clustered: true, rng: &rng)
    let classes = (0..<400).map { _ in Int(rng.next() % 3) }
    for t in [0.3, 0.5, 0.8] {
      let expected = Reference.greedy(count: 400, scores: scores, threshold: t) { k, c in
        guard classes[k] == classes[c] else { return -1 }
        let a = coords(boxes[k]), b = coords(boxes[c])
        let cw = max(a[2], b[2]) - min(a[0], b[0]), ch = max(a[3], b[3]) - min(a[1], b[1])
        let dx = (a[0] + a[2]) / 2 - (b[0] + b[2]) / 2, dy = (a[1] + a[3]) / 2 - (b[1] + b[3]) / 2
        return Reference.iou(a, b) - (dx * dx + dy * dy) / (cw * cw + ch * ch + 1e-7)
      }
      #expect(
        try NonMaxSuppression.distanceIoU(boxes: boxes, scores: scores, classes: classes, iouThreshold: t) == expected,
        "seed \(seed) t \(t)")
    }
  }

  @Test func floatBoxesWhoseAreasOverflow() throws {
    // Float coordinates between 2^64 and 2^120: areas overflow to infinity (IoU NaN or 0, never
    // suppressing), inside the prefilter's range; some boxes small enough to keep finite areas.
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    var boxes: [BoundingBox<Float>] = [], scores: [Double] = []
    for i in 0..<200 {
      let scale = Float(i % 2 == 0 ? 0x1p70 : 0x1p100)
      let x = Float(rng.uniform() * 40) * scale, y = Float(rng.uniform() * 40) * scale
      let side = i % 5 == 0 ? Float(0x1p60) : Float(10 + 20 * rng.uniform()) * scale
      boxes.append(BoundingBox(x1: x, y1: y, x2: x + side, y2: y + side))
      scores.append((rng.uniform() * 10).rounded() / 10)
    }
    for t: Float in [0.3, 0.5] {
      #expect(
        try NonMaxSuppression.greedy(boxes: boxes, scores: scores.map(Float.init), iouThreshold: t)
          == Self.reference(boxes, scores, threshold: t), "seed \(seed) t \(t)")
    }
  }

  @Test func pilesAndOutliersStayNearLinear() throws {
    // Behaviour, not time: thousands of boxes on one spot, and a far-away box, keep the exact result
    // (the scan reads only filled slots; the grid extent ignores the outlier).
    var rng = SeededRandom(seed: 7)
    var boxes: [BoundingBox<Double>] = [], scores: [Double] = []
    for _ in 0..<3000 {
      let x = 500 + 60 * rng.uniform(), y = 500 + 60 * rng.uniform()
      boxes.append(BoundingBox(x1: x, y1: y, x2: x + 100, y2: y + 100)); scores.append(rng.uniform())
    }
    boxes.append(BoundingBox(x1: 1e9, y1: 1e9, x2: 1e9 + 50, y2: 1e9 + 50)); scores.append(0.5)
    // A huge box whose window is wider than the bucket table (every bucket is read once), and one
    // it suppresses.
    boxes.append(BoundingBox(x1: -1e12, y1: -1e12, x2: 1e12, y2: 1e12)); scores.append(0.3)
    boxes.append(BoundingBox(x1: -1e12, y1: -1e12, x2: 1e12, y2: 0.9e12)); scores.append(0.2)
    let expected = Self.reference(boxes, scores, threshold: 0.5)
    #expect(try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: 0.5) == expected)
    #expect(expected.contains(3000) && expected.contains(3001) && !expected.contains(3002))
    // ... and it was the centre index that ran: with this seed neither huge box sits at a sampled
    // position of the score order (every 11th); if one did, the size mix would hand back to the
    // owner-cell grid and `indexed` would be nil, failing here.
    let order = scores.withUnsafeBufferPointer { NonMaxSuppression._scoreOrder($0, scoreThreshold: nil) }
    let indexed = boxes.withUnsafeBufferPointer { p in
      NonMaxSuppression._greedyCenterIndexed(
        order: order, bounds: p, maxOutputCount: .max, threshold: 0.5, eta: 1.0,
        impliedOverlap: 0.49
      ) { _, kb, c, t in kb.iou(with: p[c]) > t }
    }
    #expect(indexed == expected)
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
      for t in [0.1, 0.2, 0.3, 0.45, 0.5, 2.0 / 3, 0.8, 1] {
        let expected = Self.reference(boxes, scores, threshold: t)
        let got = try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: t)
        #expect(got == expected, "seed \(seed) round \(round) t \(t)")
      }
      let classes = (0..<n).map { _ in Int(rng.next() % 3) }
      let expected = Reference.greedy(count: n, scores: scores, threshold: 0.5) { k, c in
        classes[k] == classes[c] ? Reference.iou(coords(boxes[k]), coords(boxes[c])) : 0
      }
      #expect(
        try NonMaxSuppression.batched(boxes: boxes, scores: scores, classes: classes, iouThreshold: 0.5) == expected,
        "seed \(seed) round \(round) batched")
    }
  }

  @Test func engineFallsBackOutsideTheFloatPrefilterRange() throws {
    // Coordinates beyond 2^120 or all within 2^-100 of the origin: the owner-cell grid runs, same result.
    for origin in [0x1p121, -0x1p200, 0.0] {
      let side = origin == 0 ? 0x1p-110 : abs(origin) * 0x1p-20
      let (boxes, scores) = Self.thresholdPairs(Double.self, t: 0.5, origin: origin, side: side, nudge: side * 0x1p-40)
      #expect(
        try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: 0.5)
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

  @Test func mixedSizesUseSizeLevels() throws {
    // 30% boxes ~100x larger than the median: each size has its own level, and the centre index
    // (not the owner-cell grid) runs and agrees with the definition at every threshold.
    var rng = SeededRandom(seed: 11)
    var boxes: [BoundingBox<Double>] = [], scores: [Double] = []
    for i in 0..<600 {
      let side = i % 10 < 3 ? 400 + 100 * rng.uniform() : 4 + 8 * rng.uniform()
      let x = 1000 * rng.uniform(), y = 1000 * rng.uniform()
      boxes.append(BoundingBox(x1: x, y1: y, x2: x + side, y2: y + side)); scores.append(rng.uniform())
    }
    let order = scores.withUnsafeBufferPointer { NonMaxSuppression._scoreOrder($0, scoreThreshold: nil) }
    func indexed(_ b: [BoundingBox<Double>], _ t: Double) -> [Int]? {
      b.withUnsafeBufferPointer { p in
        NonMaxSuppression._greedyCenterIndexed(
          order: order, bounds: p, maxOutputCount: .max, threshold: t, eta: 1.0,
          impliedOverlap: t * (1 - 1e-9)
        ) { _, kb, c, t in kb.iou(with: p[c]) > t }
      }
    }
    for t in [0.1, 0.2, 0.5] {
      let expected = Self.reference(boxes, scores, threshold: t)
      #expect(indexed(boxes, t) == expected, "t \(t)")
      #expect(try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: t) == expected, "t \(t)")
    }
  }

  @Test func lowThresholdsOnMixedSizesAndOutliers() throws {
    // The benchmark's shape (every 10th box 10x larger, every 100th far away), elongated boxes and
    // exact ties on a lattice, at the thresholds where the size levels matter most.
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SeededRandom(seed: seed)
    for round in 0..<12 {
      let n = 100 + Int(rng.next() % 700)
      var boxes: [BoundingBox<Double>] = [], scores: [Double] = []
      for i in 0..<n {
        var x = (rng.uniform() * 300).rounded(), y = (rng.uniform() * 300).rounded()
        var w = (2 + 28 * rng.uniform()).rounded(), h = (2 + 28 * rng.uniform()).rounded()
        if i % 10 == 0 { w *= 10; h *= 10 }
        if i % 7 == 3 { w *= 6 }  // elongated
        if i % 100 == 1 { x += 1e6 * Double(1 + i % 7); y -= 1e6 }
        if round % 3 == 1 { x *= 1e-3; y *= 1e-3; w *= 1e-3; h *= 1e-3 }
        boxes.append(BoundingBox(x1: x, y1: y, x2: x + w, y2: y + h))
        scores.append((rng.uniform() * 32).rounded() / 32)
      }
      for t in [0.1, 0.15, 0.2, 0.25, 0.3, 0.5] {
        let expected = Self.reference(boxes, scores, threshold: t)
        #expect(
          try NonMaxSuppression.greedy(boxes: boxes, scores: scores, iouThreshold: t) == expected,
          "seed \(seed) round \(round) t \(t)")
        let floats = boxes.map { BoundingBox(x1: Float($0.x1), y1: Float($0.y1), x2: Float($0.x2), y2: Float($0.y2)) }
        #expect(
          try NonMaxSuppression.greedy(boxes: floats, scores: scores.map(Float.init), iouThreshold: Float(t))
            == Self.reference(floats, scores, threshold: Float(t)), "Float seed \(seed) round \(round) t \(t)")
      }
    }
  }

  @Test func impliedOverlapBound() {
    // Below 0.1 (after eta) the owner-cell grid is the better index; Float keeps a wider margin.
    #expect(NonMaxSuppression._impliedOverlapBound(threshold: 0.09, eta: 1.0, scalar: Double.self) == nil)
    #expect(NonMaxSuppression._impliedOverlapBound(threshold: 0.1, eta: 1.0, scalar: Double.self) != nil)
    #expect(NonMaxSuppression._impliedOverlapBound(threshold: Float(0.1), eta: 1, scalar: Float.self) != nil)
    #expect(NonMaxSuppression._impliedOverlapBound(threshold: 0.9, eta: 0.1, scalar: Double.self) == nil)
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
      let subnormal = Double.leastNormalMagnitude / 1024
      let pool: [Double] = [
        0, -0.0, 1, -1, .infinity, -.infinity, .nan, 0.5, subnormal, -subnormal, 3, .greatestFiniteMagnitude,
      ]
      let scores = (0..<n).map { _ in
        rng.next() % 3 == 0 ? rng.uniform() * 2 - 1 : pool[Int(rng.next() % UInt64(pool.count))]
      }
      for threshold in [nil, 0.0, -0.5] as [Double?] {
        var expected = (0..<n).filter { i in threshold.map { scores[i] > $0 } ?? !scores[i].isNaN }
        expected.sort { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        let got = scores.withUnsafeBufferPointer { NonMaxSuppression._scoreOrder($0, scoreThreshold: threshold) }
        #expect(got == expected, "seed \(seed) n \(n) threshold \(String(describing: threshold))")
        let floats = scores.map(Float.init)
        let gotFloat = floats.withUnsafeBufferPointer {
          NonMaxSuppression._scoreOrder($0, scoreThreshold: threshold.map(Float.init))
        }
        var expectedFloat = (0..<n).filter { i in threshold.map { floats[i] > Float($0) } ?? !floats[i].isNaN }
        expectedFloat.sort { floats[$0] > floats[$1] || (floats[$0] == floats[$1] && $0 < $1) }
        #expect(gotFloat == expectedFloat, "seed \(seed) n \(n) Float")
        let topK = scores.withUnsafeBufferPointer {
          NonMaxSuppression._scoreOrder($0, scoreThreshold: threshold, topK: 7)
        }
        #expect(topK == Array(expected.prefix(7)), "seed \(seed) n \(n) topK")
      }
    }
  }
}
