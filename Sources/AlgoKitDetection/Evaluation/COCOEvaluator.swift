// COCO evaluation with pycocotools' COCOeval semantics (iouType='bbox' or 'segm', useCats=1).

import AlgoKitGeometry

/// The twelve `COCOeval.summarize()` numbers, computed exactly the way pycocotools computes them.
///
///     let evaluator = try COCOEvaluator(imageIDs: [1, 2], categoryIDs: [1], groundTruth: [
///       .init(id: 1, imageID: 1, categoryID: 1, x: 10, y: 10, width: 50, height: 40, area: 2000),
///     ])
///     let result = try evaluator.evaluate([
///       .init(imageID: 1, categoryID: 1, x: 12, y: 11, width: 50, height: 40, score: 0.9),
///     ])
///     result.stats[0]                          // AP@[.50:.95], area all, maxDets 100
///     print(result.summaryLines.joined(separator: "\n"))
///
/// Reference semantics (pycocotools 2.0, `cocoeval.py`), reproduced step by step:
/// - Per image and category, detections sorted by descending score with a stable sort (numpy
///   `argsort(kind='mergesort')` on `-score`: equal scores keep input order) and cut to the largest
///   `maxDets` (100): the cut is per image *and category*, as in pycocotools.
/// - IoU from ``BoundingBox/iou(with:)``; against crowd ground truth it is intersection over the
///   detection's area (``BoundingBox/intersectionOverForeground(with:)``). With
///   ``Parameters/iouType`` `.segm` it is the masks' IoU (``RunLengthMask/iou(_:_:isCrowd:)``,
///   same crowd rule; masks of different sizes get pycocotools' -1), and a detection's area is its
///   mask's area (pycocotools' `loadRes`).
/// - Per area range, ground truth is ignored when `iscrowd` or its annotation `area` field lies
///   outside `[lower, upper]` (the `area` field, not `w*h`); it is visited non-ignored first
///   (stable). Matching: ``DetectionMatching/coco(detections:scores:groundTruth:ignored:crowd:iouThreshold:)``.
///   An unmatched detection whose `w*h` lies outside the range is ignored.
/// - Accumulation per category, area range and `maxDets`: detections of all images (in ascending
///   image id order) merged by a stable sort on descending score; cumulative TP/FP;
///   `precision = tp / (tp + fp + 2^-52)`; the precision envelope (running maximum from the right);
///   sampled at the 101 recall thresholds `i * 0.01` by `searchsorted(side='left')` (0 past the
///   last recall); recall = final TP / non-ignored ground truth. Categories (or area ranges)
///   without non-ignored ground truth keep `-1`, and the means skip `-1` (all `-1` gives `-1`).
/// - The means use numpy's pairwise summation, so the stats match to the last bits in practice.
/// - pycocotools quirks kept: a match with a ground-truth annotation whose `id` is 0 counts as
///   unmatched (numpy tests `dtm == 0`); images listed with no annotations still count.
///
/// - Complexity: building the evaluator O(G log G); ``evaluate(_:)`` O(N log N + Σ D·G·T) over
///   image/category groups (D detections, G ground truth, T IoU thresholds) plus
///   O(K·A·M·T·(N_k + R)) for the accumulation; memory O(N + G + K·A·M·T·R).
public struct COCOEvaluator: Sendable {
  /// One ground-truth annotation (`"annotations"` of the ground-truth file).
  public struct GroundTruth: Hashable, Sendable {
    /// The annotation `id` (only 0 matters: see the type's quirks).
    public var id: Int
    /// `image_id`: must be one of the evaluator's images.
    public var imageID: Int
    /// `category_id`: must be one of the evaluator's categories.
    public var categoryID: Int
    /// The box, built from COCO's `[x, y, width, height]`.
    public var box: BoundingBox<Double>
    /// The annotation's `area` field, which decides the area range (for segmentations it is the
    /// mask area, smaller than `width * height`).
    public var area: Double
    /// `iscrowd`: ignored for AP, matched by intersection over detection area, never used up.
    public var isCrowd: Bool
    /// The mask (`segmentation` as RLE, e.g. ``RunLengthMask/init(polygons:height:width:)`` for
    /// polygons, as pycocotools' `annToRLE`); required by `iouType == .segm`, unused for `.bbox`.
    public var segmentation: RunLengthMask?

