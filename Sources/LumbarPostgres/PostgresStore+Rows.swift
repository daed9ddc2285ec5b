import Foundation
import LumbarCore
import LumbarStore
import PostgresNIO

// Rows to records, one initializer per table, mirroring the SQLite backend's. Queries name their
// columns explicitly (see the `columns` lists) rather than `SELECT *`, so a later migration that
// adds a column changes nothing here; each initializer decodes the columns in that order.

extension TrainerRecord {
    static let columns = "id, email, name, password_hash, created_at"

    init(postgres row: PostgresRow) throws {
        let (id, email, name, passwordHash, createdAt) = try row.decode((UUID, String, String, String, Date).self)
        self.init(id: id, email: email, name: name, passwordHash: passwordHash, createdAt: createdAt)
    }
}

extension ClientRecord {
    static let columns = "id, trainer_id, name, age, notes, status, created_at, updated_at"

    init(postgres row: PostgresRow) throws {
        let (id, trainerID, name, age, notes, status, createdAt, updatedAt) = try row.decode(
            (UUID, UUID, String, Int?, String?, String, Date, Date).self)
        self.init(
            id: id, trainerID: trainerID, name: name, age: age, notes: notes, status: try decodeEnum(status),
            createdAt: createdAt, updatedAt: updatedAt)
    }
}

extension AssessmentRecord {
    static let columns = "id, trainer_id, client_id, document, decision, reasons, created_at"

    init(postgres row: PostgresRow) throws {
        let (id, trainerID, clientID, document, decision, reasons, createdAt) = try row.decode(
            (UUID, UUID, UUID, String, String, String, Date).self)
        self.init(
            id: id, trainerID: trainerID, clientID: clientID, document: document, decision: try decodeEnum(decision),
            reasons: try decodeStringArray(reasons, column: "reasons"), createdAt: createdAt)
    }
}

extension ClearanceRecord {
    static let columns = "id, trainer_id, client_id, assessment_id, note, created_at"

    init(postgres row: PostgresRow) throws {
        let (id, trainerID, clientID, assessmentID, note, createdAt) = try row.decode(
            (UUID, UUID, UUID, UUID, String, Date).self)
        self.init(
            id: id, trainerID: trainerID, clientID: clientID, assessmentID: assessmentID, note: note,
            createdAt: createdAt)
    }
}

extension ProgramVersionRecord {
    static let columns =
        "program_id, version, trainer_id, client_id, assessment_id, document, change, active, created_at"

    init(postgres row: PostgresRow) throws {
        let (programID, version, trainerID, clientID, assessmentID, document, change, active, createdAt) =
            try row.decode((UUID, Int, UUID, UUID, UUID?, String, String, Bool, Date).self)
        self.init(
            programID: programID, version: version, trainerID: trainerID, clientID: clientID,
            assessmentID: assessmentID, document: document, change: try decodeEnum(change), active: active,
            createdAt: createdAt)
    }
}

extension SessionLogRecord {
    /// Decodes every column of `SessionLogColumn` (`SELECT \(SessionLogColumn.list)`) by its
    /// position, cell by cell rather than as one tuple: a dashboard decodes hundreds of sessions,
    /// and the tuple form looks up generic metadata for every row (about 1 ms of a 12 ms dashboard).
    init(postgres row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        func cell<T: PostgresDecodable>(_ column: SessionLogColumn, _ type: T.Type) throws -> T {
            try cells[column.rawValue].decode(T.self)
        }
        self.init(
            id: try cell(.id, UUID.self), trainerID: try cell(.trainerID, UUID.self),
            clientID: try cell(.clientID, UUID.self), programID: try cell(.programID, UUID?.self),
            programVersion: try cell(.programVersion, Int?.self), date: try decodeCivilDate(cell(.date, String.self)),
            document: try cell(.document, String.self), createdAt: try cell(.createdAt, Date.self),
            shareLinkID: try cell(.shareLinkID, UUID?.self),
            columns: SessionColumns(
                pain: SessionPainColumns(
                    painBefore: try cell(.painBefore, Int?.self), painAfter: try cell(.painAfter, Int?.self),
                    painNextMorning: try cell(.painNextMorning, Int?.self),
                    painDuringMax: try cell(.painDuringMax, Int?.self)),
                history: SessionHistoryColumns(
                    exercisesLogged: try cell(.exercisesLogged, Int?.self),
                    exercisesDone: try cell(.exercisesDone, Int?.self), notes: try cell(.notes, String?.self))))
    }
}

extension ShareLinkRecord {
    static let columns = "id, trainer_id, client_id, token_hash, created_at, expires_at, revoked_at"

    init(postgres row: PostgresRow) throws {
        let (id, trainerID, clientID, tokenHash, createdAt, expiresAt, revokedAt) = try row.decode(
            (UUID, UUID, UUID, String, Date, Date, Date?).self)
        self.init(
            id: id, trainerID: trainerID, clientID: clientID, tokenHash: tokenHash, createdAt: createdAt,
            expiresAt: expiresAt, revokedAt: revokedAt)
    }
}

/// JSON text for a list of strings, as stored in `assessments.reasons` (the same text SQLite stores).
func jsonText(_ strings: [String]) throws -> String {
    String(decoding: try JSONEncoder().encode(strings), as: UTF8.self)
}

/// The list of strings in a JSON text column; names the column, never the value, when unreadable.
func decodeStringArray(_ text: String, column: String) throws -> [String] {
    do {
        return try JSONDecoder().decode([String].self, from: Data(text.utf8))
    } catch {
        throw StoreError.unavailable("unreadable value in column \(column)")
    }
}
