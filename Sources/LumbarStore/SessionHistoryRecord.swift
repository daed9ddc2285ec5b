import Foundation

/// A session as the client's history reads it (the client page's table and charts, the share page's
/// chart and streak): its summary and history columns instead of its document, which comes along
/// only when an alert over the recent log has to name the exercises (see `documentsSince` in
/// `SessionLogStore.sessionHistory`).
public struct SessionHistoryRecord: Equatable, Sendable {
    /// The id, client, date, creation time, pain columns and, when asked for, the document.
    public var summary: SessionSummaryRecord
    public var history: SessionHistoryColumns

    public init(summary: SessionSummaryRecord, history: SessionHistoryColumns) {
        self.summary = summary
        self.history = history
    }
}
