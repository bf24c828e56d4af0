// YOLO-style output decoding: [N, 4 + C] (or transposed [4 + C, N]) center-xywh boxes with
// per-class scores, score threshold, class-aware NMS, then the letterbox undone.

import AlgoKitGeometry

/// Decodes the raw output of a YOLO-style detector into boxes in original-image pixels.
///
/// Input layout: `N` candidates of `4 + C` numbers, `cx, cy, w, h` (model-input pixels) then one
/// score per class (YOLOv5 users: multiply objectness into the class scores first, or drop it).
/// - ``Layout-swift.enum/candidateMajor``: row-major `[N, 4 + C]`, candidate `i` at `i·(4+C)`.
/// - ``Layout-swift.enum/channelMajor``: `[4 + C, N]`, what YOLOv8/YOLO11 ONNX and Core ML exports
///   produce (`output0` of shape `[1, 84, 8400]`); value `k` of candidate `i` at `k·N + i`.
///
/// Steps (Ultralytics `non_max_suppression` + `scale_boxes` semantics, single label per box):
/// best class = first maximum of the class scores; keep `score > scoreThreshold`; class-aware greedy
/// NMS (``NonMaxSuppression/batched(boxes:scores:classes:iouThreshold:scoreThreshold:maxOutputCount:topK:)``)
/// in model coordinates; at most `maxDetections`; then `x = (x - padX) / scale`, `y = (y - padY) / scale`
/// and clipping to the original image. Candidates with a NaN score are dropped; a NaN or infinite
/// box among the score-passing candidates throws.
///
///     let decoder = YOLODecoder(classCount: 80, layout: .channelMajor,
///                               letterbox: .init(originalWidth: 1280, originalHeight: 720, inputSize: 640))
///     let detections = try output.withUnsafeBufferPointer { try decoder.decode($0) }
///     for i in detections.indices { print(detections.boxes[i], detections.scores[i], detections.classes[i]) }
public struct YOLODecoder: Hashable, Sendable {
  /// Memory layout of the output tensor.
  public enum Layout: Hashable, Sendable {
    /// `[N, 4 + C]`, one candidate per row.
    case candidateMajor
    /// `[4 + C, N]`, one channel per row (YOLOv8 exports).
    case channelMajor
  }

  /// The letterbox transform applied before inference: `model = original · scale + pad`.
  ///
  /// ``YOLODecoder/decode(_:)-(UnsafeBufferPointer<T>)`` checks it: `scale` and the original size
  /// must be positive and finite and the padding finite, else it throws
  /// ``DetectionError/invalidParameter(name:value:)``.
  public struct Letterbox: Hashable, Sendable {
    /// Resize factor from original to model-input pixels (positive, finite).
    public var scale: Float
    /// Horizontal padding added on the left, in model-input pixels (finite).
    public var padX: Float
    /// Vertical padding added on the top, in model-input pixels (finite).
    public var padY: Float
    /// Original image width, for clipping (positive, finite).
    public var originalWidth: Float
    /// Original image height, for clipping (positive, finite).
    public var originalHeight: Float

    /// A letterbox with explicit parameters (stored as given; validated when decoding).
    public init(scale: Float, padX: Float, padY: Float, originalWidth: Float, originalHeight: Float) {
      self.scale = scale
      self.padX = padX
      self.padY = padY
      self.originalWidth = originalWidth
      self.originalHeight = originalHeight
    }

    /// Ultralytics' `LetterBox` for a `inputWidth × inputHeight` model input (centered padding):
    /// `scale = min(inW / w, inH / h)`, padding `round(((in - round(orig·scale)) / 2) - 0.1)`.
    /// A zero or negative size gives an infinite, NaN or negative scale, which decoding rejects.
    public init(originalWidth: Int, originalHeight: Int, inputWidth: Int, inputHeight: Int) {
      let r = Swift.min(Double(inputWidth) / Double(originalWidth), Double(inputHeight) / Double(originalHeight))
      let newW = (Double(originalWidth) * r).rounded(), newH = (Double(originalHeight) * r).rounded()
      let dw = (Double(inputWidth) - newW) / 2, dh = (Double(inputHeight) - newH) / 2
      self.init(
        scale: Float(r), padX: Float((dw - 0.1).rounded()), padY: Float((dh - 0.1).rounded()),
        originalWidth: Float(originalWidth), originalHeight: Float(originalHeight))
    }

