import AlgoKitTestSupport
// Shared helpers for the geometry tests: a seeded generator and exact references in Int128.
import Testing

@testable import AlgoKitGeometry

// The geometry tests draw through the standard library's mapping (their seeds were recorded with it).
extension SplitMix64 {
  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
  mutating func double(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &self) }
}

/// Exact references with Int128 (the test target runs on Linux, where it is available).
enum Ref {
  static func cross(_ a: Vector2<Int>, _ b: Vector2<Int>, _ c: Vector2<Int>) -> Int128 {
    let ux = Int128(b.x) - Int128(a.x), uy = Int128(b.y) - Int128(a.y)
    let vx = Int128(c.x) - Int128(a.x), vy = Int128(c.y) - Int128(a.y)
    return ux * vy - uy * vx
  }
  static func orient(_ a: Vector2<Int>, _ b: Vector2<Int>, _ c: Vector2<Int>) -> Int {
    let v = cross(a, b, c)
    return v > 0 ? 1 : (v < 0 ? -1 : 0)
  }
  static func twiceArea(_ p: [Vector2<Int>]) -> Int128 {
    var s: Int128 = 0
    for i in p.indices {
      let a = p[i], b = p[(i + 1) % p.count]
      s += Int128(a.x) * Int128(b.y) - Int128(a.y) * Int128(b.x)
    }
    return s
  }
  /// Exact sign of the orientation of Double points that are all integer multiples of 2^-k,
  /// k <= 60 and |coordinate| < 2^3: scaled to integers below 2^63.
  static func orient(_ a: Vector2<Double>, _ b: Vector2<Double>, _ c: Vector2<Double>, scaleExponent k: Int) -> Int {
    func i(_ v: Double) -> Int128 {
      let s = v * Double(sign: .plus, exponent: k, significand: 1)
      precondition(s == s.rounded(), "not a multiple of 2^-\(k)")
      return Int128(s)
    }
    let ux = i(b.x) - i(a.x), uy = i(b.y) - i(a.y), vx = i(c.x) - i(a.x), vy = i(c.y) - i(a.y)
    let v = ux * vy - uy * vx
    return v > 0 ? 1 : (v < 0 ? -1 : 0)
  }
}

func randomIntPoints(_ n: Int, _ range: ClosedRange<Int>, _ rng: inout SplitMix64) -> [Vector2<Int>] {
  (0..<n).map { _ in Vector2(rng.int(range), rng.int(range)) }
}

extension Ref {
  /// Convex hull vertices (strictly convex turns only), counterclockwise from the lexicographically
  /// smallest point, by gift wrapping with exact Int128 orientation: O(n h), written independently
  /// of the library's monotone chain. All points collinear: the two extreme points; one: itself.
  static func hull(_ input: [Vector2<Int>]) -> [Vector2<Int>] {
    let pts = Array(Set(input))
    guard let start = pts.min(by: { ($0.x, $0.y) < ($1.x, $1.y) }) else { return [] }
    if pts.count == 1 { return [start] }
    func dist2(_ a: Vector2<Int>, _ b: Vector2<Int>) -> Int128 {
      let dx = Int128(a.x) - Int128(b.x), dy = Int128(a.y) - Int128(b.y)
      return dx * dx + dy * dy
    }
    var result: [Vector2<Int>] = []
    var current = start
    repeat {
      result.append(current)
      var next = current == pts[0] ? pts[1] : pts[0]
      for q in pts where q != current {
        let o = cross(current, next, q)
        if o < 0 || (o == 0 && dist2(current, q) > dist2(current, next)) { next = q }
      }
      current = next
      precondition(result.count <= pts.count, "gift wrap did not close")
    } while current != start
    return result
  }
}
