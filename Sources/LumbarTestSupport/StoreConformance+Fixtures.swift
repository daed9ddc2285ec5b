import Foundation
import LumbarCore
import LumbarStore
import Testing

// Builders and expectations shared by the checks. Every builder takes fresh UUIDs so a check never
// collides with another one in a shared database.
extension StoreConformance {
    /// A fixed instant (2026-01-01T00:00:00Z) plus `seconds`; no check reads the clock.
    public static func at(_ seconds: Double) -> Date {
        Date(timeIntervalSince1970: 1_767_225_600 + seconds)
    }

    /// A trainer with a unique, mixed-case e-mail address.
    public static func makeTrainer(name: String = "Robin Trainer", createdAt: Date = at(0.123)) -> TrainerRecord {
        let id = UUID()
        return TrainerRecord(
            id: id, email: "Robin.\(id.uuidString.prefix(8))-\(id.uuidString.suffix(12))@Example.COM", name: name,
            passwordHash: "$2b$12$notarealhashnotarealhashnotarealhashnotarealhash", createdAt: createdAt)
    }

    /// Creates and returns a new trainer.
    public static func newTrainer(in store: any LumbarStore) async throws -> TrainerRecord {
        let trainer = makeTrainer()
        try await store.createTrainer(trainer)
        return trainer
    }

    /// Creates and returns a new client of `trainerID`.
    public static func newClient(
        in store: any LumbarStore, trainerID: UUID, name: String = "Dana Client", age: Int? = 46,
        notes: String? = "Sits nine hours a day.", status: ClientStatus = .needsAssessment, updatedAt: Date = at(10)
    ) async throws -> ClientRecord {
        let client = ClientRecord(
            id: UUID(), trainerID: trainerID, name: name, age: age, notes: notes, status: status, createdAt: at(1),
            updatedAt: updatedAt)
        try await store.createClient(client)
        return client
    }

    /// An assessment record for `client`; not stored.
    public static func makeAssessment(
        for client: ClientRecord, decision: Decision = .proceed, reasons: [String] = [], createdAt: Date = at(100)
    ) -> AssessmentRecord {
        AssessmentRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id,
            document: #"{"schema":"lumbar.assessment/1","client":{"name":"Dana"},"pain":{"now":4}}"#,
            decision: decision, reasons: reasons, createdAt: createdAt)
    }

    /// A program version for `client`; not stored.
    public static func makeProgram(
        for client: ClientRecord, programID: UUID = UUID(), version: Int = 1, assessmentID: UUID? = nil,
        change: ProgramChange = .planned, active: Bool = true, createdAt: Date = at(200), note: String = "v1"
    ) -> ProgramVersionRecord {
        ProgramVersionRecord(
            programID: programID, version: version, trainerID: client.trainerID, clientID: client.id,
            assessmentID: assessmentID,
            document: #"{"schema":"lumbar.program/1","decision":"proceed","note":"\#(note)","#
                + #""schedule":{"daysPerWeek":3}}"#, change: change,
            active: active, createdAt: createdAt)
    }

    /// A session log for `client` on `date`; not stored. `document` defaults to a session with no
    /// exercise and no next-morning pain.
    /// The day a fixture names as `YYYY-MM-DD`.
    public static func day(_ text: String) -> CivilDate {
        guard let date = CivilDate(text) else { preconditionFailure("a fixture's date \(text) is not YYYY-MM-DD") }
        return date
    }

    public static func makeSession(
        for client: ClientRecord, date: String, createdAt: Date, program: ProgramVersionRecord? = nil,
        document: String? = nil
    ) -> SessionLogRecord {
        SessionLogRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id, programID: program?.programID,
            programVersion: program?.version, date: day(date),
            document: document ?? #"{"date":"\#(date)","painBefore":3,"painAfter":2,"exercises":[]}"#,
            createdAt: createdAt)
    }

    /// A share link for `client` with a unique token hash; not stored.
    public static func makeShareLink(
        for client: ClientRecord, createdAt: Date = at(300), expiresAt: Date = at(300 + 86_400)
    ) -> ShareLinkRecord {
        ShareLinkRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id, tokenHash: uniqueHash(),
            createdAt: createdAt, expiresAt: expiresAt)
    }

    /// A client that was never stored, for writes that must be refused.
    public static func makeUnsavedClient(_ trainerID: UUID) -> ClientRecord {
        ClientRecord(
            id: UUID(), trainerID: trainerID, name: "Nobody", age: nil, notes: nil, status: .active, createdAt: at(0),
            updatedAt: at(0))
    }

    /// A 64-hex-digit string shaped like a SHA-256 hash, unique per call.
    public static func uniqueHash() -> String {
        (UUID().uuidString + UUID().uuidString).replacingOccurrences(of: "-", with: "").lowercased()
    }

    /// Expects `body` to throw `StoreError.conflict`, whatever its message.
    public static func expectConflict(
        sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void
    ) async {
        let error = await #expect(throws: StoreError.self, sourceLocation: sourceLocation) { try await body() }
        guard let error else { return }
        if case .conflict = error { return }
        Issue.record("expected StoreError.conflict, got \(error)", sourceLocation: sourceLocation)
    }

    /// Expects `body` to throw `StoreError.notFound`.
    public static func expectNotFound(
        sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void
    ) async {
        await #expect(throws: StoreError.notFound, sourceLocation: sourceLocation) { try await body() }
    }
}
