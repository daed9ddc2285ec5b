import Foundation
import LumbarStore
import PostgresNIO

/// A `session_logs` row as PostgreSQL returns it, its cells found by position in the query's
/// `SessionColumnList`, cell by cell: a dashboard decodes hundreds of sessions, and the tuple form
/// looks up generic metadata for every row (about 1 ms of a 12 ms dashboard).
struct PostgresSessionRow: SessionRow {
    let cells: PostgresRandomAccessRow
    let list: SessionColumnList

    init(_ row: PostgresRow, _ list: SessionColumnList) {
        cells = row.makeRandomAccess()
        self.list = list
    }

    func uuid(_ column: SessionLogColumn) throws -> UUID? { try cells[list.position(column)].decode(UUID?.self) }
    func int(_ column: SessionLogColumn) throws -> Int? { try cells[list.position(column)].decode(Int?.self) }
    func text(_ column: SessionLogColumn) throws -> String? { try cells[list.position(column)].decode(String?.self) }
    func time(_ column: SessionLogColumn) throws -> Date? { try cells[list.position(column)].decode(Date?.self) }

    /// The cell a query computes after the list (the history's document).
    func extra() throws -> String? { try cells[list.count].decode(String?.self) }
}

extension SessionLogRecord {
    /// A row of `SELECT \(SessionColumnList.all.sql())`.
    init(postgres row: PostgresRow) throws {
        try self.init(PostgresSessionRow(row, .all))
    }
}

extension SessionSummaryRecord {
    /// A row selecting `SessionColumnList.summary`.
    init(postgres row: PostgresRow) throws {
        try self.init(PostgresSessionRow(row, .summary))
    }
}

extension SessionHistoryRecord {
    /// A row of the history query: the history's columns, then the document or NULL.
    init(postgres row: PostgresRow) throws {
        let cells = PostgresSessionRow(row, .history)
        try self.init(cells, document: try cells.extra())
    }
}
