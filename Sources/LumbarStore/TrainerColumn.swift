import Foundation

/// The columns of a `trainers` row, listed once: both backends insert every trainer with exactly
/// these and read them back through `ColumnList`, so a column added here is written and read
/// everywhere or the build fails at `TrainerRecord.stored(_:)`.
public enum TrainerColumn: Int, StoredColumn {
    // Not `name`, which is every column's SQL name (`StoredColumn.name`).
    case id, email, trainerName, passwordHash, createdAt

    public var name: String {
        switch self {
        case .id: "id"
        case .email: "email"
        case .trainerName: "name"
        case .passwordHash: "password_hash"
        case .createdAt: "created_at"
        }
    }

    /// A whole trainer: inserts and every read of a trainer (a token's, joined, included).
    public static let whole = ColumnList(allCases)
    /// Every column, comma-separated, for `INSERT INTO trainers (…)` and `SELECT …`.
    public static let list = whole.sql()
}

extension TrainerRecord {
    /// The value the record stores in `column`.
    public func stored(_ column: TrainerColumn) -> StoredValue {
        switch column {
        case .id: .uuid(id)
        case .email: .text(email)
        case .trainerName: .text(name)
        case .passwordHash: .text(passwordHash)
        case .createdAt: .time(createdAt)
        }
    }

    /// Every value of the row, in `TrainerColumn` order.
    public var storedValues: [StoredValue] { TrainerColumn.allCases.map(stored) }

    /// A trainer as a backend read it (`TrainerColumn.whole`, wherever it sits in the row).
    @inlinable public init(_ row: some StoredRow<TrainerColumn>) throws {
        self.init(
            id: try row.uuid(required: .id), email: try row.text(required: .email),
            name: try row.text(required: .trainerName), passwordHash: try row.text(required: .passwordHash),
            createdAt: try row.time(required: .createdAt))
    }
}
