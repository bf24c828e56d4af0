// Which items a DP state took: decision bits per state, checkpoint nodes every 64 core items,
// garbage collection of the nodes, and the reconstruction of the chosen items.
//
// Each state carries a 64-bit word with its decisions for the core items processed since the
// last checkpoint. Every 64 core items the words are moved into nodes of a parent-linked forest
// (one node per live state, pointing at the state's previous node), so a state's full decision
// list is its word plus the chain of nodes back to the start. Nodes no live state (nor the best
// solution) reaches are collected when the forest has grown well past the live states.

extension Knapsack._LargeInstance {
  /// The best solution so far, as a DP state or as an explicit list of positions.
  enum Best {
    /// The greedy solution: the break solution plus these items (caller's indices).
    case greedy([Int])
    /// A DP state, with the core at the time: `processed` core items had been branched on,
    /// `epoch` checkpoints had been taken, and the core was `core`. `flipped` is an item outside
    /// the core (caller's index: positions outside the core may still move) whose decision is
    /// reversed (state pairing), or nil: the state itself is feasible.
    case state(State, processed: Int, epoch: Int, core: ClosedRange<Int>, flipped: Int?)
  }

  /// The checkpoint forest and the order in which core items were branched on.
  struct History {
    /// Parent of each node (-1 for a root).
    var parent: [Int] = []
    /// Decisions of the 64 core items of the node's epoch.
    var bits: [UInt64] = []
    /// Positions of the branched core items, in the order they were processed.
    var coreOrder: [Int] = []
    /// Checkpoints taken so far.
    var epoch = 0
    /// Core items processed since the last checkpoint (the next bit to use).
    var position = 0
    /// Node count after the last collection, to decide when to collect again.
    var liveAfterCollection = 0
    /// Nodes allowed beyond twice the live ones before a collection (tests set 0).
    var collectionSlack = 1 << 16

    /// The bit of the next core item.
    var nextMask: UInt64 { 1 << UInt64(position) }

    /// Counts one processed core item; after 64, moves every live state's word into a node.
    mutating func advance(_ states: inout StateBuffer, best: inout Best) {
      position += 1
      guard position == 64 else { return }
      let n = states.count
      parent.reserveCapacity(parent.count + n)
      bits.reserveCapacity(bits.count + n)
      states.storage.withUnsafeMutableBufferPointer { d in
        for i in 0..<n {
          parent.append(d[i].node)
          bits.append(d[i].bits)
          d[i].node = parent.count - 1
          d[i].bits = 0
        }
      }
      epoch += 1
      position = 0
      if parent.count > 2 * liveAfterCollection + collectionSlack {
        collect(&states, best: &best)
      }
    }

    /// Drops the nodes that no live state and not the best solution can reach.
    mutating func collect(_ states: inout StateBuffer, best: inout Best) {
      var marked = [Bool](repeating: false, count: parent.count)
      func mark(_ root: Int) {
        var x = root
        while x >= 0 && !marked[x] {
          marked[x] = true
          x = parent[x]
        }
      }
      for i in 0..<states.count { mark(states.storage[i].node) }
      if case .state(let s, _, _, _, _) = best { mark(s.node) }
      // Parents precede children, so one forward pass renumbers and compacts.
      var newIndex = [Int](repeating: -1, count: parent.count)
      var kept = 0
      for old in 0..<parent.count where marked[old] {
        newIndex[old] = kept
        parent[kept] = parent[old] < 0 ? -1 : newIndex[parent[old]]
        bits[kept] = bits[old]
        kept += 1
      }
      parent.removeLast(parent.count - kept)
      bits.removeLast(bits.count - kept)
      for i in 0..<states.count where states.storage[i].node >= 0 {
        states.storage[i].node = newIndex[states.storage[i].node]
      }
      if case .state(var s, let processed, let epoch, let core, let flipped) = best, s.node >= 0 {
        s.node = newIndex[s.node]
        best = .state(s, processed: processed, epoch: epoch, core: core, flipped: flipped)
      }
      liveAfterCollection = kept
    }

