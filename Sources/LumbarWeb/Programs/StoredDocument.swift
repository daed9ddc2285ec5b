import LumbarCore
import LumbarStore

/// Reads the documents the store keeps back into core values. They were valid when written, so
/// a failure here means a damaged row: a server error, logged, never blamed on the caller.
enum StoredDocument {
    struct Damaged: Error, CustomStringConvertible {
        let description: String
    }

    static func program(_ record: ProgramVersionRecord, catalog: Catalog) throws -> Program {
        do {
            return try Program.parse(record.document, catalog: catalog)
        } catch {
            throw Damaged(description: "stored program \(record.programID) v\(record.version) is invalid: \(error)")
        }
    }

    static func assessment(_ record: AssessmentRecord) throws -> Assessment {
        do {
            return try Assessment.parse(record.document)
        } catch {
            throw Damaged(description: "stored assessment \(record.id) is invalid: \(error)")
        }
    }

    static func session(_ record: SessionLogRecord, catalog: Catalog) throws -> LoggedSession {
        do {
            return try LoggedSession.parse(record.document, catalog: catalog)
        } catch {
            throw Damaged(description: "stored session \(record.id) is invalid: \(error)")
        }
    }

    /// A session's pain from the columns the store keeps beside its document; the document is
    /// parsed only when the store sent it along, for a severe-pain alert to name the exercises.
    static func sessionPain(_ record: SessionSummaryRecord, catalog: Catalog) throws -> SessionPain {
        if let document = record.document {
            do {
                return SessionPain(try LoggedSession.parse(document, catalog: catalog))
            } catch {
                throw Damaged(description: "stored session \(record.id) is invalid: \(error)")
            }
        }
        guard let date = CivilDate(record.date), let before = record.pain.painBefore,
            let after = record.pain.painAfter
        else { throw Damaged(description: "stored session \(record.id) has no pain before and after") }
        return SessionPain(
            date: date, painBefore: before, painAfter: after, painNextMorning: record.pain.painNextMorning,
            highestPainDuring: record.pain.painDuringMax)
    }

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

    /// The compact JSON a document is stored as.
    static func text(_ value: JSONValue) -> String { JSONWriter.string(value, pretty: false) }
}
