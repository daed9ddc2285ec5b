import Foundation
import LumbarCore

/// The session queries' column lists. Stored here, not on the generic `ColumnList`, so each is
/// made once and a row's decoding allocates none.
extension SessionLogColumn {
    /// A whole session: inserts and whole-record reads.
    public static let whole = ColumnList(allCases)
    /// A session as the dashboard reads it (`SessionSummaryRecord`): every one of these is in the
    /// `session_logs_client_pain` index, so reading them touches no table row.
    public static let summary = ColumnList<SessionLogColumn>([
        .id, .clientID, .date, .createdAt, .painBefore, .painAfter, .painNextMorning, .painDuringMax,
    ])
    /// A session as the history reads it (`SessionHistoryRecord`): the summary and the history figures.
    public static let history = ColumnList(summary.columns + [.exercisesLogged, .exercisesDone, .notes])
}

extension StoredRow where Column == SessionLogColumn {
    @inlinable func date(_ column: SessionLogColumn) throws -> CivilDate {
        try required(try text(column).flatMap(CivilDate.init), column)
    }

    @inlinable func pain() throws -> SessionPainColumns {
        SessionPainColumns(
            painBefore: try int(.painBefore), painAfter: try int(.painAfter),
            painNextMorning: try int(.painNextMorning), painDuringMax: try int(.painDuringMax))
    }

    @inlinable func history() throws -> SessionHistoryColumns {
        SessionHistoryColumns(
            exercisesLogged: try int(.exercisesLogged), exercisesDone: try int(.exercisesDone), notes: try text(.notes))
    }
}

extension SessionLogRecord {
    /// A whole session (`SessionLogColumn.whole`): the summary columns as stored, so reading a
    /// session parses nothing.
    @inlinable public init(_ row: some StoredRow<SessionLogColumn>) throws {
        self.init(
            id: try row.uuid(required: .id),
            trainerID: try row.uuid(required: .trainerID),
            clientID: try row.uuid(required: .clientID), programID: try row.uuid(.programID),
            programVersion: try row.int(.programVersion), date: try row.date(.date),
            document: try row.text(required: .document),
            createdAt: try row.time(required: .createdAt), shareLinkID: try row.uuid(.shareLinkID),
            columns: SessionColumns(pain: try row.pain(), history: try row.history()))
    }
}

extension SessionSummaryRecord {
    /// A session's summary (`SessionLogColumn.summary`, or any list holding its columns).
    @inlinable public init(_ row: some StoredRow<SessionLogColumn>, document: String? = nil) throws {
        self.init(
            id: try row.uuid(required: .id),
            clientID: try row.uuid(required: .clientID),
            date: try row.date(.date), createdAt: try row.time(required: .createdAt),
            pain: try row.pain(), document: document)
    }
}

extension SessionHistoryRecord {
    /// A session of the history (`SessionLogColumn.history`), with its document when the query
    /// brought it.
    @inlinable public init(_ row: some StoredRow<SessionLogColumn>, document: String?) throws {
        self.init(summary: try SessionSummaryRecord(row, document: document), history: try row.history())
    }
}
