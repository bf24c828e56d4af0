// Soft-NMS (Bodla et al. 2017) and Matrix NMS (SOLOv2, Wang et al. 2020): decay scores instead of
// dropping boxes.

import AlgoKitGeometry

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How Soft-NMS decays the score of a box overlapping a selected one (IoU `o`).
public enum SoftNMSMethod: Hashable, Sendable {
  /// `s *= 1 - o` when `o > iouThreshold`, else unchanged (the paper's linear rule; the paper
  /// writes `o >= Nt`, the authors' code `o > Nt`, which we follow). The paper uses `Nt = 0.3`.
  case linear(iouThreshold: Double)
  /// `s *= exp(-o² / sigma)` for every remaining box (the paper's default, `sigma = 0.5`).
  case gaussian(sigma: Double)
  /// Hard NMS expressed as a decay: `s = 0` when `o > iouThreshold` (the paper's baseline).
  case hard(iouThreshold: Double)
}

/// The decay kernel of Matrix NMS.
public enum MatrixNMSKernel: Hashable, Sendable {
  /// `f(iou) = exp(-sigma · iou²)` (SOLOv2 / mmdet default `sigma = 2`).
  case gaussian(sigma: Double)
  /// `f(iou) = 1 - iou`.
  case linear
}

extension NonMaxSuppression {
  /// Soft-NMS (Bodla et al., "Soft-NMS — Improving Object Detection With One Line of Code", 2017).
  ///
  /// Algorithm: repeatedly select the remaining box with the highest current score (ties: lower
  /// index), output it with its current score, and decay every other remaining box's score by
  /// `method` applied to its IoU with the selected box; a box whose decayed score falls strictly
  /// below `scoreFloor` (default 0.001) is discarded. As in the authors' code, only decayed scores
  /// are compared with the floor: a box that never overlaps a selected one is output with its
  /// original score. Output: indices in selection order with their final scores (descending).
  ///
  /// NaN scores are dropped up front; decays are computed in `Double`.
  ///
  /// - Throws: mismatched counts, non-finite coordinates, a threshold outside `[0, 1]`, a
  ///   non-positive or NaN sigma, a NaN floor.
  /// - Complexity: O(n²) time (each selection scans and decays the remaining boxes), O(n) memory.
  @inlinable
  public static func soft<S: BinaryFloatingPoint & GeometryScalar>(
    boxes: [BoundingBox<S>], scores: [S], method: SoftNMSMethod = .gaussian(sigma: 0.5),
    scoreFloor: S = 0.001, maxOutputCount: Int? = nil
  ) throws(DetectionError) -> (indices: [Int], scores: [S]) {
    try _checkCount("scores", scores.count, expected: boxes.count)
    switch method {
    case .linear(let t), .hard(let t): try _checkParameter("iouThreshold", t)
    case .gaussian(let sigma):
      try _checkParameter("sigma", sigma, in: Double.leastNonzeroMagnitude...Double.greatestFiniteMagnitude)
    }
    if scoreFloor.isNaN { throw .invalidParameter(name: "scoreFloor", value: .nan) }
    var live: [Int] = []
    for i in 0..<boxes.count where !scores[i].isNaN {
      if !boxes[i].isFinite { throw .nonFiniteCoordinate(index: i) }
      live.append(i)
    }
    var current = scores.map { Double($0) }
    var outIndices: [Int] = [], outScores: [S] = []
    let limit = maxOutputCount ?? Int.max
    let floor = Double(scoreFloor)
    boxes.withUnsafeBufferPointer { b in
      current.withUnsafeMutableBufferPointer { s in
        var count = live.count
        live.withUnsafeMutableBufferPointer { l in
          while count > 0 && outIndices.count < limit {
            // Select: the highest current score, ties to the lower index.
            var best = 0
            for p in 1..<count {
              let i = l[p], j = l[best]
              if s[i] > s[j] || (s[i] == s[j] && i < j) { best = p }
            }
            let m = l[best]
            outIndices.append(m)
            outScores.append(S(s[m]))
            count &-= 1
            l[best] = l[count]
            // Decay the rest; compact the survivors in place.
            var p = 0
            while p < count {
              let i = l[p]
              let o = Double(b[m].iou(with: b[i]))
              var weight = 1.0
              switch method {
              case .linear(let t): if o > t { weight = 1 - o }
              case .gaussian(let sigma): weight = exp(-(o * o) / sigma)
              case .hard(let t): if o > t { weight = 0 }
              }
              if weight != 1 {
                s[i] *= weight
                if s[i] < floor {
                  count &-= 1
                  l[p] = l[count]
                  continue
                }
              }
              p &+= 1
            }
          }
        }
      }
    }
    return (outIndices, outScores)
  }

