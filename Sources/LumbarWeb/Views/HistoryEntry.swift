import Foundation
import LumbarCore

/// A logged session as the history views show it (the client page's table and charts, the share
/// page's chart, table and streak), read from the columns the store keeps beside the document
/// (`StoredDocument.historyEntry`), so a year of history costs no parsing.
struct HistoryEntry: Equatable {
    let id: UUID
    /// The date and pains; with the exercises when the store sent the document along.
    let pain: SessionPain
    let exercisesLogged: Int
    /// Exercises with at least one set done.
    let exercisesDone: Int
    let notes: String?

    var date: CivilDate { pain.date }
}
