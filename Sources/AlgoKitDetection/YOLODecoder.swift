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
  public struct Letterbox: Hashable, Sendable {
    public var scale: Float
    public var padX: Float
    public var padY: Float
    /// Original image size, for clipping.
    public var originalWidth: Float
    public var originalHeight: Float

    public init(scale: Float, padX: Float, padY: Float, originalWidth: Float, originalHeight: Float) {
      self.scale = scale
      self.padX = padX
      self.padY = padY
      self.originalWidth = originalWidth
      self.originalHeight = originalHeight
    }

    /// Ultralytics' `LetterBox` for a `inputWidth × inputHeight` model input (centered padding):
    /// `scale = min(inW / w, inH / h)`, padding `round(((in - round(orig·scale)) / 2) - 0.1)`.
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
      self.init(originalWidth: originalWidth, originalHeight: originalHeight, inputWidth: inputSize, inputHeight: inputSize)
    }
  }

  public var classCount: Int
  public var layout: Layout
  public var scoreThreshold: Float
  public var iouThreshold: Float
  public var maxDetections: Int
  /// nil: boxes stay in model-input coordinates (no unpadding, no clipping).
  public var letterbox: Letterbox?
  /// true: one NMS over all classes (Ultralytics `agnostic=True`).
  public var classAgnostic: Bool

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
    public var boxes: [BoundingBox<Float>]
    public var scores: [Float]
    public var classes: [Int]
    /// Row of each detection in the model output.
    public var candidates: [Int]
    public var indices: Range<Int> { 0..<boxes.count }

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
  /// - Throws: ``DetectionError/invalidShape(expected:actual:)`` when the count is not a multiple
  ///   of `4 + classCount`; ``DetectionError/invalidParameter(name:value:)`` for a class count below
  ///   1 or an IoU threshold outside `[0, 1]`; ``DetectionError/nonFiniteCoordinate(index:)``.
  /// - Complexity: O(N·C) to score the candidates (one pass, no per-candidate objects), then
  ///   greedy NMS on the k passing candidates; O(k) memory.
  @inlinable
  public func decode<T: BinaryFloatingPoint>(_ output: UnsafeBufferPointer<T>) throws(DetectionError) -> Detections {
    if classCount < 1 { throw .invalidParameter(name: "classCount", value: Double(classCount)) }
    let stride = 4 + classCount
    if output.count % stride != 0 { throw .invalidShape(expected: (output.count / stride + 1) * stride, actual: output.count) }
    try NonMaxSuppression._checkParameter("iouThreshold", iouThreshold)
    let n = output.count / stride
    var rows: [Int] = [], boxes: [BoundingBox<Float>] = [], scores: [Float] = [], classes: [Int] = []
    let rowStep = layout == .candidateMajor ? stride : 1     // from one candidate to the next
    let channelStep = layout == .candidateMajor ? 1 : n      // from one channel to the next
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

  /// Decodes an array (see ``decode(_:)-(UnsafeBufferPointer<T>)``).
  @inlinable
  public func decode<T: BinaryFloatingPoint>(_ output: [T]) throws(DetectionError) -> Detections {
    try output.withUnsafeBufferPointer { (b: UnsafeBufferPointer<T>) throws(DetectionError) -> Detections in try decode(b) }
  }
}
