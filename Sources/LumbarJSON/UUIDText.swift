import Foundation

// Ids as text, the form the API, the pages and the SQL columns use, written and read digit by digit:
// Foundation's `uuidString` formats through `snprintf` on Linux (and needs `lowercased()` after),
// and `UUID(uuidString:)` parses through `sscanf`. With hundreds of ids in a dashboard read, and a
// path id on every API request, both showed in `perf`.

extension UUID {
    /// The 36-character lowercase form, `8-4-4-4-12` hex digits: what `uuidString.lowercased()` gives.
    public var text: String {
        let bytes = uuid
        var output: [UInt8] = []
        output.reserveCapacity(36)
        for (position, byte) in [
            bytes.0, bytes.1, bytes.2, bytes.3, bytes.4, bytes.5, bytes.6, bytes.7, bytes.8, bytes.9, bytes.10,
            bytes.11, bytes.12, bytes.13, bytes.14, bytes.15,
        ].enumerated() {
            if position == 4 || position == 6 || position == 8 || position == 10 { output.append(UInt8(ascii: "-")) }
            output.append(UUID.hexDigits[Int(byte >> 4)])
            output.append(UUID.hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Parses the 36-character form in either case; nil for anything else, as `UUID(uuidString:)`.
    public init?(text: String) {
        let input = text.utf8
        guard input.count == 36 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        var high: UInt8?
        for (index, digit) in input.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard digit == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard let value = UUID.hexValue(digit) else { return nil }
            if let first = high {
                bytes.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        self.init(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
