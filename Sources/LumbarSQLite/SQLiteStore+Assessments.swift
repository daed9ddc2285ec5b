import Foundation
import GRDB
import LumbarCore
import LumbarStore

extension SQLiteStore {
    public func recordAssessment(
        _ assessment: AssessmentRecord, status: ClientStatus, program: ProgramVersionRecord?
    ) async throws {
        try await write("record assessment", conflict: "assessment or program version already exists") { db in
            try Self.requireClient(db, id: assessment.clientID, trainerID: assessment.trainerID)
            try db.cachedStatement(sql: Self.insertAssessmentSQL).execute(
                arguments: StatementArguments(assessment.storedValues.map(\.sqlite)))
            try Self.updateStatus(
                db, clientID: assessment.clientID, trainerID: assessment.trainerID, status: status,
                at: assessment.createdAt)
            if let program {
                try Self.requireSameClient(program, trainerID: assessment.trainerID, clientID: assessment.clientID)
                try Self.insertProgramVersion(db, program)
            }
        }
    }

    public func latestAssessment(clientID: UUID, trainerID: UUID) async throws -> AssessmentRecord? {
        try await read("read assessment") { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT \(AssessmentColumn.list) FROM assessments
                    WHERE trainer_id = ? AND client_id = ?
                    ORDER BY created_at DESC, id DESC LIMIT 1
                    """,
                arguments: [trainerID.sql, clientID.sql]
            ).map(AssessmentRecord.init(row:))
        }
    }

    public func recordClearance(
        _ clearance: ClearanceRecord, status: ClientStatus?, program: ProgramVersionRecord?
    ) async throws {
        try await write("record clearance", conflict: "clearance or program version already exists") { db in
            try Self.requireClient(db, id: clearance.clientID, trainerID: clearance.trainerID)
            try Self.requireAssessment(
                db, id: clearance.assessmentID, trainerID: clearance.trainerID, clientID: clearance.clientID)
            try db.cachedStatement(sql: Self.insertClearanceSQL).execute(
                arguments: StatementArguments(clearance.storedValues.map(\.sqlite)))
            if let status {
                try Self.updateStatus(
                    db, clientID: clearance.clientID, trainerID: clearance.trainerID, status: status,
                    at: clearance.createdAt)
            }
            if let program {
                try Self.requireSameClient(program, trainerID: clearance.trainerID, clientID: clearance.clientID)
                try Self.insertProgramVersion(db, program)
            }
        }
    }

    public func clearances(clientID: UUID, trainerID: UUID) async throws -> [ClearanceRecord] {
        try await read("read clearances") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(ClearanceColumn.list) FROM clearances
                    WHERE trainer_id = ? AND client_id = ?
                    ORDER BY created_at, id
                    """,
                arguments: [trainerID.sql, clientID.sql]
            ).map(ClearanceRecord.init(row:))
        }
    }

    /// Every column of `AssessmentColumn`, in its order: the reasons as their JSON text.
    static let insertAssessmentSQL = insertSQL(into: "assessments", AssessmentColumn.whole)

    /// Every column of `ClearanceColumn`, in its order.
    static let insertClearanceSQL = insertSQL(into: "clearances", ClearanceColumn.whole)

    /// Throws `StoreError.notFound` unless the assessment is the given client's, of the given trainer.
    static func requireAssessment(_ db: Database, id: UUID, trainerID: UUID, clientID: UUID) throws {
        let found = try Bool.fetchOne(
            db, sql: "SELECT 1 FROM assessments WHERE id = ? AND trainer_id = ? AND client_id = ?",
            arguments: [id.sql, trainerID.sql, clientID.sql])
        guard found != nil else { throw StoreError.notFound }
    }

    /// A program written along with an assessment or clearance must be for the same client.
    static func requireSameClient(_ program: ProgramVersionRecord, trainerID: UUID, clientID: UUID) throws {
        guard program.trainerID == trainerID, program.clientID == clientID else { throw StoreError.notFound }
    }
}
