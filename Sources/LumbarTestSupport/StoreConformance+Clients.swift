import Foundation
import LumbarCore
import LumbarStore
import Testing

extension StoreConformance {
    /// Clients: create, read, list, patch, status, and isolation between trainers.
    public static let clientChecks: [StoreCheck] = [
        StoreCheck("client: create and read", clientCreateAndRead),
        StoreCheck("client: list newest first, paged, with the total", clientListPaging),
        StoreCheck("client: list filtered by text and status", clientListFilters),
        StoreCheck("client: patch sets, keeps and clears fields", clientUpdatePatch),
        StoreCheck("client: set status", clientSetStatus),
        StoreCheck("client: another trainer cannot read or write", clientIsolation),
    ]

    static func clientCreateAndRead(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let full = try await newClient(in: store, trainerID: trainer.id, name: "Dana Ölçek", age: 46, notes: "Desk job")
        let bare = try await newClient(in: store, trainerID: trainer.id, name: "Sam", age: nil, notes: nil)

        #expect(try await store.client(id: full.id, trainerID: trainer.id).ms == full.ms)
        #expect(try await store.client(id: bare.id, trainerID: trainer.id).ms == bare.ms)
        #expect(try await store.client(id: UUID(), trainerID: trainer.id) == nil)

        await expectConflict { try await store.createClient(full) }
    }

    static func clientListPaging(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        var made: [ClientRecord] = []
        // Two share an update time so paging must break the tie the same way on every page.
        for (index, seconds) in [50.0, 10, 40, 40, 20].enumerated() {
            made.append(
                try await newClient(in: store, trainerID: trainer.id, name: "C\(index)", updatedAt: at(seconds)))
        }

        let all = try await store.clients(trainerID: trainer.id, query: ClientQuery(page: 1, per: 50))
        #expect(all.total == 5)
        #expect(
            all.items.ms.sorted { $0.id.uuidString < $1.id.uuidString }
                == made.ms.sorted { $0.id.uuidString < $1.id.uuidString })
        let times = all.items.map(\.updatedAt.roundedToMilliseconds)
        #expect(times == times.sorted(by: >))
        #expect(all.items.first?.name == "C0")
        #expect(all.items.last?.name == "C1")

        var paged: [ClientRecord] = []
        for page in 1...3 {
            let result = try await store.clients(trainerID: trainer.id, query: ClientQuery(page: page, per: 2))
            #expect(result.total == 5)
            #expect(result.items.count == (page < 3 ? 2 : 1))
            paged += result.items
        }
        #expect(paged.map(\.id) == all.items.map(\.id))

