// A hand-written log-log chart of time against size: one polyline per benchmark.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Renders a report as a standalone SVG document.
public enum SVGChart {
  static let palette = [
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#7f7f7f", "#bcbd22",
  ]
  static let dashes = ["", "6,3", "2,3", "8,3,2,3"]

  /// The chart: x is the size, y the median time per element (`.element`) or per run (`.run`),
  /// both logarithmic with decade ticks; a legend names each line with its growth estimate.
  public static func render(_ report: BenchReport, metric: BenchOptions.ChartMetric) -> String {
    typealias Series = (name: String, label: String, points: [(x: Double, y: Double)])
    var series: [Series] = []
    for b in report.benchmarks {
      let pts = b.results.compactMap { r -> (x: Double, y: Double)? in
        let y = metric == .run ? r.stats.median : r.nsPerElement
        guard let y, y > 0, r.size > 0 else { return nil }
        return (Double(r.size), y)
      }
      guard !pts.isEmpty else { continue }
      series.append((b.name, b.growth.map { $0.model.rawValue } ?? "", pts))
    }

    let all = series.flatMap(\.points)
    func decades(_ v: [Double]) -> (lo: Int, hi: Int) {
      guard let mn = v.min(), let mx = v.max() else { return (0, 1) }
      var lo = Int(log10(mn).rounded(.down)), hi = Int(log10(mx).rounded(.up))
      if hi <= lo { hi = lo + 1 }
      return (lo, hi)
    }
    let xd = decades(all.map(\.x)), yd = decades(all.map(\.y))

    let left = 84.0, top = 64.0, plotW = 600.0, plotH = 400.0, legendX = left + plotW + 28
    let legendRowH = 20.0
    let height = max(top + plotH + 70, top + 24 + legendRowH * Double(series.count) + 20)
    // Legend width from its longest label (about 0.62 em per character at 12 px).
    let longest = series.map { $0.name.count + ($0.label.isEmpty ? 0 : $0.label.count + 2) }.max() ?? 10
    let width = legendX + 44 + 7.6 * Double(longest)
    // Points at the end decades sit 12 px inside the frame, so their markers stay visible.
    let inset = 12.0
    func px(_ x: Double) -> Double {
      left + inset + (log10(x) - Double(xd.lo)) / Double(xd.hi - xd.lo) * (plotW - 2 * inset)
    }
    func py(_ y: Double) -> Double { top + plotH - (log10(y) - Double(yd.lo)) / Double(yd.hi - yd.lo) * plotH }
    func f(_ v: Double) -> String { Units.fixed(v, 1) }

    var s = """
      <?xml version="1.0" encoding="UTF-8"?>
      <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
      viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Helvetica, Arial, sans-serif">
      <rect width="100%" height="100%" fill="#ffffff"/>

      """
    let what = metric == .run ? "median time per run" : "median time per element"
    s +=
      "<text x=\"\(f(left))\" y=\"28\" font-size=\"17\" font-weight=\"bold\" fill=\"#222\">"
      + "AlgoKit: \(what) vs input size (log-log)</text>\n"
    let m = report.machine
    s +=
      "<text x=\"\(f(left))\" y=\"47\" font-size=\"11\" fill=\"#666\">"
      + escape(
        "\(m.cpuModel ?? "unknown CPU"), \(m.logicalCores) cores, \(m.swiftCompiler) \(m.buildConfiguration), \(m.date)"
      )
      + "</text>\n"

    // Grid: light minor lines at 2..9 x decade, darker decade lines with labels.
    s += "<g stroke-width=\"1\">\n"
    for d in xd.lo...xd.hi {
      let base = pow(10, Double(d))
      if d < xd.hi {
        for k in 2...9 {
          let x = px(base * Double(k))
          s += "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(top + plotH))\" stroke=\"#f0f0f0\"/>\n"
        }
      }
      let x = px(base)
      s += "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(top + plotH + 5))\" stroke=\"#d0d0d0\"/>\n"
    }
    for d in yd.lo...yd.hi {
      let base = pow(10, Double(d))
      if d < yd.hi {
        for k in 2...9 {
          let y = py(base * Double(k))
          s += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(left + plotW))\" y2=\"\(f(y))\" stroke=\"#f0f0f0\"/>\n"
        }
      }
      let y = py(base)
      s += "<line x1=\"\(f(left - 5))\" y1=\"\(f(y))\" x2=\"\(f(left + plotW))\" y2=\"\(f(y))\" stroke=\"#d0d0d0\"/>\n"
    }
    s += "</g>\n<g font-size=\"12\" fill=\"#333\">\n"
    for d in xd.lo...xd.hi {
      s +=
        "<text x=\"\(f(px(pow(10, Double(d)))))\" y=\"\(f(top + plotH + 22))\" text-anchor=\"middle\">"
        + "10<tspan dy=\"-6\" font-size=\"9\">\(d)</tspan></text>\n"
    }
    for d in yd.lo...yd.hi {
      s +=
        "<text x=\"\(f(left - 9))\" y=\"\(f(py(pow(10, Double(d))) + 4))\" text-anchor=\"end\">"
        + escape(decadeLabel(ns: d)) + "</text>\n"
    }
    s +=
      "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(top + plotH + 48))\" text-anchor=\"middle\" font-size=\"13\">"
      + "input size n</text>\n"
    let yTitle = metric == .run ? "time per run" : "time per element"
    s +=
      "<text transform=\"translate(22 \(f(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"13\">"
      + "\(yTitle)</text>\n</g>\n"
    s +=
      "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotW))\" height=\"\(f(plotH))\" fill=\"none\" stroke=\"#888\"/>\n"

