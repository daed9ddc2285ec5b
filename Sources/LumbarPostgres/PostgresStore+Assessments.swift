import Foundation
import LumbarCore
import LumbarStore
import PostgresNIO

extension PostgresStore {
    public func recordAssessment(
        _ assessment: AssessmentRecord, status: ClientStatus, program: ProgramVersionRecord?
    ) async throws {
        try await transaction("record assessment", conflict: "assessment or program version already exists") {
            connection in
            try await self.requireClient(id: assessment.clientID, trainerID: assessment.trainerID, on: connection)
            try await self.fetch(
                PostgresQuery(insert: Self.insertAssessmentSQL, assessment.storedValues), on: connection)
            try await self.updateStatus(
                clientID: assessment.clientID, trainerID: assessment.trainerID, status: status,
                at: assessment.createdAt, on: connection)
            if let program {
                try Self.requireSameClient(program, trainerID: assessment.trainerID, clientID: assessment.clientID)
                try await self.insertProgramVersion(program, on: connection)
            }
        }
    }

    public func latestAssessment(clientID: UUID, trainerID: UUID) async throws -> AssessmentRecord? {
        try await withStoreErrors("read assessment") {
            try await fetch(
                """
                SELECT \(unescaped: AssessmentColumn.list) FROM assessments
                WHERE trainer_id = \(trainerID) AND client_id = \(clientID)
                ORDER BY created_at DESC, id DESC LIMIT 1
                """
            ).first.map(AssessmentRecord.init(postgres:))
        }
    }

    public func recordClearance(
        _ clearance: ClearanceRecord, status: ClientStatus?, program: ProgramVersionRecord?
    ) async throws {
        try await transaction("record clearance", conflict: "clearance or program version already exists") {
            connection in
            try await self.requireClient(id: clearance.clientID, trainerID: clearance.trainerID, on: connection)
            try await self.requireAssessment(
                id: clearance.assessmentID, trainerID: clearance.trainerID, clientID: clearance.clientID,
                on: connection)
            try await self.fetch(
                PostgresQuery(insert: Self.insertClearanceSQL, clearance.storedValues), on: connection)
            if let status {
                try await self.updateStatus(
                    clientID: clearance.clientID, trainerID: clearance.trainerID, status: status,
                    at: clearance.createdAt, on: connection)
            }
            if let program {
                try Self.requireSameClient(program, trainerID: clearance.trainerID, clientID: clearance.clientID)
                try await self.insertProgramVersion(program, on: connection)
            }
        }
    }

    public func clearances(clientID: UUID, trainerID: UUID) async throws -> [ClearanceRecord] {
        try await withStoreErrors("read clearances") {
            try await fetch(
                """
                SELECT \(unescaped: ClearanceColumn.list) FROM clearances
                WHERE trainer_id = \(trainerID) AND client_id = \(clientID)
                ORDER BY created_at, id
                """
            ).map(ClearanceRecord.init(postgres:))
        }
    }

    /// Every column of `AssessmentColumn`, in its order: the reasons as their JSON text.
    static let insertAssessmentSQL = insertSQL(into: "assessments", AssessmentColumn.whole)

    /// Every column of `ClearanceColumn`, in its order.
    static let insertClearanceSQL = insertSQL(into: "clearances", ClearanceColumn.whole)

    /// Throws `StoreError.notFound` unless the assessment is the given client's, of the given trainer.
    func requireAssessment(id: UUID, trainerID: UUID, clientID: UUID, on connection: PostgresConnection) async throws {
        let rows = try await fetch(
            """
            SELECT 1 FROM assessments
            WHERE id = \(id) AND trainer_id = \(trainerID) AND client_id = \(clientID)
            """, on: connection)
        guard !rows.isEmpty else { throw StoreError.notFound }
    }

    /// A program written along with an assessment or clearance must be for the same client.
    static func requireSameClient(_ program: ProgramVersionRecord, trainerID: UUID, clientID: UUID) throws {
        guard program.trainerID == trainerID, program.clientID == clientID else { throw StoreError.notFound }
    }
}
