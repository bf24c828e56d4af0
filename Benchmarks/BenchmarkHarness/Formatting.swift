// Text forms of a report: the aligned table, CSV, markdown and JSON.

import Foundation

/// Human-readable numbers.
public enum Units {
  /// `12.3 ns`, `4.56 µs`, `1.23 ms`, `2.34 s`: three significant digits.
  public static func duration(ns: Double) -> String {
    guard ns.isFinite else { return "—" }
    let (value, unit): (Double, String) =
      ns < 1e3 ? (ns, "ns") : ns < 1e6 ? (ns / 1e3, "µs") : ns < 1e9 ? (ns / 1e6, "ms") : (ns / 1e9, "s")
    return significant(value) + " " + unit
  }

  /// `812 /s`, `81.3 k/s`, `1.25 M/s`, `3.40 G/s`.
  public static func rate(perSecond r: Double) -> String {
    guard r.isFinite else { return "—" }
    let (value, unit): (Double, String) =
      r < 1e3 ? (r, "") : r < 1e6 ? (r / 1e3, "k") : r < 1e9 ? (r / 1e6, "M") : (r / 1e9, "G")
    return significant(value) + " " + unit + "/s"
  }

  /// Plain decimal with three significant digits (`0.742`, `12.3`, `812`).
  public static func significant(_ v: Double) -> String {
    let a = abs(v)
    let digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.1 ? 3 : 4
    return fixed(v, digits)
  }

  /// `v` with `digits` decimals, locale-independent.
  public static func fixed(_ v: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", locale: Locale(identifier: "en_US_POSIX"), v)
  }

  /// Sizes: `1000` stays, exact powers of ten from 10^4 read `10^6`.
  public static func size(_ n: Int) -> String {
    var p = 0, m = n
    while m >= 10 && m % 10 == 0 { m /= 10; p += 1 }
    return m == 1 && p >= 4 ? "10^\(p)" : String(n)
  }
}

/// Renders reports.
public enum ReportFormatter {
  static let tableHeader = [
    "benchmark", "size", "median", "min", "p90", "spread", "ns/elem", "throughput",
  ]

