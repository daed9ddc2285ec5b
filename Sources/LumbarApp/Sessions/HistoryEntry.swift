import Foundation
import LumbarCore
import LumbarStore

/// A logged session as the history views show it (the client page's table and charts, the share
/// page's chart, table and streak), read from the columns the store keeps beside the document, so
/// a year of history costs no parsing.
public struct HistoryEntry: Equatable, Sendable {
    public let id: UUID
    /// The date and pains; with the exercises when the store sent the document along.
    public let pain: SessionPain
    public let exercisesLogged: Int
    /// Exercises with at least one set done.
    public let exercisesDone: Int
    public let notes: String?

    public var date: CivilDate { pain.date }

    public init(id: UUID, pain: SessionPain, exercisesLogged: Int, exercisesDone: Int, notes: String?) {
        self.id = id
        self.pain = pain
        self.exercisesLogged = exercisesLogged
        self.exercisesDone = exercisesDone
        self.notes = notes
    }

    /// A session from the columns the store keeps beside its document.
    init(_ record: SessionHistoryRecord, catalog: Catalog) throws {
        let columns = record.history
        guard let logged = columns.exercisesLogged, let done = columns.exercisesDone else {
            throw StoredDocument.Damaged(description: "stored session \(record.summary.id) has no list of exercises")
        }
        self.init(
            id: record.summary.id, pain: try StoredDocument.sessionPain(record.summary, catalog: catalog),
            exercisesLogged: logged, exercisesDone: done, notes: columns.notes)
    }
}
