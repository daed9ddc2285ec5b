import Foundation
import GRDB
import LumbarCore
import LumbarStore

extension SQLiteStore {
    public func addProgramVersion(_ version: ProgramVersionRecord, status: ClientStatus?) async throws {
        try await write("add program version", conflict: "this program version already exists") { db in
            try Self.insertProgramVersion(db, version)
            if let status {
                try Self.updateStatus(
                    db, clientID: version.clientID, trainerID: version.trainerID, status: status, at: version.createdAt)
            }
        }
    }

    public func activeProgram(clientID: UUID, trainerID: UUID) async throws -> ProgramVersionRecord? {
        try await read("read active program") { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT \(ProgramVersionColumn.list) FROM program_versions
                    WHERE trainer_id = ? AND client_id = ? AND active = 1
                    """,
                arguments: [trainerID.sql, clientID.sql]
            ).map(ProgramVersionRecord.init(row:))
        }
    }

    public func latestProgram(id: UUID, trainerID: UUID) async throws -> ProgramVersionRecord? {
        try await read("read program") { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT \(ProgramVersionColumn.list) FROM program_versions
                    WHERE program_id = ? AND trainer_id = ?
                    ORDER BY version DESC LIMIT 1
                    """,
                arguments: [id.sql, trainerID.sql]
            ).map(ProgramVersionRecord.init(row:))
        }
    }

    public func programVersions(id: UUID, trainerID: UUID) async throws -> [ProgramVersionRecord] {
        try await read("read program versions") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(ProgramVersionColumn.list) FROM program_versions
                    WHERE program_id = ? AND trainer_id = ?
                    ORDER BY version
                    """,
                arguments: [id.sql, trainerID.sql]
            ).map(ProgramVersionRecord.init(row:))
        }
    }

    /// Inserts a version inside the caller's transaction: checks ownership, and when the version is
    /// active, first deactivates the client's others (the partial unique index would refuse a second
    /// active row). A failed insert rolls the deactivation back with the transaction.
    static func insertProgramVersion(_ db: Database, _ version: ProgramVersionRecord) throws {
        try requireClient(db, id: version.clientID, trainerID: version.trainerID)
        // A program's versions all belong to one client; another trainer's program id is "not found".
        if let owner = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT trainer_id, client_id FROM program_versions WHERE program_id = ? LIMIT 1"),
            arguments: [version.programID.sql])
        {
            guard try owner.uuid("trainer_id") == version.trainerID, try owner.uuid("client_id") == version.clientID
            else { throw StoreError.notFound }
        }
        if let assessmentID = version.assessmentID {
            try requireAssessment(db, id: assessmentID, trainerID: version.trainerID, clientID: version.clientID)
        }
        if version.active {
            try db.cachedStatement(
                sql: "UPDATE program_versions SET active = 0 WHERE trainer_id = ? AND client_id = ? AND active = 1"
            ).execute(arguments: [version.trainerID.sql, version.clientID.sql])
        }
        try db.cachedStatement(sql: insertProgramVersionSQL).execute(
            arguments: StatementArguments(version.storedValues.map(\.sqlite)))
    }

    /// Every column of `ProgramVersionColumn`, in its order: the schedule's days a week included, as
    /// the record carries it, so a write parses nothing.
    static let insertProgramVersionSQL = insertSQL(into: "program_versions", ProgramVersionColumn.whole)
}
