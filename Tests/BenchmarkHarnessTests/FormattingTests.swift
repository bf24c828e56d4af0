import Foundation
import Testing

@testable import BenchmarkHarness

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A small RFC 4180 reader, independent of the writer under test.
func parseCSV(_ text: String) -> [[String]] {
  var rows: [[String]] = [], row: [String] = [], field = ""
  var quoted = false, chars = Array(text), i = 0
  while i < chars.count {
    let ch = chars[i]
    if quoted {
      if ch == "\"" {
        if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
      } else {
        field.append(ch)
      }
    } else if ch == "\"" {
      quoted = true
    } else if ch == "," {
      row.append(field); field = ""
    } else if ch == "\n" {
      row.append(field); rows.append(row); row = []; field = ""
    } else {
      field.append(ch)
    }
    i += 1
  }
  if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
  return rows
}

@Suite("Output formats")
struct FormattingTests {
  @Test func csvRoundTrip() throws {
    let rows = parseCSV(ReportFormatter.csv(Fixtures.sample))
    #expect(rows.count == 1 + 4)
    let header = rows[0]
    #expect(rows.allSatisfy { $0.count == header.count })
    func col(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
    let first = rows[1]
    #expect(first[try col("benchmark")] == "heap/priority-queue-push-pop")
    #expect(first[try col("size")] == "1000")
    #expect(Double(first[try col("median_ns")]) == 10_500)
    #expect(Double(first[try col("min_ns")]) == 10_000)
    #expect(Double(first[try col("ns_per_element")]) == 10.5)
    #expect(first[try col("complexity")] == "O(n)")
    let odd = rows[4]
    #expect(odd[try col("benchmark")] == "odd/name, with \"quotes\" & <tags> | pipe")
    #expect(odd[try col("ns_per_element")] == "")  // elements == 0
    #expect(odd[try col("complexity")] == "")  // a single size has no growth estimate
  }

  @Test func jsonRoundTrip() throws {
    let text = try ReportFormatter.json(Fixtures.sample)
    let back = try ReportFormatter.decodeReport(Data(text.utf8), source: "t")
    #expect(back == Fixtures.sample)
    // Every sample is there, independently of our decoder.
    let any = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let benches = try #require(any["benchmarks"] as? [[String: Any]])
    let results = try #require(benches[0]["results"] as? [[String: Any]])
    #expect((results[2]["samplesNs"] as? [Double]) == [10_000_000, 10_200_000, 9_900_000])
    let machine = try #require(any["machine"] as? [String: Any])
    #expect(machine["cpuModel"] as? String == "Test CPU @ 3 GHz")
    #expect(machine["buildConfiguration"] as? String == "release")
  }

  @Test func malformedReportsAreNamed() {
    func message(_ text: String) -> String? {
      do { _ = try ReportFormatter.decodeReport(Data(text.utf8), source: "baseline 'b.json'"); return nil } catch {
        return error.message
      }
    }
    #expect(message("{ not json")?.contains("baseline 'b.json' is not an algokit-bench JSON report") == true)
    #expect(message("{}")?.contains("missing") == true)
    var other = Fixtures.sample
    other.format = "something/9"
    let text = try! ReportFormatter.json(other)
    #expect(message(text)?.contains("expected 'algokit-bench/1'") == true)
  }

  @Test func markdownShape() {
    let md = ReportFormatter.markdown(Fixtures.sample)
    let tables = md.components(separatedBy: "\n\n").filter { $0.hasPrefix("|") }
    #expect(tables.count == 2)
    for table in tables {
      let lines = table.split(separator: "\n").map(String.init)
      // Unescaped pipes delimit cells; every row has as many as the header.
      func cells(_ l: String) -> Int { l.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count }
      #expect(lines.count >= 3)
      #expect(lines[1].hasPrefix("|---"))
      #expect(lines.allSatisfy { $0.hasPrefix("|") && $0.hasSuffix("|") && cells($0) == cells(lines[0]) })
    }
    #expect(md.contains("| `heap/priority-queue-push-pop` | 1000 | 10.5 µs |"))
    // Hand-computed: r = n/t, c = Σr/Σr², RMS(1 - c·r) = 0.0228.
    #expect(md.contains("| `heap/priority-queue-push-pop` | 1000…10^6 | 0.99 | O(n) | ±2% |"))
  }

  @Test func tableIsAligned() {
    let table = ReportFormatter.table(Fixtures.sample)
    let lines = table.split(separator: "\n").map(String.init)
    let rows = lines.filter { !$0.hasPrefix("  growth") && !$0.hasPrefix("---") }
    #expect(rows.count == 5)
    #expect(Set(rows.map(\.count)).count == 1, "rows differ in width:\n\(table)")
    #expect(lines.contains { $0.contains("growth: slope 0.99") && $0.contains("fits O(n)") })
    #expect(lines.contains { $0.contains("needs two or more sizes") })
    #expect(table.contains("10^6"))
  }

  @Test func units() {
    #expect(Units.duration(ns: 12.34) == "12.3 ns")
    #expect(Units.duration(ns: 4_560) == "4.56 µs")
    #expect(Units.duration(ns: 1_234_000) == "1.23 ms")
    #expect(Units.duration(ns: 2.5e9) == "2.50 s")
    #expect(Units.rate(perSecond: 81_300_000) == "81.3 M/s")
    #expect(Units.size(1000) == "1000")
    #expect(Units.size(1_000_000) == "10^6")
    #expect(Units.size(30_000) == "30000")
  }
}

@Suite("SVG chart")
struct SVGTests {
  final class Collector: NSObject, XMLParserDelegate {
    var elements: [String: Int] = [:]
    var text = ""
    func parser(
      _ p: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      elements[name, default: 0] += 1
    }
    func parser(_ p: XMLParser, foundCharacters string: String) { text += string }
  }