    /// Applies the recorded solution's decisions on the branched core items to `chosen` (bits
    /// by the caller's index, already holding the items before the break item as taken), before
    /// the paired item (if any) is flipped: the caller does that.
    ///
    /// Items before the break item are taken, items after it are not (the items outside the
    /// recorded core, and the core items fixed by the reduction, keep their LP value); core items
    /// that were branched on follow the state's decisions. Positions outside the core may have
    /// been permuted since (the lazy order), but only within their side of the break item;
    /// positions in the core never move, so `original` maps them as when they were branched on.
    ///
    /// - Complexity: O(core items + checkpoint chain).
    func applyDecisions(
      of state: State, processed: Int, epoch: Int, original: Instance.Column,
      to chosen: inout Knapsack._LargeInstance.ItemSet
    ) {
      var words = [UInt64](repeating: 0, count: epoch)
      var x = state.node
      for level in stride(from: epoch - 1, through: 0, by: -1) {
        precondition(x >= 0, "large knapsack: decision chain shorter than the checkpoints")
        words[level] = bits[x]
        x = parent[x]
      }
      precondition(x == -1, "large knapsack: decision chain longer than the checkpoints")
      for k in 0..<processed {
        let level = k / 64
        let word = level < epoch ? words[level] : state.bits
        chosen.set(original[coreOrder[k]], (word >> UInt64(k % 64)) & 1 == 1)
      }
    }
  }

  /// A set of the caller's item indices, one bit each: the chosen items as `finish` assembles them.
  struct ItemSet {
    var words: [UInt64]

    /// The empty set of items `0..<count`.
    init(count: Int) {
      words = [UInt64](repeating: 0, count: (count + 63) >> 6)
    }

    @inline(__always)
    mutating func set(_ i: Int, _ member: Bool) {
      let bit: UInt64 = 1 << UInt64(i & 63)
      if member { words[i >> 6] |= bit } else { words[i >> 6] &= ~bit }
    }

    @inline(__always)
    mutating func toggle(_ i: Int) {
      words[i >> 6] ^= 1 << UInt64(i & 63)
    }

    /// Adds `indices[from..<to]`.
    mutating func insert(_ indices: [Int], from: Int, to: Int) {
      guard from < to else { return }
      indices.withUnsafeBufferPointer { src in
        words.withUnsafeMutableBufferPointer { d in
          for k in from..<to {
            let i = src[k]
            d[i >> 6] |= 1 << UInt64(i & 63)
          }
        }
      }
    }

    /// Adds the caller's indices of positions `from..<to`.
    mutating func insert(_ indices: Instance.Column, from: Int, to: Int) {
      guard from < to else { return }
      indices.storage.withUnsafeBufferPointer { src in
        words.withUnsafeMutableBufferPointer { d in
          for k in from..<to {
            let i = src[3 &* k &+ indices.field]
            d[i >> 6] |= 1 << UInt64(i & 63)
          }
        }
      }
    }

    /// The members in ascending order, with their total value and weight (nil when a sum
    /// overflows).
    ///
    /// - Complexity: O(count / 64 + members).
    func members(values: [Int], weights: [Int]) -> (items: [Int], value: Int, weight: Int)? {
      var size = 0
      for word in words { size += word.nonzeroBitCount }
      var value = 0, weight = 0, overflow = false
      let items = [Int](unsafeUninitializedCapacity: size) { out, count in
        values.withUnsafeBufferPointer { v in
          weights.withUnsafeBufferPointer { w in
            var k = 0
            for (index, word) in words.enumerated() {
              var bits = word
              while bits != 0 {
                let i = index << 6 | bits.trailingZeroBitCount
                bits &= bits &- 1
                out[k] = i
                k &+= 1
                let (sv, o1) = value.addingReportingOverflow(v[i])
                let (sw, o2) = weight.addingReportingOverflow(w[i])
                value = sv
                weight = sw
                overflow = overflow || o1 || o2
              }
            }
            count = k
          }
        }
      }
      return overflow ? nil : (items, value, weight)
    }
  }
}
