// The suffix-order 0/1 DP that records decision bits for `zeroOneItems`.
//
// Row i, bit c: "taking item i is optimal for items i..<N at capacity c" (ties count as taking),
// for c in weights[i]...reachAt[i]; above reachAt[i] every remaining item fits, so taking is
// optimal there too and no bit is stored. Walking forward, the first item whose bit is set at the
// remaining capacity is the smallest index an optimal completion can use.

extension Knapsack {
  /// The number of items per block for `zeroOneItems`: all of them when their bits fit
  /// `limit`, else the block size with the smallest footprint (checkpoints plus one block of
  /// rows), or a thrown ``KnapsackError/tableTooLarge(bytes:limit:)`` with that footprint.
  @inlinable
  internal static func _decisionBlockSize(
    items n: Int, capacity: Int, stride: Int, limit: Int
  ) throws(KnapsackError) -> Int {
    let wordsPerRow = capacity / 64 + 1
    guard let table = _product(_cellCount(capacity), stride),
      let rowBytes = _product(wordsPerRow, 8),
      case (let fixed, false) = table.addingReportingOverflow(rowBytes)  // rolling array + scratch row
    else { throw .tableTooLarge(bytes: .max, limit: limit) }
    func footprint(_ k: Int) -> Int {
      let blocks = (n + k - 1) / k
      guard let checkpoints = _product(blocks - 1, table),
        let rows = _product(min(k, n), rowBytes)
      else { return .max }
      let (a, o1) = fixed.addingReportingOverflow(checkpoints)
      let (b, o2) = a.addingReportingOverflow(rows)
      return o1 || o2 ? .max : b
    }
    if n <= 1 {
      let bytes = footprint(1)
      guard bytes <= limit else { throw .tableTooLarge(bytes: bytes, limit: limit) }
      return 1
    }
    let whole = footprint(n)
    if whole <= limit { return n }
    var best = n, bestBytes = whole
    for k in 1..<n {
      let bytes = footprint(k)
      if bytes < bestBytes { best = k; bestBytes = bytes }
    }
    guard bestBytes <= limit else { throw .tableTooLarge(bytes: bestBytes, limit: limit) }
    return best
  }

  /// The lexicographically smallest optimal item list, scalar passes on any value type.
  @inlinable
  internal static func _decisionItems<V: KnapsackValue>(
    weights: [Int], values: [V], capacity: Int, blockSize: Int
  ) -> [Int] {
    _decisionWalk(
      weights: weights, values: values, capacity: capacity, blockSize: blockSize
    ) { f, row, w, v, top in
      var j = top
      var word: UInt64 = 0
      while j >= w {
        let candidate = f[j &- w] + v
        let take = !(candidate < f[j])
        if take { f[j] = candidate }
        word |= UInt64(take ? 1 : 0) &<< UInt64(j & 63)
        if j & 63 == 0 { row[j >> 6] |= word; word = 0 }
        j &-= 1
      }
      if w <= top { row[w >> 6] |= word }
    }
  }

  /// The same in 32-bit lanes: 16-cell SIMD blocks aligned to 16 bits of the row, each block's
  /// 16 decisions stored as one `UInt16` (little-endian word layout).
  @inlinable
  internal static func _decisionItems32(
    weights: [Int], values: [Int32], capacity: Int, blockSize: Int
  ) -> [Int] {
    _decisionWalk(
      weights: weights, values: values, capacity: capacity, blockSize: blockSize
    ) { f, row, w, v, top in
      var j = top
      #if _endian(little)
        if w >= 16 {
          // Scalar down to a 16-aligned block top, then whole blocks [j-15, j] with j-15 >= w.
          while j >= w && (j &+ 1) & 15 != 0 {
            let candidate = f[j &- w] &+ v
            if candidate >= f[j] { f[j] = candidate; row[j >> 6] |= 1 &<< UInt64(j & 63) }
            j &-= 1
          }
          let raw = UnsafeMutableRawPointer(f)
          let rowBytes = UnsafeMutableRawPointer(row)
          let add = SIMD16<Int32>(repeating: v)
          let powers = SIMD16<Int32>(
            1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768)
          let back = w &* 4
          while j &- 15 >= w {
            let start = j &- 15
            let current = raw.loadUnaligned(fromByteOffset: start &* 4, as: SIMD16<Int32>.self)
            let candidate =
              raw.loadUnaligned(fromByteOffset: start &* 4 &- back, as: SIMD16<Int32>.self) &+ add
            let take = candidate .>= current
            raw.storeBytes(
              of: current.replacing(with: candidate, where: take), toByteOffset: start &* 4,
              as: SIMD16<Int32>.self)
            let mask = SIMD16<Int32>(repeating: 0).replacing(with: powers, where: take)
            rowBytes.storeBytes(
              of: UInt16(truncatingIfNeeded: mask.wrappedSum()), toByteOffset: start >> 3,
              as: UInt16.self)
            j &-= 16
          }
        }
      #endif
      while j >= w {
        let candidate = f[j &- w] &+ v
        if candidate >= f[j] { f[j] = candidate; row[j >> 6] |= 1 &<< UInt64(j & 63) }
        j &-= 1
      }
    }
  }

