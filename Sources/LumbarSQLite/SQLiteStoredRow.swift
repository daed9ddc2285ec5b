import Foundation
import GRDB
import LumbarStore

/// A selected row as SQLite stores it (ids as text, instants as milliseconds, flags as 0 or 1),
/// its cells found by position in the query's `ColumnList`: looking hundreds of rows' columns up
/// by name hashed every name again, a tenth of the dashboard's read.
struct SQLiteStoredRow<Column: StoredColumn>: StoredRow {
    let row: Row
    let list: ColumnList<Column>

    func uuid(_ column: Column) throws -> UUID? {
        guard let text = try row.decode(String?.self, atIndex: list.position(column)) else { return nil }
        guard let id = UUID(sqlText: text) else { throw row.corrupt(column.name) }
        return id
    }

    func int(_ column: Column) throws -> Int? {
        try row.decode(Int?.self, atIndex: list.position(column))
    }

    func text(_ column: Column) throws -> String? {
        try row.decode(String?.self, atIndex: list.position(column))
    }

    func time(_ column: Column) throws -> Date? {
        try row.decode(Int64?.self, atIndex: list.position(column)).map(Date.init(sqlMilliseconds:))
    }

    func bool(_ column: Column) throws -> Bool? {
        try int(column).map { $0 != 0 }
    }

    /// The cell a query computes after the list (the history's document).
    func extra() throws -> String? {
        try row.decode(String?.self, atIndex: list.end)
    }
}

extension SessionLogRecord {
    /// A row of `SELECT \(SessionLogColumn.list)`.
    init(row: Row) throws {
        try self.init(SQLiteStoredRow(row: row, list: SessionLogColumn.whole))
    }
}

extension SessionSummaryRecord {
    /// A row selecting `SessionLogColumn.summary`.
    init(row: Row) throws {
        try self.init(SQLiteStoredRow(row: row, list: SessionLogColumn.summary))
    }
}

extension SessionHistoryRecord {
    /// A row of `SQLiteStore.sessionHistorySQL`: the history's columns, then the document or NULL.
    init(row: Row) throws {
        let cells = SQLiteStoredRow(row: row, list: SessionLogColumn.history)
        try self.init(cells, document: try cells.extra())
    }
}
