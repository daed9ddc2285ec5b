import Foundation
import GRDB
import LumbarCore
import LumbarStore

// How values cross into SQL: UUIDs as lowercase text, instants as integer milliseconds, string
// arrays as JSON (`StoredValue.json`, in LumbarStore, for both backends). GRDB's own UUID and
// Date encodings (16-byte blobs, text timestamps) are avoided so the columns read the same in
// SQLite and PostgreSQL.

extension UUID {
    /// The lowercase text form stored in id columns (`UUID.text`).
    var sql: String { text }

    /// Parses the 36-character text form of an id column, in either case (`UUID(text:)`).
    init?(sqlText text: String) {
        self.init(text: text)
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

    /// A stored value this build cannot read; names the column, never the value.
    /// A `YYYY-MM-DD` column as a `CivilDate`.
    func civilDate(_ column: String) throws -> CivilDate {
        guard let date = CivilDate(try string(column)) else { throw corrupt(column) }
        return date
    }

    func corrupt(_ column: String) -> StoreError {
        .unavailable("unreadable value in column \(column)")
    }
}
