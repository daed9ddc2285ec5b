/// Builds HTML in Swift for the long repeated lists of a page (catalog entries, session rows, the
/// program's exercises and their swap lists), which the templates rendered slowly: every `{{name}}`
/// walks the context stack with dynamic casts. Templates still hold each page's structure; they
/// take the written fragment unescaped (`{{{fragment}}}`), so all escaping here goes through `text`.
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
        let utf8 = value.utf8
        guard utf8.contains(where: needsEscape) else {
            out += value
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'"): bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        out += String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }
}
