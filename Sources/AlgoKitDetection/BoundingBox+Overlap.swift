// The IoU family with torchvision's formulas and epsilons (torchvision.ops.box_iou,
// generalized_box_iou, distance_box_iou, complete_box_iou), plus IoF.

import AlgoKitGeometry

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which overlap measure a pairwise or elementwise computation returns.
public enum BoxOverlapMetric: Hashable, Sendable {
  /// ``BoundingBox/iou(with:)``: `inter / union`, in `[0, 1]`.
  case iou
  /// ``BoundingBox/generalizedIoU(with:)``, in `[-1, 1]`.
  case generalizedIoU
  /// ``BoundingBox/distanceIoU(with:epsilon:)`` with `epsilon = 1e-7`, in `[-1, 1]`.
  case distanceIoU
  /// ``BoundingBox/completeIoU(with:epsilon:)`` with `epsilon = 1e-7`.
  case completeIoU
  /// ``BoundingBox/intersectionOverForeground(with:)``: `inter / area(first box)`, in `[0, 1]`.
  case intersectionOverForeground
}

extension BoundingBox {
  /// Intersection over union, `inter / (area1 + area2 - inter)` (torchvision `box_iou`), in `[0, 1]`.
  ///
  /// Empty boxes (zero area, inverted, NaN) intersect nothing: the result is 0, also where
  /// torchvision divides 0 by 0 and returns NaN (two identical zero-area boxes).
  /// Non-empty boxes with an infinite coordinate: IEEE arithmetic (`inf / inf` is NaN).
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func iou(with other: BoundingBox) -> Scalar {
    let inter = intersectionArea(with: other)
    if inter == 0 { return 0 }
    return inter / (area + other.area - inter)
  }