  /// Matrix NMS (SOLOv2, Wang et al. 2020), on boxes: every box's score is decayed in parallel by
  /// its overlaps with higher-scored boxes, compensated by how much those were suppressed.
  ///
  /// With boxes sorted by descending score (ties: lower index) and `iou(i, j)` for `i < j` (0 for
  /// different classes when `classes` is given, as mmdet's `mask_matrix_nms`),
  /// `comp(i) = max_{k < i} iou(k, i)` and `decay(j) = min_{i < j} f(iou(i, j)) / f(comp(i))`
  /// (`decay = 1` for the top box), the new score is `score(j) · decay(j)`.
  /// Linear kernel with `comp(i) = 1` (box i duplicates an earlier one): the term `(1 - iou)/0` is
  /// skipped (mmdet would produce `inf` or NaN).
  ///
  /// - Parameters:
  ///   - boxes: the candidate boxes.
  ///   - scores: one score per box.
  ///   - classes: per box, its class (boxes of different classes do not decay each other); nil: one class.
  ///   - kernel: the decay function `f`.
  ///   - topK: only the `topK` best boxes enter (mmdet `nms_pre`; 0 = all).
  ///   - scoreThreshold: after decay, keep `score >= scoreThreshold` (mmdet `filter_thr`).
  ///   - maxOutputCount: keep the best this many after re-sorting by decayed score (mmdet `max_num`).
  /// - Returns: indices and decayed scores, by descending decayed score (ties: the original order).
  /// - Complexity: O(k²) time (k boxes entering), O(k) memory.
  @inlinable
  public static func matrix<S: BinaryFloatingPoint & GeometryScalar>(
    boxes: [BoundingBox<S>], scores: [S], classes: [Int]? = nil, kernel: MatrixNMSKernel = .gaussian(sigma: 2),
    topK: Int = 0, scoreThreshold: S? = nil, maxOutputCount: Int? = nil
  ) throws(DetectionError) -> (indices: [Int], scores: [S]) {
    try _checkCount("scores", scores.count, expected: boxes.count)
    if let classes { try _checkCount("classes", classes.count, expected: boxes.count) }
    if case .gaussian(let sigma) = kernel {
      try _checkParameter("sigma", sigma, in: 0...Double.greatestFiniteMagnitude)
    }
    let order = scores.withUnsafeBufferPointer { _scoreOrder($0, scoreThreshold: nil, topK: topK) }
    for c in order where !boxes[c].isFinite { throw .nonFiniteCoordinate(index: c) }
    let k = order.count
    func f(_ iou: Double) -> Double {
      switch kernel {
      case .gaussian(let sigma): return exp(-sigma * iou * iou)
      case .linear: return 1 - iou
      }
    }
    var compensation = [Double](repeating: 0, count: k)
    var decayed: [(index: Int, score: S, rank: Int)] = []
    decayed.reserveCapacity(k)
    for j in 0..<k {
      let bj = boxes[order[j]]
      var decay = 1.0
      var cmax = 0.0
      for i in 0..<j {
        if let classes, classes[order[i]] != classes[order[j]] { continue }
        let iou = Double(boxes[order[i]].iou(with: bj))
        cmax = Swift.max(cmax, iou)
        let denominator = f(compensation[i])
        if denominator == 0 { continue }
        decay = Swift.min(decay, f(iou) / denominator)
      }
      compensation[j] = cmax
      let score = S(Double(scores[order[j]]) * decay)
      if let t = scoreThreshold, !(score >= t) { continue }
      decayed.append((order[j], score, j))
    }
    decayed.sort { $0.score > $1.score || ($0.score == $1.score && $0.rank < $1.rank) }
    if let m = maxOutputCount, m < decayed.count { decayed.removeLast(decayed.count - Swift.max(m, 0)) }
    return (decayed.map(\.index), decayed.map(\.score))
  }
}