  /// The aligned table, one row per benchmark and size, then each benchmark's growth line.
  public static func table(_ report: BenchReport) -> String {
    var rows: [[String]] = [tableHeader]
    var growthAfterRow: [Int: String] = [:]
    for b in report.benchmarks {
      for (k, r) in b.results.enumerated() {
        rows.append([
          k == 0 ? b.name : "", Units.size(r.size),
          Units.duration(ns: r.stats.median), Units.duration(ns: r.stats.min),
          Units.duration(ns: r.stats.p90), "±" + Units.fixed(r.stats.spreadPercent, 1) + "%",
          r.nsPerElement.map { Units.significant($0) } ?? "—",
          r.elementsPerSecond.map { Units.rate(perSecond: $0) } ?? "—",
        ])
      }
      growthAfterRow[rows.count - 1] = "  growth: " + growthText(b.growth)
    }
    let widths = (0..<tableHeader.count).map { c in rows.map { $0[c].count }.max() ?? 0 }
    var out = ""
    for (i, row) in rows.enumerated() {
      var line = ""
      for (c, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[c] - cell.count)
        line += c == 0 ? cell + pad : "  " + pad + cell  // name left, figures right
      }
      while line.hasSuffix(" ") { line.removeLast() }
      out += line + "\n"
      if i == 0 {
        out += String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)) + "\n"
      }
      if let g = growthAfterRow[i] { out += g + "\n" }
    }
    return out
  }

  /// `slope 1.07 over 10^3…10^6, fits O(n log n) (±3%)`, or why there is no estimate.
  public static func growthText(_ g: GrowthEstimate?) -> String {
    guard let g else { return "— (needs two or more sizes)" }
    return "slope \(Units.fixed(g.slope, 2)) over \(Units.size(g.minSize))…\(Units.size(g.maxSize)),"
      + " fits \(g.model.rawValue) (±\(Units.fixed(g.relativeError * 100, 0))%)"
  }

  static let csvHeader = [
    "benchmark", "size", "elements", "samples", "runs_per_sample", "median_ns", "min_ns", "p90_ns",
    "mad_ns", "spread_pct", "ns_per_element", "elements_per_second", "slope", "complexity",
  ]

  /// RFC 4180 CSV, one row per benchmark and size; figures in nanoseconds per run.
  public static func csv(_ report: BenchReport) -> String {
    var lines = [csvHeader.joined(separator: ",")]
    func num(_ v: Double?) -> String { v.map { String($0) } ?? "" }
    for b in report.benchmarks {
      for r in b.results {
        let fields: [String] = [
          b.name, String(r.size), String(r.elements), String(r.stats.count), String(r.runsPerSample),
          num(r.stats.median), num(r.stats.min), num(r.stats.p90), num(r.stats.mad),
          num(r.stats.spreadPercent), num(r.nsPerElement), num(r.elementsPerSecond),
          num(b.growth?.slope), b.growth?.model.rawValue ?? "",
        ]
        lines.append(fields.map(csvField).joined(separator: ","))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func csvField(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// GitHub-flavoured markdown: a results table, then a growth table.
  public static func markdown(_ report: BenchReport) -> String {
    func esc(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
    var out = "| benchmark | size | median | min | p90 | spread | ns/elem | throughput |\n"
    out += "|---|---:|---:|---:|---:|---:|---:|---:|\n"
    for b in report.benchmarks {
      for r in b.results {
        out +=
          "| `\(esc(b.name))` | \(Units.size(r.size)) | \(Units.duration(ns: r.stats.median))"
          + " | \(Units.duration(ns: r.stats.min)) | \(Units.duration(ns: r.stats.p90))"
          + " | ±\(Units.fixed(r.stats.spreadPercent, 1))%"
          + " | \(r.nsPerElement.map { Units.significant($0) } ?? "—")"
          + " | \(r.elementsPerSecond.map { Units.rate(perSecond: $0) } ?? "—") |\n"
      }
    }
    out += "\n| benchmark | sizes | log-log slope | estimate | fit error |\n|---|---|---:|---|---:|\n"
    for b in report.benchmarks {
      guard let g = b.growth else {
        out += "| `\(esc(b.name))` | \(b.results.map { Units.size($0.size) }.joined(separator: ", ")) | — | — | — |\n"
        continue
      }
      out +=
        "| `\(esc(b.name))` | \(Units.size(g.minSize))…\(Units.size(g.maxSize)) | \(Units.fixed(g.slope, 2))"
        + " | \(g.model.rawValue) | ±\(Units.fixed(g.relativeError * 100, 0))% |\n"
    }
    let m = report.machine
    out +=
      "\n\(m.swiftCompiler), \(m.buildConfiguration) build, \(m.cpuModel ?? "unknown CPU")"
      + " (\(m.logicalCores) cores), \(m.os), \(m.date)\n"
    return out
  }

  /// Pretty, key-sorted JSON (every sample and the machine facts).
  public static func json(_ report: BenchReport) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
  }

  /// Decodes a report (a baseline) from JSON, naming the problem on failure (exit 2).
  public static func decodeReport(_ data: Data, source: String) throws(HarnessError) -> BenchReport {
    let report: BenchReport
    do {
      report = try JSONDecoder().decode(BenchReport.self, from: data)
    } catch {
      throw HarnessError("\(source) is not an algokit-bench JSON report (\(describe(error)))")
    }
    guard report.format == BenchReport.formatIdentifier else {
      throw HarnessError("\(source) has format '\(report.format)', expected '\(BenchReport.formatIdentifier)'")
    }
    return report
  }

  static func describe(_ error: Error) -> String {
    switch error as? DecodingError {
    case .dataCorrupted(let c)?: return "malformed JSON" + (c.codingPath.isEmpty ? "" : " at \(path(c.codingPath))")
    case .keyNotFound(let k, let c)?: return "missing '\(k.stringValue)'" + at(c.codingPath)
    case .typeMismatch(_, let c)?, .valueNotFound(_, let c)?: return "wrong type" + at(c.codingPath)
    default: return "unreadable"
    }
  }

  static func at(_ p: [CodingKey]) -> String { p.isEmpty ? "" : " at " + path(p) }
  static func path(_ p: [CodingKey]) -> String {
    p.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
  }
}
