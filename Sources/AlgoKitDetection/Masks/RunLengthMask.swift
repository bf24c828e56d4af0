// COCO run-length masks (pycocotools' `RLE`): the type, validation, encode, decode and area.

/// A binary mask of `height x width` pixels as COCO run lengths, pycocotools' `RLE`.
///
/// Pixels are read in column-major order (down the first column, then the next, as pycocotools'
/// Fortran-ordered arrays) and ``counts`` alternates run lengths of 0s and 1s, starting with 0s
/// (so a mask whose first pixel is set starts with a run of length 0).
///
///     let m = try RunLengthMask(encoding: [0, 1, 1, 0, 0, 1], height: 3, width: 2)
///     m.counts                 // [1, 2, 2, 1]
///     m.area                   // 3
///     m.boundingBox            // (x: 0, y: 1, width: 2, height: 2)
///     m.compressedCounts       // "122O", COCO JSON's string form
///
/// Every initializer validates: sizes `0 <= height, width` with `height * width <= UInt32.max`,
/// runs non-negative and summing to `height * width`. Zero-length runs after the first are
/// accepted (pycocotools accepts them too) and every operation treats them as pycocotools does.
/// Bad input throws ``MaskError``; nothing traps.
@frozen
public struct RunLengthMask: Hashable, Sendable {
  /// Rows (pycocotools' `h`, COCO's `size[0]`).
  public let height: Int
  /// Columns (pycocotools' `w`, COCO's `size[1]`).
  public let width: Int
  /// Column-major run lengths, alternately 0s and 1s, starting with 0s.
  public let counts: [UInt32]

  /// Wraps already-validated runs.
  @inlinable @inline(__always)
  init(_uncheckedHeight height: Int, width: Int, counts: [UInt32]) {
    self.height = height
    self.width = width
    self.counts = counts
  }

  /// The pixel count, after checking the sizes.
  @inlinable
  static func _pixelCount(height: Int, width: Int) throws(MaskError) -> Int {
    guard height >= 0, width >= 0 else { throw .invalidSize(height: height, width: width) }
    let (p, overflow) = height.multipliedReportingOverflow(by: width)
    guard !overflow, p <= Int(UInt32.max) else { throw .invalidSize(height: height, width: width) }
    return p
  }

  /// A mask from its uncompressed COCO counts (`{"size": [h, w], "counts": [...]}`).
  ///
  ///     let m = try RunLengthMask(height: 2, width: 2, counts: [1, 3])   // all but pixel (0, 0)
  ///
  /// The runs are kept as given (pycocotools' `frPyObjects` on an uncompressed RLE does the
  /// same), so zero-length runs survive.
  ///
  /// - Throws: ``MaskError/invalidSize(height:width:)``, ``MaskError/negativeRun(index:)``,
  ///   ``MaskError/countsSumMismatch(expected:actual:)``.
  /// - Complexity: O(`counts.count`).
  @inlinable
  public init(height: Int, width: Int, counts: [Int]) throws(MaskError) {
    let area = try Self._pixelCount(height: height, width: width)
    var runs = [UInt32]()
    runs.reserveCapacity(counts.count)
    var sum = 0
    for (i, c) in counts.enumerated() {
      guard c >= 0 else { throw .negativeRun(index: i) }
      guard c <= area - sum else { throw .countsSumMismatch(expected: area, actual: sum &+ c) }
      sum += c
      runs.append(UInt32(truncatingIfNeeded: c))
    }
    guard sum == area else { throw .countsSumMismatch(expected: area, actual: sum) }
    self.init(_uncheckedHeight: height, width: width, counts: runs)
  }

  /// The empty mask (`counts == [height * width]`), or `value` everywhere.
  ///
  ///     RunLengthMask(height: 2, width: 3).counts                // [6]
  ///     RunLengthMask(height: 2, width: 3, filled: true).counts  // [0, 6]
  ///
  /// - Throws: ``MaskError/invalidSize(height:width:)``.
  /// - Complexity: O(1).
  @inlinable
  public init(height: Int, width: Int, filled: Bool = false) throws(MaskError) {
    let area = try Self._pixelCount(height: height, width: width)
    self.init(
      _uncheckedHeight: height, width: width, counts: filled ? [0, UInt32(area)] : [UInt32(area)])
  }