    /// A square `inputSize × inputSize` model input.
    public init(originalWidth: Int, originalHeight: Int, inputSize: Int) {
      self.init(
        originalWidth: originalWidth, originalHeight: originalHeight, inputWidth: inputSize, inputHeight: inputSize)
    }
  }

  /// Number of class-score channels `C` (at least 1, at most `Int.max - 4`).
  public var classCount: Int
  /// Memory layout of the output tensor.
  public var layout: Layout
  /// Candidates need best class score `> scoreThreshold` (strictly; not NaN).
  public var scoreThreshold: Float
  /// NMS IoU threshold in `[0, 1]`: a box is suppressed when its IoU with a kept box is greater.
  public var iouThreshold: Float
  /// At most this many detections are returned (Ultralytics `max_det`); `<= 0` returns none.
  public var maxDetections: Int
  /// nil: boxes stay in model-input coordinates (no unpadding, no clipping).
  public var letterbox: Letterbox?
  /// true: one NMS over all classes (Ultralytics `agnostic=True`).
  public var classAgnostic: Bool

  /// A decoder with Ultralytics' defaults (`conf = 0.25`, `iou = 0.45`, `max_det = 300`).
  /// Parameters are stored as given and validated by `decode`, which throws on bad ones.
  public init(
    classCount: Int, layout: Layout = .candidateMajor, scoreThreshold: Float = 0.25, iouThreshold: Float = 0.45,
    maxDetections: Int = 300, letterbox: Letterbox? = nil, classAgnostic: Bool = false
  ) {
    self.classCount = classCount
    self.layout = layout
    self.scoreThreshold = scoreThreshold
    self.iouThreshold = iouThreshold
    self.maxDetections = maxDetections
    self.letterbox = letterbox
    self.classAgnostic = classAgnostic
  }

  /// The decoded detections, struct of arrays, by descending score.
  public struct Detections: Hashable, Sendable {
    /// Boxes in original-image pixels (model-input pixels without a letterbox), xyxy.
    public var boxes: [BoundingBox<Float>]
    /// Best class score of each detection, descending.
    public var scores: [Float]
    /// Class index of each detection (the first maximum of its class scores).
    public var classes: [Int]
    /// Row of each detection in the model output.
    public var candidates: [Int]
    /// `0..<count`, the valid indices into the four arrays.
    public var indices: Range<Int> { 0..<boxes.count }

    /// Detections from four parallel arrays (stored as given).
    @inlinable
    public init(boxes: [BoundingBox<Float>], scores: [Float], classes: [Int], candidates: [Int]) {
      self.boxes = boxes
      self.scores = scores
      self.classes = classes
      self.candidates = candidates
    }
  }