    /// An annotation from COCO's `bbox` `[x, y, width, height]`, its `area` and `iscrowd`.
    @inlinable
    public init(
      id: Int, imageID: Int, categoryID: Int, x: Double, y: Double, width: Double, height: Double,
      area: Double, isCrowd: Bool = false
    ) {
      self.id = id
      self.imageID = imageID
      self.categoryID = categoryID
      self.box = BoundingBox(x, y, width, height, format: .xywh)
      self.area = area
      self.isCrowd = isCrowd
      self.segmentation = nil
    }

    /// An annotation with a mask (for `iouType == .segm`): its box is the mask's
    /// ``RunLengthMask/boundingBox``; `area` is the annotation's `area` field, the mask's area
    /// when `nil`.
    ///
    ///     let g = COCOEvaluator.GroundTruth(id: 1, imageID: 1, categoryID: 1, segmentation: mask)
    ///
    /// Input is checked by ``COCOEvaluator/init(imageIDs:categoryIDs:groundTruth:parameters:)``.
    ///
    /// - Complexity: O(`segmentation.counts.count`) (box and area from the runs).
    @inlinable
    public init(
      id: Int, imageID: Int, categoryID: Int, segmentation: RunLengthMask, area: Double? = nil, isCrowd: Bool = false
    ) {
      let b = segmentation.boundingBox
      self.init(
        id: id, imageID: imageID, categoryID: categoryID, x: b.x, y: b.y, width: b.width, height: b.height,
        area: area ?? Double(segmentation.area), isCrowd: isCrowd)
      self.segmentation = segmentation
    }
  }

  /// One detection (a record of the results file).
  public struct Detection: Hashable, Sendable {
    /// `image_id`: must be one of the evaluator's images.
    public var imageID: Int
    /// `category_id`: must be one of the evaluator's categories.
    public var categoryID: Int
    /// The box, built from COCO's `[x, y, width, height]` (`x2 = x + width`).
    public var box: BoundingBox<Double>
    /// `width * height` (pycocotools' `loadRes` sets `area = bb[2] * bb[3]`).
    public var area: Double
    /// Confidence; higher first, equal scores in input order.
    public var score: Double
    /// The mask; required by `iouType == .segm`, unused for `.bbox`.
    public var segmentation: RunLengthMask?

    /// A detection from COCO's `bbox` `[x, y, width, height]` and its score.
    @inlinable
    public init(imageID: Int, categoryID: Int, x: Double, y: Double, width: Double, height: Double, score: Double) {
      self.imageID = imageID
      self.categoryID = categoryID
      self.box = BoundingBox(x, y, width, height, format: .xywh)
      self.area = width * height
      self.score = score
      self.segmentation = nil
    }

    /// A detection with a mask (for `iouType == .segm`): box and area from the mask, as
    /// pycocotools' `loadRes` (`toBbox`, `area`).
    ///
    ///     let d = COCOEvaluator.Detection(imageID: 1, categoryID: 1, segmentation: mask, score: 0.9)
    ///
    /// Input is checked by ``COCOEvaluator/evaluate(_:)``.
    ///
    /// - Complexity: O(`segmentation.counts.count`) (box and area from the runs).
    @inlinable
    public init(imageID: Int, categoryID: Int, segmentation: RunLengthMask, score: Double) {
      let b = segmentation.boundingBox
      self.init(
        imageID: imageID, categoryID: categoryID, x: b.x, y: b.y, width: b.width, height: b.height, score: score)
      self.area = Double(segmentation.area)
      self.segmentation = segmentation
    }
  }

  /// What the IoU is computed on (pycocotools' `iouType`; `keypoints` is not supported).
  public enum IoUType: Hashable, Sendable {
    /// Boxes (`iouType='bbox'`).
    case bbox
    /// Masks (`iouType='segm'`): every ground truth and detection needs a `segmentation`.
    case segm
  }

