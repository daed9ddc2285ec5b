import Foundation
import LumbarCore
import LumbarStore
import Testing

extension StoreConformance {
    /// Assessments and clearances, their transactions, and isolation between trainers.
    public static let assessmentChecks: [StoreCheck] = [
        StoreCheck("assessment: recorded without a program sets the status", assessmentWithoutProgram),
        StoreCheck("assessment: recorded with its first program, made active", assessmentWithProgram),
        StoreCheck("assessment: a failing program write stores nothing", assessmentIsAtomic),
        StoreCheck("assessment: latest is the newest by creation", assessmentLatest),
        StoreCheck("clearance: recorded with and without a program and status", clearanceRecording),
        StoreCheck("clearance: a failing program write stores nothing", clearanceIsAtomic),
        StoreCheck("assessment and clearance: another trainer cannot read or write", assessmentIsolation),
    ]

    static func assessmentWithoutProgram(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        #expect(try await store.latestAssessment(clientID: client.id, trainerID: trainer.id) == nil)

        let assessment = makeAssessment(
            for: client, decision: .refer,
            reasons: ["Night pain: see a doctor first.", "Pain below the knee — “sciatica”"],
            createdAt: at(100.5))
        try await store.recordAssessment(assessment, status: .referred, program: nil)

        #expect(try await store.latestAssessment(clientID: client.id, trainerID: trainer.id).ms == assessment.ms)
        let read = try await store.client(id: client.id, trainerID: trainer.id)
        #expect(read?.status == .referred)
        // Recording an assessment is activity: the client moves up the dashboard.
        #expect(read?.updatedAt.roundedToMilliseconds == assessment.createdAt.roundedToMilliseconds)
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id) == nil)
        #expect(try await store.clearances(clientID: client.id, trainerID: trainer.id).isEmpty)

        await expectConflict { try await store.recordAssessment(assessment, status: .referred, program: nil) }
    }

    static func assessmentWithProgram(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let assessment = makeAssessment(for: client, decision: .proceed)
        let program = makeProgram(for: client, assessmentID: assessment.id, createdAt: assessment.createdAt)
        try await store.recordAssessment(assessment, status: .active, program: program)

        #expect(try await store.latestAssessment(clientID: client.id, trainerID: trainer.id).ms == assessment.ms)
        #expect(try await store.client(id: client.id, trainerID: trainer.id)?.status == .active)
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id).ms == program.ms)
        #expect(try await store.latestProgram(id: program.programID, trainerID: trainer.id).ms == program.ms)
        #expect(try await store.programVersions(id: program.programID, trainerID: trainer.id).ms == [program.ms])

        // A reassessment's program replaces the active one.
        let again = makeAssessment(for: client, createdAt: at(1_000))
        let next = makeProgram(for: client, assessmentID: again.id, createdAt: at(1_000), note: "after reassessment")
        try await store.recordAssessment(again, status: .active, program: next)
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id).ms == next.ms)
        #expect(try await store.latestProgram(id: program.programID, trainerID: trainer.id)?.active == false)
    }

    static func assessmentIsAtomic(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id, status: .needsAssessment)
        let existing = makeProgram(for: client)
        try await store.addProgramVersion(existing)

        // The program's version is taken, so the whole write must roll back.
        let assessment = makeAssessment(for: client, createdAt: at(5_000))
        let clash = makeProgram(
            for: client, programID: existing.programID, version: existing.version, assessmentID: assessment.id,
            note: "clash")
        await expectConflict { try await store.recordAssessment(assessment, status: .active, program: clash) }

        #expect(try await store.latestAssessment(clientID: client.id, trainerID: trainer.id) == nil)
        let read = try await store.client(id: client.id, trainerID: trainer.id)
        #expect(read.ms == client.ms)
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id).ms == existing.ms)
    }

    static func assessmentLatest(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let middle = makeAssessment(for: client, decision: .refer, createdAt: at(200))
        let newest = makeAssessment(for: client, decision: .proceed, createdAt: at(300))
        let oldest = makeAssessment(for: client, decision: .emergency, createdAt: at(100))
        // Stored out of order: "latest" follows creation time, not insertion.
        for assessment in [middle, newest, oldest] {
            try await store.recordAssessment(assessment, status: .active, program: nil)
        }
        #expect(try await store.latestAssessment(clientID: client.id, trainerID: trainer.id).ms == newest.ms)

        let otherClient = try await newClient(in: store, trainerID: trainer.id)
        #expect(try await store.latestAssessment(clientID: otherClient.id, trainerID: trainer.id) == nil)
    }

    static func clearanceRecording(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let assessment = makeAssessment(for: client, decision: .refer, reasons: ["Night pain"], createdAt: at(100))
        try await store.recordAssessment(assessment, status: .referred, program: nil)

        let first = ClearanceRecord(
            id: UUID(), trainerID: trainer.id, clientID: client.id, assessmentID: assessment.id,
            note: "Cleared by Dr. Lee after imaging.", createdAt: at(400))
        let program = makeProgram(for: client, assessmentID: assessment.id, createdAt: at(400))
        try await store.recordClearance(first, status: .active, program: program)

        #expect(try await store.clearances(clientID: client.id, trainerID: trainer.id).ms == [first.ms])
        #expect(try await store.client(id: client.id, trainerID: trainer.id)?.status == .active)
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id).ms == program.ms)

        // A clearance alone changes neither status nor program; the list is oldest first.
        let second = ClearanceRecord(
            id: UUID(), trainerID: trainer.id, clientID: client.id, assessmentID: assessment.id,
            note: "Follow-up note.", createdAt: at(500))
        try await store.recordClearance(second, status: nil, program: nil)
        #expect(try await store.clearances(clientID: client.id, trainerID: trainer.id).ms == [first.ms, second.ms])
        #expect(try await store.client(id: client.id, trainerID: trainer.id)?.status == .active)
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id).ms == program.ms)

        // A clearance must name an assessment of the same client.
        let stray = ClearanceRecord(
            id: UUID(), trainerID: trainer.id, clientID: client.id, assessmentID: UUID(), note: "?", createdAt: at(600))
        await expectNotFound { try await store.recordClearance(stray, status: nil, program: nil) }
        let otherClient = try await newClient(in: store, trainerID: trainer.id)
        let crossed = ClearanceRecord(
            id: UUID(), trainerID: trainer.id, clientID: otherClient.id, assessmentID: assessment.id, note: "?",
            createdAt: at(600))
        await expectNotFound { try await store.recordClearance(crossed, status: .active, program: nil) }
        #expect(try await store.clearances(clientID: otherClient.id, trainerID: trainer.id).isEmpty)
    }

    static func clearanceIsAtomic(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let assessment = makeAssessment(for: client, decision: .refer, createdAt: at(100))
        try await store.recordAssessment(assessment, status: .referred, program: nil)
        let existing = makeProgram(for: client, active: false)
        try await store.addProgramVersion(existing)

        let clearance = ClearanceRecord(
            id: UUID(), trainerID: trainer.id, clientID: client.id, assessmentID: assessment.id, note: "Cleared",
            createdAt: at(400))
        let clash = makeProgram(for: client, programID: existing.programID, version: existing.version, note: "clash")
        await expectConflict { try await store.recordClearance(clearance, status: .active, program: clash) }

        #expect(try await store.clearances(clientID: client.id, trainerID: trainer.id).isEmpty)
        #expect(try await store.client(id: client.id, trainerID: trainer.id)?.status == .referred)
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id) == nil)
    }

    static func assessmentIsolation(_ store: any LumbarStore) async throws {
        let owner = try await newTrainer(in: store)
        let stranger = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: owner.id)
        let assessment = makeAssessment(for: client, decision: .refer, createdAt: at(100))
        try await store.recordAssessment(assessment, status: .referred, program: nil)
        let clearance = ClearanceRecord(
            id: UUID(), trainerID: owner.id, clientID: client.id, assessmentID: assessment.id, note: "Cleared",
            createdAt: at(200))
        try await store.recordClearance(clearance, status: nil, program: nil)

        #expect(try await store.latestAssessment(clientID: client.id, trainerID: stranger.id) == nil)
        #expect(try await store.clearances(clientID: client.id, trainerID: stranger.id).isEmpty)

        // Writing under another trainer's id onto this client is refused, and changes nothing.
        var forged = makeAssessment(for: client, decision: .proceed, createdAt: at(300))
        forged.trainerID = stranger.id
        var forgedProgram = makeProgram(for: client, assessmentID: forged.id)
        forgedProgram.trainerID = stranger.id
        await expectNotFound { try await store.recordAssessment(forged, status: .active, program: forgedProgram) }
        await expectNotFound { try await store.recordAssessment(forged, status: .active, program: nil) }

        var forgedClearance = clearance
        forgedClearance.id = UUID()
        forgedClearance.trainerID = stranger.id
        await expectNotFound { try await store.recordClearance(forgedClearance, status: .active, program: nil) }

        #expect(try await store.latestAssessment(clientID: client.id, trainerID: owner.id).ms == assessment.ms)
        #expect(try await store.clearances(clientID: client.id, trainerID: owner.id).ms == [clearance.ms])
        #expect(try await store.client(id: client.id, trainerID: owner.id)?.status == .referred)
        #expect(try await store.activeProgram(clientID: client.id, trainerID: owner.id) == nil)
    }
}
