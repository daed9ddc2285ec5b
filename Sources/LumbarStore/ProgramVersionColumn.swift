import Foundation

/// The columns of a `program_versions` row, listed once: both backends insert every version with
/// exactly these and read them back through `ColumnList`, so a column added here is written and
/// read everywhere or the build fails at `ProgramVersionRecord.stored(_:)`.
public enum ProgramVersionColumn: Int, StoredColumn {
    case programID, version, trainerID, clientID, assessmentID, document, change, active, createdAt, daysPerWeek

    public var name: String {
        switch self {
        case .programID: "program_id"
        case .version: "version"
        case .trainerID: "trainer_id"
        case .clientID: "client_id"
        case .assessmentID: "assessment_id"
        case .document: "document"
        case .change: "change"
        case .active: "active"
        case .createdAt: "created_at"
        case .daysPerWeek: "days_per_week"
        }
    }

    /// A whole version: inserts and every read of a version.
    public static let whole = ColumnList(allCases)
    /// Every column, comma-separated, for `INSERT INTO program_versions (…)` and `SELECT …`.
    public static let list = whole.sql()
}

extension ProgramVersionRecord {
    /// The value the record stores in `column`.
    public func stored(_ column: ProgramVersionColumn) -> StoredValue {
        switch column {
        case .programID: .uuid(programID)
        case .version: .int(version)
        case .trainerID: .uuid(trainerID)
        case .clientID: .uuid(clientID)
        case .assessmentID: .uuid(assessmentID)
        case .document: .text(document)
        case .change: .text(change.rawValue)
        case .active: .bool(active)
        case .createdAt: .time(createdAt)
        case .daysPerWeek: .int(daysPerWeek)
        }
    }

    /// Every value of the row, in `ProgramVersionColumn` order.
    public var storedValues: [StoredValue] { ProgramVersionColumn.allCases.map(stored) }

    /// A version as a backend read it (`ProgramVersionColumn.whole`, wherever it sits in the row).
    @inlinable public init(_ row: some StoredRow<ProgramVersionColumn>) throws {
        self.init(
            programID: try row.uuid(required: .programID), version: try row.int(required: .version),
            trainerID: try row.uuid(required: .trainerID), clientID: try row.uuid(required: .clientID),
            assessmentID: try row.uuid(.assessmentID), document: try row.text(required: .document),
            change: try row.value(.change), active: try row.bool(required: .active),
            createdAt: try row.time(required: .createdAt), daysPerWeek: try row.int(.daysPerWeek))
    }
}
