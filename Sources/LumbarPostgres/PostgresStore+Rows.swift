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
    /// A row of `SELECT \(ProgramVersionColumn.list)`.
    init(postgres row: PostgresRow) throws {
        try self.init(PostgresStoredRow(row, ProgramVersionColumn.whole))
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
