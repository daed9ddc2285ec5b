import Foundation
import GRDB
import LumbarCore
import LumbarStore

// Rows to records, one initializer per table. Queries name their columns explicitly (see the
// `columns` lists) rather than `SELECT *`, so a later migration that adds a column changes nothing
// here.

extension TrainerRecord {
    static let columns = "id, email, name, password_hash, created_at"

    init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), email: try row.string("email"), name: try row.string("name"),
            passwordHash: try row.string("password_hash"), createdAt: try row.date("created_at"))
    }
}

extension ClientRecord {
    static let columns = "id, trainer_id, name, age, notes, status, created_at, updated_at"

    init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), trainerID: try row.uuid("trainer_id"), name: try row.string("name"),
            age: try row.optionalInt("age"), notes: try row.optionalString("notes"),
            status: try row.enumValue("status"), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}

extension AssessmentRecord {
    static let columns = "id, trainer_id, client_id, document, decision, reasons, created_at"

    init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), trainerID: try row.uuid("trainer_id"), clientID: try row.uuid("client_id"),
            document: try row.string("document"), decision: try row.enumValue("decision"),
            reasons: try row.stringArray("reasons"), createdAt: try row.date("created_at"))
    }
}

extension ClearanceRecord {
    static let columns = "id, trainer_id, client_id, assessment_id, note, created_at"

    init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), trainerID: try row.uuid("trainer_id"), clientID: try row.uuid("client_id"),
            assessmentID: try row.uuid("assessment_id"), note: try row.string("note"),
            createdAt: try row.date("created_at"))
    }
}

extension ProgramVersionRecord {
    /// A row of `SELECT \(ProgramVersionColumn.list)`.
    init(row: Row) throws {
        try self.init(SQLiteStoredRow(row: row, list: ProgramVersionColumn.whole))
    }
}

extension ShareLinkRecord {
    static let columns = "id, trainer_id, client_id, token_hash, created_at, expires_at, revoked_at"

    init(row: Row) throws {
        self.init(
            id: try row.uuid("id"), trainerID: try row.uuid("trainer_id"), clientID: try row.uuid("client_id"),
            tokenHash: try row.string("token_hash"), createdAt: try row.date("created_at"),
            expiresAt: try row.date("expires_at"), revokedAt: try row.optionalDate("revoked_at"))
    }
}
