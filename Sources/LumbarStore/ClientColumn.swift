import Foundation
import LumbarCore

/// The columns of a `clients` row, listed once: both backends insert every client with exactly
/// these and read them back through `ColumnList`, so a column added here is written and read
/// everywhere or the build fails at `ClientRecord.stored(_:)`.
public enum ClientColumn: Int, StoredColumn {
    // Not `name`, which is every column's SQL name (`StoredColumn.name`).
    case id, trainerID, clientName, age, notes, status, createdAt, updatedAt

    public var name: String {
        switch self {
        case .id: "id"
        case .trainerID: "trainer_id"
        case .clientName: "name"
        case .age: "age"
        case .notes: "notes"
        case .status: "status"
        case .createdAt: "created_at"
        case .updatedAt: "updated_at"
        }
    }

    /// A whole client: inserts and every read of a client (the dashboard's included).
    public static let whole = ColumnList(allCases)
    /// Every column, comma-separated, for `INSERT INTO clients (…)`, `SELECT …` and `RETURNING …`.
    public static let list = whole.sql()
}

extension ClientRecord {
    /// The value the record stores in `column`.
    public func stored(_ column: ClientColumn) -> StoredValue {
        switch column {
        case .id: .uuid(id)
        case .trainerID: .uuid(trainerID)
        case .clientName: .text(name)
        case .age: .int(age)
        case .notes: .text(notes)
        case .status: .text(status.rawValue)
        case .createdAt: .time(createdAt)
        case .updatedAt: .time(updatedAt)
        }
    }

    /// Every value of the row, in `ClientColumn` order.
    public var storedValues: [StoredValue] { ClientColumn.allCases.map(stored) }

    /// A client as a backend read it (`ClientColumn.whole`, wherever it sits in the row).
    @inlinable public init(_ row: some StoredRow<ClientColumn>) throws {
        self.init(
            id: try row.uuid(required: .id), trainerID: try row.uuid(required: .trainerID),
            name: try row.text(required: .clientName), age: try row.int(.age), notes: try row.text(.notes),
            status: try row.value(.status), createdAt: try row.time(required: .createdAt),
            updatedAt: try row.time(required: .updatedAt))
    }
}
