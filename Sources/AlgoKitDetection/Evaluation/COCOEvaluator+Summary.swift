// COCOeval.summarize(): the twelve numbers, their printed lines, and per-category AP.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension COCOEvaluator.Result {
  /// One `summarize()` entry: AP or AR at an IoU threshold (nil: the mean over all), an area label
  /// and a maxDets value.
  public struct SummaryEntry: Hashable, Sendable {
    /// AP (true) or AR (false).
    public var isPrecision: Bool
    /// A single IoU threshold (looked up by exact equality), or nil for the mean over all.
    public var iouThreshold: Double?
    /// The area range's label.
    public var areaLabel: String
    /// The maxDets value.
    public var maxDetections: Int
  }

  /// The twelve entries of `COCOeval.summarizeDets`, in order (they need the default parameters'
  /// labels and maxDets `[1, 10, 100]`; otherwise the missing ones give -1, as pycocotools would).
  public var summaryEntries: [SummaryEntry] {
    let md = parameters.maxDetections
    let m0 = md.first!, m1 = md.count > 1 ? md[1] : md.last!, m2 = md.count > 2 ? md[2] : md.last!
    return [
      SummaryEntry(isPrecision: true, iouThreshold: nil, areaLabel: "all", maxDetections: m2),
      SummaryEntry(isPrecision: true, iouThreshold: 0.5, areaLabel: "all", maxDetections: m2),
      SummaryEntry(isPrecision: true, iouThreshold: 0.75, areaLabel: "all", maxDetections: m2),
      SummaryEntry(isPrecision: true, iouThreshold: nil, areaLabel: "small", maxDetections: m2),
      SummaryEntry(isPrecision: true, iouThreshold: nil, areaLabel: "medium", maxDetections: m2),
      SummaryEntry(isPrecision: true, iouThreshold: nil, areaLabel: "large", maxDetections: m2),
      SummaryEntry(isPrecision: false, iouThreshold: nil, areaLabel: "all", maxDetections: m0),
      SummaryEntry(isPrecision: false, iouThreshold: nil, areaLabel: "all", maxDetections: m1),
      SummaryEntry(isPrecision: false, iouThreshold: nil, areaLabel: "all", maxDetections: m2),
      SummaryEntry(isPrecision: false, iouThreshold: nil, areaLabel: "small", maxDetections: m2),
      SummaryEntry(isPrecision: false, iouThreshold: nil, areaLabel: "medium", maxDetections: m2),
      SummaryEntry(isPrecision: false, iouThreshold: nil, areaLabel: "large", maxDetections: m2),
    ]
  }

  /// `COCOeval.stats`: the twelve numbers (AP, AP50, AP75, APs, APm, APl, AR1, AR10, AR100, ARs,
  /// ARm, ARl); -1 where nothing was evaluable.
  ///
  /// - Complexity: O(T·R·K) per number.
  public var stats: [Double] { summaryEntries.map(value(of:)) }

  /// `_summarize`: the mean of the entries above -1 (numpy's pairwise summation), -1 when none.
  /// The IoU threshold is looked up by exact equality with the parameters', as numpy's `np.where`.
  public func value(of entry: SummaryEntry) -> Double {
    let p = parameters
    let T = p.iouThresholds.count, R = p.recallThresholds.count, K = categoryIDs.count
    let ts = entry.iouThreshold.map { thr in (0..<T).filter { p.iouThresholds[$0] == thr } } ?? Array(0..<T)
    let as_ = (0..<p.areaRanges.count).filter { p.areaRanges[$0].label == entry.areaLabel }
    let ms = (0..<p.maxDetections.count).filter { p.maxDetections[$0] == entry.maxDetections }
    var values: [Double] = []
    // C order of s[t, r, k, a, m] (precision) or s[t, k, a, m] (recall).
    for t in ts {
      if entry.isPrecision {
        for r in 0..<R {
          for k in 0..<K {
            for a in as_ {
              for m in ms {
                let v = precision(t: t, r: r, k: k, a: a, m: m)
                if v > -1 { values.append(v) }
              }
            }
          }
        }
      } else {
        for k in 0..<K {
          for a in as_ {
            for m in ms {
              let v = recall(t: t, k: k, a: a, m: m)
              if v > -1 { values.append(v) }
            }
          }
        }
      }
    }
    if values.isEmpty { return -1 }
    return Self._pairwiseSum(values[...]) / Double(values.count)
  }

  /// Per category (``COCOEvaluator/Result/categoryIDs`` order): AP@[.50:.95], area "all"-label
  /// index 0, the largest maxDets; -1 for a category without ground truth.
  public var perCategoryAP: [Double] {
    let p = parameters
    let T = p.iouThresholds.count, R = p.recallThresholds.count, M = p.maxDetections.count
    return categoryIDs.indices.map { k in
      var values: [Double] = []
      for t in 0..<T {
        for r in 0..<R {
          let v = precision(t: t, r: r, k: k, a: 0, m: M - 1)
          if v > -1 { values.append(v) }
        }
      }
      return values.isEmpty ? -1 : Self._pairwiseSum(values[...]) / Double(values.count)
    }
  }

  /// numpy's pairwise summation (`pairwise_sum` in `loops_utils.h`): 8 accumulators over blocks of
  /// up to 128, halves (rounded to a multiple of 8) above.
  static func _pairwiseSum(_ a: ArraySlice<Double>) -> Double {
    let n = a.count, s = a.startIndex
    if n < 8 {
      var r = -0.0
      for x in a { r += x }
      return r
    } else if n <= 128 {
      var r = (a[s], a[s + 1], a[s + 2], a[s + 3], a[s + 4], a[s + 5], a[s + 6], a[s + 7])
      var i = 8
      while i < n - (n % 8) {
        r.0 += a[s + i]; r.1 += a[s + i + 1]; r.2 += a[s + i + 2]; r.3 += a[s + i + 3]
        r.4 += a[s + i + 4]; r.5 += a[s + i + 5]; r.6 += a[s + i + 6]; r.7 += a[s + i + 7]
        i += 8
      }
      var res = ((r.0 + r.1) + (r.2 + r.3)) + ((r.4 + r.5) + (r.6 + r.7))
      while i < n { res += a[s + i]; i += 1 }
      return res
    } else {
      var n2 = n / 2
      n2 -= n2 % 8
      return _pairwiseSum(a[s..<(s + n2)]) + _pairwiseSum(a[(s + n2)...])
    }
  }

  /// The twelve lines `summarize()` prints, e.g.
  /// `" Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.504"`.
  /// Values are rounded to three decimals exactly as Python's `'{:0.3f}'` (correct rounding of the
  /// binary value, ties to even).
  public var summaryLines: [String] {
    let p = parameters
    return summaryEntries.map { e in
      let title = e.isPrecision ? "Average Precision " : "Average Recall    "
      let type = e.isPrecision ? "(AP)" : "(AR)"
      let iou =
        e.iouThreshold.map { Self._fixed($0, 2) }
        ?? "\(Self._fixed(p.iouThresholds.first!, 2)):\(Self._fixed(p.iouThresholds.last!, 2))"
      let iouPadded = iou + String(repeating: " ", count: Swift.max(0, 9 - iou.count))
      let area = String(repeating: " ", count: Swift.max(0, 6 - e.areaLabel.count)) + e.areaLabel
      let md = String(e.maxDetections)
      let mdPadded = String(repeating: " ", count: Swift.max(0, 3 - md.count)) + md
      return
        " \(title) \(type) @[ IoU=\(iouPadded) | area=\(area) | maxDets=\(mdPadded) ] = \(Self._fixed(value(of: e), 3))"
    }
  }

  /// `'{:0.<digits>f}'.format(x)` for finite `x` with `|x| < 2^40` (digits <= 6): the decimal
  /// nearest to the exact binary value, ties to even (what Python and C printf do).
  static func _fixed(_ x: Double, _ digits: Int) -> String {
    if !x.isFinite { return x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf") }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let negative = x.sign == .minus
    let v = Swift.abs(x)
    // Exact product v * scale = hi + lo (scale is an exact integer; fma gives the rounding error).
    let hi = v * scale, lo = fma(v, scale, -hi)
    var n = hi.rounded(.down)
    // Compare the exact product with n + 0.5: hi - n is exact; lo only decides an exact half.
    let f = hi - n
    if f > 0.5 || (f == 0.5 && (lo > 0 || (lo == 0 && n.truncatingRemainder(dividingBy: 2) == 1))) { n += 1 }
    let digitsString = String(UInt64(n))
    var body: String
    if digits == 0 {
      body = digitsString
    } else {
      let padded = String(repeating: "0", count: Swift.max(0, digits + 1 - digitsString.count)) + digitsString
      body = String(padded.dropLast(digits)) + "." + String(padded.suffix(digits))
    }
    return negative ? "-" + body : body
  }
}
