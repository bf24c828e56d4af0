// Exact 0/1 knapsack for large instances: thousands of items, capacities up to 10^18, no table.
//
// The public face of the solver: the budget, the result, and the entry point. The method is
// Pisinger's expanding-core dynamic programming (minknap) with the strong bounds of
// Martello, Pisinger and Toth's combo; each concept has its own file in this folder:
// preprocessing (splitting the items, the full efficiency sort), the lazy order (validation
// fused with a three-way split around pivots estimated from a sample, quickselect for the break
// item inside the middle group only, the outer groups never copied unless needed, pieces sorted
// only where the core reaches), bounds (Dantzig, Dembo-Hammer,
// per-state bounds, cardinality surrogate), state lists (merge with dominance, fathoming),
// history (decision bits and checkpoints), pairing with outside items, and the core expansion loop.

extension Knapsack {
  /// Limits on the work ``zeroOneLarge(weights:values:capacity:budget:)`` may do.
  ///
  /// When a limit is reached the solver stops and returns the best solution found so far, a
  /// proven upper bound on the optimum, and `isOptimal == false` (unless the two meet).
  public struct LargeBudget: Sendable, Equatable {
    /// Most DP states the solver may generate over the whole run (each merge step generates up to
    /// twice the live states). About 2-5 ns each in a release build.
    public var maxStates: Int
    /// Most states alive at once. Memory: two state buffers of 32 bytes per state, sized for a
    /// merge's output (up to twice the live states), so up to 128 bytes per allowed live state,
    /// plus 16 bytes per live state per 64 core items for the decision checkpoints.
    public var maxLiveStates: Int
    /// Wall-clock limit, measured with `ContinuousClock`, or nil for none.
    public var timeLimit: Duration?

    /// A budget; the defaults (2^31 states generated, 2^21 alive, no time limit) take seconds at
    /// worst and about 256 MB of memory at most.
    ///
    /// The time limit is checked between core steps; one step costs O(live states), at most a
    /// few tens of milliseconds at the live-state cap. Limits are not validated: a zero or
    /// negative state limit is accepted and stops the solver at its first budget check, with
    /// the best solution found so far and a proven bound, as any exhausted budget does.
    ///
    /// - Complexity: O(1).
    public init(
      maxStates: Int = 1 << 31, maxLiveStates: Int = 1 << 21, timeLimit: Duration? = nil
    ) {
      self.maxStates = maxStates
      self.maxLiveStates = maxLiveStates
      self.timeLimit = timeLimit
    }

    /// No limit on states generated or time; only the live-state cap (memory) stays.
    public static let unlimited = LargeBudget(maxStates: .max, timeLimit: nil)
  }

  /// What the large-instance solver did: for tuning and for the report of a budgeted run.
  public struct LargeStats: Sendable, Equatable {
    /// Items that were worth a choice after preprocessing (weight in `1...capacity`, value `> 0`).
    public var candidateItems: Int = 0
    /// Items brought into the core and branched on by the DP.
    public var coreItems: Int = 0
    /// Items the core reached but fixed by the Dembo-Hammer reduction instead of branching.
    public var fixedByReduction: Int = 0
    /// DP states generated over the run (the `maxStates` budget counts these).
    public var statesGenerated: Int = 0
    /// Largest number of live states.
    public var peakLiveStates: Int = 0
    /// Whether the cardinality (surrogate) bound was computed.
    public var usedCardinalityBound: Bool = false
    /// Incumbents found by pairing a state with one item outside the core.
    public var pairedIncumbents: Int = 0

    /// All counters zero: the stats of a run that has not started.
    ///
    /// - Complexity: O(1).
    public init() {}
  }

  /// A solution of ``zeroOneLarge(weights:values:capacity:budget:)``.
  public struct LargeSolution: Sendable, Equatable {
    /// Total value of `items`.
    public var value: Int
    /// Total weight of `items` (`<= capacity`).
    public var weight: Int
    /// Indices of the chosen items into the caller's arrays, ascending.
    public var items: [Int]
    /// A proven upper bound on the optimum: `value <= upperBound`, equal when optimal.
    public var upperBound: Int
    /// Whether `value` is proven optimal; false only when the budget ran out first.
    public var isOptimal: Bool
    /// Counters describing the run.
    public var stats: LargeStats

