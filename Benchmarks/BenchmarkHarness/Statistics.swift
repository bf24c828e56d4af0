// Order statistics of one size's samples: what the table, JSON and baselines report.

/// Summary of the samples taken at one size, every figure in nanoseconds per run.
///
/// Percentiles interpolate linearly between the closest ranks (NumPy's default, "type 7"):
/// for sorted samples `x[0...n-1]` the p-quantile sits at rank `p * (n - 1)`.
public struct SampleStatistics: Codable, Sendable, Equatable {
  public var count: Int
  public var min: Double
  public var max: Double
  public var mean: Double
  public var median: Double
  public var p90: Double
  /// Median absolute deviation from the median.
  public var mad: Double
  /// `mad / median` in percent: the table's "spread" (0 when the median is 0).
  public var spreadPercent: Double

  /// Summarizes `samples`; returns nil for an empty array or one holding NaN or infinity.
  public init?(_ samples: [Double]) {
    guard !samples.isEmpty, samples.allSatisfy(\.isFinite) else { return nil }
    let sorted = samples.sorted()
    count = sorted.count
    min = sorted[0]
    max = sorted[sorted.count - 1]
    mean = sorted.reduce(0, +) / Double(sorted.count)
    median = Statistics.quantile(sorted: sorted, 0.5)
    p90 = Statistics.quantile(sorted: sorted, 0.9)
    let m = median
    mad = Statistics.quantile(sorted: sorted.map { abs($0 - m) }.sorted(), 0.5)
    spreadPercent = median > 0 ? mad / median * 100 : 0
  }
}

/// Free-standing statistics helpers.
public enum Statistics {
  /// The p-quantile (0...1) of ascending `sorted`, interpolating between closest ranks.
  /// - Precondition: `sorted` is non-empty and ascending; `p` is in 0...1.
  public static func quantile(sorted: [Double], _ p: Double) -> Double {
    precondition(!sorted.isEmpty, "quantile of an empty sample")
    precondition(p >= 0 && p <= 1, "quantile level must be in 0...1")
    let rank = p * Double(sorted.count - 1)
    let lo = Int(rank.rounded(.down))
    let hi = Swift.min(lo + 1, sorted.count - 1)
    let fraction = rank - Double(lo)
    return sorted[lo] + (sorted[hi] - sorted[lo]) * fraction
  }

  /// The median of `values` (any order). - Precondition: non-empty.
  public static func median(_ values: [Double]) -> Double {
    quantile(sorted: values.sorted(), 0.5)
  }

  /// Ordinary least-squares line `y = intercept + slope * x`; nil with fewer than two distinct x.
  public static func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double)? {
    precondition(x.count == y.count, "x and y differ in length")
    guard x.count >= 2 else { return nil }
    let n = Double(x.count)
    let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
    var sxx = 0.0, sxy = 0.0
    for (a, b) in zip(x, y) {
      sxx += (a - mx) * (a - mx)
      sxy += (a - mx) * (b - my)
    }
    guard sxx > 0 else { return nil }
    let slope = sxy / sxx
    return (slope, my - slope * mx)
  }
}
