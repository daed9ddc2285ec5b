import Foundation
import LumbarCore
import LumbarStore
import PostgresNIO

extension PostgresStore {
    public func addProgramVersion(_ version: ProgramVersionRecord, status: ClientStatus?) async throws {
        try await transaction("add program version", conflict: "this program version already exists") { connection in
            try await self.insertProgramVersion(version, on: connection)
            if let status {
                try await self.updateStatus(
                    clientID: version.clientID, trainerID: version.trainerID, status: status, at: version.createdAt,
                    on: connection)
            }
        }
    }

    public func activeProgram(clientID: UUID, trainerID: UUID) async throws -> ProgramVersionRecord? {
        try await withStoreErrors("read active program") {
            try await fetch(
                """
                SELECT \(unescaped: ProgramVersionColumn.list) FROM program_versions
                WHERE trainer_id = \(trainerID) AND client_id = \(clientID) AND active
                """
            ).first.map(ProgramVersionRecord.init(postgres:))
        }
    }

    public func latestProgram(id: UUID, trainerID: UUID) async throws -> ProgramVersionRecord? {
        try await withStoreErrors("read program") {
            try await fetch(
                """
                SELECT \(unescaped: ProgramVersionColumn.list) FROM program_versions
                WHERE program_id = \(id) AND trainer_id = \(trainerID)
                ORDER BY version DESC LIMIT 1
                """
            ).first.map(ProgramVersionRecord.init(postgres:))
        }
    }

    public func programVersions(id: UUID, trainerID: UUID) async throws -> [ProgramVersionRecord] {
        try await withStoreErrors("read program versions") {
            try await fetch(
                """
                SELECT \(unescaped: ProgramVersionColumn.list) FROM program_versions
                WHERE program_id = \(id) AND trainer_id = \(trainerID)
                ORDER BY version
                """
            ).map(ProgramVersionRecord.init(postgres:))
        }
    }

    /// Inserts a version inside the caller's transaction: checks ownership, and when the version is
    /// active, first deactivates the client's others (the partial unique index would refuse a second
    /// active row). A failed insert rolls the deactivation back with the transaction.
    func insertProgramVersion(_ version: ProgramVersionRecord, on connection: PostgresConnection) async throws {
        try await requireClient(id: version.clientID, trainerID: version.trainerID, on: connection)
        // A program's versions all belong to one client; another trainer's program id is "not found".
        let owners = try await fetch(
            "SELECT trainer_id, client_id FROM program_versions WHERE program_id = \(version.programID) LIMIT 1",
            on: connection)
        if let owner = owners.first {
            let (trainerID, clientID) = try owner.decode((UUID, UUID).self)
            guard trainerID == version.trainerID, clientID == version.clientID else { throw StoreError.notFound }
        }
        if let assessmentID = version.assessmentID {
            try await requireAssessment(
                id: assessmentID, trainerID: version.trainerID, clientID: version.clientID, on: connection)
        }
        if version.active {
            try await fetch(
                """
                UPDATE program_versions SET active = false
                WHERE trainer_id = \(version.trainerID) AND client_id = \(version.clientID) AND active
                """, on: connection)
        }
        try await fetch(PostgresQuery(insert: Self.insertProgramVersionSQL, version.storedValues), on: connection)
    }

    /// Every column of `ProgramVersionColumn`, in its order: the schedule's days a week included, as
    /// the record carries it, so a write parses nothing.
    static let insertProgramVersionSQL = insertSQL(into: "program_versions", ProgramVersionColumn.whole)
}
