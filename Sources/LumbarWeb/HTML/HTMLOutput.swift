/// The bytes of a page as `Node` writes it. Bytes rather than a `String`: a page is written in
/// thousands of small pieces (`<`, a name, `="`, a value), and appending each to a `String` paid
/// for its UTF-8 bookkeeping every time, which made the long pages (a year of sessions, their
/// chart) a third slower than the templates they replaced (BENCHMARKS.md). Everything appended
/// is whole UTF-8 (Swift strings, ASCII entities), so the bytes always decode as they were written.
struct HTMLOutput {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup this code wrote (`<`, an element's name, an entity).
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Markup this code wrote, or whose writer escaped it already (`TrustedMarkup`).
    mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// `text` with `& < > " '` written as entities, the five characters that can end text or an
    /// attribute value; the runs between them are copied whole.
    mutating func escaped(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() {
                let entity: StaticString
                switch byte {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                bytes.append(contentsOf: utf8[start..<index])
                raw(entity)
                start = index + 1
            }
            bytes.append(contentsOf: utf8[start...])
        }
    }

    /// `value` with at most one decimal, always with a dot, so a drawing reads the same in every
    /// locale and stays small: "12", "12.5", "-0.5".
    mutating func number(_ value: Double) {
        let tenths = Int((value * 10).rounded())
        if tenths < 0 { raw("-") }
        let magnitude = tenths.magnitude
        digits(magnitude / 10)
        if magnitude % 10 != 0 {
            raw(".")
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
        }
    }

    private mutating func digits(_ value: UInt) {
        if value >= 10 { digits(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
