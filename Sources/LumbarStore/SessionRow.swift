import Foundation
import LumbarCore

/// Which `session_logs` columns a query selects, in order: the SQL select list is written from it,
/// and a backend finds each column's cell by `position(_:)`, so a query and its decoding cannot
/// drift apart. A computed cell a query adds after the list (the history's document) sits at
/// `count`.
public struct SessionColumnList: Sendable {
    public let columns: [SessionLogColumn]
    /// Each column's position in `columns`, by `rawValue`; nil for a column not selected.
    @usableFromInline let positions: [Int?]

    public init(_ columns: [SessionLogColumn]) {
        self.columns = columns
        var positions = [Int?](repeating: nil, count: SessionLogColumn.allCases.count)
        for (position, column) in columns.enumerated() { positions[column.rawValue] = position }
        self.positions = positions
    }

    public var count: Int { columns.count }

    /// Where `column` sits in a selected row. Asking for a column the list does not select is a
    /// mistake in this code, not in the data.
    @inlinable public func position(_ column: SessionLogColumn) -> Int {
        guard let position = positions[column.rawValue] else {
            preconditionFailure("\(column.name) is not selected by this query")
        }
        return position
    }

    /// The select list, each column prefixed with `alias.` when given.
    public func sql(alias: String? = nil) -> String {
        let prefix = alias.map { $0 + "." } ?? ""
        return columns.map { prefix + $0.name }.joined(separator: ", ")
    }

    /// Every column: a whole session.
    public static let all = SessionColumnList(SessionLogColumn.allCases)
    /// A session as the dashboard reads it (`SessionSummaryRecord`): every one of these is in the
    /// `session_logs_client_pain` index, so reading them touches no table row.
    public static let summary = SessionColumnList([
        .id, .clientID, .date, .createdAt, .painBefore, .painAfter, .painNextMorning, .painDuringMax,
    ])
    /// A session as the history reads it (`SessionHistoryRecord`): the summary and the history figures.
    public static let history = SessionColumnList(summary.columns + [.exercisesLogged, .exercisesDone, .notes])
}

/// One selected row of `session_logs`, as a backend reads its cells; the records below are decoded
/// from it here, once for both backends. A cell that is NULL, or not of its column's type, where
/// the record needs a value throws `StoreError.unavailable` naming the column.
public protocol SessionRow {
    func uuid(_ column: SessionLogColumn) throws -> UUID?
    func int(_ column: SessionLogColumn) throws -> Int?
    func text(_ column: SessionLogColumn) throws -> String?
    func time(_ column: SessionLogColumn) throws -> Date?
}

extension SessionRow {
    @inlinable func required<Value>(_ value: Value?, _ column: SessionLogColumn) throws -> Value {
        guard let value else { throw StoreError.unavailable("unreadable value in column \(column.name)") }
        return value
    }

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
    /// A whole session (`SessionColumnList.all`): the summary columns as stored, so reading a
    /// session parses nothing.
    @inlinable public init(_ row: some SessionRow) throws {
        self.init(
            id: try row.required(try row.uuid(.id), .id),
            trainerID: try row.required(try row.uuid(.trainerID), .trainerID),
            clientID: try row.required(try row.uuid(.clientID), .clientID), programID: try row.uuid(.programID),
            programVersion: try row.int(.programVersion), date: try row.date(.date),
            document: try row.required(try row.text(.document), .document),
            createdAt: try row.required(try row.time(.createdAt), .createdAt), shareLinkID: try row.uuid(.shareLinkID),
            columns: SessionColumns(pain: try row.pain(), history: try row.history()))
    }
}

extension SessionSummaryRecord {
    /// A session's summary (`SessionColumnList.summary`, or any list holding its columns).
    @inlinable public init(_ row: some SessionRow, document: String? = nil) throws {
        self.init(
            id: try row.required(try row.uuid(.id), .id),
            clientID: try row.required(try row.uuid(.clientID), .clientID),
            date: try row.date(.date), createdAt: try row.required(try row.time(.createdAt), .createdAt),
            pain: try row.pain(), document: document)
    }
}

extension SessionHistoryRecord {
    /// A session of the history (`SessionColumnList.history`), with its document when the query
    /// brought it.
    @inlinable public init(_ row: some SessionRow, document: String?) throws {
        self.init(summary: try SessionSummaryRecord(row, document: document), history: try row.history())
    }
}
