/// Builds HTML in Swift for the long repeated lists of the pages still on mustache (session rows,
/// the program's exercises and their swap lists), which the templates rendered slowly: every
/// `{{name}}` walks the context stack with dynamic casts. Those templates take the written
/// fragment unescaped (`{{{fragment}}}`), so all escaping here goes through `text`. Pages move to
/// the typed `Node` (Sources/LumbarWeb/HTML) one by one; this writer goes with the last of them,
/// and its `appendEscaped` is the one escape both use.
struct HTMLWriter {
    private(set) var html = ""

    init(capacity: Int = 0) {
        html.reserveCapacity(capacity)
    }

    /// Markup written by this code, never user or catalog text.
    mutating func raw(_ markup: String) {
        html += markup
    }

    /// Text, escaped so that it is safe both between tags and inside a quoted attribute.
    mutating func text(_ value: String) {
        HTMLWriter.appendEscaped(value, to: &html)
    }

    mutating func text(_ value: Int) {
        html += String(value)
    }

    /// `value` with `& < > " '` written as entities, the five characters that can end text or an
    /// attribute value. Text without any of them (nearly all of it) is appended whole.
    static func escape(_ value: String) -> String {
        var out = ""
        appendEscaped(value, to: &out)
        return out
    }

    static func appendEscaped(_ value: String, to out: inout String) {
        appendReplacing(value, to: &out) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            default: nil
            }
        }
    }

    /// Appends `value` to `out` with every byte `replacement` has a text for replaced by that text.
    /// Only ASCII bytes may be replaced, so the result stays valid UTF-8. Text with none of them
    /// (nearly all of it) is appended whole, without a pass that copies it byte by byte.
    static func appendReplacing(_ value: String, to out: inout String, _ replacement: (UInt8) -> StaticString?) {
        let utf8 = value.utf8
        guard utf8.contains(where: { replacement($0) != nil }) else {
            out += value
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 64)
        for byte in utf8 {
            if let text = replacement(byte) {
                text.withUTF8Buffer { bytes += $0 }
            } else {
                bytes.append(byte)
            }
        }
        out += String(decoding: bytes, as: UTF8.self)
    }
}