  /// An area range: ground truth with `area` outside `[lower, upper]` is ignored.
  public struct AreaRange: Hashable, Sendable {
    /// The name `summarize()` prints (`all`, `small`, `medium`, `large`).
    public var label: String
    /// Inclusive lower bound on the annotation `area` (and, for unmatched detections, `w * h`).
    public var lower: Double
    /// Inclusive upper bound on the same areas (pycocotools uses `1e5 ** 2` for "no limit").
    public var upper: Double
    /// A range `[lower, upper]` named `label`.
    public init(label: String, lower: Double, upper: Double) {
      self.label = label
      self.lower = lower
      self.upper = upper
    }
  }

  /// pycocotools' `Params` for `iouType='bbox'` or `'segm'` (the same defaults).
  public struct Parameters: Hashable, Sendable {
    /// Boxes (default) or masks.
    public var iouType: IoUType = .bbox
    /// `np.linspace(.5, 0.95, 10)`: `0.5 + i * (0.95 - 0.5) / 9`, the last exactly 0.95 (so the
    /// ninth is 0.8999999999999999, as in numpy). At most 64 thresholds.
    public var iouThresholds: [Double] = COCOEvaluator.linspace(0.5, 0.95, 10)
    /// `np.linspace(0, 1, 101)`: `i * 0.01`, the last exactly 1. Must be ascending.
    public var recallThresholds: [Double] = COCOEvaluator.linspace(0, 1, 101)
    /// Ascending; the last one is the per image/category cut. Default `[1, 10, 100]`.
    public var maxDetections: [Int] = [1, 10, 100]
    /// Default all `[0, 1e10]`, small `[0, 32²]`, medium `[32², 96²]`, large `[96², 1e10]`.
    public var areaRanges: [AreaRange] = [
      AreaRange(label: "all", lower: 0, upper: 1e10), AreaRange(label: "small", lower: 0, upper: 1024),
      AreaRange(label: "medium", lower: 1024, upper: 9216), AreaRange(label: "large", lower: 9216, upper: 1e10),
    ]
    /// pycocotools' defaults.
    public init() {}
  }

  /// Why input was refused: the record is an index into the array passed in (file order).
  public enum InputError: Error, Hashable, Sendable {
    /// `image_id` not among the evaluator's images.
    case unknownImage(record: Int, imageID: Int, isDetection: Bool)
    /// `category_id` not among the evaluator's categories.
    case unknownCategory(record: Int, categoryID: Int, isDetection: Bool)
    /// A NaN/infinite coordinate, negative width or height, or (ground truth) NaN/negative `area`.
    case invalidBox(record: Int, isDetection: Bool)
    /// A NaN or infinite score.
    case invalidScore(record: Int)
    /// `iouType == .segm` but the record has no `segmentation`.
    case missingSegmentation(record: Int, isDetection: Bool)
    /// Parameters outside what the evaluation supports (more than 64 IoU thresholds, empty lists,
    /// unsorted `maxDetections`, NaN thresholds).
    case invalidParameters(String)
  }

  /// The evaluation: `precision[t][r][k][a][m]` and `recall[t][k][a][m]` as pycocotools' `eval`,
  /// and the twelve `stats`.
  public struct Result: Hashable, Sendable {
    /// The parameters the evaluation used.
    public var parameters: Parameters
    /// Sorted unique category ids (the `k` axis).
    public var categoryIDs: [Int]
    /// Flat, C order `[T][R][K][A][M]`; -1 where the category/area has no non-ignored ground truth.
    public var precision: [Double]
    /// Flat, C order `[T][K][A][M]`; -1 likewise.
    public var recall: [Double]

    /// `precision[t][r][k][a][m]`.
    @inlinable
    public func precision(t: Int, r: Int, k: Int, a: Int, m: Int) -> Double {
      let (R, K, A, M) = (
        parameters.recallThresholds.count, categoryIDs.count, parameters.areaRanges.count,
        parameters.maxDetections.count
      )
      return precision[(((t * R + r) * K + k) * A + a) * M + m]
    }

