// The one tolerance model for floating-point predicates. Every floating comparison in the module
// goes through `GeometryTolerance`; there are no literal epsilons elsewhere.

/// How floating-point predicates decide that a quantity is zero, or that two values are equal.
///
/// A quantity `x` computed from terms whose magnitudes sum to `scale` is treated as zero when
///
///     |x| <= absolute + relative * scale
///
/// For an orientation `a, b, c` (the cross product of `u = b - a` and `v = c - a`) the scale is
/// `(|ux| + |uy|)(|vx| + |vy|)`, within a factor 2 of `|u||v|`, so the relative part means "the sine
/// of the angle at `a` is below about `relative`", at every magnitude and direction of the
/// coordinates. `absolute` is in the units of the quantity tested (area for
/// orientations, length for coordinates and distances): there is no scale-free absolute epsilon,
/// which is why the default has none.
///
/// - ``default``: `absolute = 0`, `relative = 1e-9` (the defaults of Python's `math.isclose`).
///   Double carries 53 bits (unit roundoff 1.1e-16); a value produced by a few dozen arithmetic
///   steps or parsed from decimal text with up to 9 significant digits is correct to far better
///   than 1e-9 relative, so values agreeing to 1e-9 are "the same", while 1e-9 still resolves
///   angles of a nanoradian. Predicates whose callers want tolerance (orientation, point on segment,
///   point location boundary, segment intersection) use it by default.
/// - ``exact``: both zero. Orientation then returns the *exact* sign for the given coordinates
///   (adaptive predicate, ``GeometryPredicates``). Algorithms whose invariants need consistent
///   signs (convex hull, polar ordering) default to it.
///
/// A non-zero sign returned with any tolerance is certified: if `|x|` exceeds the tolerance but
/// not the floating-point error bound of the evaluation, the exact predicate decides.
///
/// Per context: keep a tolerance value and pass it to every call, or call its methods directly
/// (`tolerance.isApproximatelyEqual(a, b)`). Integer scalars ignore the tolerance (always exact).
public struct GeometryTolerance: Hashable, Sendable {
  @usableFromInline internal var _absolute: Double
  @usableFromInline internal var _relative: Double

  /// Absolute threshold, in the units of the quantity tested. Always >= 0 (read-only, so the
  /// init's clamp cannot be bypassed).
  ///
  /// - Complexity: O(1).
  @inlinable public var absolute: Double { _absolute }
  /// Relative threshold, a fraction of the quantity's scale. Always >= 0 (read-only, so the
  /// init's clamp cannot be bypassed).
  ///
  /// - Complexity: O(1).
  @inlinable public var relative: Double { _relative }

  /// A tolerance; negative or NaN values are treated as 0. `+infinity` is kept and makes every
  /// finite quantity negligible.
  ///
  /// - Complexity: O(1).
  @inlinable
  public init(absolute: Double = 0, relative: Double = 0) {
    _absolute = absolute > 0 ? absolute : 0
    _relative = relative > 0 ? relative : 0
  }

  /// `absolute = 0`, `relative = 1e-9`.
  public static let `default` = GeometryTolerance(absolute: 0, relative: 1e-9)

  /// No tolerance: signs are exact (orientation uses the adaptive exact predicate).
  public static let exact = GeometryTolerance(absolute: 0, relative: 0)

  /// Whether this is ``exact``.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var isExact: Bool { absolute == 0 && relative == 0 }

  /// Whether `|value| <= absolute + relative * scale` (false for NaN).
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func isNegligible(_ value: Double, scale: Double) -> Bool {
    value.magnitude <= absolute + relative * scale.magnitude
  }

  /// 0 when `value` is negligible at `scale`, else its sign (0 for NaN).
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func sign(_ value: Double, scale: Double) -> Int {
    if isNegligible(value, scale: scale) { return 0 }
    return value > 0 ? 1 : (value < 0 ? -1 : 0)
  }

  /// Whether `|a - b| <= absolute + relative * max(|a|, |b|)` (false if either is NaN;
  /// equal infinities are equal).
  ///
  /// - Complexity: O(1).
  @inlinable
  public func isApproximatelyEqual(_ a: Double, _ b: Double) -> Bool {
    if a == b { return true }
    return (a - b).magnitude <= absolute + relative * max(a.magnitude, b.magnitude)
  }

  /// -1, 0, +1 comparing `a` with `b` under this tolerance (0 when approximately equal).
  ///
  /// - Complexity: O(1).
  @inlinable
  public func compare(_ a: Double, _ b: Double) -> Int {
    isApproximatelyEqual(a, b) ? 0 : (a < b ? -1 : 1)
  }
}
