/// Escaping outside the page writer: the one escape of a page is `HTMLOutput.escaped`, which
/// `Node` runs every text and attribute value through.
enum Escaping {
    /// `value` with `& < > " '` written as entities.
    static func html(_ value: String) -> String {
        var out = HTMLOutput(capacity: value.utf8.count + 16)
        out.escaped(value)
        return out.string
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
