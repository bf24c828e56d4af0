// The seeded generators every test target, fuzz replay and benchmark draws from: one copy of each.
//
// SplitMix64 drives the randomized tests (any seed is good, so each test prints and replays its
// own); XorShift64 is the peers' reference generator, which the benchmarks and compare-peers share.

/// SplitMix64 (Steele, Lea and Flood 2014): a small seeded generator; every seed, 0 included, is good.
///
/// The draws below use a fixed mapping from `next()`. `Int.random(in:using:)` and friends may map
/// generator output differently in another Swift release, so a printed seed would not replay
/// there; these use plain `next() % span` (the slight modulo bias does not matter to a test).
public struct SplitMix64: RandomNumberGenerator, Sendable {
  public var state: UInt64

  public init(seed: UInt64) { state = seed }

  @inlinable
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// An integer in `range`.
  @inlinable
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    let span = UInt64(UInt(bitPattern: range.upperBound &- range.lowerBound)) &+ 1  // 0: all of Int
    let offset = span == 0 ? next() : next() % span
    return range.lowerBound &+ Int(truncatingIfNeeded: offset)
  }

  /// An integer in `range`, which must not be empty.
  @inlinable
  public mutating func int(in range: Range<Int>) -> Int {
    precondition(!range.isEmpty, "int(in:) of an empty range")
    return int(in: range.lowerBound...(range.upperBound - 1))
  }

  /// A coin flip (the top bit).
  @inlinable
  public mutating func bool() -> Bool { next() >> 63 == 1 }

  /// A double in `range` on a grid of 2^53 steps (both ends reachable).
  @inlinable
  public mutating func double(in range: ClosedRange<Double>) -> Double {
    let unit = Double(next() >> 11) / Double((1 as UInt64) << 53 - 1)
    return range.lowerBound + (range.upperBound - range.lowerBound) * unit
  }

  /// A uniform Double in [0, 1) from the top 53 bits.
  @inlinable
  public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }
}

/// Marsaglia's xorshift64 (shifts 13, 7, 17), started from the shared seed.
public struct XorShift64: Sendable {
  /// The state every input starts from.
  public static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

  public var state: UInt64

  public init(state: UInt64 = XorShift64.seed) { self.state = state }

  /// Starts from a caller's seed; 0, xorshift's fixed point, is replaced by the shared seed.
  public init(seed: UInt64) { state = seed == 0 ? XorShift64.seed : seed }

  /// Advances and returns the new state.
  @inlinable
  public mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }

  /// A uniform Double in [0, 1) from the top 53 bits.
  @inlinable
  public mutating func uniform() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// An integer in `0..<n` (`n > 0`), as `next() % n`.
  @inlinable
  public mutating func below(_ n: Int) -> Int {
    precondition(n > 0, "below(_:) needs a positive bound")
    return Int(next() % UInt64(n))
  }
}