    /// `recall[t][k][a][m]`.
    @inlinable
    public func recall(t: Int, k: Int, a: Int, m: Int) -> Double {
      let (K, A, M) = (categoryIDs.count, parameters.areaRanges.count, parameters.maxDetections.count)
      return recall[((t * K + k) * A + a) * M + m]
    }
  }

  /// The evaluation parameters (pycocotools' defaults unless given).
  public let parameters: Parameters
  /// Sorted unique image ids.
  public let imageIDs: [Int]
  /// Sorted unique category ids.
  public let categoryIDs: [Int]
  @usableFromInline let _groundTruth: [GroundTruth]
  /// Ground truth indices sorted by category, then image, then file order; the category starts
  /// (`K + 1` entries) and each entry's image index. Memory O(G + K), not O(I·K): LVIS- and
  /// OpenImages-sized id sets stay small.
  @usableFromInline let _gtOrder: [Int32]
  @usableFromInline let _gtStart: [Int]
  @usableFromInline let _gtImage: [Int32]
  @usableFromInline let _imageIndex: [Int: Int]
  @usableFromInline let _categoryIndex: [Int: Int]

  /// An evaluator for the images and categories of a ground-truth file and its annotations.
  ///
  /// - Throws: ``InputError`` for an annotation with an unknown image or category, a NaN/infinite
  ///   coordinate, a negative size or a NaN/negative `area`; bad ``Parameters``.
  /// - Complexity: O(G + I log I + K log K).
  public init(
    imageIDs: [Int], categoryIDs: [Int], groundTruth: [GroundTruth],
    parameters: Parameters = Parameters()
  ) throws(InputError) {
    let p = parameters
    guard !p.iouThresholds.isEmpty, p.iouThresholds.count <= 64, !p.recallThresholds.isEmpty,
      !p.maxDetections.isEmpty, !p.areaRanges.isEmpty,
      p.maxDetections.allSatisfy({ $0 >= 0 }), p.maxDetections == p.maxDetections.sorted(),
      p.recallThresholds == p.recallThresholds.sorted(),
      !p.iouThresholds.contains(where: \.isNaN), !p.recallThresholds.contains(where: \.isNaN)
    else {
      throw .invalidParameters(
        "need 1...64 IoU thresholds, ascending recall thresholds, area ranges and ascending maxDetections, no NaN")
    }
    self.parameters = p
    self.imageIDs = Array(Set(imageIDs)).sorted()
    self.categoryIDs = Array(Set(categoryIDs)).sorted()
    var imageIndex: [Int: Int] = [:], categoryIndex: [Int: Int] = [:]
    for (i, id) in self.imageIDs.enumerated() { imageIndex[id] = i }
    for (k, id) in self.categoryIDs.enumerated() { categoryIndex[id] = k }
    guard groundTruth.count < Int(Int32.max), imageIDs.count < Int(Int32.max), categoryIDs.count < Int(Int32.max) else {
      throw .invalidParameters("at most 2^31 - 2 annotations, images and categories")
    }
    var cats = [Int32](repeating: 0, count: groundTruth.count), imgs = cats
    for (n, g) in groundTruth.enumerated() {
      guard let i = imageIndex[g.imageID] else {
        throw .unknownImage(record: n, imageID: g.imageID, isDetection: false)
      }
      guard let k = categoryIndex[g.categoryID] else {
        throw .unknownCategory(record: n, categoryID: g.categoryID, isDetection: false)
      }
      guard g.box.isFinite, g.box.width >= 0, g.box.height >= 0, g.area >= 0, g.area.isFinite else {
        throw .invalidBox(record: n, isDetection: false)
      }
      if p.iouType == .segm && g.segmentation == nil { throw .missingSegmentation(record: n, isDetection: false) }
      cats[n] = Int32(k)
      imgs[n] = Int32(i)
    }
    (_gtOrder, _gtStart, _gtImage) = COCOEvaluator._group(categories: cats, images: imgs, count: self.categoryIDs.count)
    _groundTruth = groundTruth
    _imageIndex = imageIndex
    _categoryIndex = categoryIndex
  }

