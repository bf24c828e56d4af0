// The one error type of the detection module: bad arguments are reported, never trapped on.

import AlgoKitGeometry

/// Why a detection routine refused its input.
///
/// Every NMS entry point validates its arguments in O(n) before doing any work and throws one of
/// these instead of trapping or returning a silently wrong keep set.
public enum DetectionError: Error, Hashable, Sendable {
  /// Two parallel arrays (boxes and scores, boxes and classes, ...) have different lengths.
  case mismatchedCounts(argument: String, expected: Int, actual: Int)
  /// A threshold or parameter is NaN or outside its documented range (for IoU thresholds `[0, 1]`).
  case invalidParameter(name: String, value: Double)
  /// A box has a NaN or infinite coordinate (index in the input arrays).
  case nonFiniteCoordinate(index: Int)
  /// A buffer's size does not match the declared shape (YOLO decoding).
  case invalidShape(expected: Int, actual: Int)
  /// A score is NaN (index in the input array): evaluation needs a defined score order.
  case nonFiniteScore(index: Int)
}
