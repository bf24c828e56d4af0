// The mask API's error type: malformed RLEs, polygons and operands are reported, never trapped on.

/// Why a ``RunLengthMask`` routine refused its input.
///
/// The mask API throws this type (not ``DetectionError``): every constructor and operation checks
/// its arguments before the hot loop, so a malformed COCO annotation surfaces as one of these
/// cases instead of the undefined behaviour pycocotools' C code has on the same input.
///
///     do { _ = try RunLengthMask(height: 2, width: 2, counts: [1, 2]) }
///     catch { print(error) }   // countsSumMismatch(expected: 4, actual: 3)
public enum MaskError: Error, Hashable, Sendable {
  /// `height` or `width` is negative, or `height * width` exceeds `UInt32.max` (pycocotools
  /// stores runs as 32-bit unsigned integers).
  case invalidSize(height: Int, width: Int)
  /// The runs do not add up to `height * width` (`actual` is the sum so far when it overflowed
  /// past `expected`).
  case countsSumMismatch(expected: Int, actual: Int)
  /// Run `index` is negative (uncompressed counts, or a compressed delta that undershoots).
  case negativeRun(index: Int)
  /// A compressed `counts` string has a byte outside `'0'...'o'` (ASCII 48-111) at `offset`.
  case invalidCharacter(offset: Int)
  /// A compressed `counts` string ends inside a value (its last byte has the continuation bit).
  case truncatedCounts(offset: Int)
  /// A compressed value starting at `offset` has more than 12 six-bit groups (60 bits).
  case compressedValueTooLarge(offset: Int)
  /// A binary mask buffer does not hold `height * width` bytes.
  case invalidMaskLength(expected: Int, actual: Int)
  /// Polygon `index` has fewer than 3 points (6 coordinates) or an odd number of coordinates.
  case invalidPolygon(index: Int, coordinateCount: Int)
  /// Polygon `index` has a NaN or infinite coordinate, or one whose upsampled value `5 * c + 0.5`
  /// does not fit in `Int32` (where pycocotools' `(int)` cast is undefined).
  case polygonCoordinateOutOfRange(index: Int)
  /// Operand `index` is `height x width` while the first operand is `expectedHeight x expectedWidth`.
  case mismatchedDimensions(index: Int, height: Int, width: Int, expectedHeight: Int, expectedWidth: Int)
  /// The crowd flags' count differs from the ground-truth masks' count.
  case mismatchedCrowdFlags(expected: Int, actual: Int)
}
