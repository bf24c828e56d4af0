// COCO JSON's compressed `counts` string (C `rleToString` / `rleFrString`).
//
// Each run is written as a signed number in 5-bit groups, low group first, one ASCII character
// (48 + group, with 0x20 set when another group follows) per group, like LEB128 with 6 bits per
// character; runs from the fourth on are written as the difference from the run two before.

extension RunLengthMask {
  /// The runs in COCO's compressed string form (`{"size": [h, w], "counts": "..."}`), byte for
  /// byte pycocotools' `mask.encode(...)['counts']` (C `rleToString`).
  ///
  ///     try RunLengthMask(height: 2, width: 3, counts: [2, 3, 1]).compressedCounts   // "231"
  ///
  /// - Complexity: O(`counts.count`).
  @inlinable
  public var compressedCounts: String {
    var bytes = [UInt8]()
    bytes.reserveCapacity(counts.count * 2)
    counts.withUnsafeBufferPointer { runs in
      for i in runs.indices {
        var x = Int(runs[i])
        // pycocotools takes deltas from the fourth run on (its `i > 2`), not the third.
        if i > 2 { x -= Int(runs[i - 2]) }
        while true {
          var c = UInt8(truncatingIfNeeded: x & 0x1f)
          x >>= 5
          let more = c & 0x10 != 0 ? x != -1 : x != 0
          if more { c |= 0x20 }
          bytes.append(c &+ 48)
          if !more { break }
        }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A mask from COCO's compressed `counts` string, pycocotools' `frString` (what
  /// `mask.decode` / `area` / `toBbox` do first with an RLE whose `counts` is a string).
  ///
  ///     let m = try RunLengthMask(height: 2, width: 3, compressedCounts: "231")   // counts [2, 3, 1]
  ///
  /// - Throws: ``MaskError/invalidSize(height:width:)``, ``MaskError/invalidCharacter(offset:)``
  ///   for a byte outside `'0'...'o'`, ``MaskError/truncatedCounts(offset:)`` when the string ends
  ///   inside a value, ``MaskError/compressedValueTooLarge(offset:)``,
  ///   ``MaskError/negativeRun(index:)``, ``MaskError/countsSumMismatch(expected:actual:)``.
  ///   (pycocotools reads past the end of a truncated string and accepts any byte.)
  /// - Complexity: O(`compressedCounts.utf8.count`).
  @inlinable
  public init(height: Int, width: Int, compressedCounts: String) throws(MaskError) {
    let area = try Self._pixelCount(height: height, width: width)
    var string = compressedCounts
    let result: Result<[UInt32], MaskError> = string.withUTF8 { Self._decodeCounts($0, area: area) }
    switch result {
    case .success(let runs): self.init(_uncheckedHeight: height, width: width, counts: runs)
    case .failure(let error): throw error
    }
  }

  /// Decodes and validates compressed runs against the pixel count.
  @inlinable
  static func _decodeCounts(_ s: UnsafeBufferPointer<UInt8>, area: Int) -> Result<[UInt32], MaskError> {
    var runs = [UInt32]()
    runs.reserveCapacity(s.count)
    var p = 0
    var sum = 0
    while p < s.count {
      let valueStart = p
      var x = 0
      var k = 0
      while true {
        guard p < s.count else { return .failure(.truncatedCounts(offset: p)) }
        let raw = s[p]
        guard raw >= 48 && raw <= 111 else { return .failure(.invalidCharacter(offset: p)) }
        guard k < 12 else { return .failure(.compressedValueTooLarge(offset: valueStart)) }
        let c = Int(raw &- 48)
        x |= (c & 0x1f) << (5 * k)
        p &+= 1
        k &+= 1
        if c & 0x20 == 0 {
          if c & 0x10 != 0 { x |= -1 << (5 * k) }
          break
        }
      }
      let index = runs.count
      if index > 2 { x += Int(runs[index - 2]) }
      guard x >= 0 else { return .failure(.negativeRun(index: index)) }
      guard x <= area - sum else { return .failure(.countsSumMismatch(expected: area, actual: sum + x)) }
      sum += x
      runs.append(UInt32(truncatingIfNeeded: x))
    }
    guard sum == area else { return .failure(.countsSumMismatch(expected: area, actual: sum)) }
    return .success(runs)
  }
}
