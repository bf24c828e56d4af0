// The registration interface every module's benchmarks are written against.

/// A named workload measured at several input sizes.
///
/// Register one per algorithm (and per variant worth comparing) in the module's file under
/// `Benchmarks/algokit-bench/`. Names are `module/algorithm[-variant]`, lower-case kebab,
/// for example `heap/priority-queue-push-pop`; `--filter` matches them as regular expressions.
public struct Benchmark: Sendable {
  /// Unique name, `module/algorithm[-variant]`.
  public var name: String
  /// One line saying what one run does, for `--list` and the table.
  public var summary: String
  /// The full size sweep (also used for the complexity fit).
  public var sizes: [Int]
  /// The sizes `--quick` uses: small, so the smoke run takes seconds.
  public var quickSizes: [Int]
  /// The sizes `makeWorkload` accepts and finishes in reasonable time; `--sizes` outside this
  /// range is refused with a one-line error instead of crashing or running for hours.
  /// Defaults to `1...1_000_000_000`; set it for workloads with a minimum (a knapsack capacity
  /// of at least 10) or a super-linear cost.
  public var sizeLimits: ClosedRange<Int> = 1...1_000_000_000
  /// Builds the inputs for one size (untimed) and returns the work to time.
  public var makeWorkload: @Sendable (_ size: Int) -> Workload

  public init(
    name: String, summary: String, sizes: [Int], quickSizes: [Int],
    sizeLimits: ClosedRange<Int> = 1...1_000_000_000,
    makeWorkload: @escaping @Sendable (_ size: Int) -> Workload
  ) {
    self.name = name
    self.summary = summary
    self.sizes = sizes
    self.quickSizes = quickSizes
    self.sizeLimits = sizeLimits
    self.makeWorkload = makeWorkload
  }
}

/// The work at one size.
///
/// `run` is timed; it returns a checksum that the harness folds into a black-hole sink so the
/// optimizer cannot delete the work. `reset`, when present, runs untimed before every `run`, to
/// restore inputs that `run` consumes (an array that `run` heapifies in place, say).
public struct Workload {
  /// How many elements one `run` processes (for per-element figures and throughput).
  public var elements: Int
  /// One timed operation; return something that depends on the result.
  public var run: () -> UInt64
  /// Untimed preparation before every `run`, or nil.
  public var reset: (() -> Void)?

  public init(elements: Int, reset: (() -> Void)? = nil, run: @escaping () -> UInt64) {
    self.elements = elements
    self.reset = reset
    self.run = run
  }
}
