import Foundation
import LumbarCore

/// One client's row on a trainer's dashboard: the client, their active program and enough of
/// their log to show last pain, trend, this week's adherence and alerts. Summaries, not documents:
/// parsing a month of session documents per client was most of the dashboard's time.
public struct DashboardEntry: Equatable, Sendable {
    public var client: ClientRecord
    public var activeProgram: ProgramSummaryRecord?
    /// Sessions dated on or after the query's `since`, oldest first by date, then by creation.
    public var recentSessions: [SessionSummaryRecord]
    /// The client's newest session (by date, then creation), however old; nil when none is logged.
    public var latestSession: SessionSummaryRecord?

    public init(
        client: ClientRecord, activeProgram: ProgramSummaryRecord?, recentSessions: [SessionSummaryRecord],
        latestSession: SessionSummaryRecord?
    ) {
        self.client = client
        self.activeProgram = activeProgram
        self.recentSessions = recentSessions
        self.latestSession = latestSession
    }
}

public protocol DashboardStore: Sendable {
    /// Every client of the trainer matching the filters (`text`: case-insensitive substring of the
    /// name; `status`: that status only; archived clients appear only when `status` is `.archived`),
    /// in the order of `clients(trainerID:query:)`, each with its active program and its sessions
    /// dated `since` (`YYYY-MM-DD`) or later, as summaries: a session's document is read only when
    /// its pain during reached `SessionSummaryRecord.documentFrom`. Every read is an index range
    /// scan, so the dashboard stays fast with millions of session logs in the database.
    func dashboard(trainerID: UUID, text: String?, status: ClientStatus?, since: CivilDate) async throws
        -> [DashboardEntry]
}

extension DashboardEntry {
    /// The entries of a dashboard from its backend's reads: one per client, in the clients' order,
    /// with the client's active program, its recent sessions (kept in the order given, oldest first)
    /// and its latest session. `olderLatest` needs to hold only the latest sessions of clients with
    /// no recent one: for the others, the latest session is the last recent one. `documents` (by
    /// session id) go to the recent sessions they belong to. Rows of clients not in `clients` are
    /// ignored.
    public static func assemble(
        clients: [ClientRecord], programs: [ProgramSummaryRecord], recent: [SessionSummaryRecord],
        olderLatest: [SessionSummaryRecord], documents: [UUID: String]
    ) -> [DashboardEntry] {
        let programByClient = Dictionary(programs.map { ($0.clientID, $0) }, uniquingKeysWith: { first, _ in first })
        var recent = recent
        if !documents.isEmpty {
            for index in recent.indices { recent[index].document = documents[recent[index].id] }
        }
        let recentByClient = Dictionary(grouping: recent, by: \.clientID)
        let latestByClient = Dictionary(
            olderLatest.map { ($0.clientID, $0) }, uniquingKeysWith: { first, _ in first })
        return clients.map { client in
            let recent = recentByClient[client.id] ?? []
            return DashboardEntry(
                client: client, activeProgram: programByClient[client.id], recentSessions: recent,
                latestSession: recent.last ?? latestByClient[client.id])
        }
    }
}
