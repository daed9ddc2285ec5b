import Foundation
import GRDB
import LumbarStore

// How values cross into SQL: UUIDs as lowercase text, instants as integer milliseconds, string
// arrays as JSON. GRDB's own UUID and Date encodings (16-byte blobs, text timestamps) are avoided
// so the columns read the same in SQLite and PostgreSQL.

extension UUID {
    /// The lowercase text form stored in id columns. Written digit by digit: `uuidString` formats
    /// through `snprintf` on Linux and `lowercased()` copies again, on every id of every query.
    var sql: String {
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
}

extension UUID {
    /// Parses the 36-character text form of an id column (either case). Foundation's
    /// `UUID(uuidString:)` goes through `sscanf` on Linux, which took a quarter of the time of a
    /// dashboard read (hundreds of rows, three ids each); this reads the hex digits directly.
    init?(sqlText text: String) {
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

extension Date {
    /// Milliseconds since 1970, rounded to the nearest one, as stored in `*_at` columns.
    var sqlMilliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    init(sqlMilliseconds: Int64) {
        self.init(timeIntervalSince1970: Double(sqlMilliseconds) / 1000)
    }
}

extension Row {
    func string(_ column: String) throws -> String {
        guard let value: String = try decode(forColumn: column) else { throw corrupt(column) }
        return value
    }

    func optionalString(_ column: String) throws -> String? {
        try decode(forColumn: column)
    }

    func int(_ column: String) throws -> Int {
        guard let value: Int = try decode(forColumn: column) else { throw corrupt(column) }
        return value
    }

    func optionalInt(_ column: String) throws -> Int? {
        try decode(forColumn: column)
    }

    func bool(_ column: String) throws -> Bool {
        try int(column) != 0
    }

    func uuid(_ column: String) throws -> UUID {
        guard let value = UUID(sqlText: try string(column)) else { throw corrupt(column) }
        return value
    }

    func optionalUUID(_ column: String) throws -> UUID? {
        guard let text = try optionalString(column) else { return nil }
        guard let value = UUID(sqlText: text) else { throw corrupt(column) }
        return value
    }

    func date(_ column: String) throws -> Date {
        guard let value: Int64 = try decode(forColumn: column) else { throw corrupt(column) }
        return Date(sqlMilliseconds: value)
    }

    func optionalDate(_ column: String) throws -> Date? {
        let value: Int64? = try decode(forColumn: column)
        return value.map(Date.init(sqlMilliseconds:))
    }

    func enumValue<Value: RawRepresentable>(_ column: String, as _: Value.Type = Value.self) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: try string(column)) else { throw corrupt(column) }
        return value
    }

    func stringArray(_ column: String) throws -> [String] {
        do {
            return try JSONDecoder().decode([String].self, from: Data(try string(column).utf8))
        } catch {
            throw corrupt(column)
        }
    }

    /// A stored value this build cannot read; names the column, never the value.
    func corrupt(_ column: String) -> StoreError {
        .unavailable("unreadable value in column \(column)")
    }
}

/// JSON text for a list of strings, as stored in `assessments.reasons`.
func jsonText(_ strings: [String]) throws -> String {
    String(decoding: try JSONEncoder().encode(strings), as: UTF8.self)
}
