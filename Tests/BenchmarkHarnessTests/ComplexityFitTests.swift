import Testing

@testable import BenchmarkHarness

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Complexity fit")
struct ComplexityFitTests {
  static let sweep = [1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000]

  /// Synthetic timings `c * f(n) * (1 + noise)`, noise uniform in ±`noise`, from a seeded generator.
  static func timings(_ model: ComplexityModel, sizes: [Int], c: Double, noise: Double, seed: UInt64)
    -> [Double]
  {
    var rng = XorShift64(state: seed)
    return sizes.map { n in
      c * model.shape(Double(n)) * (1 + noise * (2 * rng.uniform() - 1))
    }
  }

  @Test(arguments: ComplexityModel.allCases)
  func recoversModelUnderNoise(_ model: ComplexityModel) throws {
    for seed: UInt64 in [1, 2, 3, 0xDEAD_BEEF, 0x1234_5678_9ABC] {
      let t = Self.timings(model, sizes: Self.sweep, c: 3.7, noise: 0.05, seed: seed)
      let g = try #require(ComplexityFit.estimate(sizes: Self.sweep, times: t))
      #expect(g.model == model, "seed \(seed): fitted \(g.model.rawValue) for \(model.rawValue)")
      #expect(g.relativeError < 0.06, "seed \(seed)")
    }
  }

  @Test func slopesOfPowerLaws() throws {
    for (model, expected) in [(ComplexityModel.constant, 0.0), (.linear, 1.0), (.quadratic, 2.0), (.cubic, 3.0)] {
      let t = Self.timings(model, sizes: Self.sweep, c: 2, noise: 0, seed: 1)
      let g = try #require(ComplexityFit.estimate(sizes: Self.sweep, times: t))
      #expect(abs(g.slope - expected) < 1e-9, "\(model.rawValue)")
      #expect(g.minSize == 1_000 && g.maxSize == 1_000_000)
    }
    // n log n over 10^3...10^6 is steeper than linear but well below quadratic.
    let t = Self.timings(.linearithmic, sizes: Self.sweep, c: 1, noise: 0, seed: 1)
    let g = try #require(ComplexityFit.estimate(sizes: Self.sweep, times: t))
    #expect(g.slope > 1.05 && g.slope < 1.2)
  }

  @Test func narrowSweepStillSeparatesLinearFromLinearithmic() throws {
    let sizes = [10_000, 100_000, 1_000_000]
    let lin = Self.timings(.linear, sizes: sizes, c: 1, noise: 0.03, seed: 9)
    let nlog = Self.timings(.linearithmic, sizes: sizes, c: 1, noise: 0.03, seed: 9)
    #expect(ComplexityFit.estimate(sizes: sizes, times: lin)?.model == .linear)
    #expect(ComplexityFit.estimate(sizes: sizes, times: nlog)?.model == .linearithmic)
  }

  @Test func noEstimateWithoutASweep() {
    #expect(ComplexityFit.estimate(sizes: [1000], times: [5]) == nil)
    #expect(ComplexityFit.estimate(sizes: [1000, 1000], times: [5, 6]) == nil)
    #expect(ComplexityFit.estimate(sizes: [10, 100], times: [5, 0]) == nil)
    #expect(ComplexityFit.estimate(sizes: [10, 100], times: [5, .nan]) == nil)
  }

  @Test func exactModelHasZeroError() {
    let n = Self.sweep.map(Double.init)
    let t = n.map { 4 * $0 * $0 }
    let (error, c) = ComplexityFit.relativeError(of: .quadratic, sizes: n, times: t)
    #expect(error < 1e-12)
    #expect(abs(c - 4) < 1e-9)
  }
}