  /// Encodes a column-major binary mask, pycocotools' `mask.encode` (C `rleEncode`).
  ///
  ///     // 2 rows x 3 columns, column by column: (0,0) (1,0) (0,1) (1,1) (0,2) (1,2)
  ///     let m = try RunLengthMask(encoding: [0, 0, 1, 1, 1, 0], height: 2, width: 3)
  ///     m.counts   // [2, 3, 1]
  ///
  /// Any non-zero byte is a set pixel. (pycocotools starts a new run at every change of byte
  /// value, so it agrees on 0/1 masks, the only ones COCO has.) An empty image (`height * width
  /// == 0`) encodes as `counts == [0]`, as in pycocotools.
  ///
  /// - Throws: ``MaskError/invalidSize(height:width:)``,
  ///   ``MaskError/invalidMaskLength(expected:actual:)`` when `mask.count != height * width`.
  /// - Complexity: O(`height * width`).
  @inlinable
  public init(encoding mask: UnsafeBufferPointer<UInt8>, height: Int, width: Int) throws(MaskError) {
    let area = try Self._pixelCount(height: height, width: width)
    guard mask.count == area else { throw .invalidMaskLength(expected: area, actual: mask.count) }
    self.init(_uncheckedHeight: height, width: width, counts: Self._encode(mask))
  }

  /// Encodes a column-major binary mask held in an array (as the `UnsafeBufferPointer` form).
  ///
  ///     let m = try RunLengthMask(encoding: [1, 1, 1, 1], height: 2, width: 2)   // counts [0, 4]
  ///
  /// - Throws: as the buffer form.
  /// - Complexity: O(`height * width`).
  @inlinable
  public init(encoding mask: [UInt8], height: Int, width: Int) throws(MaskError) {
    let area = try Self._pixelCount(height: height, width: width)
    guard mask.count == area else { throw .invalidMaskLength(expected: area, actual: mask.count) }
    let runs = mask.withUnsafeBufferPointer { Self._encode($0) }
    self.init(_uncheckedHeight: height, width: width, counts: runs)
  }

  /// Run lengths of a column-major mask (non-zero = set), starting with a run of 0s.
  @inlinable
  static func _encode(_ mask: UnsafeBufferPointer<UInt8>) -> [UInt32] {
    var runs = [UInt32]()
    let n = mask.count
    var start = 0
    var i = 0
    var current = false
    while i < n {
      // Scan to the end of the current run.
      if current {
        while i < n && mask[i] != 0 { i += 1 }
      } else {
        while i < n && mask[i] == 0 { i += 1 }
      }
      runs.append(UInt32(truncatingIfNeeded: i - start))
      start = i
      current.toggle()
    }
    if runs.isEmpty { runs.append(0) }
    return runs
  }

  /// The mask as `height * width` column-major bytes, 1 for set pixels: pycocotools'
  /// `mask.decode` (C `rleDecode`), flattened in Fortran order.
  ///
  ///     try RunLengthMask(height: 2, width: 2, counts: [1, 2, 1]).decoded()   // [0, 1, 1, 0]
  ///
  /// - Complexity: O(`height * width`).
  @inlinable
  public func decoded() -> [UInt8] {
    let area = height * width
    return [UInt8](unsafeUninitializedCapacity: area) { out, initialized in
      _decode(into: UnsafeMutableBufferPointer(rebasing: out[...]))
      initialized = area
    }
  }

  /// Writes the mask as `height * width` column-major bytes (1 = set) into `out`; only that
  /// prefix of a longer buffer is written.
  ///
  ///     var buffer = [UInt8](repeating: 9, count: 4)
  ///     try buffer.withUnsafeMutableBufferPointer { try mask.decode(into: $0) }
  ///
  /// - Throws: ``MaskError/invalidMaskLength(expected:actual:)`` when `out` is shorter than
  ///   `height * width` (nothing is written).
  /// - Complexity: O(`height * width`).
  @inlinable
  public func decode(into out: UnsafeMutableBufferPointer<UInt8>) throws(MaskError) {
    guard out.count >= height * width else { throw .invalidMaskLength(expected: height * width, actual: out.count) }
    _decode(into: out)
  }

  /// Writes the runs into a buffer known to hold `height * width` bytes.
  @inlinable
  func _decode(into out: UnsafeMutableBufferPointer<UInt8>) {
    guard let base = out.baseAddress else { return }
    counts.withUnsafeBufferPointer { runs in
      var p = 0
      var value: UInt8 = 0
      for r in runs {
        let n = Int(r)
        (base + p).update(repeating: value, count: n)
        p += n
        value ^= 1
      }
    }
  }

  /// The number of set pixels, pycocotools' `mask.area` (C `rleArea`: the sum of odd runs).
  ///
  ///     try RunLengthMask(height: 2, width: 2, counts: [1, 2, 1]).area   // 2
  ///
  /// - Complexity: O(`counts.count`).
  @inlinable
  public var area: Int {
    counts.withUnsafeBufferPointer { runs in
      var sum = 0
      var j = 1
      while j < runs.count {
        sum &+= Int(runs[j])
        j &+= 2
      }
      return sum
    }
  }
}
