// Reading COCO JSON (ground-truth files and detection results) without Foundation: a streaming
// reader that keeps only the fields the evaluation needs and parses numbers with correct rounding
// (C `strtod`), so every coordinate is the double Python's `json` module reads.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension COCOEvaluator {
  /// A category of a ground-truth file.
  public struct Category: Hashable, Sendable {
    /// `categories[].id`.
    public var id: Int
    /// `categories[].name` ("" when absent).
    public var name: String
  }

  /// What a COCO ground-truth file holds for bounding-box evaluation.
  public struct GroundTruthFile: Hashable, Sendable {
    /// `images[].id`, in file order.
    public var imageIDs: [Int]
    /// `categories`, in file order.
    public var categories: [Category]
    /// `annotations`, in file order (checked: finite boxes, non-negative sizes and areas).
    public var annotations: [GroundTruth]
  }

  /// Why a JSON file was refused: ``description`` names the record (`annotations[12] (id 40)`,
  /// `record 7`) or the byte offset of a syntax error.
  public struct FormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The message, without the file name (the caller knows it).
    public var description: String
    /// An error with this message.
    public init(_ description: String) { self.description = description }
  }

  /// Parses a COCO ground-truth file: `images[].id`, `categories[].id/name`, and per annotation
  /// `id`, `image_id`, `category_id`, `bbox` `[x, y, w, h]`, `area`, `iscrowd` (optional, default 0).
  /// Other fields are skipped; `segmentation` too unless `segmentation` is true.
  ///
  /// With `segmentation: true` every annotation needs a `segmentation` (polygons, or an RLE
  /// `{"size": [h, w], "counts": [...] or "..."}`), which becomes ``GroundTruth/segmentation`` as
  /// pycocotools' `annToRLE` builds it (polygons rasterized in `images[].height/width` and merged);
  /// `bbox` becomes optional (unused by mask evaluation).
  ///
  /// - Throws: ``FormatError`` for malformed JSON, a missing or mistyped field, a non-integral id,
  ///   a non-finite or negative `bbox` width/height or `area` (pycocotools would crash or mis-evaluate),
  ///   a segmentation the mask API refuses (``MaskError``), or polygons on an image without size.
  /// - Complexity: O(bytes) plus the masks' construction.
  public static func parseGroundTruth(_ bytes: [UInt8], segmentation: Bool = false) throws(FormatError)
    -> GroundTruthFile
  {
    var sizes: [Int: (height: Int, width: Int)] = [:]
    var pending: [(index: Int, imageID: Int, at: String, raw: _RawSegmentation)] = []
    var r = _JSONReader(bytes)
    var file = GroundTruthFile(imageIDs: [], categories: [], annotations: [])
    var sawImages = false, sawCategories = false
    try r.object { (key, r) throws(FormatError) in
      switch key {
      case "images":
        sawImages = true
        try r.array { (n, r) throws(FormatError) in
          var id: Int?, height: Int?, width: Int?
          try r.object { (k, r) throws(FormatError) in
            switch k {
            case "id": id = try r.integer("images[\(n)].id")
            case "height" where segmentation: height = try r.integer("images[\(n)].height")
            case "width" where segmentation: width = try r.integer("images[\(n)].width")
            default: try r.skip()
            }
          }
          guard let id else { throw FormatError("images[\(n)]: missing integer \"id\"") }
          file.imageIDs.append(id)
          if let height, let width { sizes[id] = (height, width) }
        }
      case "categories":
        sawCategories = true
        try r.array { (n, r) throws(FormatError) in
          var id: Int?, name = ""
          try r.object { (k, r) throws(FormatError) in
            switch k {
            case "id": id = try r.integer("categories[\(n)].id")
            case "name": name = try r.string()
            default: try r.skip()
            }
          }
          guard let id else { throw FormatError("categories[\(n)]: missing integer \"id\"") }
          file.categories.append(Category(id: id, name: name))
        }
      case "annotations":
        try r.array { (n, r) throws(FormatError) in
          var id: Int?, image: Int?, category: Int?, box: [Double]?, area: Double?, crowd = 0
          var raw: _RawSegmentation?
          try r.object { (k, r) throws(FormatError) in
            switch k {
            case "segmentation" where segmentation: raw = try r.segmentation("annotations[\(n)].segmentation")
            case "id": id = try r.integer("annotations[\(n)].id")
            case "image_id": image = try r.integer("annotations[\(n)].image_id")
            case "category_id": category = try r.integer("annotations[\(n)].category_id")
            case "bbox": box = try r.numbers("annotations[\(n)].bbox")
            case "area": area = try r.number("annotations[\(n)].area")
            case "iscrowd": crowd = try r.integerOrBool("annotations[\(n)].iscrowd")
            default: try r.skip()
            }
          }
          let at = "annotations[\(n)]" + (id.map { " (id \($0))" } ?? "")
          guard let id else { throw FormatError("\(at): missing integer \"id\"") }
          guard let image else { throw FormatError("\(at): missing integer \"image_id\"") }
          guard let category else { throw FormatError("\(at): missing integer \"category_id\"") }
          let b = segmentation && box == nil ? [0, 0, 0, 0] : try _checkedBox(box, at)
          if segmentation {
            guard let raw else { throw FormatError("\(at): missing \"segmentation\"") }
            pending.append((file.annotations.count, image, at, raw))
          }
          guard let area else {
            throw FormatError("\(at): missing \"area\" (the area ranges use it, as pycocotools does)")
          }
          guard area.isFinite, area >= 0 else { throw FormatError("\(at): \"area\" \(area) is negative or not finite") }
          file.annotations.append(
            GroundTruth(
              id: id, imageID: image, categoryID: category, x: b[0], y: b[1],
              width: b[2], height: b[3], area: area, isCrowd: crowd != 0))
        }
      default:
        try r.skip()
      }
    }
    try r.end()
    guard sawImages else { throw FormatError("missing \"images\" array") }
    guard sawCategories else { throw FormatError("missing \"categories\" array") }
    for item in pending {
      file.annotations[item.index].segmentation = try _mask(item.raw, imageSize: sizes[item.imageID], item.at)
    }
    return file
  }

  /// Parses a COCO results file: an array of `{image_id, category_id, bbox: [x, y, w, h], score}`
  /// (other fields skipped).
  ///
  /// With `segmentation: true` each record needs an RLE `segmentation` (`{"size": [h, w],
  /// "counts": "..."}` or uncompressed counts) instead of `bbox`; the detection's area and box come
  /// from the mask, as pycocotools' `loadRes` does.
  ///
  /// - Throws: ``FormatError`` for malformed JSON, a missing field, a non-finite or negative
  ///   `bbox` width/height, a non-finite score, or a segmentation that is not a valid RLE, naming the
  ///   record (`record 17 (image_id 3)`).
  /// - Complexity: O(bytes) plus the masks' construction.
  public static func parseDetections(_ bytes: [UInt8], segmentation: Bool = false) throws(FormatError)
    -> [Detection]
  {
    var r = _JSONReader(bytes)
    var detections: [Detection] = []
    try r.array { (n, r) throws(FormatError) in
      var image: Int?, category: Int?, box: [Double]?, score: Double?
      var raw: _RawSegmentation?
      try r.object { (k, r) throws(FormatError) in
        switch k {
        case "segmentation" where segmentation: raw = try r.segmentation("record \(n): segmentation")
        case "image_id": image = try r.integer("record \(n): image_id")
        case "category_id": category = try r.integer("record \(n): category_id")
        case "bbox": box = try r.numbers("record \(n): bbox")
        case "score": score = try r.number("record \(n): score")
        default: try r.skip()
        }
      }
      let at = "record \(n)" + (image.map { " (image_id \($0))" } ?? "")
      guard let image else { throw FormatError("\(at): missing integer \"image_id\"") }
      guard let category else { throw FormatError("\(at): missing integer \"category_id\"") }
      if segmentation {
        guard let raw else { throw FormatError("\(at): missing \"segmentation\"") }
        if case .polygons = raw {
          throw FormatError("\(at): \"segmentation\" must be an RLE (as pycocotools' loadRes)")
        }
        let mask = try _mask(raw, imageSize: nil, at)
        guard let score else { throw FormatError("\(at): missing \"score\"") }
        guard score.isFinite else { throw FormatError("\(at): score \(score) is not finite") }
        detections.append(Detection(imageID: image, categoryID: category, segmentation: mask, score: score))
        return
      }
      let b = try _checkedBox(box, at)
      guard let score else { throw FormatError("\(at): missing \"score\"") }
      guard score.isFinite else { throw FormatError("\(at): score \(score) is not finite") }
      detections.append(
        Detection(imageID: image, categoryID: category, x: b[0], y: b[1], width: b[2], height: b[3], score: score))
    }
    try r.end()
    return detections
  }

  /// A `segmentation` value as written in the file.
  enum _RawSegmentation {
    case polygons([[Double]])
    case uncompressed(height: Int, width: Int, counts: [Int])
    case compressed(height: Int, width: Int, counts: String)
  }

  /// The mask of a segmentation: polygons in the image's size (merged, as `annToRLE`), RLEs in
  /// their own `size`.
  static func _mask(_ raw: _RawSegmentation, imageSize: (height: Int, width: Int)?, _ at: String)
    throws(FormatError) -> RunLengthMask
  {
    do {
      switch raw {
      case .polygons(let p):
        guard let size = imageSize else {
          throw FormatError("\(at): polygon segmentation needs the image's \"height\" and \"width\"")
        }
        return try RunLengthMask(polygons: p, height: size.height, width: size.width)
      case .uncompressed(let h, let w, let counts): return try RunLengthMask(height: h, width: w, counts: counts)
      case .compressed(let h, let w, let counts):
        return try RunLengthMask(height: h, width: w, compressedCounts: counts)
      }
    } catch let error as FormatError {
      throw error
    } catch {
      throw FormatError("\(at): invalid segmentation: \(error)")
    }
  }

  static func _checkedBox(_ box: [Double]?, _ at: String) throws(FormatError) -> [Double] {
    guard let b = box, b.count == 4 else {
      throw FormatError("\(at): \"bbox\" must be 4 numbers [x, y, width, height]")
    }
    guard b.allSatisfy(\.isFinite) else { throw FormatError("\(at): \"bbox\" \(b) has a non-finite value") }
    guard b[2] >= 0, b[3] >= 0 else { throw FormatError("\(at): \"bbox\" \(b) has a negative width or height") }
    return b
  }

  /// A minimal strict JSON reader over bytes (RFC 8259 plus Python's `NaN`/`Infinity` number
  /// tokens, so their records get a "not finite" message instead of a syntax error).
  struct _JSONReader {
    /// The input followed by a 0 byte, so `strtod` always stops inside the buffer.
    let bytes: [UInt8]
    var pos = 0
    init(_ input: [UInt8]) {
      var b = input
      b.append(0)
      bytes = b
    }

    func fail(_ what: String) -> FormatError {
      FormatError("malformed JSON at byte \(pos): \(what)")
    }

    mutating func ws() {
      while pos < bytes.count - 1, bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09
      { pos += 1 }
    }

    mutating func peek() -> UInt8? { ws(); return pos < bytes.count - 1 ? bytes[pos] : nil }

    mutating func expect(_ c: UInt8) throws(FormatError) {
      guard peek() == c else { throw fail("expected '\(Character(Unicode.Scalar(c)))'") }
      pos += 1
    }

    mutating func end() throws(FormatError) {
      if peek() != nil { throw fail("unexpected data after the top-level value") }
    }

    mutating func object(_ body: (String, inout _JSONReader) throws(FormatError) -> Void) throws(FormatError) {
      try expect(UInt8(ascii: "{"))
      if peek() == UInt8(ascii: "}") { pos += 1; return }
      while true {
        let key = try string()
        try expect(UInt8(ascii: ":"))
        try body(key, &self)
        switch peek() {
        case UInt8(ascii: ","): pos += 1
        case UInt8(ascii: "}"): pos += 1; return
        default: throw fail("expected ',' or '}'")
        }
      }
    }

    mutating func array(_ body: (Int, inout _JSONReader) throws(FormatError) -> Void) throws(FormatError) {
      try expect(UInt8(ascii: "["))
      if peek() == UInt8(ascii: "]") { pos += 1; return }
      var n = 0
      while true {
        try body(n, &self)
        n += 1
        switch peek() {
        case UInt8(ascii: ","): pos += 1
        case UInt8(ascii: "]"): pos += 1; return
        default: throw fail("expected ',' or ']'")
        }
      }
    }

    mutating func string() throws(FormatError) -> String {
      try expect(UInt8(ascii: "\""))
      // Fast path: no escapes (every key of a COCO file), no intermediate buffer.
      var end = pos
      while end < bytes.count - 1 && bytes[end] != UInt8(ascii: "\"") && bytes[end] != UInt8(ascii: "\\") { end += 1 }
      if end < bytes.count - 1 && bytes[end] == UInt8(ascii: "\"") {
        let text = String(decoding: bytes[pos..<end], as: UTF8.self)
        pos = end + 1
        return text
      }
      var out: [UInt8] = []
      while pos < bytes.count - 1 {
        let c = bytes[pos]
        pos += 1
        if c == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
        if c == UInt8(ascii: "\\") {
          guard pos < bytes.count - 1 else { break }
          let e = bytes[pos]
          pos += 1
          switch e {
          case UInt8(ascii: "n"): out.append(0x0A)
          case UInt8(ascii: "t"): out.append(0x09)
          case UInt8(ascii: "r"): out.append(0x0D)
          case UInt8(ascii: "b"): out.append(0x08)
          case UInt8(ascii: "f"): out.append(0x0C)
          case UInt8(ascii: "u"):
            guard pos + 4 <= bytes.count - 1,
              let v = UInt32(String(decoding: bytes[pos..<pos + 4], as: UTF8.self), radix: 16)
            else { throw fail("bad \\u escape") }
            pos += 4
            out.append(contentsOf: Array(String(Character(Unicode.Scalar(v) ?? "\u{FFFD}")).utf8))
          default: out.append(e)
          }
        } else {
          out.append(c)
        }
      }
      throw fail("unterminated string")
    }

    mutating func number(_ what: @autoclosure () -> String) throws(FormatError) -> Double {
      ws()
      let start = pos
      while pos < bytes.count - 1 {
        let c = bytes[pos]
        if (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".")
          || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
        {
          pos += 1
        } else {
          break
        }
      }
      let first = start < pos ? bytes[start] : 0
      // Only JSON's spelling reaches strtod (no hex, inf or nan words after a digit or '-').
      var plain = true
      for c in bytes[start..<pos] where (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) {
        if c != UInt8(ascii: "e") && c != UInt8(ascii: "E") { plain = false }
      }
      if plain && (first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39)) {
        // strtod on the token (correctly rounded); it must consume exactly the token.
        let (v, consumed): (Double, Int) = bytes.withUnsafeBufferPointer { b in
          let p = UnsafeRawPointer(b.baseAddress! + start).assumingMemoryBound(to: CChar.self)
          var end: UnsafeMutablePointer<CChar>? = nil
          let v = strtod(p, &end)
          return (v, end.map { UnsafeRawPointer($0) - UnsafeRawPointer(p) } ?? 0)
        }
        if consumed == pos - start && bytes[pos - 1] >= 0x30 && bytes[pos - 1] <= 0x39 { return v }
      } else {
        switch String(decoding: bytes[start..<pos], as: UTF8.self) {
        case "NaN": return .nan
        case "Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: break
        }
      }
      pos = start
      throw FormatError("\(what()): expected a number (malformed JSON at byte \(start))")
    }

    mutating func integer(_ what: @autoclosure () -> String) throws(FormatError) -> Int {
      let v = try number(what())
      guard v.isFinite, v.rounded() == v, Swift.abs(v) < 0x1p63 else {
        throw FormatError("\(what()): \(v) is not an integer")
      }
      return Int(v)
    }

    mutating func integerOrBool(_ what: @autoclosure () -> String) throws(FormatError) -> Int {
      switch peek() {
      case UInt8(ascii: "t"): try literal("true"); return 1
      case UInt8(ascii: "f"): try literal("false"); return 0
      default: return try integer(what())
      }
    }

    mutating func numbers(_ what: @autoclosure () -> String) throws(FormatError) -> [Double] {
      var r: [Double] = []
      try array { (_, s) throws(FormatError) in r.append(try s.number(what())) }
      return r
    }

    /// A `segmentation`: `[[x, y, ...], ...]` or `{"size": [h, w], "counts": [...] | "..."}`.
    mutating func segmentation(_ what: String) throws(FormatError) -> _RawSegmentation {
      if peek() == UInt8(ascii: "[") {
        var polygons: [[Double]] = []
        try array { (_, r) throws(FormatError) in polygons.append(try r.numbers(what)) }
        return .polygons(polygons)
      }
      var size: [Double]?, list: [Int]?, text: String?
      try object { (k, r) throws(FormatError) in
        switch k {
        case "size": size = try r.numbers("\(what).size")
        case "counts":
          if r.peek() == UInt8(ascii: "\"") {
            text = try r.string()
          } else {
            var c: [Int] = []
            try r.array { (_, r) throws(FormatError) in c.append(try r.integer("\(what).counts")) }
            list = c
          }
        default: try r.skip()
        }
      }
      guard let size, size.count == 2, size.allSatisfy({ $0.rounded() == $0 && Swift.abs($0) < 0x1p62 }) else {
        throw FormatError("\(what): \"size\" must be two integers [height, width]")
      }
      let (h, w) = (Int(size[0]), Int(size[1]))
      if let text { return .compressed(height: h, width: w, counts: text) }
      guard let list else { throw FormatError("\(what): missing \"counts\"") }
      return .uncompressed(height: h, width: w, counts: list)
    }

    mutating func literal(_ word: String) throws(FormatError) {
      ws()
      let w = Array(word.utf8)
      guard pos + w.count <= bytes.count - 1, Array(bytes[pos..<pos + w.count]) == w else {
        throw fail("expected \(word)")
      }
      pos += w.count
    }

    mutating func skip() throws(FormatError) {
      switch peek() {
      case UInt8(ascii: "{"): try object { (_, r) throws(FormatError) in try r.skip() }
      case UInt8(ascii: "["): try array { (_, r) throws(FormatError) in try r.skip() }
      case UInt8(ascii: "\""): _ = try string()
      case UInt8(ascii: "t"): try literal("true")
      case UInt8(ascii: "f"): try literal("false")
      case UInt8(ascii: "n"): try literal("null")
      case nil: throw fail("unexpected end of input")
      default: _ = try number("value")
      }
    }
  }
}
