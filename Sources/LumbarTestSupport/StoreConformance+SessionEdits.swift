import Foundation
import LumbarCore
import LumbarStore
import Testing

extension StoreConformance {
    /// One session read, corrected and deleted; sessions added under an idempotency key; the
    /// share link a session came through; the health check's write.
    public static let sessionEditChecks: [StoreCheck] = [
        StoreCheck("session edit: read, corrected with its columns, deleted, only by its owner", sessionCorrection),
        StoreCheck(
            "session edit: an idempotency key stores once per owner and is forgotten after its time", sessionKeys),
        StoreCheck("session edit: the share link a session came through is kept", sessionShareLink),
        StoreCheck("health: a write is taken") { store in try await store.checkWritable(at: at(1_000)) },
    ]

    static func sessionCorrection(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let stranger = try await newTrainer(in: store)
        let session = makeSession(for: client, date: "2026-11-20", createdAt: at(10))
        try await store.addSession(session)
        #expect(try await store.session(id: session.id, trainerID: trainer.id).ms == session.ms)
        #expect(try await store.session(id: session.id, trainerID: stranger.id) == nil)
        #expect(try await store.session(id: UUID(), trainerID: trainer.id) == nil)

        var corrected = session
        corrected.date = day("2026-11-21")
        corrected.document =
            #"{"date":"2026-11-21","painBefore":5,"painAfter":4,"painNextMorning":3,"notes":"fixed","exercises":[]}"#
        try await store.replaceSession(corrected)
        #expect(try await store.session(id: session.id, trainerID: trainer.id).ms == corrected.ms)
        // The summary columns follow the new document.
        let history = try await store.sessionHistory(clientID: client.id, trainerID: trainer.id, documentsSince: nil)
        #expect(history.map(\.summary.date) == [day("2026-11-21")])
        #expect(history.first?.summary.pain.painBefore == 5 && history.first?.summary.pain.painNextMorning == 3)
        #expect(history.first?.history.notes == "fixed")

        var foreign = corrected
        foreign.trainerID = stranger.id
        await expectNotFound { try await store.replaceSession(foreign) }
        var otherClient = corrected
        otherClient.clientID = UUID()
        await expectNotFound { try await store.replaceSession(otherClient) }
        await expectNotFound { try await store.deleteSession(id: session.id, trainerID: stranger.id) }
        #expect(try await store.session(id: session.id, trainerID: trainer.id).ms == corrected.ms)

        try await store.deleteSession(id: session.id, trainerID: trainer.id)
        #expect(try await store.session(id: session.id, trainerID: trainer.id) == nil)
        await expectNotFound { try await store.deleteSession(id: session.id, trainerID: trainer.id) }
        await expectNotFound { try await store.replaceSession(corrected) }
    }

    static func sessionKeys(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let owner = "trainer:\(UUID())"
        func key(_ session: SessionLogRecord, hash: String = "h1", owner: String, at seconds: Double)
            -> IdempotencyKeyRecord
        {
            IdempotencyKeyRecord(
                owner: owner, key: "k", requestHash: hash, sessionID: session.id, createdAt: at(seconds),
                keptSince: at(seconds - 3_600))
        }
        let first = makeSession(for: client, date: "2026-11-20", createdAt: at(10))
        #expect(try await store.addSession(first, key: key(first, owner: owner, at: 10)) == nil)
        // The retry stores nothing and gets the first use back, whatever it sends.
        let retry = makeSession(for: client, date: "2026-11-20", createdAt: at(20))
        let earlier = try await store.addSession(retry, key: key(retry, hash: "h2", owner: owner, at: 20))
        #expect(
            earlier?.sessionID == first.id && earlier?.requestHash == "h1"
                && earlier?.createdAt.roundedToMilliseconds == at(10).roundedToMilliseconds)
        #expect(try await store.session(id: retry.id, trainerID: trainer.id) == nil)
        // Another owner's key of the same text is another key.
        let other = makeSession(for: client, date: "2026-11-20", createdAt: at(30))
        #expect(try await store.addSession(other, key: key(other, owner: "share:\(UUID())", at: 30)) == nil)
        // After its time, the key is forgotten and may be used again.
        let later = makeSession(for: client, date: "2026-11-21", createdAt: at(5_000))
        #expect(try await store.addSession(later, key: key(later, owner: owner, at: 5_000)) == nil)
        #expect(try await store.session(id: later.id, trainerID: trainer.id) != nil)
        // A session refused for its owner stores no key either.
        let stranger = try await newTrainer(in: store)
        var foreign = makeSession(for: client, date: "2026-11-22", createdAt: at(5_010))
        foreign.trainerID = stranger.id
        let foreignOwner = "trainer:\(UUID())"
        await expectNotFound {
            _ = try await store.addSession(foreign, key: key(foreign, owner: foreignOwner, at: 5_010))
        }
        let fresh = makeSession(for: client, date: "2026-11-22", createdAt: at(5_020))
        #expect(try await store.addSession(fresh, key: key(fresh, owner: foreignOwner, at: 5_020)) == nil)
    }

    static func sessionShareLink(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let link = makeShareLink(for: client)
        try await store.createShareLink(link)
        var viaLink = makeSession(for: client, date: "2026-11-20", createdAt: at(10))
        viaLink.shareLinkID = link.id
        try await store.addSession(viaLink)
        let byTrainer = makeSession(for: client, date: "2026-11-21", createdAt: at(20))
        try await store.addSession(byTrainer)
        #expect(try await store.session(id: viaLink.id, trainerID: trainer.id)?.shareLinkID == link.id)
        #expect(try await store.session(id: byTrainer.id, trainerID: trainer.id)?.shareLinkID == nil)
        let listed = try await store.allSessions(clientID: client.id, trainerID: trainer.id)
        #expect(listed.map(\.shareLinkID) == [link.id, nil])
    }
}