  /// `np.linspace(start, stop, count)`: `start + i * ((stop - start) / (count - 1))`, last = `stop`.
  public static func linspace(_ start: Double, _ stop: Double, _ count: Int) -> [Double] {
    if count <= 0 { return [] }
    if count == 1 { return [start] }
    let step = (stop - start) / Double(count - 1)
    var r = (0..<count).map { Double($0) * step + start }
    r[count - 1] = stop
    return r
  }

  /// Record indices sorted by (category, image, record): a counting sort by category, then each
  /// category's slice sorted by (image, record). Returns the order, the category starts and the
  /// image index of each ordered record.
  @usableFromInline
  static func _group(categories: [Int32], images: [Int32], count: Int) -> (order: [Int32], start: [Int], image: [Int32])
  {
    var start = [Int](repeating: 0, count: count + 1)
    for k in categories { start[Int(k) + 1] &+= 1 }
    for g in 0..<count { start[g + 1] &+= start[g] }
    var fill = start
    var order = [Int32](repeating: 0, count: categories.count)
    for (n, k) in categories.enumerated() {
      order[fill[Int(k)]] = Int32(truncatingIfNeeded: n)
      fill[Int(k)] &+= 1
    }
    images.withUnsafeBufferPointer { im in
      for k in 0..<count where start[k + 1] - start[k] > 1 {
        order[start[k]..<start[k + 1]].sort { a, b in im[Int(a)] < im[Int(b)] || (im[Int(a)] == im[Int(b)] && a < b) }
      }
    }
    return (order, start, order.map { images[Int($0)] })
  }

  /// Evaluates `detections` on the calling thread.
  ///
  /// - Throws: ``InputError`` for a detection with an unknown image or category, a NaN/infinite
  ///   coordinate, a negative size, or a NaN/infinite score. An empty array is valid: every
  ///   category with ground truth gets AP 0 and AR 0 (pycocotools' `loadRes` refuses an empty list).
  /// - Complexity: see the type.
  public func evaluate(_ detections: [Detection]) throws(InputError) -> Result {
    let prepared = try _prepare(detections)
    let K = categoryIDs.count
    var parts: [_CategoryResult] = []
    parts.reserveCapacity(K)
    var scratch = _Scratch()
    for k in 0..<K { parts.append(_evaluateCategory(k, prepared, &scratch)) }
    return _assemble(parts)
  }

  /// Evaluates `detections` with a task group over chunks of categories (each category's images are
  /// evaluated and accumulated by one task). The result is identical to ``evaluate(_:)``.
  ///
  /// Categories rather than image chunks: accumulation is per category over all images, so a
  /// category evaluated by one task needs no merge step and the result cannot depend on scheduling.
  /// A single-category evaluation therefore runs on one task.
  ///
  /// - Parameters:
  ///   - detections: the detections to score, as for ``evaluate(_:)``.
  ///   - tasks: chunks to split the categories into (default: one per category up to 64).
  /// - Throws: as ``evaluate(_:)``.
  /// - Complexity: as ``evaluate(_:)``, divided over the available cores.
  public func evaluateConcurrently(_ detections: [Detection], tasks: Int = 64) async throws(InputError) -> Result {
    let prepared = try _prepare(detections)
    let K = categoryIDs.count
    let chunks = Swift.max(1, Swift.min(tasks, K))
    let me = self
    let parts = await withTaskGroup(of: (Int, [_CategoryResult]).self) { group in
      for c in 0..<chunks {
        let range = (c * K / chunks)..<((c + 1) * K / chunks)
        group.addTask {
          var scratch = _Scratch()
          return (c, range.map { me._evaluateCategory($0, prepared, &scratch) })
        }
      }
      var byChunk = [[_CategoryResult]](repeating: [], count: chunks)
      for await (c, r) in group { byChunk[c] = r }
      return byChunk.flatMap { $0 }
    }
    return _assemble(parts)
  }

  // MARK: internals

  @usableFromInline
  struct _Prepared: Sendable {
    var detections: [Detection]
    var order: [Int32]
    var start: [Int]
    var image: [Int32]
  }