  /// Decodes a buffer of `N · (4 + classCount)` values (`Float`, `Float16` where available, `Double`).
  ///
  /// An empty buffer (including one with a nil base address) decodes to no detections once the
  /// parameters pass validation.
  ///
  /// - Throws: ``DetectionError/invalidShape(expected:actual:)`` when the count is not a multiple
  ///   of `4 + classCount`; ``DetectionError/invalidParameter(name:value:)`` for a class count below
  ///   1 or above `Int.max - 4`, an IoU threshold outside `[0, 1]`, a NaN `scoreThreshold` (an
  ///   infinite one is allowed: `+inf` keeps nothing, `-inf` every non-NaN score), or a letterbox
  ///   whose `scale` is not positive and finite, whose padding is not finite, or whose original
  ///   size is not positive and finite (e.g. built from a 0-pixel image);
  ///   ``DetectionError/nonFiniteCoordinate(index:)`` for a NaN or infinite box among the
  ///   candidates passing the score threshold.
  /// - Complexity: O(N·C) to score the candidates (one pass, no per-candidate objects), then
  ///   greedy NMS on the k passing candidates; O(k) memory.
  @inlinable
  public func decode<T: BinaryFloatingPoint>(_ output: UnsafeBufferPointer<T>) throws(DetectionError) -> Detections {
    // `4 + classCount` must not overflow: a class count that large cannot describe a real buffer anyway.
    if classCount < 1 || classCount > Int.max &- 4 {
      throw .invalidParameter(name: "classCount", value: Double(classCount))
    }
    let stride = 4 &+ classCount
    if output.count % stride != 0 {
      let rows = output.count / stride &+ 1
      let expected = rows.multipliedReportingOverflow(by: stride)
      throw .invalidShape(expected: expected.overflow ? Int.max : expected.partialValue, actual: output.count)
    }
    try NonMaxSuppression._checkParameter("iouThreshold", iouThreshold)
    if scoreThreshold.isNaN { throw .invalidParameter(name: "scoreThreshold", value: Double(scoreThreshold)) }
    if let l = letterbox { try Self._checkLetterbox(l) }
    let n = output.count / stride
    // An empty buffer may have a nil base address: nothing to decode.
    if n == 0 { return Detections(boxes: [], scores: [], classes: [], candidates: []) }
    var rows: [Int] = [], boxes: [BoundingBox<Float>] = [], scores: [Float] = [], classes: [Int] = []
    let rowStep = layout == .candidateMajor ? stride : 1  // from one candidate to the next
    let channelStep = layout == .candidateMajor ? 1 : n  // from one channel to the next
    let base = output.baseAddress!
    for i in 0..<n {
      let p = base + i &* rowStep
      var best = Float(p[4 &* channelStep]), bestClass = 0
      var c = 1
      while c < classCount {
        let s = Float(p[(4 &+ c) &* channelStep])
        if s > best || best.isNaN { best = s; bestClass = c }
        c &+= 1
      }
      if !(best > scoreThreshold) { continue }
      let cx = Float(p[0]), cy = Float(p[channelStep]), w = Float(p[2 &* channelStep]), h = Float(p[3 &* channelStep])
      rows.append(i)
      boxes.append(BoundingBox(cx, cy, w, h, format: .cxcywh))
      scores.append(best)
      classes.append(bestClass)
    }
    let keep = try NonMaxSuppression._axisAligned(
      boxes: boxes, scores: scores, classes: classAgnostic ? nil : classes, iouThreshold: iouThreshold,
      scoreThreshold: nil, maxOutputCount: maxDetections, topK: 0, eta: 1, distance: false)
    var result = Detections(boxes: [], scores: [], classes: [], candidates: [])
    result.boxes.reserveCapacity(keep.count)
    for k in keep {
      var b = boxes[k]
      if let l = letterbox {
        b = BoundingBox(
          x1: (b.x1 - l.padX) / l.scale, y1: (b.y1 - l.padY) / l.scale,
          x2: (b.x2 - l.padX) / l.scale, y2: (b.y2 - l.padY) / l.scale
        ).clipped(width: l.originalWidth, height: l.originalHeight)
      }
      result.boxes.append(b)
      result.scores.append(scores[k])
      result.classes.append(classes[k])
      result.candidates.append(rows[k])
    }
    return result
  }

  /// Throws unless the letterbox maps model pixels back to finite original pixels.
  @inlinable
  internal static func _checkLetterbox(_ l: Letterbox) throws(DetectionError) {
    if !(l.scale > 0 && l.scale.isFinite) { throw .invalidParameter(name: "letterbox.scale", value: Double(l.scale)) }
    if !l.padX.isFinite { throw .invalidParameter(name: "letterbox.padX", value: Double(l.padX)) }
    if !l.padY.isFinite { throw .invalidParameter(name: "letterbox.padY", value: Double(l.padY)) }
    if !(l.originalWidth > 0 && l.originalWidth.isFinite) {
      throw .invalidParameter(name: "letterbox.originalWidth", value: Double(l.originalWidth))
    }
    if !(l.originalHeight > 0 && l.originalHeight.isFinite) {
      throw .invalidParameter(name: "letterbox.originalHeight", value: Double(l.originalHeight))
    }
  }

  /// Decodes an array (see ``decode(_:)-(UnsafeBufferPointer<T>)``, which documents the errors).
  ///
  /// - Complexity: as the buffer version: O(N·C) plus NMS on the passing candidates; no copy.
  @inlinable
  public func decode<T: BinaryFloatingPoint>(_ output: [T]) throws(DetectionError) -> Detections {
    try output.withUnsafeBufferPointer { (b: UnsafeBufferPointer<T>) throws(DetectionError) -> Detections in
      try decode(b)
    }
  }
}
