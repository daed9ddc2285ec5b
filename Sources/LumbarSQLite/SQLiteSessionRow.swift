import Foundation
import GRDB
import LumbarStore

/// A `session_logs` row as SQLite stores it (ids as text, instants as milliseconds), its cells
/// found by position in the query's `SessionColumnList`: looking hundreds of rows' columns up by
/// name hashed every name again, a tenth of the dashboard's read.
struct SQLiteSessionRow: SessionRow {
    let row: Row
    let list: SessionColumnList

    func uuid(_ column: SessionLogColumn) throws -> UUID? {
        guard let text = try row.decode(String?.self, atIndex: list.position(column)) else { return nil }
        guard let id = UUID(sqlText: text) else { throw row.corrupt(column.name) }
        return id
    }

    func int(_ column: SessionLogColumn) throws -> Int? {
        try row.decode(Int?.self, atIndex: list.position(column))
    }

    func text(_ column: SessionLogColumn) throws -> String? {
        try row.decode(String?.self, atIndex: list.position(column))
    }

    func time(_ column: SessionLogColumn) throws -> Date? {
        try row.decode(Int64?.self, atIndex: list.position(column)).map(Date.init(sqlMilliseconds:))
    }

    /// The cell a query computes after the list (the history's document).
    func extra() throws -> String? {
        try row.decode(String?.self, atIndex: list.count)
    }
}

extension SessionLogRecord {
    /// A row of `SELECT \(SessionColumnList.all.sql())`.
    init(row: Row) throws {
        try self.init(SQLiteSessionRow(row: row, list: .all))
    }
}

extension SessionSummaryRecord {
    /// A row selecting `SessionColumnList.summary`.
    init(row: Row) throws {
        try self.init(SQLiteSessionRow(row: row, list: .summary))
    }
}

extension SessionHistoryRecord {
    /// A row of `SQLiteStore.sessionHistorySQL`: the history's columns, then the document or NULL.
    init(row: Row) throws {
        let cells = SQLiteSessionRow(row: row, list: .history)
        try self.init(cells, document: try cells.extra())
    }
}
