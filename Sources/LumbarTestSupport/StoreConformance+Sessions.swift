import Foundation
import LumbarCore
import LumbarJSON
import LumbarStore
import Testing

extension StoreConformance {
    /// Session logs: ordering by date, paging, isolation, next-morning pain.
    public static let sessionChecks: [StoreCheck] = [
        StoreCheck("session: listed oldest first by date then creation, paged", sessionOrderingAndPaging),
        StoreCheck("session: another trainer cannot read or write", sessionIsolation),
        StoreCheck("session: many added in one transaction, all or none", sessionBatch),
        StoreCheck("session: next-morning pain is set in the document, only for its owner", sessionNextMorningPain),
    ]

    static func sessionOrderingAndPaging(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let otherClient = try await newClient(in: store, trainerID: trainer.id)
        let program = makeProgram(for: client)
        try await store.addProgramVersion(program)

        // Logged out of date order (a late entry for an earlier day), two on one day.
        let mar02Late = makeSession(for: client, date: "2026-03-02", createdAt: at(5_000), program: program)
        let mar01 = makeSession(for: client, date: "2026-03-01", createdAt: at(4_000), program: program)
        let feb27 = makeSession(for: client, date: "2026-02-27", createdAt: at(6_000))
        let mar02Early = makeSession(for: client, date: "2026-03-02", createdAt: at(3_000), program: program)
        let mar10 = makeSession(for: client, date: "2026-03-10", createdAt: at(1_000))
        for session in [mar02Late, mar01, feb27, mar02Early, mar10] {
            try await store.addSession(session)
        }
        try await store.addSession(makeSession(for: otherClient, date: "2026-03-03", createdAt: at(3_500)))
        let expected = [feb27, mar01, mar02Early, mar02Late, mar10]

        #expect(try await store.allSessions(clientID: client.id, trainerID: trainer.id).ms == expected.ms)

        var paged: [SessionLogRecord] = []
        for page in 1...3 {
            let result = try await store.sessions(clientID: client.id, trainerID: trainer.id, page: page, per: 2)
            #expect(result.total == 5)
            #expect(result.items.count == (page < 3 ? 2 : 1))
            paged += result.items
        }
        #expect(paged.ms == expected.ms)
        let beyond = try await store.sessions(clientID: client.id, trainerID: trainer.id, page: 9, per: 2)
        #expect(beyond.items.isEmpty && beyond.total == 5)

        let none = try await newClient(in: store, trainerID: trainer.id)
        let empty = try await store.sessions(clientID: none.id, trainerID: trainer.id, page: 1, per: 20)
        #expect(empty.items.isEmpty && empty.total == 0)

        await expectConflict { try await store.addSession(mar01) }
    }

    static func sessionIsolation(_ store: any LumbarStore) async throws {
        let owner = try await newTrainer(in: store)
        let stranger = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: owner.id)
        let session = makeSession(for: client, date: "2026-03-01", createdAt: at(100))
        try await store.addSession(session)

        #expect(try await store.allSessions(clientID: client.id, trainerID: stranger.id).isEmpty)
        let page = try await store.sessions(clientID: client.id, trainerID: stranger.id, page: 1, per: 50)
        #expect(page.items.isEmpty && page.total == 0)

