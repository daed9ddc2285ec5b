import Foundation
import LumbarCore

/// A session as the dashboard reads it: its pain columns (see `SessionPainColumns`) instead of its
/// document, which comes along only when a severe-pain alert has to name the exercises.
public struct SessionSummaryRecord: Equatable, Sendable {
    public var id: UUID
    public var clientID: UUID
    /// The day the session was done (stored as `YYYY-MM-DD`, so text order is date order).
    public var date: CivilDate
    public var createdAt: Date
    public var pain: SessionPainColumns
    /// The session's document when it is a recent one (dated `since` or later) whose
    /// `painDuringMax` is `documentFrom` or more; otherwise nil.
    public var document: String?

    /// Pain during this high needs the document: the severe-pain alert words it with exercise names.
    public static let documentFrom = SessionPain.exercisesNeededFrom

    public init(id: UUID, clientID: UUID, date: CivilDate, createdAt: Date, pain: SessionPainColumns, document: String?)
    {
        self.id = id
        self.clientID = clientID
        self.date = date
        self.createdAt = createdAt
        self.pain = pain
        self.document = document
    }
}

/// A client's active program version as the dashboard reads it: no document, its days a week from
/// the `days_per_week` column.
public struct ProgramSummaryRecord: Equatable, Sendable {
    public var programID: UUID
    public var version: Int
    public var clientID: UUID
    public var createdAt: Date
    /// The document's `schedule.daysPerWeek`; nil when it has none (a damaged document).
    public var daysPerWeek: Int?

    public init(programID: UUID, version: Int, clientID: UUID, createdAt: Date, daysPerWeek: Int?) {
        self.programID = programID
        self.version = version
        self.clientID = clientID
        self.createdAt = createdAt
        self.daysPerWeek = daysPerWeek
    }

    /// The columns the dashboard reads of a version (`ProgramVersionColumn.summary`).
    @inlinable public init(_ row: some StoredRow<ProgramVersionColumn>) throws {
        self.init(
            programID: try row.uuid(required: .programID), version: try row.int(required: .version),
            clientID: try row.uuid(required: .clientID), createdAt: try row.time(required: .createdAt),
            daysPerWeek: try row.int(.daysPerWeek))
    }
}

extension ProgramVersionColumn {
    /// A version as the dashboard reads it (`ProgramSummaryRecord`): no document.
    public static let summary = ColumnList<ProgramVersionColumn>([
        .programID, .version, .clientID, .createdAt, .daysPerWeek,
    ])
}
