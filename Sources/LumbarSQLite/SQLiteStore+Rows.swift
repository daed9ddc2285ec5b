import Foundation
import GRDB
import LumbarStore

// Rows to records, one initializer per table, each delegating to the record's own in LumbarStore
// through the table's column list. Queries name their columns explicitly (`…Column.list`) rather
// than `SELECT *`, so a later migration that adds a column changes nothing here.

extension TrainerRecord {
    /// A row of `SELECT \(TrainerColumn.list)`.
    init(row: Row) throws {
        try self.init(SQLiteStoredRow(row: row, list: TrainerColumn.whole))
    }
}

extension ClientRecord {
    /// A row of `SELECT \(ClientColumn.list)`.
    init(row: Row) throws {
        try self.init(SQLiteStoredRow(row: row, list: ClientColumn.whole))
    }
}

extension AssessmentRecord {
    /// A row of `SELECT \(AssessmentColumn.list)`.
    init(row: Row) throws {
        try self.init(SQLiteStoredRow(row: row, list: AssessmentColumn.whole))
    }
}

extension ClearanceRecord {
    /// A row of `SELECT \(ClearanceColumn.list)`.
    init(row: Row) throws {
        try self.init(SQLiteStoredRow(row: row, list: ClearanceColumn.whole))
    }
}

extension ProgramVersionRecord {
    /// A row of `SELECT \(ProgramVersionColumn.list)`.
    init(row: Row) throws {
        try self.init(SQLiteStoredRow(row: row, list: ProgramVersionColumn.whole))
    }
}

extension ShareLinkRecord {
    /// A row of `SELECT \(ShareLinkColumn.list)`.
    init(row: Row) throws {
        try self.init(SQLiteStoredRow(row: row, list: ShareLinkColumn.whole))
    }
}

extension SQLiteStore {
    /// `INSERT INTO table (…) VALUES (?, …)` over every column of `columns`, in its order: a
    /// record's `storedValues` (as `StoredValue.sqlite`) are the arguments.
    static func insertSQL<Column>(into table: String, _ columns: ColumnList<Column>) -> String {
        let placeholders = Array(repeating: "?", count: columns.columns.count).joined(separator: ", ")
        return "INSERT INTO \(table) (\(columns.sql())) VALUES (\(placeholders))"
    }
}