        var forged = makeSession(for: client, date: "2026-03-02", createdAt: at(200))
        forged.trainerID = stranger.id
        await expectNotFound { try await store.addSession(forged) }
        // Nor may a session point at another trainer's program.
        let strangersClient = try await newClient(in: store, trainerID: stranger.id)
        let strangersProgram = makeProgram(for: strangersClient)
        try await store.addProgramVersion(strangersProgram)
        let crossed = makeSession(for: client, date: "2026-03-03", createdAt: at(300), program: strangersProgram)
        await expectNotFound { try await store.addSession(crossed) }
        #expect(try await store.allSessions(clientID: client.id, trainerID: owner.id).ms == [session.ms])
    }

    static func sessionBatch(_ store: any LumbarStore) async throws {
        let owner = try await newTrainer(in: store)
        let stranger = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: owner.id)
        let otherClient = try await newClient(in: store, trainerID: owner.id)
        let program = makeProgram(for: client)
        try await store.addProgramVersion(program)
        try await store.addSessions([])

        let batch = [
            makeSession(for: client, date: "2026-03-02", createdAt: at(2_000), program: program),
            makeSession(for: otherClient, date: "2026-03-01", createdAt: at(1_500)),
            makeSession(for: client, date: "2026-03-01", createdAt: at(1_000), program: program),
            makeSession(for: client, date: "2026-03-03", createdAt: at(3_000)),
        ]
        try await store.addSessions(batch)
        #expect(
            try await store.allSessions(clientID: client.id, trainerID: owner.id).ms
                == [batch[2], batch[0], batch[3]].ms)
        #expect(try await store.allSessions(clientID: otherClient.id, trainerID: owner.id).ms == [batch[1]].ms)

        // One foreign session, one naming another trainer's program, or one taken id fails the whole
        // batch: the good sessions beside it are not stored either.
        let strangersClient = try await newClient(in: store, trainerID: stranger.id)
        let strangersProgram = makeProgram(for: strangersClient)
        try await store.addProgramVersion(strangersProgram)
        let good = makeSession(for: client, date: "2026-03-04", createdAt: at(4_000), program: program)
        var forged = makeSession(for: client, date: "2026-03-04", createdAt: at(4_100))
        forged.trainerID = stranger.id
        let crossed = makeSession(for: client, date: "2026-03-04", createdAt: at(4_200), program: strangersProgram)
        await expectNotFound { try await store.addSessions([good, forged]) }
        await expectNotFound { try await store.addSessions([good, crossed]) }
        await expectConflict { try await store.addSessions([good, batch[1]]) }
        await expectConflict { try await store.addSessions([good, good]) }
        #expect(try await store.allSessions(clientID: client.id, trainerID: owner.id).count == 3)
        #expect(try await store.allSessions(clientID: strangersClient.id, trainerID: stranger.id).isEmpty)
    }

    static func sessionNextMorningPain(_ store: any LumbarStore) async throws {
        let owner = try await newTrainer(in: store)
        let stranger = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: owner.id)
        let sibling = try await newClient(in: store, trainerID: owner.id)
        let session = makeSession(for: client, date: "2026-03-01", createdAt: at(100))
        let untouched = makeSession(for: client, date: "2026-03-02", createdAt: at(200))
        try await store.addSession(session)
        try await store.addSession(untouched)

        let updated = try await store.setNextMorningPain(
            sessionID: session.id, trainerID: owner.id, clientID: client.id, pain: 4)
        #expect(updated.id == session.id && updated.date == session.date)
        #expect(try JSONParser.parse(updated.document)["painNextMorning"] == .int(4))
        // The key goes where the contract puts it, and the rest of the document is kept.
        #expect(
            updated.document
                == #"{"date":"2026-03-01","painBefore":3,"painAfter":2,"painNextMorning":4,"exercises":[]}"#)
        var stored = try await store.allSessions(clientID: client.id, trainerID: owner.id)
        #expect(stored.map(\.document) == [updated.document, untouched.document])

        // A second answer replaces the first rather than adding a key.
        let again = try await store.setNextMorningPain(
            sessionID: session.id, trainerID: owner.id, clientID: client.id, pain: 0)
        #expect(
            again.document == #"{"date":"2026-03-01","painBefore":3,"painAfter":2,"painNextMorning":0,"exercises":[]}"#)

        // Another trainer, another client of the same trainer, or an unknown id: not found, nothing written.
        await expectNotFound {
            _ = try await store.setNextMorningPain(
                sessionID: session.id, trainerID: stranger.id, clientID: client.id, pain: 9)
        }
        await expectNotFound {
            _ = try await store.setNextMorningPain(
                sessionID: session.id, trainerID: owner.id, clientID: sibling.id, pain: 9)
        }
        await expectNotFound {
            _ = try await store.setNextMorningPain(
                sessionID: UUID(), trainerID: owner.id, clientID: client.id, pain: 9)
        }
        stored = try await store.allSessions(clientID: client.id, trainerID: owner.id)
        #expect(stored.map(\.document) == [again.document, untouched.document])
    }
}
