// Rotated boxes: center, size and angle; their polygon and IoU come from the geometry module.

import AlgoKitGeometry

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A rectangle of size `width × height` centred at `center`, turned by `angle` radians.
///
/// Angle convention (mmcv's default, `le90`-agnostic): the angle turns the x-axis toward the
/// y-axis. With y pointing up that is counterclockwise; in image coordinates (y pointing down) it
/// is clockwise on screen. The box's local x-axis (its `width` side) points along
/// `(cos angle, sin angle)`. detectron2 and OpenCV's `RotatedRect` use degrees and, for
/// detectron2, the opposite sense: convert with `angle = -degrees * .pi / 180` for detectron2,
/// `angle = degrees * .pi / 180` for OpenCV/mmcv in image coordinates.
///
///     let r = RotatedBox(centerX: 0, centerY: 0, width: 4, height: 2, angle: .pi / 2)
///     r.corners        // (1, -2), (1, 2), (-1, 2), (-1, -2) up to rounding
///
/// Negative sizes only reverse the corner order (the polygon is the same up to orientation); a zero
/// size gives a degenerate polygon whose IoU with anything is 0.
@frozen
public struct RotatedBox<Scalar: BinaryFloatingPoint & GeometryScalar>: Hashable, Sendable {
  /// The centre of the rectangle.
  public var center: Vector2<Scalar>
  /// Side length along the box's local x-axis `(cos angle, sin angle)`.
  public var width: Scalar
  /// Side length along the box's local y-axis `(-sin angle, cos angle)`.
  public var height: Scalar
  /// Radians, turning the x-axis toward the y-axis.
  public var angle: Scalar

  /// A box of size `width × height` centred at `center`, turned by `angle` radians. Values are
  /// stored as given (no validation: NaN or infinite values give NaN IoUs).
  ///
  /// - Complexity: O(1).
  @inlinable
  public init(center: Vector2<Scalar>, width: Scalar, height: Scalar, angle: Scalar) {
    self.center = center
    self.width = width
    self.height = height
    self.angle = angle
  }

  /// A box centred at `(centerX, centerY)`; see ``init(center:width:height:angle:)``.
  ///
  /// - Complexity: O(1).
  @inlinable
  public init(centerX: Scalar, centerY: Scalar, width: Scalar, height: Scalar, angle: Scalar) {
    self.init(center: Vector2(centerX, centerY), width: width, height: height, angle: angle)
  }

  /// The axis-aligned box with `angle = 0`.
  @inlinable
  public init(_ box: BoundingBox<Scalar>) {
    self.init(center: box.center, width: box.width, height: box.height, angle: 0)
  }

  /// Whether center, size and angle are all finite.
  @inlinable
  public var isFinite: Bool { center.isFinite && width.isFinite && height.isFinite && angle.isFinite }

  /// Writes the four corners to `out[0..<4]`: the local corners `(-w/2, -h/2), (w/2, -h/2),
  /// (w/2, h/2), (-w/2, h/2)` turned by `angle` and moved to `center` (counterclockwise with y up
  /// for positive sizes). One `cos` and one `sin`, in `Double`.
  @inlinable @inline(__always)
  public func _writeCorners(to out: UnsafeMutablePointer<Vector2<Scalar>>) {
    let a = Double(angle)
    let c = Scalar(cos(a)), s = Scalar(sin(a))
    let hw = width / 2, hh = height / 2
    // Half-axis vectors along the box's width and height directions.
    let u = Vector2(hw * c, hw * s), v = Vector2(0 - hh * s, hh * c)
    out[0] = center - u - v
    out[1] = center + u - v
    out[2] = center + u + v
    out[3] = center - u + v
  }

