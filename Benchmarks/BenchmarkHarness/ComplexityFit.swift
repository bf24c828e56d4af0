// Empirical growth: how time per run grows with the size parameter over a sweep.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The candidate growth models, simplest first.
public enum ComplexityModel: String, CaseIterable, Codable, Sendable {
  case constant = "O(1)"
  case logarithmic = "O(log n)"
  case linear = "O(n)"
  case linearithmic = "O(n log n)"
  case quadratic = "O(n^2)"
  case cubic = "O(n^3)"

  /// The model's shape at `n` (log base 2, with n clamped to at least 2 so log n > 0).
  public func shape(_ n: Double) -> Double {
    let lg = log2(Swift.max(n, 2))
    switch self {
    case .constant: return 1
    case .logarithmic: return lg
    case .linear: return n
    case .linearithmic: return n * lg
    case .quadratic: return n * n
    case .cubic: return n * n * n
    }
  }
}

/// The growth estimate of one benchmark: log-log slope and the best-fitting named model.
public struct GrowthEstimate: Codable, Sendable, Equatable {
  /// Least-squares slope of log(time per run) against log(size): 1 for linear, 2 for quadratic.
  public var slope: Double
  /// The model `t = c * f(n)` with the smallest relative RMS error.
  public var model: ComplexityModel
  /// That model's relative RMS error (0.05 = the fit is off by about 5% per point).
  public var relativeError: Double
  /// The sizes the fit used (smallest, largest).
  public var minSize: Int
  public var maxSize: Int
}

/// Fits growth models to (size, time) points.
public enum ComplexityFit {
  /// Errors within this (absolute relative error) of the best count as a tie, won by the simpler model.
  public static let tieTolerance = 0.005

  /// Relative RMS error of the best `t = c * f(n)` for `model`, and that `c`.
  ///
  /// Minimizes `sum ((t_i - c f_i) / t_i)^2`, so every size weighs the same however long it takes:
  /// with `r_i = f_i / t_i`, `c = sum r_i / sum r_i^2`.
  public static func relativeError(
    of model: ComplexityModel, sizes: [Double], times: [Double]
  ) -> (error: Double, constant: Double) {
    let ratios = zip(sizes, times).map { model.shape($0) / $1 }
    let s1 = ratios.reduce(0, +), s2 = ratios.reduce(0) { $0 + $1 * $1 }
    let c = s2 > 0 ? s1 / s2 : 0
    let sumSquares = ratios.reduce(0) { acc, r in acc + (1 - c * r) * (1 - c * r) }
    return ((sumSquares / Double(ratios.count)).squareRoot(), c)
  }

  /// Estimates growth from per-size times (any positive unit).
  ///
  /// Returns nil with fewer than two distinct positive sizes or any time that is not positive and finite.
  public static func estimate(sizes: [Int], times: [Double]) -> GrowthEstimate? {
    precondition(sizes.count == times.count, "sizes and times differ in length")
    guard Set(sizes).count >= 2, sizes.allSatisfy({ $0 > 0 }),
      times.allSatisfy({ $0 > 0 && $0.isFinite })
    else { return nil }
    let n = sizes.map(Double.init)
    guard let line = Statistics.leastSquares(x: n.map { log($0) }, y: times.map { log($0) })
    else { return nil }
    var best: (model: ComplexityModel, error: Double)?
    let fits = ComplexityModel.allCases.map { ($0, relativeError(of: $0, sizes: n, times: times).error) }
    let minError = fits.map(\.1).min()!
    for (model, error) in fits where error <= minError + tieTolerance {
      best = (model, error)
      break  // allCases runs simplest first
    }
    return GrowthEstimate(
      slope: line.slope, model: best!.model, relativeError: best!.error,
      minSize: sizes.min()!, maxSize: sizes.max()!)
  }
}
