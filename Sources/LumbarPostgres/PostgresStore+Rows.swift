import Foundation
import LumbarStore
import PostgresNIO

// Rows to records, one initializer per table, mirroring the SQLite backend's: each delegates to
// the record's own in LumbarStore through the table's column list. Queries name their columns
// explicitly (`…Column.list`) rather than `SELECT *`, so a later migration that adds a column
// changes nothing here.

extension TrainerRecord {
    /// A row of `SELECT \(TrainerColumn.list)`.
    init(postgres row: PostgresRow) throws {
        try self.init(PostgresStoredRow(row, TrainerColumn.whole))
    }
}

extension ClientRecord {
    /// A row of `SELECT \(ClientColumn.list)`.
    init(postgres row: PostgresRow) throws {
        try self.init(PostgresStoredRow(row, ClientColumn.whole))
    }
}

extension AssessmentRecord {
    /// A row of `SELECT \(AssessmentColumn.list)`.
    init(postgres row: PostgresRow) throws {
        try self.init(PostgresStoredRow(row, AssessmentColumn.whole))
    }
}

extension ClearanceRecord {
    /// A row of `SELECT \(ClearanceColumn.list)`.
    init(postgres row: PostgresRow) throws {
        try self.init(PostgresStoredRow(row, ClearanceColumn.whole))
    }
}

extension ProgramVersionRecord {
    /// A row of `SELECT \(ProgramVersionColumn.list)`.
    init(postgres row: PostgresRow) throws {
        try self.init(PostgresStoredRow(row, ProgramVersionColumn.whole))
    }
}

extension ShareLinkRecord {
    /// A row of `SELECT \(ShareLinkColumn.list)`.
    init(postgres row: PostgresRow) throws {
        try self.init(PostgresStoredRow(row, ShareLinkColumn.whole))
    }
}

extension PostgresStore {
    /// `INSERT INTO table (…) VALUES ($1, …)` over every column of `columns`, in its order: a
    /// record's `storedValues` are the binds (`PostgresQuery(insert:_:)`).
    static func insertSQL<Column>(into table: String, _ columns: ColumnList<Column>) -> String {
        let placeholders = (1...columns.columns.count).map { "$\($0)" }.joined(separator: ", ")
        return "INSERT INTO \(table) (\(columns.sql())) VALUES (\(placeholders))"
    }
}

extension PostgresQuery {
    /// An insert of `PostgresStore.insertSQL`, a record's `storedValues` bound in order.
    init(insert sql: String, _ values: [StoredValue]) {
        var binds = PostgresBindings(capacity: values.count)
        for value in values { binds.append(value) }
        self.init(unsafeSQL: sql, binds: binds)
    }
}
