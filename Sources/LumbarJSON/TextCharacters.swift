/// Which characters a piece of free text may hold. A NUL or another control character is never
/// what a person meant to type, and they break what comes after: C strings (bcrypt, SQLite's
/// text functions) stop at NUL, so `"secret\u{0}tail"` would be stored or checked as `"secret"`.
/// Bidirectional overrides in a name can make it display as another name.
public enum TextCharacters: Sendable {
    /// One line: names, e-mail addresses, titles. No control character at all and no bidi override.
    case line
    /// Free text over several lines (notes): tab, line feed and carriage return are allowed.
    case lines
    /// A password: no control character (tab and newlines included); every other character counts.
    case secret

    /// Why `text` is refused (`contains the control character U+0000`), or nil when it is fine.
    public func problem(in text: String) -> String? {
        // Nearly all text is printable ASCII, which a byte scan clears without decoding scalars.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return nil }
        guard let scalar = text.unicodeScalars.first(where: refuses) else { return nil }
        let code = TextCharacters.codePoint(scalar.value)
        if TextCharacters.isBidiControl(scalar.value) {
            return "contains the bidirectional control character \(code), which can make a name display as another"
        }
        return "contains the control character \(code), which is not allowed here"
    }

    /// `text` with every character this kind refuses replaced by U+FFFD: how text stored before
    /// the rule is shown, rather than refused.
    public func replacingRefused(in text: String) -> String {
        guard problem(in: text) != nil else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(refuses(scalar) ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    /// Whether this kind refuses `scalar`.
    func refuses(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) {
            return !(self == .lines && (value == 0x09 || value == 0x0A || value == 0x0D))
        }
        return self == .line && TextCharacters.isBidiControl(value)
    }

    /// The embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that reorder the
    /// text displayed around them.
    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
