import Foundation

/// The columns of a `clearances` row, listed once: both backends insert every clearance with
/// exactly these and read them back through `ColumnList`, so a column added here is written and
/// read everywhere or the build fails at `ClearanceRecord.stored(_:)`.
public enum ClearanceColumn: Int, StoredColumn {
    case id, trainerID, clientID, assessmentID, note, createdAt

    public var name: String {
        switch self {
        case .id: "id"
        case .trainerID: "trainer_id"
        case .clientID: "client_id"
        case .assessmentID: "assessment_id"
        case .note: "note"
        case .createdAt: "created_at"
        }
    }

    /// A whole clearance: inserts and every read of a clearance.
    public static let whole = ColumnList(allCases)
    /// Every column, comma-separated, for `INSERT INTO clearances (…)` and `SELECT …`.
    public static let list = whole.sql()
}

extension ClearanceRecord {
    /// The value the record stores in `column`.
    public func stored(_ column: ClearanceColumn) -> StoredValue {
        switch column {
        case .id: .uuid(id)
        case .trainerID: .uuid(trainerID)
        case .clientID: .uuid(clientID)
        case .assessmentID: .uuid(assessmentID)
        case .note: .text(note)
        case .createdAt: .time(createdAt)
        }
    }

    /// Every value of the row, in `ClearanceColumn` order.
    public var storedValues: [StoredValue] { ClearanceColumn.allCases.map(stored) }

    /// A clearance as a backend read it (`ClearanceColumn.whole`, wherever it sits in the row).
    @inlinable public init(_ row: some StoredRow<ClearanceColumn>) throws {
        self.init(
            id: try row.uuid(required: .id), trainerID: try row.uuid(required: .trainerID),
            clientID: try row.uuid(required: .clientID), assessmentID: try row.uuid(required: .assessmentID),
            note: try row.text(required: .note), createdAt: try row.time(required: .createdAt))
    }
}
