import Foundation

// Ids as text, the form the API, the pages and the SQL columns use, written and read digit by digit:
// Foundation's `uuidString` formats through `snprintf` on Linux (and needs `lowercased()` after),
// and `UUID(uuidString:)` parses through `sscanf`. With hundreds of ids in a dashboard read, and a
// path id on every API request, both showed in `perf`.

extension UUID {
    /// The 36-character lowercase form, `8-4-4-4-12` hex digits: what `uuidString.lowercased()` gives.
    public var text: String {
        withUnsafeBytes(of: uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { output in
                var index = 0
                for (position, byte) in bytes.enumerated() {
                    if position == 4 || position == 6 || position == 8 || position == 10 {
                        output[index] = UInt8(ascii: "-")
                        index += 1
                    }
                    output[index] = UUID.hexDigits[Int(byte >> 4)]
                    output[index + 1] = UUID.hexDigits[Int(byte & 0x0f)]
                    index += 2
                }
                return index
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Parses the 36-character form in either case; nil for anything else, as `UUID(uuidString:)`.
    public init?(text: String) {
        var bytes = (
            UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0),
            UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0)
        )
        let parsed = withUnsafeMutableBytes(of: &bytes) { output in
            let utf8 = text.utf8
            return utf8.withContiguousStorageIfAvailable { input in UUID.parseHex(input, into: output) }
                ?? Array(utf8).withUnsafeBufferPointer { input in UUID.parseHex(input, into: output) }
        }
        guard parsed else { return nil }
        self.init(uuid: bytes)
    }

    /// Reads `8-4-4-4-12` hex digits from `input` into the 16 bytes of `output`.
    private static func parseHex(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableRawBufferPointer)
        -> Bool
    {
        guard input.count == 36 else { return false }
        var byte = 0
        var index = 0
        while index < 36 {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard input[index] == UInt8(ascii: "-") else { return false }
                index += 1
                continue
            }
            guard let high = hexValue(input[index]), let low = hexValue(input[index + 1]) else { return false }
            output[byte] = high << 4 | low
            byte += 1
            index += 2
        }
        return true
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
