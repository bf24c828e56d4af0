// Timing: warm-up, batch calibration, repeated samples on a monotonic clock, a black-hole sink.

/// Where every checksum ends up. Public and written through a non-inlinable function, so the
/// optimizer can neither prove it unread nor delete the work whose result feeds it.
nonisolated(unsafe) public var benchmarkBlackHole: UInt64 = 0

/// Folds `value` into `benchmarkBlackHole`.
@inline(never)
public func blackHole(_ value: UInt64) {
  benchmarkBlackHole = benchmarkBlackHole &* 31 &+ value
}

/// How long and how often each size is sampled.
public struct MeasurementPolicy: Sendable, Equatable {
  /// Keep sampling until this much time (seconds) is spent in timed runs...
  public var minTime: Double
  /// ...and at least this many samples are taken...
  public var minSamples: Int
  /// ...unless this much wall time (seconds, resets and warm-up included) has passed: then stop
  /// after the current sample. Large sizes thus get fewer samples, never fewer than one.
  public var maxTime: Double
  /// Never more samples than this.
  public var maxSamples: Int
  /// Exactly this many samples when set (`--repetitions`); min/max time are ignored.
  public var repetitions: Int?
  /// Runs faster than this (seconds) are batched (when the workload has no `reset`) so one sample
  /// lasts about this long and clock overhead stays negligible.
  public var targetSampleTime: Double
  /// Warm-up: untimed-for-the-report runs until this long (seconds) has passed; at least one run.
  public var warmUpTime: Double

  public static let standard = MeasurementPolicy(
    minTime: 0.2, minSamples: 5, maxTime: 1.5, maxSamples: 10_000, repetitions: nil,
    targetSampleTime: 0.001, warmUpTime: 0.02)
  public static let quick = MeasurementPolicy(
    minTime: 0.005, minSamples: 3, maxTime: 0.05, maxSamples: 1_000, repetitions: nil,
    targetSampleTime: 0.0002, warmUpTime: 0.0)

  public init(
    minTime: Double, minSamples: Int, maxTime: Double, maxSamples: Int, repetitions: Int?,
    targetSampleTime: Double, warmUpTime: Double
  ) {
    self.minTime = minTime
    self.minSamples = minSamples
    self.maxTime = maxTime
    self.maxSamples = maxSamples
    self.repetitions = repetitions
    self.targetSampleTime = targetSampleTime
    self.warmUpTime = warmUpTime
  }

  /// Whether to take another sample, given `count` samples so far, `timed` seconds in timed
  /// runs and `wall` seconds since sampling began.
  public func wantsMore(count: Int, timed: Double, wall: Double) -> Bool {
    if let repetitions { return count < repetitions }
    if count == 0 { return true }
    if count >= maxSamples || wall >= maxTime { return false }
    return count < minSamples || timed < minTime
  }
}

/// The raw result at one size.
public struct RawMeasurement: Sendable {
  /// Nanoseconds per run, one entry per sample.
  public var samples: [Double]
  /// Runs per sample (batch size; 1 when the workload has a `reset`).
  public var runsPerSample: Int
}

/// Monotonic nanosecond clock.
public enum MonotonicClock {
  /// Nanoseconds since an arbitrary fixed point (ContinuousClock: monotonic, not wall time).
  @inline(__always)
  public static func now() -> ContinuousClock.Instant { ContinuousClock.now }

  /// Nanoseconds from `start` to now.
  @inline(__always)
  public static func nanoseconds(since start: ContinuousClock.Instant) -> Double {
    let d = start.duration(to: ContinuousClock.now).components
    return Double(d.seconds) * 1e9 + Double(d.attoseconds) * 1e-9
  }
}

/// Times workloads.
public enum Runner {
  /// Warms up, calibrates the batch size, then samples `workload` under `policy`.
  public static func measure(_ workload: Workload, policy: MeasurementPolicy) -> RawMeasurement {
    var checksum: UInt64 = 0
    let run = workload.run
    let reset = workload.reset

    // Warm-up (caches, page faults, lazy initialization); the fastest run calibrates batching.
    var fastest = Double.infinity
    let warmStart = MonotonicClock.now()
    repeat {
      reset?()
      let t = MonotonicClock.now()
      checksum &+= run()
      fastest = min(fastest, MonotonicClock.nanoseconds(since: t))
    } while MonotonicClock.nanoseconds(since: warmStart) < policy.warmUpTime * 1e9

    var batch = 1
    if reset == nil, fastest < policy.targetSampleTime * 1e9 {
      batch = Int(min(1_000_000, (policy.targetSampleTime * 1e9 / max(fastest, 1)).rounded(.up)))
    }

    var samples: [Double] = []
    var timed = 0.0
    let wallStart = MonotonicClock.now()
    while policy.wantsMore(
      count: samples.count, timed: timed, wall: MonotonicClock.nanoseconds(since: wallStart) * 1e-9)
    {
      reset?()
      let t = MonotonicClock.now()
      for _ in 0..<batch { checksum &+= run() }
      let ns = MonotonicClock.nanoseconds(since: t)
      timed += ns * 1e-9
      samples.append(ns / Double(batch))
    }
    blackHole(checksum)
    return RawMeasurement(samples: samples, runsPerSample: batch)
  }
}