  /// Generalized IoU (Rezatofighi et al. 2019; torchvision `generalized_box_iou`):
  /// `iou - (|C| - union) / |C|` with `C` the ``enclosing(_:)`` box. In `[-1, 1]`.
  ///
  /// Where torchvision gets 0/0 (a degenerate enclosing box) the penalty is taken as 0.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func generalizedIoU(with other: BoundingBox) -> Scalar {
    let inter = intersectionArea(with: other)
    let union = area + other.area - inter
    let iou: Scalar = inter == 0 ? 0 : inter / union
    let c = enclosing(other)
    let cArea = Swift.max(c.width, 0) * Swift.max(c.height, 0)
    return cArea > 0 ? iou - (cArea - union) / cArea : iou
  }

  /// Distance IoU (Zheng et al. 2020; torchvision `distance_box_iou`):
  /// `iou - ρ²(centers) / (c² + epsilon)` with `c` the diagonal of the ``enclosing(_:)`` box.
  ///
  /// - Parameters:
  ///   - other: the second box.
  ///   - epsilon: added to `c²` as torchvision does; default `1e-7`.
  /// - Complexity: O(1).
  @inlinable
  public func distanceIoU(with other: BoundingBox, epsilon: Scalar = 1e-7) -> Scalar {
    _distanceIoUAndIoU(with: other, epsilon: epsilon).diou
  }

  @inlinable @inline(__always)
  internal func _distanceIoUAndIoU(with other: BoundingBox, epsilon: Scalar) -> (diou: Scalar, iou: Scalar) {
    let iou = self.iou(with: other)
    let c = enclosing(other)
    let cw = Swift.max(c.width, 0), ch = Swift.max(c.height, 0)
    let diagonal = cw * cw + ch * ch + epsilon
    let dx = (min.x + max.x) / 2 - (other.min.x + other.max.x) / 2
    let dy = (min.y + max.y) / 2 - (other.min.y + other.max.y) / 2
    return (iou - (dx * dx + dy * dy) / diagonal, iou)
  }

  /// Complete IoU (Zheng et al. 2020; torchvision `complete_box_iou`):
  /// `diou - α·v` with `v = 4/π² · (atan(w1/h1) - atan(w2/h2))²` and `α = v / (1 - iou + v + epsilon)`.
  ///
  /// A zero height gives `atan(±inf) = ±π/2` (torchvision the same); `0/0` aspect ratios give NaN.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func completeIoU(with other: BoundingBox, epsilon: Scalar = 1e-7) -> Scalar {
    let (diou, iou) = _distanceIoUAndIoU(with: other, epsilon: epsilon)
    let a1 = atan(Double(width / height)), a2 = atan(Double(other.width / other.height))
    let d = a1 - a2
    let v = Scalar(4 / (Double.pi * Double.pi) * (d * d))
    let alpha = v / (1 - iou + v + epsilon)
    return diou - alpha * v
  }

  /// Intersection over foreground, `inter / area(self)` (mmdet's `iof` mode), in `[0, 1]`; 0 when
  /// `self` is empty.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func intersectionOverForeground(with other: BoundingBox) -> Scalar {
    let inter = intersectionArea(with: other)
    return inter == 0 ? 0 : inter / area
  }

  /// The overlap measure `metric` between `self` and `other`.
  @inlinable @inline(__always)
  public func overlap(with other: BoundingBox, metric: BoxOverlapMetric) -> Scalar {
    switch metric {
    case .iou: return iou(with: other)
    case .generalizedIoU: return generalizedIoU(with: other)
    case .distanceIoU: return distanceIoU(with: other)
    case .completeIoU: return completeIoU(with: other)
    case .intersectionOverForeground: return intersectionOverForeground(with: other)
    }
  }

  /// The `M × N` matrix of `metric(first[i], second[j])`, row-major (`result[i * N + j]`), like
  /// torchvision's `box_iou(boxes1, boxes2)`.
  ///
  /// Memory: the result holds `M·N` scalars (8 bytes each for `Double`): 10 000 × 10 000 boxes is
  /// 800 MB. For NMS-sized work prefer the NMS entry points, which never build the matrix.
  /// Each entry is the same value as the per-pair method (``iou(with:)`` etc.), so NaN follows its
  /// rules: empty boxes (NaN coordinates included) give 0 for IoU and IoF; infinite coordinates
  /// give IEEE results (possibly NaN).
  ///
  /// - Precondition: `M·N` does not overflow `Int` ("pairwiseOverlaps: M·N overflows Int"); an
  ///   allocation that large fails anyway, so this only turns an arithmetic trap into a message.
  /// - Complexity: O(M·N) time and memory.
  @inlinable
  public static func pairwiseOverlaps(
    _ first: [BoundingBox], _ second: [BoundingBox], metric: BoxOverlapMetric = .iou
  ) -> [Scalar] {
    let m = first.count, n = second.count
    if m == 0 || n == 0 { return [] }
    let size = m.multipliedReportingOverflow(by: n)
    precondition(!size.overflow, "pairwiseOverlaps: M·N overflows Int")
    return [Scalar](unsafeUninitializedCapacity: size.partialValue) { out, count in
      first.withUnsafeBufferPointer { a in
        second.withUnsafeBufferPointer { b in
          if metric == .iou {
            // Areas once per box; the same arithmetic as `iou(with:)`.
            for i in 0..<m {
              let p = a[i], areaP = p.area
              let row = out.baseAddress! + i &* n
              for j in 0..<n {
                let q = b[j]
                let inter = p.intersectionArea(with: q)
                row[j] = inter == 0 ? 0 : inter / (areaP + q.area - inter)
              }
            }
          } else {
            for i in 0..<m {
              let p = a[i]
              for j in 0..<n { out[i &* n &+ j] = p.overlap(with: b[j], metric: metric) }
            }
          }
        }
      }
      count = size.partialValue
    }
  }

  /// `metric(first[i], second[i])` for each `i` (torchvision's elementwise `*_loss` pairing).
  ///
  /// - Throws: ``DetectionError/mismatchedCounts(argument:expected:actual:)`` when the counts differ.
  /// - Complexity: O(n) time and memory.
  @inlinable
  public static func elementwiseOverlaps(
    _ first: [BoundingBox], _ second: [BoundingBox], metric: BoxOverlapMetric = .iou
  ) throws(DetectionError) -> [Scalar] {
    guard first.count == second.count else {
      throw .mismatchedCounts(argument: "second", expected: first.count, actual: second.count)
    }
    var result: [Scalar] = []
    result.reserveCapacity(first.count)
    for i in first.indices { result.append(first[i].overlap(with: second[i], metric: metric)) }
    return result
  }
}