  @usableFromInline
  struct _CategoryResult: Sendable {
    /// `[T][R][A][M]` and `[T][A][M]` for one category.
    var precision: [Double]
    var recall: [Double]
  }

  @usableFromInline
  struct _Scratch {
    var ious: [Double] = []
    var gtIgnored: [Bool] = []
    var gtSorted: [Int] = []
    var taken: [Bool] = []
    var dets: [Int] = []
    var gtBox: [BoundingBox<Double>] = []
    var gtArea: [Double] = []
    var gtCrowd: [Bool] = []
    var gtZeroID: [Bool] = []
    var detArea: [Double] = []
  }

  func _prepare(_ detections: [Detection]) throws(InputError) -> _Prepared {
    guard detections.count < Int(Int32.max) else { throw .invalidParameters("at most 2^31 - 2 detections") }
    var cats = [Int32](repeating: 0, count: detections.count), imgs = cats
    for (n, d) in detections.enumerated() {
      guard let i = _imageIndex[d.imageID] else {
        throw .unknownImage(record: n, imageID: d.imageID, isDetection: true)
      }
      guard let k = _categoryIndex[d.categoryID] else {
        throw .unknownCategory(record: n, categoryID: d.categoryID, isDetection: true)
      }
      guard d.box.isFinite, d.box.width >= 0, d.box.height >= 0, d.area.isFinite else {
        throw .invalidBox(record: n, isDetection: true)
      }
      guard d.score.isFinite else { throw .invalidScore(record: n) }
      if parameters.iouType == .segm && d.segmentation == nil {
        throw .missingSegmentation(record: n, isDetection: true)
      }
      cats[n] = Int32(k)
      imgs[n] = Int32(i)
    }
    let (order, start, image) = COCOEvaluator._group(categories: cats, images: imgs, count: categoryIDs.count)
    return _Prepared(detections: detections, order: order, start: start, image: image)
  }

