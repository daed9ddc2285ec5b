import Foundation
import LumbarCore
import LumbarStore
import Testing

extension StoreConformance {
    /// Program versions: history, the single active version, conflicts, isolation.
    public static let programChecks: [StoreCheck] = [
        StoreCheck("program: versions, latest, and one active version per client", programVersionsAndActive),
        StoreCheck("program: a taken version number is a conflict and changes nothing", programDuplicateVersion),
        StoreCheck("program: a version and the status it brings land together or not at all", programWithStatus),
        StoreCheck("program: unknown ids read as nothing", programUnknown),
        StoreCheck("program: another trainer cannot read or write", programIsolation),
    ]

    static func programVersionsAndActive(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let sibling = try await newClient(in: store, trainerID: trainer.id)
        let siblingProgram = makeProgram(for: sibling)
        try await store.addProgramVersion(siblingProgram)

        let programID = UUID()
        var v1 = makeProgram(for: client, programID: programID, version: 1, createdAt: at(100), note: "v1")
        try await store.addProgramVersion(v1)
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id).ms == v1.ms)

        var v2 = makeProgram(
            for: client, programID: programID, version: 2, change: .edited, createdAt: at(200), note: "v2")
        try await store.addProgramVersion(v2)
        v1.active = false
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id).ms == v2.ms)
        #expect(try await store.programVersions(id: programID, trainerID: trainer.id).ms == [v1.ms, v2.ms])

        // An inactive version (a draft) becomes the latest without changing which one is active.
        let v3 = makeProgram(
            for: client, programID: programID, version: 3, change: .progressed, active: false, createdAt: at(300),
            note: "v3")
        try await store.addProgramVersion(v3)
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id).ms == v2.ms)
        #expect(try await store.latestProgram(id: programID, trainerID: trainer.id).ms == v3.ms)
        #expect(try await store.programVersions(id: programID, trainerID: trainer.id).ms == [v1.ms, v2.ms, v3.ms])

        // A new program for the same client takes over; the old one keeps its history, all inactive.
        let other = makeProgram(for: client, change: .activated, createdAt: at(400), note: "other")
        try await store.addProgramVersion(other)
        v2.active = false
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id).ms == other.ms)
        #expect(try await store.programVersions(id: programID, trainerID: trainer.id).ms == [v1.ms, v2.ms, v3.ms])
        #expect(try await store.programVersions(id: programID, trainerID: trainer.id).allSatisfy { !$0.active })

        // Another client of the same trainer keeps their own active program throughout.
        #expect(try await store.activeProgram(clientID: sibling.id, trainerID: trainer.id).ms == siblingProgram.ms)
    }

    static func programDuplicateVersion(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let v1 = makeProgram(for: client, version: 1, note: "original")
        try await store.addProgramVersion(v1)

        // The duplicate is active too: its deactivation of v1 must roll back with it.
        let duplicate = makeProgram(
            for: client, programID: v1.programID, version: 1, change: .edited, createdAt: at(999), note: "duplicate")
        await expectConflict { try await store.addProgramVersion(duplicate) }
        #expect(try await store.programVersions(id: v1.programID, trainerID: trainer.id).ms == [v1.ms])
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id).ms == v1.ms)
    }

    static func programWithStatus(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let v1 = makeProgram(for: client, version: 1, createdAt: at(100), note: "v1")
        try await store.addProgramVersion(v1, status: .active)
        var stored = try #require(try await store.client(id: client.id, trainerID: trainer.id))
        #expect(stored.status == .active)
        #expect(stored.updatedAt.roundedToMilliseconds == at(100).roundedToMilliseconds)

        // A version that fails (its number is taken) leaves the status where it was.
        let clash = makeProgram(
            for: client, programID: v1.programID, version: 1, change: .progressed, createdAt: at(200), note: "clash")
        await expectConflict { try await store.addProgramVersion(clash, status: .maintenance) }
        stored = try #require(try await store.client(id: client.id, trainerID: trainer.id))
        #expect(stored.status == .active)

        let v2 = makeProgram(
            for: client, programID: v1.programID, version: 2, change: .progressed, createdAt: at(300), note: "v2")
        try await store.addProgramVersion(v2, status: .maintenance)
        stored = try #require(try await store.client(id: client.id, trainerID: trainer.id))
        #expect(stored.status == .maintenance)
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id).ms == v2.ms)

        // Another trainer can neither add the version nor move the status.
        let stranger = try await newTrainer(in: store)
        var forged = makeProgram(
            for: client, programID: v1.programID, version: 3, change: .progressed, createdAt: at(400), note: "forged")
        forged.trainerID = stranger.id
        await expectNotFound { try await store.addProgramVersion(forged, status: .active) }
        stored = try #require(try await store.client(id: client.id, trainerID: trainer.id))
        #expect(stored.status == .maintenance)
    }

    static func programUnknown(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        #expect(try await store.activeProgram(clientID: client.id, trainerID: trainer.id) == nil)
        #expect(try await store.latestProgram(id: UUID(), trainerID: trainer.id) == nil)
        #expect(try await store.programVersions(id: UUID(), trainerID: trainer.id).isEmpty)
        await expectNotFound { try await store.addProgramVersion(makeProgram(for: makeUnsavedClient(trainer.id))) }
    }

    static func programIsolation(_ store: any LumbarStore) async throws {
        let owner = try await newTrainer(in: store)
        let stranger = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: owner.id)
        let strangersClient = try await newClient(in: store, trainerID: stranger.id)
        let program = makeProgram(for: client)
        try await store.addProgramVersion(program)

        #expect(try await store.activeProgram(clientID: client.id, trainerID: stranger.id) == nil)
        #expect(try await store.latestProgram(id: program.programID, trainerID: stranger.id) == nil)
        #expect(try await store.programVersions(id: program.programID, trainerID: stranger.id).isEmpty)

        // Neither onto the owner's client, nor as a new version of the owner's program.
        var forged = makeProgram(for: client, note: "forged")
        forged.trainerID = stranger.id
        await expectNotFound { try await store.addProgramVersion(forged) }
        let hijack = makeProgram(for: strangersClient, programID: program.programID, version: 2, note: "hijack")
        await expectNotFound { try await store.addProgramVersion(hijack) }

        #expect(try await store.programVersions(id: program.programID, trainerID: owner.id).ms == [program.ms])
        #expect(try await store.activeProgram(clientID: client.id, trainerID: owner.id).ms == program.ms)
        #expect(try await store.activeProgram(clientID: strangersClient.id, trainerID: stranger.id) == nil)
    }
}