  func parse(_ svg: String) -> (ok: Bool, collector: Collector, error: String) {
    let parser = XMLParser(data: Data(svg.utf8))
    let c = Collector()
    parser.delegate = c
    let ok = parser.parse()
    return (ok, c, parser.parserError.map { "\($0)" } ?? "")
  }

  @Test(arguments: BenchOptions.ChartMetric.allCases)
  func wellFormed(_ metric: BenchOptions.ChartMetric) {
    let svg = SVGChart.render(Fixtures.sample, metric: metric)
    let (ok, c, error) = parse(svg)
    #expect(ok, "\(error)")
    #expect(c.elements["svg"] == 1)
    // The odd benchmark has no per-element figure, so the element chart has one line.
    #expect(c.elements["polyline"] == (metric == .run ? 2 : 1))
    #expect(c.elements["circle", default: 0] >= 3)
    #expect(c.text.contains("heap/priority-queue-push-pop"))
    #expect(c.text.contains("O(n)"))
    if metric == .run { #expect(c.text.contains("odd/name, with \"quotes\" & <tags> | pipe")) }
  }

  @Test func emptyReportStillWellFormed() {
    let (ok, c, _) = parse(SVGChart.render(Fixtures.report([]), metric: .element))
    #expect(ok)
    #expect(c.elements["polyline"] == nil)
  }

  @Test func decadeLabels() {
    #expect(SVGChart.decadeLabel(ns: 0) == "1 ns")
    #expect(SVGChart.decadeLabel(ns: 2) == "100 ns")
    #expect(SVGChart.decadeLabel(ns: 3) == "1 µs")
    #expect(SVGChart.decadeLabel(ns: 7) == "10 ms")
    #expect(SVGChart.decadeLabel(ns: 10) == "10 s")
    #expect(SVGChart.decadeLabel(ns: -1) == "0.1 ns")
    #expect(SVGChart.decadeLabel(ns: -3) == "0.001 ns")
  }
}