  /// evaluateImg for every image of category `k` (all area ranges, the largest maxDets), then
  /// accumulate for every area range and maxDets.
  func _evaluateCategory(_ k: Int, _ prep: _Prepared, _ s: inout _Scratch) -> _CategoryResult {
    let p = parameters
    let T = p.iouThresholds.count, R = p.recallThresholds.count
    let A = p.areaRanges.count, M = p.maxDetections.count
    let maxDet = p.maxDetections[M - 1]
    var precision = [Double](repeating: -1, count: T * R * A * M)
    var recall = [Double](repeating: -1, count: T * A * M)
    // Kept detections of this category in concatenation order (image, rank).
    var score: [Double] = [], rank: [Int32] = []
    var tpMask: [[UInt64]] = Array(repeating: [], count: A), fpMask = tpMask
    var positives = [Int](repeating: 0, count: A)
    let gts = _groundTruth
    let dets = prep.detections
    let allBits: UInt64 = T == 64 ? ~0 : (1 &<< UInt64(T)) &- 1
    // Images with ground truth or detections of category k, ascending (a merge of the two runs).
    var gi = _gtStart[k], di = prep.start[k]
    let ge = _gtStart[k + 1], de = prep.start[k + 1]
    while gi < ge || di < de {
      let i = Swift.min(gi < ge ? _gtImage[gi] : .max, di < de ? prep.image[di] : .max)
      let g0 = gi, d0 = di
      while gi < ge && _gtImage[gi] == i { gi += 1 }
      while di < de && prep.image[di] == i { di += 1 }
      let g1 = gi, d1 = di
      let G = g1 - g0
      if G == 0 && d0 == d1 { continue }
      // Detections by descending score, stable (index tie-break), cut to maxDet.
      s.dets.removeAll(keepingCapacity: true)
      for n in d0..<d1 { s.dets.append(Int(prep.order[n])) }
      if s.dets.count > 1 {
        dets.withUnsafeBufferPointer { dp in
          s.dets.sort { a, b in dp[a].score > dp[b].score || (dp[a].score == dp[b].score && a < b) }
        }
      }
      let D = Swift.min(s.dets.count, maxDet)
      s.detArea.removeAll(keepingCapacity: true)
      for dn in 0..<D {
        let d = dets[s.dets[dn]]
        score.append(d.score)
        rank.append(Int32(dn))
        s.detArea.append(d.area)
      }
      let base = score.count - D
      for a in 0..<A {
        tpMask[a].append(contentsOf: repeatElement(0, count: D))
        fpMask[a].append(contentsOf: repeatElement(0, count: D))
      }
      if G == 0 {
        // Nothing to match: a detection is a false positive unless its area is out of range.
        for a in 0..<A {
          let lo = p.areaRanges[a].lower, hi = p.areaRanges[a].upper
          fpMask[a].withUnsafeMutableBufferPointer { fp in
            for dn in 0..<D where !(s.detArea[dn] < lo || s.detArea[dn] > hi) { fp[base + dn] = allBits }
          }
        }
        continue
      }
      s.gtBox.removeAll(keepingCapacity: true); s.gtArea.removeAll(keepingCapacity: true)
      s.gtCrowd.removeAll(keepingCapacity: true); s.gtZeroID.removeAll(keepingCapacity: true)
      for gn in 0..<G {
        let g = gts[Int(_gtOrder[g0 + gn])]
        s.gtBox.append(g.box); s.gtArea.append(g.area); s.gtCrowd.append(g.isCrowd); s.gtZeroID.append(g.id == 0)
      }
      // IoU table D x G in file order of the ground truth.
      s.ious.removeAll(keepingCapacity: true)
      if p.iouType == .segm {
        for dn in 0..<D {
          // Masks are checked present by `init` and `_prepare`.
          let dm = dets[s.dets[dn]].segmentation!
          for gn in 0..<G {
            let gm = gts[Int(_gtOrder[g0 + gn])].segmentation!
            s.ious.append(RunLengthMask._cocoPairIoU(dm, gm, crowd: s.gtCrowd[gn]))
          }
        }
      } else {
        for dn in 0..<D {
          let db = dets[s.dets[dn]].box
          for gn in 0..<G {
            s.ious.append(
              s.gtCrowd[gn] ? db.intersectionOverForeground(with: s.gtBox[gn]) : db.iou(with: s.gtBox[gn]))
          }
        }
      }
      if s.taken.count < G { s.taken = [Bool](repeating: false, count: G) }
      for a in 0..<A {
        let lo = p.areaRanges[a].lower, hi = p.areaRanges[a].upper
        s.gtIgnored.removeAll(keepingCapacity: true)
        s.gtSorted.removeAll(keepingCapacity: true)
        for gn in 0..<G { s.gtIgnored.append(s.gtCrowd[gn] || s.gtArea[gn] < lo || s.gtArea[gn] > hi) }
        for gn in 0..<G where !s.gtIgnored[gn] { s.gtSorted.append(gn) }
        positives[a] += s.gtSorted.count
        for gn in 0..<G where s.gtIgnored[gn] { s.gtSorted.append(gn) }
        tpMask[a].withUnsafeMutableBufferPointer { tp in
          fpMask[a].withUnsafeMutableBufferPointer { fp in
            s.ious.withUnsafeBufferPointer { ious in
              s.taken.withUnsafeMutableBufferPointer { taken in
                s.gtIgnored.withUnsafeBufferPointer { ign in
                  s.gtCrowd.withUnsafeBufferPointer { crowd in
                    s.gtSorted.withUnsafeBufferPointer { order in
                      for t in 0..<T {
                        for gn in 0..<G { taken[gn] = false }
                        let bit = UInt64(1) &<< UInt64(t)
                        for dn in 0..<D {
                          var best = Swift.min(p.iouThresholds[t], 1 - 1e-10)
                          var m = -1
                          let row = dn &* G
                          for gn in order {
                            if taken[gn] && !crowd[gn] { continue }
                            if m > -1 && !ign[m] && ign[gn] { break }
                            let iou = ious[row &+ gn]
                            if iou < best { continue }
                            best = iou
                            m = gn
                          }
                          var matched = false, ignored = false
                          if m != -1 {
                            taken[m] = true
                            ignored = ign[m]
                            matched = !s.gtZeroID[m]  // numpy: dtm == 0 is "unmatched"
                          }
                          if !matched {
                            let area = s.detArea[dn]
                            if area < lo || area > hi { ignored = true }
                          }
                          if !ignored {
                            if matched { tp[base &+ dn] |= bit } else { fp[base &+ dn] |= bit }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    let N = score.count
    // One stable merge order for all maxDets: a prefix-per-image filter of it is its own stable sort.
    var order = Array(0..<N)
    score.withUnsafeBufferPointer { sc in
      order.sort { a, b in sc[a] > sc[b] || (sc[a] == sc[b] && a < b) }
    }
    var tpc = [Double](repeating: 0, count: N), pr = tpc
    var kept = [Int](); kept.reserveCapacity(N)
    var tpSorted = [UInt64](repeating: 0, count: N), fpSorted = tpSorted
    var minTP: [Double] = []
    for m in 0..<M {
      let md = p.maxDetections[m]
      kept.removeAll(keepingCapacity: true)
      for n in order where Int(rank[n]) < md { kept.append(n) }
      let nd = kept.count
      for a in 0..<A {
        let npig = positives[a]
        if npig == 0 { continue }
        for j in 0..<nd { tpSorted[j] = tpMask[a][kept[j]]; fpSorted[j] = fpMask[a][kept[j]] }
        let total = Double(npig)
        // searchsorted(rc, thr, side='left') with rc = tp / npig is the first entry whose TP count
        // reaches the least c with c / npig >= thr (the same division, so the same borders).
        minTP.removeAll(keepingCapacity: true)
        var c = 0
        for r in 0..<R {
          while c <= npig && Double(c) / total < p.recallThresholds[r] { c += 1 }
          minTP.append(Double(c))
        }
        tpSorted.withUnsafeBufferPointer { tpm in
          fpSorted.withUnsafeBufferPointer { fpm in
            tpc.withUnsafeMutableBufferPointer { tpc in
              pr.withUnsafeMutableBufferPointer { pr in
                precision.withUnsafeMutableBufferPointer { precision in
                  minTP.withUnsafeBufferPointer { minTP in
                    for t in 0..<T {
                      var tpSum = 0.0, fpSum = 0.0
                      for j in 0..<nd {
                        tpSum += Double((tpm[j] &>> UInt64(t)) & 1)
                        fpSum += Double((fpm[j] &>> UInt64(t)) & 1)
                        tpc[j] = tpSum
                        pr[j] = tpSum / (fpSum + tpSum + 0x1p-52)
                      }
                      recall[(t * A + a) * M + m] = nd > 0 ? tpSum / total : 0
                      if nd > 1 {
                        for j in stride(from: nd - 1, to: 0, by: -1) where pr[j] > pr[j - 1] { pr[j - 1] = pr[j] }
                      }
                      var j = 0
                      for r in 0..<R {
                        let need = minTP[r]
                        while j < nd && tpc[j] < need { j += 1 }
                        precision[((t * R + r) * A + a) * M + m] = j < nd ? pr[j] : 0
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return _CategoryResult(precision: precision, recall: recall)
  }

  func _assemble(_ parts: [_CategoryResult]) -> Result {
    let p = parameters
    let T = p.iouThresholds.count, R = p.recallThresholds.count, K = categoryIDs.count
    let A = p.areaRanges.count, M = p.maxDetections.count
    var precision = [Double](repeating: -1, count: T * R * K * A * M)
    var recall = [Double](repeating: -1, count: T * K * A * M)
    for k in 0..<K {
      let part = parts[k]
      for t in 0..<T {
        for r in 0..<R {
          for am in 0..<(A * M) {
            precision[((t * R + r) * K + k) * A * M + am] = part.precision[(t * R + r) * A * M + am]
          }
        }
        for am in 0..<(A * M) { recall[(t * K + k) * A * M + am] = part.recall[t * A * M + am] }
      }
    }
    return Result(parameters: p, categoryIDs: categoryIDs, precision: precision, recall: recall)
  }
}
