import Foundation
import LumbarStore
import PostgresNIO

/// A selected row as PostgreSQL returns it, its cells found by position in the query's
/// `ColumnList`, cell by cell: a dashboard decodes hundreds of sessions, and the tuple form looks
/// up generic metadata for every row (about 1 ms of a 12 ms dashboard).
struct PostgresStoredRow<Column: StoredColumn>: StoredRow {
    let cells: PostgresRandomAccessRow
    let list: ColumnList<Column>

    init(_ row: PostgresRow, _ list: ColumnList<Column>) {
        self.init(cells: row.makeRandomAccess(), list)
    }

    /// A row its reader already opened for its own first cells (a joined read).
    init(cells: PostgresRandomAccessRow, _ list: ColumnList<Column>) {
        self.cells = cells
        self.list = list
    }

    func uuid(_ column: Column) throws -> UUID? { try cells[list.position(column)].decode(UUID?.self) }
    func int(_ column: Column) throws -> Int? { try cells[list.position(column)].decode(Int?.self) }
    func text(_ column: Column) throws -> String? { try cells[list.position(column)].decode(String?.self) }
    func time(_ column: Column) throws -> Date? { try cells[list.position(column)].decode(Date?.self) }
    func bool(_ column: Column) throws -> Bool? { try cells[list.position(column)].decode(Bool?.self) }

    /// The cell a query computes after the list (the history's document).
    func extra() throws -> String? { try cells[list.end].decode(String?.self) }
}

extension SessionLogRecord {
    /// A row of `SELECT \(SessionLogColumn.list)`.
    init(postgres row: PostgresRow) throws {
        try self.init(PostgresStoredRow(row, SessionLogColumn.whole))
    }
}

extension SessionSummaryRecord {
    /// A row selecting `SessionLogColumn.summary`.
    init(postgres row: PostgresRow) throws {
        try self.init(PostgresStoredRow(row, SessionLogColumn.summary))
    }
}

extension SessionHistoryRecord {
    /// A row of the history query: the history's columns, then the document or NULL.
    init(postgres row: PostgresRow) throws {
        let cells = PostgresStoredRow(row, SessionLogColumn.history)
        try self.init(cells, document: try cells.extra())
    }
}
