import Foundation

/// The columns of a `session_logs` row, listed once: both backends insert every session with
/// exactly these, in this order, and read them back by these positions (`rawValue`), so a column
/// added here is written and read everywhere or the build fails at `SessionLogRecord.stored(_:)`.
public enum SessionLogColumn: Int, StoredColumn {
    case id, trainerID, clientID, programID, programVersion, date, document, createdAt, shareLinkID
    case painBefore, painAfter, painNextMorning, painDuringMax, exercisesLogged, exercisesDone, notes

    /// The column's name in SQL.
    public var name: String {
        switch self {
        case .id: "id"
        case .trainerID: "trainer_id"
        case .clientID: "client_id"
        case .programID: "program_id"
        case .programVersion: "program_version"
        case .date: "date"
        case .document: "document"
        case .createdAt: "created_at"
        case .shareLinkID: "share_link_id"
        case .painBefore: "pain_before"
        case .painAfter: "pain_after"
        case .painNextMorning: "pain_next_morning"
        case .painDuringMax: "pain_during_max"
        case .exercisesLogged: "exercises_logged"
        case .exercisesDone: "exercises_done"
        case .notes: "notes"
        }
    }

    /// Every column, comma-separated, for `INSERT INTO session_logs (…)` and `SELECT … FROM session_logs`.
    public static let list = SessionLogColumn.whole.sql()
}

extension SessionLogRecord {
    /// The value the record stores in `column`.
    public func stored(_ column: SessionLogColumn) -> StoredValue {
        switch column {
        case .id: .uuid(id)
        case .trainerID: .uuid(trainerID)
        case .clientID: .uuid(clientID)
        case .programID: .uuid(programID)
        case .programVersion: .int(programVersion)
        case .date: .text(date.description)
        case .document: .text(document)
        case .createdAt: .time(createdAt)
        case .shareLinkID: .uuid(shareLinkID)
        case .painBefore: .int(columns.pain.painBefore)
        case .painAfter: .int(columns.pain.painAfter)
        case .painNextMorning: .int(columns.pain.painNextMorning)
        case .painDuringMax: .int(columns.pain.painDuringMax)
        case .exercisesLogged: .int(columns.history.exercisesLogged)
        case .exercisesDone: .int(columns.history.exercisesDone)
        case .notes: .text(columns.history.notes)
        }
    }

    /// Every value of the row, in `SessionLogColumn` order.
    public var storedValues: [StoredValue] { SessionLogColumn.allCases.map(stored) }
}

/// What a session's ownership checks depend on; sessions with equal owners need one check, so a
/// batch of many sessions of few clients checks each client and program once.
public struct SessionOwner: Hashable, Sendable {
    public let trainerID: UUID
    public let clientID: UUID
    public let programID: UUID?
    public let programVersion: Int?

    public init(_ session: SessionLogRecord) {
        trainerID = session.trainerID
        clientID = session.clientID
        programID = session.programID
        programVersion = session.programVersion
    }
}
