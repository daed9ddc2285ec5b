import LumbarApp
import LumbarCore
import LumbarStore

extension StoredDocument {
    /// A session as the history views show it, from the columns the store keeps beside its document.
    static func historyEntry(_ record: SessionHistoryRecord, catalog: Catalog) throws -> HistoryEntry {
        let columns = record.history
        guard let logged = columns.exercisesLogged, let done = columns.exercisesDone else {
            throw Damaged(description: "stored session \(record.summary.id) has no list of exercises")
        }
        return HistoryEntry(
            id: record.summary.id, pain: try sessionPain(record.summary, catalog: catalog), exercisesLogged: logged,
            exercisesDone: done, notes: columns.notes)
    }

}
