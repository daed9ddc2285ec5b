/// Serialises `JSONValue` the same way every time: two-space indentation (or compact), keys in
/// the order they were built, integers without a decimal point.
public enum JSONWriter {
    public static func string(_ value: JSONValue, pretty: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(4096)
        write(value, into: &out, indent: 0, pretty: pretty)
        if pretty { out.append("\n") }
        return out
    }

    static func write(_ value: JSONValue, into out: inout String, indent: Int, pretty: Bool) {
        switch value {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .number(let number): out.append(format(number))
        case .string(let text): writeString(text, into: &out)
        case .array(let items):
            if items.isEmpty {
                out.append("[]")
                return
            }
            // Short arrays of scalars stay on one line so lists of muscles or cues remain readable.
            if pretty, items.count <= 8, items.allSatisfy(\.isScalar) {
                out.append("[")
                for (offset, item) in items.enumerated() {
                    if offset > 0 { out.append(", ") }
                    write(item, into: &out, indent: indent, pretty: pretty)
                }
                out.append("]")
                return
            }
            out.append("[")
            for (offset, item) in items.enumerated() {
                if offset > 0 { out.append(",") }
                newline(&out, indent + 1, pretty)
                write(item, into: &out, indent: indent + 1, pretty: pretty)
            }
            newline(&out, indent, pretty)
            out.append("]")
        case .object(let pairs):
            if pairs.isEmpty {
                out.append("{}")
                return
            }
            out.append("{")
            for (offset, pair) in pairs.enumerated() {
                if offset > 0 { out.append(",") }
                newline(&out, indent + 1, pretty)
                writeString(pair.0, into: &out)
                out.append(pretty ? ": " : ":")
                write(pair.1, into: &out, indent: indent + 1, pretty: pretty)
            }
            newline(&out, indent, pretty)
            out.append("}")
        }
    }

    static func newline(_ out: inout String, _ indent: Int, _ pretty: Bool) {
        guard pretty else { return }
        out.append("\n")
        out.append(String(repeating: "  ", count: indent))
    }

    /// A number as the writer prints it: whole numbers without a decimal point.
    public static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    static func writeString(_ text: String, into out: inout String) {
        out.append("\"")
        // Most strings (ids, names, dates, reasons) need no escape: appending them whole is several
        // times faster than scalar by scalar, which made writing documents the bulk of seeding time.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 })
        else {
            out.append(text)
            out.append("\"")
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}

extension JSONValue {
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}
