// Comparing a run with a saved one: per benchmark and size, the change in median time per run.

/// The change of one benchmark at one size.
public struct BaselineChange: Sendable, Equatable {
  public enum Verdict: String, Sendable { case faster, unchanged, slower }
  public var name: String
  public var size: Int
  public var baselineNs: Double
  public var currentNs: Double
  /// `(current - baseline) / baseline * 100`: positive is slower.
  public var changePercent: Double
  public var verdict: Verdict
}

/// A run compared with a baseline.
public struct BaselineComparison: Sendable, Equatable {
  public var thresholdPercent: Double
  /// Benchmark/size pairs present in both, in the current run's order.
  public var changes: [BaselineChange]
  /// `name@size` measured now but absent from the baseline (reported, never a failure).
  public var notInBaseline: [String]
  /// `name@size` in the baseline that this run did not measure.
  public var notMeasured: [String]

  /// The changes slower than the threshold.
  public var regressions: [BaselineChange] { changes.filter { $0.verdict == .slower } }
}

public enum Baseline {
  /// Compares medians. A pair is `slower` when its median grew by more than `thresholdPercent`,
  /// `faster` when it shrank by more than that, else `unchanged`.
  public static func compare(
    current: BenchReport, baseline: BenchReport, thresholdPercent: Double
  ) -> BaselineComparison {
    var old: [String: Double] = [:]
    for b in baseline.benchmarks { for r in b.results { old["\(b.name)@\(r.size)"] = r.stats.median } }
    var seen = Set<String>()
    var changes: [BaselineChange] = [], fresh: [String] = []
    for b in current.benchmarks {
      for r in b.results {
        let key = "\(b.name)@\(r.size)"
        seen.insert(key)
        guard let before = old[key], before > 0 else { fresh.append(key); continue }
        let change = (r.stats.median - before) / before * 100
        let verdict: BaselineChange.Verdict =
          change > thresholdPercent ? .slower : change < -thresholdPercent ? .faster : .unchanged
        changes.append(
          BaselineChange(
            name: b.name, size: r.size, baselineNs: before, currentNs: r.stats.median,
            changePercent: change, verdict: verdict))
      }
    }
    var missing: [String] = []
    for b in baseline.benchmarks {
      for r in b.results where !seen.contains("\(b.name)@\(r.size)") { missing.append("\(b.name)@\(r.size)") }
    }
    return BaselineComparison(
      thresholdPercent: thresholdPercent, changes: changes, notInBaseline: fresh, notMeasured: missing)
  }

  /// The comparison as an aligned table with a one-line verdict.
  public static func render(_ c: BaselineComparison, baselinePath: String) -> String {
    var rows: [[String]] = [["benchmark", "size", "baseline", "now", "change", "verdict"]]
    for ch in c.changes {
      let sign = ch.changePercent >= 0 ? "+" : ""
      rows.append([
        ch.name, Units.size(ch.size), Units.duration(ns: ch.baselineNs), Units.duration(ns: ch.currentNs),
        sign + Units.fixed(ch.changePercent, 1) + "%",
        ch.verdict == .slower ? "SLOWER" : ch.verdict == .faster ? "faster" : "same",
      ])
    }
    let widths = (0..<6).map { col in rows.map { $0[col].count }.max() ?? 0 }
    var out = "comparison with \(baselinePath) (threshold \(Units.fixed(c.thresholdPercent, 1))%):\n"
    for row in rows {
      var line = ""
      for (col, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[col] - cell.count)
        line += col == 0 ? cell + pad : (col == 5 ? "  " + cell : "  " + pad + cell)
      }
      out += line + "\n"
    }
    if !c.notInBaseline.isEmpty {
      out += "not in the baseline: \(c.notInBaseline.joined(separator: ", "))\n"
    }
    if !c.notMeasured.isEmpty {
      out += "in the baseline but not measured now: \(c.notMeasured.count)\n"
    }
    let r = c.regressions
    out +=
      r.isEmpty
      ? "no regression beyond \(Units.fixed(c.thresholdPercent, 1))%\n"
      : "\(r.count) regression\(r.count == 1 ? "" : "s") beyond \(Units.fixed(c.thresholdPercent, 1))%: "
        + r.map { "\($0.name)@\(Units.size($0.size))" }.joined(separator: ", ") + "\n"
    return out
  }
}
