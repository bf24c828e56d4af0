// Axis-aligned boxes built on the geometry module's `Vector2`.

import AlgoKitGeometry

/// How four numbers describe an axis-aligned box.
///
/// - `xyxy`: `(x1, y1, x2, y2)`, the two corners (torchvision's default).
/// - `xywh`: `(x, y, width, height)`, top-left corner and size (COCO, OpenCV `Rect2d`).
/// - `cxcywh`: `(cx, cy, width, height)`, center and size (YOLO outputs, DETR).
public enum BoxFormat: Hashable, Sendable {
  case xyxy, xywh, cxcywh
}

/// An axis-aligned box given by its minimum and maximum corners, `Vector2` points.
///
///     let a = BoundingBox(x1: 0, y1: 0, x2: 10, y2: 10)            // BoundingBox<Double>
///     let b = BoundingBox(50.0, 50, 20, 20, format: .cxcywh)       // (40, 40)-(60, 60)
///     a.iou(with: b)                                               // 0
///
/// A box is *empty* when `x2 <= x1` or `y2 <= y1` (or a coordinate is NaN): its ``area`` is 0
/// and it intersects nothing, so its IoU with any box is 0. Inverted boxes (`x2 < x1`) are not
/// reordered: they are empty, like torchvision's boxes whose intersection clamps to 0 (torchvision
/// would report a negative area; we report 0).
@frozen
public struct BoundingBox<Scalar: BinaryFloatingPoint & GeometryScalar>: Hashable, Sendable {
  /// The corner with the smaller coordinates, `(x1, y1)` (top-left with y pointing down).
  public var min: Vector2<Scalar>
  /// The corner with the larger coordinates, `(x2, y2)`.
  public var max: Vector2<Scalar>

  /// A box from its two corners (no reordering).
  @inlinable @inline(__always)
  public init(min: Vector2<Scalar>, max: Vector2<Scalar>) {
    self.min = min
    self.max = max
  }

  /// A box from corner coordinates (no reordering).
  @inlinable @inline(__always)
  public init(x1: Scalar, y1: Scalar, x2: Scalar, y2: Scalar) {
    self.min = Vector2(x1, y1)
    self.max = Vector2(x2, y2)
  }

  /// A box from four numbers in `format` (see ``BoxFormat``).
  ///
  /// `cxcywh` gives `x1 = cx - w / 2`, `x2 = cx + w / 2` (torchvision's `box_convert`).
  @inlinable
  public init(_ a: Scalar, _ b: Scalar, _ c: Scalar, _ d: Scalar, format: BoxFormat) {
    switch format {
    case .xyxy: self.init(x1: a, y1: b, x2: c, y2: d)
    case .xywh: self.init(x1: a, y1: b, x2: a + c, y2: b + d)
    case .cxcywh:
      let hw = c / 2, hh = d / 2
      self.init(x1: a - hw, y1: b - hh, x2: a + hw, y2: b + hh)
    }
  }

