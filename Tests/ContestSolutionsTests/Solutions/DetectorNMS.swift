// Class-aware non-maximum suppression over a detector's output.
// Input: "n iou_threshold", then n lines "x1 y1 x2 y2 score class". Output: the number of boxes
// kept, then their indices (0-based) by descending score, equal scores by ascending index. A box
// is dropped when its IoU with a kept box of the same class is greater than the threshold
// (torchvision's `batched_nms`). Uniform-grid NMS: near-linear for spread-out boxes.
//
// Submission: append `solveDetectorNMS(FastReader(), FastWriter())`, then bundle.

import AlgoKitDetection
import AlgoKitGeometry
import AlgoKitIO

func solveDetectorNMS(_ input: FastReader, _ output: FastWriter) {
  let n = input.int()
  let threshold = input.double()
  var boxes: [BoundingBox<Double>] = []
  var scores: [Double] = []
  var classes: [Int] = []
  for _ in 0..<n {
    let x1 = input.double(), y1 = input.double(), x2 = input.double(), y2 = input.double()
    boxes.append(BoundingBox(x1: x1, y1: y1, x2: x2, y2: y2))
    scores.append(input.double())
    classes.append(input.int())
  }
  let kept = try! NonMaxSuppression.batched(
    boxes: boxes, scores: scores, classes: classes, iouThreshold: threshold)
  output.writeLine(kept.count)
  output.writeLine(kept)
}