  /// The four corners (see ``RotatedBox`` for the convention), a convex polygon for the geometry
  /// module.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var corners: [Vector2<Scalar>] {
    [Vector2<Scalar>](unsafeUninitializedCapacity: 4) { buffer, count in
      _writeCorners(to: buffer.baseAddress!)
      count = 4
    }
  }

  /// The polygon's area (geometry's shoelace on ``corners``, so the area `iou` divides by; within
  /// rounding of `|width · height|`).
  ///
  /// - Complexity: O(1).
  @inlinable
  public var area: Double {
    withUnsafeTemporaryAllocation(of: Vector2<Scalar>.self, capacity: 4) { p in
      _writeCorners(to: p.baseAddress!)
      return Vector2<Scalar>._twiceSignedArea(UnsafeBufferPointer(p)).wideDoubleValue.magnitude * 0.5
    }
  }

  /// The smallest axis-aligned box containing the corners.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var boundingBox: BoundingBox<Scalar> {
    withUnsafeTemporaryAllocation(of: Vector2<Scalar>.self, capacity: 4) { p in
      _writeCorners(to: p.baseAddress!)
      return RotatedBox._bounds(UnsafeBufferPointer(p))
    }
  }

  @inlinable @inline(__always)
  internal static func _bounds(_ p: UnsafeBufferPointer<Vector2<Scalar>>) -> BoundingBox<Scalar> {
    var lo = p[0], hi = p[0]
    for i in 1..<p.count {
      lo = Vector2(Swift.min(lo.x, p[i].x), Swift.min(lo.y, p[i].y))
      hi = Vector2(Swift.max(hi.x, p[i].x), Swift.max(hi.y, p[i].y))
    }
    return BoundingBox(min: lo, max: hi)
  }

  /// Area of the overlap of two rotated boxes, by the geometry module's convex polygon intersection.
  /// NaN when a corner is not finite.
  ///
  /// - Complexity: O(1) (two 4-gons clipped; no heap allocation).
  @inlinable
  public func intersectionArea(with other: RotatedBox) -> Double {
    _withCorners(other) { Vector2<Scalar>._convexIntersectionArea($0, $1) }
  }

  /// Rotated IoU through the geometry module's `convexIntersectionOverUnion`, in `[0, 1]`.
  ///
  /// Guarantees (the geometry kernel's): boxes with identical corners give exactly 1; disjoint or
  /// only touching boxes exactly 0; a box inside another the area ratio `smaller / larger`
  /// (rounded once); every other value is clamped to `[0, 1]` (mmcv and detectron2 have reported
  /// 0.333 for identical boxes and values outside `[0, 1]`). Zero-area boxes: 0. A NaN or
  /// infinite center, size or angle: NaN.
  ///
  /// - Complexity: O(1); about 0.1–0.2 µs per pair in release builds (two `sin`/`cos` pairs plus
  ///   the clip).
  @inlinable
  public func iou(with other: RotatedBox) -> Double {
    _withCorners(other) { Vector2<Scalar>._convexIntersectionOverUnion($0, $1) }
  }

  @inlinable @inline(__always)
  internal func _withCorners<R>(
    _ other: RotatedBox,
    _ body: (UnsafeBufferPointer<Vector2<Scalar>>, UnsafeBufferPointer<Vector2<Scalar>>) -> R
  ) -> R {
    withUnsafeTemporaryAllocation(of: Vector2<Scalar>.self, capacity: 8) { p in
      let base = p.baseAddress!
      _writeCorners(to: base)
      other._writeCorners(to: base + 4)
      return body(UnsafeBufferPointer(start: base, count: 4), UnsafeBufferPointer(start: base + 4, count: 4))
    }
  }

  /// The `M × N` matrix of rotated IoUs, row-major (corners computed once per box).
  ///
  /// Memory: `M·N` Doubles (10 000 × 10 000 boxes is 800 MB); the rotated NMS entry points never
  /// build the matrix. Each entry is the per-pair ``iou(with:)`` value: zero-area boxes give 0, a NaN
  /// or infinite center, size or angle gives NaN.
  ///
  /// - Precondition: `M·N` does not overflow `Int` ("pairwiseIoU: M·N overflows Int").
  /// - Complexity: O(M·N) time, O(M·N + M + N) memory.
  @inlinable
  public static func pairwiseIoU(_ first: [RotatedBox], _ second: [RotatedBox]) -> [Double] {
    let m = first.count, n = second.count
    if m == 0 || n == 0 { return [] }
    let size = m.multipliedReportingOverflow(by: n)
    precondition(!size.overflow, "pairwiseIoU: M·N overflows Int")
    let cornersA = RotatedBox._flatCorners(first), cornersB = RotatedBox._flatCorners(second)
    var result = [Double](repeating: 0, count: size.partialValue)
    cornersA.withUnsafeBufferPointer { a in
      cornersB.withUnsafeBufferPointer { b in
        result.withUnsafeMutableBufferPointer { out in
          for i in 0..<m {
            let p = UnsafeBufferPointer(rebasing: a[4 &* i..<4 &* i &+ 4])
            for j in 0..<n {
              out[i &* n &+ j] = Vector2<Scalar>._convexIntersectionOverUnion(
                p, UnsafeBufferPointer(rebasing: b[4 &* j..<4 &* j &+ 4]))
            }
          }
        }
      }
    }
    return result
  }

  /// All boxes' corners, four per box, in one flat array.
  @inlinable
  internal static func _flatCorners(_ boxes: [RotatedBox]) -> [Vector2<Scalar>] {
    [Vector2<Scalar>](unsafeUninitializedCapacity: 4 * boxes.count) { out, count in
      for i in 0..<boxes.count { boxes[i]._writeCorners(to: out.baseAddress! + 4 &* i) }
      count = 4 * boxes.count
    }
  }
}