  /// Runs the suffix-order DP and walks the decision bits forward, block by block.
  ///
  /// `pass(f, row, w, v, top)` updates `f[w...top]` for one item and sets its decision bits in
  /// `row` (zeroed beforehand; a pass may overwrite whole 16-bit chunks it owns). With
  /// `blockSize < N`, a first pass saves the rolling array at every block boundary; each block's
  /// rows are then recomputed from its checkpoint just before the walk reads them.
  @inlinable
  @inline(__always)
  internal static func _decisionWalk<T: AdditiveArithmetic & Comparable>(
    weights: [Int], values: [T], capacity: Int, blockSize k: Int,
    pass: (UnsafeMutablePointer<T>, UnsafeMutablePointer<UInt64>, Int, T, Int) -> Void
  ) -> [Int] {
    let n = weights.count
    if n == 0 { return [] }
    let wordsPerRow = capacity / 64 + 1
    let cells = capacity + 1
    let blocks = (n + k - 1) / k
    var table = [T](repeating: .zero, count: cells)
    var checkpoints = [T](repeating: .zero, count: (blocks - 1) * cells)
    var checkpointReach = [Int](repeating: 0, count: blocks - 1)
    var rows = [UInt64](repeating: 0, count: min(k, n) * wordsPerRow)
    var scratch = [UInt64](repeating: 0, count: blocks > 1 ? wordsPerRow : 0)
    var reachAt = [Int](repeating: 0, count: n)
    // Smallest weight of a positive-value item in each suffix: below it, nothing more to gain.
    var minPositive = [Int](repeating: .max, count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      minPositive[i] = values[i] > .zero ? min(minPositive[i + 1], weights[i]) : minPositive[i + 1]
    }
    var chosen: [Int] = []
    table.withUnsafeMutableBufferPointer { tableBuffer in
      rows.withUnsafeMutableBufferPointer { rowBuffer in
        let f = tableBuffer.baseAddress!
        /// Item i on the rolling array, its bits into `row`; returns the new reach.
        func step(_ i: Int, _ reach: Int, _ row: UnsafeMutablePointer<UInt64>) -> Int {
          let w = weights[i]
          if w > capacity { return reach }
          let newReach = capacity - reach < w ? capacity : reach &+ w
          if newReach > reach {
            let top = f[reach]
            var j = reach &+ 1
            while j <= newReach { f[j] = top; j &+= 1 }
          }
          pass(f, row, w, values[i], newReach)
          return newReach
        }
        if blocks > 1 {
          scratch.withUnsafeMutableBufferPointer { scratchBuffer in
            checkpoints.withUnsafeMutableBufferPointer { saved in
              var reach = 0
              var i = n &- 1
              while true {
                if (i &+ 1) % k == 0 && i &+ 1 < n {  // state after items i+1..<n: block boundary
                  let slot = (i &+ 1) / k &- 1
                  (saved.baseAddress! + slot &* cells).update(from: f, count: cells)
                  checkpointReach[slot] = reach
                  if slot == 0 { break }
                }
                reach = step(i, reach, scratchBuffer.baseAddress!)
                i &-= 1
              }
            }
          }
        }
        var c = capacity
        blockLoop: for block in 0..<blocks {
          let lo = block &* k, hi = min(lo &+ k, n)
          var reach: Int
          if hi == n {
            tableBuffer.update(repeating: .zero)
            reach = 0
          } else {
            checkpoints.withUnsafeBufferPointer { saved in
              f.update(from: saved.baseAddress! + block &* cells, count: cells)
            }
            reach = checkpointReach[block]
          }
          rowBuffer.update(repeating: 0)
          var i = hi
          while i > lo {
            i &-= 1
            reach = step(i, reach, rowBuffer.baseAddress! + (i &- lo) &* wordsPerRow)
            reachAt[i] = reach
          }
          for i in lo..<hi {
            if c < minPositive[i] { break blockLoop }
            let w = weights[i]
            guard w <= c else { continue }
            let bit = rowBuffer[(i &- lo) &* wordsPerRow &+ c >> 6] & (1 &<< UInt64(c & 63)) != 0
            if c > reachAt[i] || bit {
              chosen.append(i)
              c -= w
            }
          }
        }
      }
    }
    return chosen
  }
}
