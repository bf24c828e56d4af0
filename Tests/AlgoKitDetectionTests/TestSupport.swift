import AlgoKitGeometry
import AlgoKitTestSupport
import Foundation
import Testing

@testable import AlgoKitDetection

/// The detection tests' seeded generator (the seed is printed in every failure).
typealias SeededRandom = SplitMix64

enum Fixture {
  static func load(_ name: String) throws -> Any {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    return try JSONSerialization.jsonObject(with: Data(contentsOf: url))
  }
}

/// Straight-from-the-definition references, written independently of the library code.
enum Reference {
  /// IoU by the hand formula on the four coordinates (Double).
  static func iou(_ a: [Double], _ b: [Double]) -> Double {
    let iw = max(0, min(a[2], b[2]) - max(a[0], b[0])), ih = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    let inter = iw * ih
    if inter == 0 { return 0 }
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)
  }

  /// Quadratic greedy NMS: sort (score desc, index asc), keep a box unless a kept one overlaps it
  /// more than the (possibly adaptive) threshold.
  static func greedy(
    count: Int, scores: [Double], scoreThreshold: Double? = nil, topK: Int = 0, maxOutput: Int = .max,
    threshold: Double, eta: Double = 1, overlap: (Int, Int) -> Double
  ) -> [Int] {
    var order = (0..<count).filter { i in
      if let t = scoreThreshold { return scores[i] > t }
      return !scores[i].isNaN
    }
    order.sort { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
    if topK > 0 && topK < order.count { order = Array(order.prefix(topK)) }
    var kept: [Int] = []
    var t = threshold
    for c in order {
      if kept.count >= maxOutput { break }
      if kept.allSatisfy({ overlap($0, c) <= t }) {
        kept.append(c)
        if eta < 1 && t > 0.5 { t *= eta }
      }
    }
    return kept
  }

  /// Sutherland–Hodgman clip of convex polygons, a test-only reference for rotated IoU.
  static func convexIntersectionArea(_ p: [(Double, Double)], _ q: [(Double, Double)]) -> Double {
    func area(_ poly: [(Double, Double)]) -> Double {
      var s = 0.0
      for i in poly.indices { let a = poly[i], b = poly[(i + 1) % poly.count]; s += a.0 * b.1 - a.1 * b.0 }
      return s / 2
    }
    var subject = p
    let ccw = area(q) > 0
    for i in q.indices {
      let a = q[i], b = q[(i + 1) % q.count]
      func side(_ v: (Double, Double)) -> Double {
        let s = (b.0 - a.0) * (v.1 - a.1) - (b.1 - a.1) * (v.0 - a.0)
        return ccw ? s : -s
      }
      var out: [(Double, Double)] = []
      for j in subject.indices {
        let cur = subject[j], prev = subject[(j + subject.count - 1) % subject.count]
        let sc = side(cur), sp = side(prev)
        if sc >= 0 {
          if sp < 0 {
            let t = sp / (sp - sc); out.append((prev.0 + t * (cur.0 - prev.0), prev.1 + t * (cur.1 - prev.1)))
          }
          out.append(cur)
        } else if sp >= 0 {
          let t = sp / (sp - sc); out.append((prev.0 + t * (cur.0 - prev.0), prev.1 + t * (cur.1 - prev.1)))
        }
      }
      subject = out
      if subject.isEmpty { return 0 }
    }
    return abs(area(subject))
  }

  static func rotatedCorners(_ r: RotatedBox<Double>) -> [(Double, Double)] {
    let c = cos(r.angle), s = sin(r.angle)
    return [(-1.0, -1.0), (1, -1), (1, 1), (-1, 1)].map { sx, sy in
      let dx = sx * r.width / 2, dy = sy * r.height / 2
      return (r.center.x + dx * c - dy * s, r.center.y + dx * s + dy * c)
    }
  }

  static func rotatedIoU(_ a: RotatedBox<Double>, _ b: RotatedBox<Double>) -> Double {
    let inter = convexIntersectionArea(rotatedCorners(a), rotatedCorners(b))
    let union = abs(a.width * a.height) + abs(b.width * b.height) - inter
    return union > 0 ? inter / union : 0
  }
}

/// Random boxes: spread (like the peers' generator) or clustered (heavy overlaps), with quantized
/// scores so that equal scores occur.
func randomBoxes(_ n: Int, clustered: Bool, rng: inout SeededRandom) -> (boxes: [BoundingBox<Double>], scores: [Double])
{
  var boxes: [BoundingBox<Double>] = [], scores: [Double] = []
  let span = clustered ? 60.0 : 1000.0
  for _ in 0..<n {
    let x = (span * rng.uniform()).rounded(), y = (span * rng.uniform()).rounded()
    let w = (10 + 90 * rng.uniform()).rounded(), h = (10 + 90 * rng.uniform()).rounded()
    boxes.append(BoundingBox(x1: x, y1: y, x2: x + w, y2: y + h))
    scores.append((rng.uniform() * 20).rounded() / 20)
  }
  return (boxes, scores)
}

func coords(_ b: BoundingBox<Double>) -> [Double] { [b.x1, b.y1, b.x2, b.y2] }
