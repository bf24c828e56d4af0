import Testing

@testable import BenchmarkHarness

@Suite("Statistics")
struct StatisticsTests {
  @Test func evenCountHandComputed() throws {
    // sorted: 1 1 2 3 4 5 6 9
    let s = try #require(SampleStatistics([3, 1, 4, 1, 5, 9, 2, 6]))
    #expect(s.count == 8)
    #expect(s.min == 1)
    #expect(s.max == 9)
    #expect(s.mean == 3.875)
    #expect(s.median == 3.5)  // (3 + 4) / 2
    #expect(abs(s.p90 - 6.9) < 1e-12)  // rank 0.9 * 7 = 6.3: 6 + 0.3 * (9 - 6)
    #expect(s.mad == 2.0)  // |x - 3.5| sorted: .5 .5 1.5 1.5 2.5 2.5 2.5 5.5
    #expect(abs(s.spreadPercent - 2.0 / 3.5 * 100) < 1e-9)
  }

  @Test func oddCountHandComputed() throws {
    let s = try #require(SampleStatistics([5, 1, 3]))
    #expect(s.median == 3)
    #expect(abs(s.p90 - 4.6) < 1e-12)  // rank 1.8: 3 + 0.8 * 2
    #expect(s.mad == 2)  // deviations 2 2 0
  }

  @Test func singleSample() throws {
    let s = try #require(SampleStatistics([7]))
    #expect(s.median == 7 && s.min == 7 && s.p90 == 7 && s.max == 7)
    #expect(s.mad == 0 && s.spreadPercent == 0)
  }

  @Test func rejectsEmptyAndNonFinite() {
    #expect(SampleStatistics([]) == nil)
    #expect(SampleStatistics([1, .nan]) == nil)
    #expect(SampleStatistics([.infinity]) == nil)
  }

  @Test func quantileEndpoints() {
    let x: [Double] = [10, 20, 30, 40, 50]
    #expect(Statistics.quantile(sorted: x, 0) == 10)
    #expect(Statistics.quantile(sorted: x, 1) == 50)
    #expect(Statistics.quantile(sorted: x, 0.25) == 20)
    #expect(Statistics.quantile(sorted: x, 0.1) == 14)  // rank 0.4
    #expect(Statistics.median([4, 2, 8, 6]) == 5)
  }

  @Test func leastSquaresExactLine() throws {
    let fit = try #require(Statistics.leastSquares(x: [0, 1, 2, 3], y: [1, 3, 5, 7]))
    #expect(abs(fit.slope - 2) < 1e-12)
    #expect(abs(fit.intercept - 1) < 1e-12)
    #expect(Statistics.leastSquares(x: [2, 2], y: [1, 5]) == nil)
    #expect(Statistics.leastSquares(x: [2], y: [1]) == nil)
  }
}