  /// The four numbers describing this box in `format`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func coordinates(in format: BoxFormat) -> (Scalar, Scalar, Scalar, Scalar) {
    switch format {
    case .xyxy: return (min.x, min.y, max.x, max.y)
    case .xywh: return (min.x, min.y, width, height)
    case .cxcywh: return (center.x, center.y, width, height)
    }
  }

  /// The first corner's x (`min.x`; the left edge unless the box is inverted).
  @inlinable public var x1: Scalar { min.x }
  /// The first corner's y (`min.y`).
  @inlinable public var y1: Scalar { min.y }
  /// The second corner's x (`max.x`; the right edge unless the box is inverted).
  @inlinable public var x2: Scalar { max.x }
  /// The second corner's y (`max.y`).
  @inlinable public var y2: Scalar { max.y }

  /// `x2 - x1` (negative for an inverted box).
  @inlinable public var width: Scalar { max.x - min.x }
  /// `y2 - y1` (negative for an inverted box).
  @inlinable public var height: Scalar { max.y - min.y }
  /// `((x1 + x2) / 2, (y1 + y2) / 2)`.
  @inlinable public var center: Vector2<Scalar> { Vector2((min.x + max.x) / 2, (min.y + max.y) / 2) }

  /// Whether the box has no interior: `!(x2 > x1 && y2 > y1)`, true for NaN coordinates.
  @inlinable public var isEmpty: Bool { !(max.x > min.x && max.y > min.y) }

  /// Whether all four coordinates are finite.
  @inlinable public var isFinite: Bool { min.isFinite && max.isFinite }

  /// `(x2 - x1) * (y2 - y1)` for a non-empty box, 0 for an empty one (torchvision's `box_area`
  /// without its negative areas for inverted boxes).
  ///
  /// - Complexity: O(1).
  @inlinable
  public var area: Scalar { isEmpty ? 0 : (max.x - min.x) * (max.y - min.y) }

  /// The overlap of two boxes, or nil when they share no interior (touching boxes give nil).
  ///
  /// - Complexity: O(1).
  @inlinable
  public func intersection(with other: BoundingBox) -> BoundingBox? {
    let r = BoundingBox(
      x1: Swift.max(min.x, other.min.x), y1: Swift.max(min.y, other.min.y),
      x2: Swift.min(max.x, other.max.x), y2: Swift.min(max.y, other.max.y))
    return r.isEmpty ? nil : r
  }

  /// Area of the overlap, torchvision's `clamp(min(x2) - max(x1), 0) * clamp(min(y2) - max(y1), 0)`.
  /// Empty boxes (including NaN coordinates) give 0.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func intersectionArea(with other: BoundingBox) -> Scalar {
    if isEmpty || other.isEmpty { return 0 }
    return _intersectionAreaOfFinite(other)
  }

  /// The intersection area without the emptiness test (callers guarantee non-NaN coordinates;
  /// inverted boxes still give 0).
  @inlinable @inline(__always)
  internal func _intersectionAreaOfFinite(_ other: BoundingBox) -> Scalar {
    let w = Swift.min(max.x, other.max.x) - Swift.max(min.x, other.min.x)
    let h = Swift.min(max.y, other.max.y) - Swift.max(min.y, other.min.y)
    return w > 0 && h > 0 ? w * h : 0
  }

  /// `area + other.area - intersectionArea`.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func unionArea(with other: BoundingBox) -> Scalar {
    area + other.area - intersectionArea(with: other)
  }

  /// The smallest box containing both (the "C" box of GIoU/DIoU).
  ///
  /// - Complexity: O(1).
  @inlinable
  public func enclosing(_ other: BoundingBox) -> BoundingBox {
    BoundingBox(
      x1: Swift.min(min.x, other.min.x), y1: Swift.min(min.y, other.min.y),
      x2: Swift.max(max.x, other.max.x), y2: Swift.max(max.y, other.max.y))
  }

  /// The box with x clamped to `[0, width]` and y to `[0, height]` (torchvision's
  /// `clip_boxes_to_image`). NaN coordinates stay NaN; a box outside the image becomes empty.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func clipped(width imageWidth: Scalar, height imageHeight: Scalar) -> BoundingBox {
    BoundingBox(
      x1: BoundingBox._clamp(min.x, imageWidth), y1: BoundingBox._clamp(min.y, imageHeight),
      x2: BoundingBox._clamp(max.x, imageWidth), y2: BoundingBox._clamp(max.y, imageHeight))
  }

  /// `value` clamped to `[0, upper]`; NaN stays NaN.
  @inlinable @inline(__always)
  internal static func _clamp(_ value: Scalar, _ upper: Scalar) -> Scalar {
    value < 0 ? 0 : (value > upper ? upper : value)
  }

  /// The box's four corners counterclockwise with y up: `(x1, y1), (x2, y1), (x2, y2), (x1, y2)`,
  /// a polygon for the geometry module.
  @inlinable
  public var corners: [Vector2<Scalar>] {
    [min, Vector2(max.x, min.y), max, Vector2(min.x, max.y)]
  }
}

extension BoundingBox: CustomStringConvertible {
  public var description: String { "BoundingBox(\(min.x), \(min.y), \(max.x), \(max.y))" }
}

extension Collection {
  /// Indices of the boxes whose width and height are both at least `minSize` (torchvision's
  /// `remove_small_boxes`: `keep = (ws >= min_size) & (hs >= min_size)`). NaN sizes are removed.
  ///
  ///     boxes.indicesOfBoxes(minSize: 2)     // [0, 3, ...]
  ///
  /// - Complexity: O(n) time, O(k) memory for the k indices returned.
  @inlinable
  public func indicesOfBoxes<S>(minSize: S) -> [Int] where Element == BoundingBox<S> {
    var result: [Int] = []
    for (i, b) in enumerated() where b.width >= minSize && b.height >= minSize { result.append(i) }
    return result
  }
}