    // Lines, markers, legend.
    for (i, line) in series.enumerated() {
      let color = palette[i % palette.count]
      let dash = dashes[(i / palette.count) % dashes.count]
      let dashAttr = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
      let coords = line.points.map { "\(f(px($0.x))),\(f(py($0.y)))" }.joined(separator: " ")
      s += "<g>\n<title>\(escape(line.name))</title>\n"
      s += "<polyline points=\"\(coords)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"\(dashAttr)/>\n"
      for p in line.points {
        s += "<circle cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"3\" fill=\"\(color)\"/>\n"
      }
      s += "</g>\n"
      let ly = top + 12 + legendRowH * Double(i)
      s +=
        "<line x1=\"\(f(legendX))\" y1=\"\(f(ly))\" x2=\"\(f(legendX + 24))\" y2=\"\(f(ly))\" stroke=\"\(color)\" stroke-width=\"2\"\(dashAttr)/>\n"
      s += "<circle cx=\"\(f(legendX + 12))\" cy=\"\(f(ly))\" r=\"3\" fill=\"\(color)\"/>\n"
      let growth = line.label.isEmpty ? "" : "<tspan dx=\"8\" fill=\"#777\">\(escape(line.label))</tspan>"
      s +=
        "<text x=\"\(f(legendX + 32))\" y=\"\(f(ly + 4))\" font-size=\"12\" fill=\"#222\">"
        + escape(line.name) + growth + "</text>\n"
    }
    if series.isEmpty {
      s +=
        "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(top + plotH / 2))\" text-anchor=\"middle\" fill=\"#888\">no data</text>\n"
    }
    s += "</svg>\n"
    return s
  }

  /// `1 ns`, `10 ns`, `100 ns`, `1 µs`, ... for the decade 10^d nanoseconds.
  static func decadeLabel(ns d: Int) -> String {
    let units = ["ns", "µs", "ms", "s"]
    if d < 0 { return d >= -3 ? "0." + String(repeating: "0", count: -d - 1) + "1 ns" : "10^\(d) ns" }
    let u = min(d / 3, units.count - 1)
    let rest = d - 3 * u
    var mantissa = "1"
    for _ in 0..<rest { mantissa += "0" }
    return "\(mantissa) \(units[u])"
  }

  /// Escapes text for XML content and attribute values.
  public static func escape(_ s: String) -> String {
    var out = ""
    for ch in s {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default: out.append(ch)
      }
    }
    return out
  }
}
