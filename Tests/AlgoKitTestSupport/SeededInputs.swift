// The seeded inputs every benchmark and every peer program share.
//
// A port of the peers' reference generator (xorshift64 from a fixed state, restarted for every
// input), so `compare-peers` can run the C++ and Python peers on exactly the data timed here.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The inputs of the peer programs, one function per kind.
public enum SeededInputs {
  /// Heap benchmarks: `next() % 1_000_000_007`, n times.
  public static func ints(_ n: Int) -> [Int] {
    var rng = XorShift64()
    return (0..<n).map { _ in Int(rng.next() % 1_000_000_007) }
  }

  /// Knapsack DP: per item, weight `1 + next() % (capacity / 10)`, then value `1 + next() % 1_000_000`.
  public static func knapsackDP(items n: Int, capacity: Int) -> (weights: [Int], values: [Int]) {
    precondition(capacity >= 10, "capacity must be at least 10")
    var rng = XorShift64()
    var weights: [Int] = [], values: [Int] = []
    weights.reserveCapacity(n); values.reserveCapacity(n)
    for _ in 0..<n {
      weights.append(1 + Int(rng.next() % UInt64(capacity / 10)))
      values.append(1 + Int(rng.next() % 1_000_000))
    }
    return (weights, values)
  }

  /// Pisinger's instance classes (R = 10,000 by default); capacity is half the total weight.
  public enum KnapsackClass: String, CaseIterable, Sendable {
    case uncorrelated, weak, strong, subsetsum
  }

  /// Pisinger-class instance with weights `1 + next() % R` and the class's profit rule.
  public static func knapsack(
    _ kind: KnapsackClass, items n: Int, range r: Int = 10_000
  ) -> (weights: [Int], profits: [Int], capacity: Int) {
    var rng = XorShift64()
    var weights: [Int] = [], profits: [Int] = []
    for _ in 0..<n {
      let w = 1 + Int(rng.next() % UInt64(r))
      let p: Int
      switch kind {
      case .uncorrelated: p = 1 + Int(rng.next() % UInt64(r))
      case .weak: p = max(1, w - r / 10 + Int(rng.next() % UInt64(r / 5 + 1)))
      case .strong: p = w + r / 10
      case .subsetsum: p = w
      }
      weights.append(w); profits.append(p)
    }
    return (weights, profits, weights.reduce(0, +) / 2)
  }

  /// NMS boxes, xyxy: x = 1000u, y = 1000u, w = 10 + 90u, h = 10 + 90u, then score = u.
  public static func boxes(_ n: Int)
    -> (boxes: [(x1: Double, y1: Double, x2: Double, y2: Double)], scores: [Double])
  {
    var rng = XorShift64()
    var boxes: [(x1: Double, y1: Double, x2: Double, y2: Double)] = []
    var scores: [Double] = []
    boxes.reserveCapacity(n); scores.reserveCapacity(n)
    for _ in 0..<n {
      let x = 1000 * rng.uniform(), y = 1000 * rng.uniform()
      let w = 10 + 90 * rng.uniform(), h = 10 + 90 * rng.uniform()
      boxes.append((x, y, x + w, y + h))
      scores.append(rng.uniform())
    }
    return (boxes, scores)
  }

  /// Mixed-size NMS boxes with outliers: `boxes(n)`, then every box `i` with `i % 10 == 0` made 10x
  /// larger (same top-left corner, width and height times 10), and every box with `i % 100 == 1`
  /// moved far away by `(±1e6 · (1 + k % 7), ±1e6 · (1 + k % 5))`, `k = i / 100` (x negative for
  /// odd `k`, y negative when `k % 3 == 0`). Scores unchanged.
  public static func mixedBoxes(_ n: Int)
    -> (boxes: [(x1: Double, y1: Double, x2: Double, y2: Double)], scores: [Double])
  {
    var (boxes, scores) = boxes(n)
    for i in boxes.indices {
      var b = boxes[i]
      if i % 10 == 0 {
        b.x2 = b.x1 + (b.x2 - b.x1) * 10
        b.y2 = b.y1 + (b.y2 - b.y1) * 10
      }
      if i % 100 == 1 {
        let k = i / 100
        let dx = (k % 2 == 0 ? 1.0 : -1.0) * 1e6 * Double(1 + k % 7)
        let dy = (k % 3 == 0 ? -1.0 : 1.0) * 1e6 * Double(1 + k % 5)
        b = (b.x1 + dx, b.y1 + dy, b.x2 + dx, b.y2 + dy)
      }
      boxes[i] = b
    }
    return (boxes, scores)
  }

  /// Hull input: Box-Muller pairs, r = sqrt(-2 ln(1 - u1)), t = 2 pi u2.
  public static func gaussianPoints(_ n: Int) -> [(x: Double, y: Double)] {
    var rng = XorShift64()
    return (0..<n).map { _ in
      let r = (-2 * log(1 - rng.uniform())).squareRoot()
      let t = 2 * Double.pi * rng.uniform()
      return (r * cos(t), r * sin(t))
    }
  }

  /// Hull worst case: every point on the unit circle, t = 2 pi u.
  public static func circlePoints(_ n: Int) -> [(x: Double, y: Double)] {
    var rng = XorShift64()
    return (0..<n).map { _ in
      let t = 2 * Double.pi * rng.uniform()
      return (cos(t), sin(t))
    }
  }

  /// Delaunay input: per point x = u, then y = u (uniform in the unit square).
  public static func uniformPoints(_ n: Int) -> [(x: Double, y: Double)] {
    var rng = XorShift64()
    return (0..<n).map { _ in
      let x = rng.uniform()
      return (x, rng.uniform())
    }
  }

  /// Delaunay worst case for ties: the k x k integer grid (k = isqrt(n)), row by row; every unit square
  /// is cocircular.
  public static func gridPoints(_ n: Int) -> [(x: Double, y: Double)] {
    var k = Int(Double(n).squareRoot())
    while k * k > n { k -= 1 }
    while (k + 1) * (k + 1) <= n { k += 1 }
    return (0..<(k * k)).map { i in (Double(i % k), Double(i / k)) }
  }

  /// Rotated rectangles (cx, cy, w, h, angle): 100u, 100u, 5 + 35u, 5 + 35u, pi u. Pairs are (2i, 2i+1).
  public static func rotatedRects(_ n: Int)
    -> [(cx: Double, cy: Double, w: Double, h: Double, angle: Double)]
  {
    var rng = XorShift64()
    return (0..<n).map { _ in
      let cx = 100 * rng.uniform(), cy = 100 * rng.uniform()
      let w = 5 + 35 * rng.uniform(), h = 5 + 35 * rng.uniform()
      return (cx, cy, w, h, Double.pi * rng.uniform())
    }
  }
}
