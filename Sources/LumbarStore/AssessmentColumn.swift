import Foundation
import LumbarCore

/// The columns of an `assessments` row, listed once: both backends insert every assessment with
/// exactly these and read them back through `ColumnList`, so a column added here is written and
/// read everywhere or the build fails at `AssessmentRecord.stored(_:)`.
public enum AssessmentColumn: Int, StoredColumn {
    case id, trainerID, clientID, document, decision, reasons, createdAt

    public var name: String {
        switch self {
        case .id: "id"
        case .trainerID: "trainer_id"
        case .clientID: "client_id"
        case .document: "document"
        case .decision: "decision"
        case .reasons: "reasons"
        case .createdAt: "created_at"
        }
    }

    /// A whole assessment: inserts and every read of an assessment.
    public static let whole = ColumnList(allCases)
    /// Every column, comma-separated, for `INSERT INTO assessments (…)` and `SELECT …`.
    public static let list = whole.sql()
}

extension AssessmentRecord {
    /// The value the record stores in `column`.
    public func stored(_ column: AssessmentColumn) -> StoredValue {
        switch column {
        case .id: .uuid(id)
        case .trainerID: .uuid(trainerID)
        case .clientID: .uuid(clientID)
        case .document: .text(document)
        case .decision: .text(decision.rawValue)
        case .reasons: .json(reasons)
        case .createdAt: .time(createdAt)
        }
    }

    /// Every value of the row, in `AssessmentColumn` order.
    public var storedValues: [StoredValue] { AssessmentColumn.allCases.map(stored) }

    /// An assessment as a backend read it (`AssessmentColumn.whole`, wherever it sits in the row).
    @inlinable public init(_ row: some StoredRow<AssessmentColumn>) throws {
        self.init(
            id: try row.uuid(required: .id), trainerID: try row.uuid(required: .trainerID),
            clientID: try row.uuid(required: .clientID), document: try row.text(required: .document),
            decision: try row.value(.decision), reasons: try row.strings(required: .reasons),
            createdAt: try row.time(required: .createdAt))
    }
}
