// RLE mask benchmarks (pycocotools' mask API semantics): square images of side n with a seeded
// 24-gon blob per mask, so encode/decode touch n^2 pixels and runs grow like n.
import AlgoKit
import BenchmarkHarness

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum MaskBenchmarks {
  /// `count` seeded star-shaped polygons in an `n x n` image (radius n/8 ... n/3, 24 vertices).
  static func polygons(_ n: Int, count: Int, seed: UInt64 = 18) -> [[Double]] {
    var rng = SplitMix64(seed: seed)
    func unit() -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
    return (0..<count).map { _ in
      let cx = Double(n) * (0.2 + 0.6 * unit()), cy = Double(n) * (0.2 + 0.6 * unit())
      var p: [Double] = []
      for i in 0..<24 {
        let a = Double(i) / 24 * 2 * Double.pi
        let r = Double(n) * (0.125 + 0.2 * unit())
        p += [cx + r * cos(a), cy + r * sin(a)]
      }
      return p
    }
  }

  static func checksum(_ values: [UInt32]) -> UInt64 {
    var h = UInt64(values.count)
    for v in values.prefix(16) { h = h &* 31 &+ UInt64(v) }
    return h
  }

  static let sizes = [256, 1_024]

  static let all: [Benchmark] = [
    Benchmark(
      name: "masks/rle-encode",
      summary: "RunLengthMask(encoding:) of an n x n column-major mask holding one seeded polygon",
      sizes: sizes, quickSizes: [256]
    ) { n in
      let bytes = try! RunLengthMask(polygon: polygons(n, count: 1)[0], height: n, width: n).decoded()
      return Workload(elements: n * n) { checksum(try! RunLengthMask(encoding: bytes, height: n, width: n).counts) }
    },
    Benchmark(
      name: "masks/rle-decode",
      summary: "RunLengthMask.decoded() of an n x n mask holding one seeded polygon",
      sizes: sizes, quickSizes: [256]
    ) { n in
      let m = try! RunLengthMask(polygon: polygons(n, count: 1)[0], height: n, width: n)
      return Workload(elements: n * n) { UInt64(m.decoded()[n * n / 2]) }
    },
    Benchmark(
      name: "masks/rle-from-polygon",
      summary: "pycocotools' frPyObjects: a seeded 24-gon rasterized in an n x n image",
      sizes: sizes, quickSizes: [256]
    ) { n in
      let p = polygons(n, count: 1)[0]
      return Workload(elements: n) { checksum(try! RunLengthMask(polygon: p, height: n, width: n).counts) }
    },
    Benchmark(
      name: "masks/rle-iou",
      summary: "RunLengthMask.iou of 20 x 20 seeded polygon masks in an n x n image",
      sizes: sizes, quickSizes: [256]
    ) { n in
      let masks = polygons(n, count: 40).map { try! RunLengthMask(polygon: $0, height: n, width: n) }
      let dt = Array(masks[..<20]), gt = Array(masks[20...])
      let crowd = (0..<20).map { $0 % 5 == 0 }
      return Workload(elements: 400) {
        let o = try! RunLengthMask.iou(dt, gt, isCrowd: crowd)
        return UInt64(o[3][7] * 1e6)
      }
    },
    Benchmark(
      name: "masks/rle-string",
      summary: "compressed counts of an n x n polygon mask written and read back",
      sizes: sizes, quickSizes: [256]
    ) { n in
      let m = try! RunLengthMask(polygon: polygons(n, count: 1)[0], height: n, width: n)
      return Workload(elements: m.counts.count) {
        checksum(try! RunLengthMask(height: n, width: n, compressedCounts: m.compressedCounts).counts)
      }
    },
  ]
}
