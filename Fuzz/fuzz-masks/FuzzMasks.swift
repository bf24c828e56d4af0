// libFuzzer target for AlgoKitDetection's RunLengthMask: bytes become sizes, uncompressed counts
// (sometimes negative or oversized), compressed strings (any bytes), polygons (sometimes NaN,
// infinite or huge) and binary masks; every constructor must return a valid mask or throw
// MaskError, and valid masks must agree with their decoded pixels (area, box, string round trip,
// union, intersection and IoU against pixel-wise references). Nothing may trap or hang.
//
// Fuzz:   swift build -c release --sanitize=fuzzer -Xswiftc -DFUZZING --product fuzz-masks
//         .build/release/fuzz-masks -max_total_time=30 Tests/FuzzCorpus/fuzz-masks
// Replay: swift run fuzz-masks [FILE|DIR ...] [--random N]   (plain build; no args: the corpus)

import AlgoKitDetection
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var input = FuzzInput(UnsafeBufferPointer(start: data, count: size))
  MaskFuzz.run(&input)
  return 0
}

enum MaskFuzz {
  static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { preconditionFailure("fuzz-masks: \(message())") }
  }

  /// Invariants of a mask that was accepted.
  static func validate(_ m: RunLengthMask) {
    let pixels = m.decoded()
    check(pixels.count == m.height * m.width, "decoded size")
    check(m.counts.reduce(0) { $0 + Int($1) } == m.height * m.width, "counts sum")
    let ones = pixels.reduce(0) { $0 + Int($1) }
    check(m.area == ones, "area \(m.area) vs \(ones)")
    let again = try? RunLengthMask(height: m.height, width: m.width, compressedCounts: m.compressedCounts)
    check(again == m, "string round trip of \(m.counts)")
    let canonical = try? RunLengthMask(encoding: pixels, height: m.height, width: m.width)
    check(canonical?.decoded() == pixels, "encode of decoded")
    if ones > 0, let c = canonical {
      // On canonical runs the box is the pixels' tight box.
      let b = c.boundingBox
      var x0 = Int.max, y0 = Int.max, x1 = -1, y1 = -1
      for (i, p) in pixels.enumerated() where p == 1 {
        let x = i / m.height, y = i % m.height
        x0 = min(x0, x); y0 = min(y0, y); x1 = max(x1, x); y1 = max(y1, y)
      }
      check(
        b.x == Double(x0) && b.y == Double(y0) && b.width == Double(x1 - x0 + 1) && b.height == Double(y1 - y0 + 1),
        "box \(b) of \(c.counts)")
    }
  }

  static func coordinate(_ input: inout FuzzInput) -> Double {
    let b = input.byte()
    if b >= 250 { return [Double.nan, .infinity, -.infinity, 1e9, -1e9, 0.1][Int(b - 250)] }
    return Double(Int(b) - 40) / 4
  }

  static func run(_ input: inout FuzzInput) {
    let h = Int(input.byte() % 12), w = Int(input.byte() % 12)
    var masks: [RunLengthMask] = []
    while !input.isAtEnd && masks.count < 6 {
      switch input.byte() % 5 {
      case 0:  // uncompressed counts
        let n = Int(input.byte() % 8)
        let counts = (0..<n).map { _ -> Int in
          let b = input.byte()
          return b >= 250 ? [-1, Int.max, Int(UInt32.max), -Int.max, 1 << 40, 0][Int(b - 250)] : Int(b % 40)
        }
        if let m = try? RunLengthMask(height: h, width: w, counts: counts) { masks.append(m) }
      case 1:  // compressed string from arbitrary bytes
        let n = Int(input.byte() % 10)
        let bytes = (0..<n).map { _ in input.byte() }
        if let m = try? RunLengthMask(height: h, width: w, compressedCounts: String(decoding: bytes, as: UTF8.self)) {
          masks.append(m)
        }
      case 2:  // polygon(s)
        let parts = 1 + Int(input.byte() % 2)
        let polygons = (0..<parts).map { _ in (0..<(2 * Int(input.byte() % 7))).map { _ in coordinate(&input) } }
        if let m = try? RunLengthMask(polygons: polygons, height: h, width: w) { masks.append(m) }
      case 3:  // binary mask
        var pixels = [UInt8](repeating: 0, count: h * w)
        for i in pixels.indices { pixels[i] = input.byte() & 1 }
        if let m = try? RunLengthMask(encoding: pixels, height: h, width: w) { masks.append(m) }
      default:  // box
        let box = (coordinate(&input), coordinate(&input), coordinate(&input), coordinate(&input))
        if let m = try? RunLengthMask(box: box, height: h, width: w) { masks.append(m) }
      }
    }
    for m in masks { validate(m) }
    guard !masks.isEmpty else { return }
    let pixels = masks.map { $0.decoded() }
    guard let union = try? RunLengthMask.union(masks), let inter = try? RunLengthMask.intersection(masks) else {
      preconditionFailure("fuzz-masks: merge refused masks of one size")
    }
    let u = pixels.dropFirst().reduce(pixels[0]) { a, b in zip(a, b).map { $0 | $1 } }
    let i = pixels.dropFirst().reduce(pixels[0]) { a, b in zip(a, b).map { $0 & $1 } }
    check(union.decoded() == u && inter.decoded() == i, "merge of \(masks.map(\.counts))")
    validate(union)
    validate(inter)
    let crowd = masks.indices.map { $0 % 2 == 1 }
    guard let o = try? RunLengthMask.iou(masks, masks, isCrowd: crowd) else {
      preconditionFailure("fuzz-masks: iou refused masks of one size")
    }
    for d in masks.indices {
      for g in masks.indices {
        var both = 0, either = 0, area = 0
        for k in pixels[d].indices {
          both += Int(pixels[d][k] & pixels[g][k])
          either += Int(pixels[d][k] | pixels[g][k])
          area += Int(pixels[d][k])
        }
        let want = both == 0 ? 0 : Double(both) / Double(crowd[g] ? area : either)
        check(Swift.abs(o[d][g] - want) <= 1e-12, "iou \(o[d][g]) vs \(want)")
      }
    }
    // A mask of another size is refused, not trapped on.
    if let other = try? RunLengthMask(height: h + 1, width: w) {
      check((try? RunLengthMask.union([masks[0], other])) == nil, "union accepted mismatched sizes")
    }
  }
}

// MARK: - Replay entry point (plain builds)

#if !FUZZING
  @main
  enum FuzzMain {
    static func main() { FuzzReplay.run(target: "fuzz-masks", entry: fuzzTestOneInput) }
  }
#endif
