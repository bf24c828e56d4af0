// The edge type of the geometric spanning trees (Euclidean, Manhattan) and the disjoint-set forest
// that Kruskal's algorithm uses for both.

/// An edge of a geometric spanning tree: two input indices and the edge's weight.
///
/// The weight is exact where the metric allows it: the *squared* Euclidean length for the Euclidean
/// tree, the L1 length for the Manhattan tree. `a < b` always.
public struct SpanningTreeEdge<Weight: Hashable & Sendable>: Hashable, Sendable {
  /// The smaller endpoint's input index.
  public var a: Int
  /// The larger endpoint's input index.
  public var b: Int
  /// The edge's weight (see the function that built the tree for its metric).
  public var weight: Weight

  /// An edge between input points `a` and `b` (stored with the smaller index first).
  ///
  /// - Complexity: O(1).
  @inlinable
  public init(_ a: Int, _ b: Int, weight: Weight) {
    self.a = Swift.min(a, b)
    self.b = Swift.max(a, b)
    self.weight = weight
  }
}

/// A disjoint-set forest over `0..<n` with path halving and union by size.
@usableFromInline
internal struct _GeometryDisjointSet {
  @usableFromInline internal var parent: [Int32]
  @usableFromInline internal var size: [Int32]

  @inlinable
  internal init(count: Int) {
    parent = (0..<Int32(truncatingIfNeeded: count)).map { $0 }
    size = Array(repeating: 1, count: count)
  }

  /// The representative of `i`'s set.
  @inlinable
  internal mutating func find(_ i: Int) -> Int {
    var i = Int32(truncatingIfNeeded: i)
    while parent[Int(i)] != i {
      let grandparent = parent[Int(parent[Int(i)])]
      parent[Int(i)] = grandparent
      i = grandparent
    }
    return Int(i)
  }

  /// Merges the sets of `a` and `b`; false when they were already one set.
  @inlinable
  internal mutating func union(_ a: Int, _ b: Int) -> Bool {
    var ra = find(a), rb = find(b)
    if ra == rb { return false }
    if size[ra] < size[rb] { swap(&ra, &rb) }
    parent[rb] = Int32(truncatingIfNeeded: ra)
    size[ra] &+= size[rb]
    return true
  }
}