        let beyond = try await store.clients(trainerID: trainer.id, query: ClientQuery(page: 4, per: 2))
        #expect(beyond.items.isEmpty)
        #expect(beyond.total == 5)
    }

    static func clientListFilters(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let aliceSmith = try await newClient(in: store, trainerID: trainer.id, name: "Alice Smith", updatedAt: at(1))
        let aliceJones = try await newClient(in: store, trainerID: trainer.id, name: "alice JONES", updatedAt: at(2))
        _ = try await newClient(in: store, trainerID: trainer.id, name: "Bob", updatedAt: at(3))
        let percent = try await newClient(in: store, trainerID: trainer.id, name: "100% Dave_X", updatedAt: at(4))
        try await store.setStatus(clientID: aliceJones.id, trainerID: trainer.id, status: .active, at: at(5))

        func names(_ query: ClientQuery) async throws -> (names: [String], total: Int) {
            let page = try await store.clients(trainerID: trainer.id, query: query)
            return (page.items.map(\.name), page.total)
        }

        var result = try await names(ClientQuery(text: "ALICE"))
        #expect(result.names == ["alice JONES", "Alice Smith"])
        #expect(result.total == 2)
        result = try await names(ClientQuery(text: "smi"))
        #expect(result.names == [aliceSmith.name])
        // LIKE wildcards in the text are matched literally.
        result = try await names(ClientQuery(text: "%"))
        #expect(result.names == [percent.name])
        result = try await names(ClientQuery(text: "_"))
        #expect(result.names == [percent.name])
        result = try await names(ClientQuery(text: "zzz"))
        #expect(result.names.isEmpty && result.total == 0)

        result = try await names(ClientQuery(status: .active))
        #expect(result.names == [aliceJones.name] && result.total == 1)
        result = try await names(ClientQuery(status: .needsAssessment))
        #expect(result.total == 3)
        result = try await names(ClientQuery(text: "alice", status: .needsAssessment))
        #expect(result.names == [aliceSmith.name] && result.total == 1)
        result = try await names(ClientQuery(text: "alice", status: .archived))
        #expect(result.names.isEmpty && result.total == 0)

        // A filtered total counts every match, not just the page.
        result = try await names(ClientQuery(text: "a", page: 1, per: 1))
        #expect(result.names.count == 1)
        #expect(result.total == 3)
    }

    static func clientUpdatePatch(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id, name: "Dana", age: 46, notes: "Desk job")

        // Only the name: age and notes stay.
        var updated = try await store.updateClient(
            id: client.id, trainerID: trainer.id, patch: ClientPatch(name: "Dana K."), at: at(500))
        var expected = client
        expected.name = "Dana K."
        expected.updatedAt = at(500)
        #expect(updated.ms == expected.ms)
        #expect(try await store.client(id: client.id, trainerID: trainer.id).ms == expected.ms)

        // `.some(nil)` clears; `.some(value)` sets.
        updated = try await store.updateClient(
            id: client.id, trainerID: trainer.id, patch: ClientPatch(age: .some(nil), notes: .some("Runs on Sundays")),
            at: at(600))
        expected.age = nil
        expected.notes = "Runs on Sundays"
        expected.updatedAt = at(600)
        #expect(updated.ms == expected.ms)
        #expect(try await store.client(id: client.id, trainerID: trainer.id).ms == expected.ms)

        updated = try await store.updateClient(
            id: client.id, trainerID: trainer.id, patch: ClientPatch(age: .some(47), notes: .some(nil)), at: at(700))
        expected.age = 47
        expected.notes = nil
        expected.updatedAt = at(700)
        #expect(updated.ms == expected.ms)
        #expect(try await store.client(id: client.id, trainerID: trainer.id).ms == expected.ms)

        await expectNotFound {
            _ = try await store.updateClient(
                id: UUID(), trainerID: trainer.id, patch: ClientPatch(name: "X"), at: at(800))
        }
    }

    static func clientSetStatus(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        for (offset, status) in ClientStatus.allCases.enumerated() {
            try await store.setStatus(
                clientID: client.id, trainerID: trainer.id, status: status, at: at(1_000 + Double(offset)))
            let read = try await store.client(id: client.id, trainerID: trainer.id)
            #expect(read?.status == status)
            #expect(read?.updatedAt.roundedToMilliseconds == at(1_000 + Double(offset)).roundedToMilliseconds)
        }
        await expectNotFound {
            try await store.setStatus(clientID: UUID(), trainerID: trainer.id, status: .active, at: at(2_000))
        }
    }

    static func clientIsolation(_ store: any LumbarStore) async throws {
        let owner = try await newTrainer(in: store)
        let stranger = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: owner.id, name: "Private Person")
        let strangersOwn = try await newClient(in: store, trainerID: stranger.id, name: "Private Other")

        #expect(try await store.client(id: client.id, trainerID: stranger.id) == nil)
        let strangersList = try await store.clients(trainerID: stranger.id, query: ClientQuery(text: "Private"))
        #expect(strangersList.items.map(\.id) == [strangersOwn.id])
        #expect(strangersList.total == 1)
        let ownersList = try await store.clients(trainerID: owner.id, query: ClientQuery())
        #expect(ownersList.items.map(\.id) == [client.id])

        await expectNotFound {
            _ = try await store.updateClient(
                id: client.id, trainerID: stranger.id, patch: ClientPatch(name: "Hijacked", age: .some(nil)),
                at: at(900))
        }
        await expectNotFound {
            try await store.setStatus(clientID: client.id, trainerID: stranger.id, status: .archived, at: at(900))
        }
        #expect(try await store.client(id: client.id, trainerID: owner.id).ms == client.ms)
    }
}
