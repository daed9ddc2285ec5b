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

    /// The compact JSON a document is stored as.
    static func text(_ value: JSONValue) -> String { JSONWriter.string(value, pretty: false) }
}