    /// A solution with the given fields, stored as given (not checked against an instance).
    ///
    /// - Complexity: O(1); `items` is shared, not copied.
    public init(
      value: Int, weight: Int, items: [Int], upperBound: Int, isOptimal: Bool, stats: LargeStats
    ) {
      self.value = value
      self.weight = weight
      self.items = items
      self.upperBound = upperBound
      self.isOptimal = isOptimal
      self.stats = stats
    }
  }

  /// An optimal 0/1 knapsack solution (value and chosen items) for instances too large for a
  /// table: thousands of items, capacities and weights up to `Int.max`.
  ///
  /// ```swift
  /// let s = try Knapsack.zeroOneLarge(
  ///   weights: [600_000_000_000, 400_000_000_000, 500_000_000_000],
  ///   values: [60, 50, 55], capacity: 1_000_000_000_000)
  /// // s.value == 110, s.items == [0, 1], s.isOptimal == true
  /// ```
  ///
  /// The method is core-based dynamic programming with strong bounds (Pisinger's minknap, with
  /// the cardinality bound and state pairing of Martello, Pisinger and Toth's combo): items are
  /// ordered by value/weight, the greedy *break solution* is the starting point, and a *core* of items
  /// around the break item grows one item at a time, alternately adding an item after the break
  /// (it may be taken) and removing one before it (it may be dropped). The DP keeps the
  /// undominated (weight, value) states of the core, sorted by weight; states whose upper bound
  /// cannot beat the best solution are fathomed, and items whose Dembo-Hammer bound cannot beat
  /// it are fixed without branching; states are also completed with one item from outside the
  /// core to find good solutions early. The solver stops when no state is left, when the best
  /// solution meets the global upper bound (LP bound, or LP bound of the cardinality surrogate
  /// relaxation), or when the budget runs out.
  ///
  /// Ties: among optimal solutions the one returned is the first the DP reaches; it is not
  /// canonical (it depends on the order in which the core meets items of equal value/weight and
  /// on the reduction, and may change between versions). Items of weight 0 and value `> 0` are always taken; items of value 0 never are;
  /// items heavier than `capacity` are never taken.
  ///
  /// - Parameters:
  ///   - weights: Item weights, each `>= 0`.
  ///   - values: Item values, each `>= 0`; same count as `weights`. The sum of the values of
  ///     the items that fit (`weight <= capacity`) must fit in `Int`.
  ///   - capacity: The weight limit, `>= 0`.
  ///   - budget: Limits on work and memory; see ``LargeBudget``.
  /// - Returns: The best solution found, its upper bound and whether it is proven optimal.
  /// - Throws: ``KnapsackError`` for mismatched lengths, a negative weight, value or capacity,
  ///   or a sum of values of fitting items that overflows `Int` (with the item where it did).
  /// - Complexity: Validation and the search for the break item O(N) expected: one pass
  ///   validates and splits the items three ways around two pivots estimated from a sorted
  ///   sample of O(√N) items (exact comparisons), and quickselect on value/weight runs only in
  ///   the group holding the break item (about 2·N^(3/4) items when the estimate holds): the items are
  ///   not sorted. The outer groups are not copied; when the core reaches them, one more pass
  ///   over the input reduces them and copies only the items the reduction cannot fix. The
  ///   items the core reaches are reduced in O(1) each and only those the reduction cannot fix
  ///   are sorted. Then the DP is O(N·S) time for S
  ///   live states, where S is at most min(2^core, capacity + 1), so the worst case is
  ///   exponential in N and pseudo-polynomial in the capacity. Typically (uncorrelated, weakly and
  ///   strongly correlated, subset-sum instances with random weights) the core holds tens of
  ///   items and S stays in the thousands: well under a millisecond for uncorrelated N = 10^4.
  ///   Memory O(N + S) plus the decision checkpoints (one word per live state per 64 core items).
  public static func zeroOneLarge(
    weights: [Int], values: [Int], capacity: Int, budget: LargeBudget = LargeBudget()
  ) throws(KnapsackError) -> LargeSolution {
    var solver = _LargeInstance.Solver(
      instance: try _LargeInstance.Instance(validating: weights, values: values, capacity: capacity),
      budget: budget)
    return solver.solve()
  }

  /// Internals of ``zeroOneLarge(weights:values:capacity:budget:)``.
  enum _LargeInstance {}
}
