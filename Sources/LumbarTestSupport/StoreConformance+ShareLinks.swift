import Foundation
import LumbarCore
import LumbarStore
import Testing

extension StoreConformance {
    /// Share links: create, list, revoke, resolve, isolation.
    public static let shareLinkChecks: [StoreCheck] = [
        StoreCheck("share link: create, list, resolve, expire, revoke", shareLinkLifecycle),
        StoreCheck("share link: a taken token hash is a conflict", shareLinkDuplicateHash),
        StoreCheck("share link: another trainer cannot read, create or revoke", shareLinkIsolation),
    ]

    static func shareLinkLifecycle(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        #expect(try await store.shareLinks(clientID: client.id, trainerID: trainer.id).isEmpty)

        let older = makeShareLink(for: client, createdAt: at(100), expiresAt: at(1_000))
        let newer = makeShareLink(for: client, createdAt: at(200), expiresAt: at(100_000))
        try await store.createShareLink(older)
        try await store.createShareLink(newer)
        // Newest first, like the client list.
        #expect(try await store.shareLinks(clientID: client.id, trainerID: trainer.id).ms == [newer.ms, older.ms])

        #expect(try await store.shareLink(tokenHash: older.tokenHash, now: at(500)).ms == older.ms)
        #expect(try await store.shareLink(tokenHash: older.tokenHash, now: at(999.999))?.id == older.id)
        // A link is dead from its expiry instant on.
        #expect(try await store.shareLink(tokenHash: older.tokenHash, now: at(1_000)) == nil)
        #expect(try await store.shareLink(tokenHash: uniqueHash(), now: at(500)) == nil)

        try await store.revokeShareLink(id: newer.id, trainerID: trainer.id, at: at(600))
        #expect(try await store.shareLink(tokenHash: newer.tokenHash, now: at(700)) == nil)
        var revoked = newer
        revoked.revokedAt = at(600)
        #expect(try await store.shareLinks(clientID: client.id, trainerID: trainer.id).ms == [revoked.ms, older.ms])

        // Revoking again is harmless and keeps the first revocation time.
        try await store.revokeShareLink(id: newer.id, trainerID: trainer.id, at: at(800))
        #expect(try await store.shareLinks(clientID: client.id, trainerID: trainer.id).first?.ms == revoked.ms)

        await expectNotFound { try await store.revokeShareLink(id: UUID(), trainerID: trainer.id, at: at(900)) }
    }

    static func shareLinkDuplicateHash(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let link = makeShareLink(for: client)
        try await store.createShareLink(link)
        var twin = makeShareLink(for: client)
        twin.tokenHash = link.tokenHash
        await expectConflict { try await store.createShareLink(twin) }
        #expect(try await store.shareLinks(clientID: client.id, trainerID: trainer.id).map(\.id) == [link.id])
    }

    static func shareLinkIsolation(_ store: any LumbarStore) async throws {
        let owner = try await newTrainer(in: store)
        let stranger = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: owner.id)
        let link = makeShareLink(for: client)
        try await store.createShareLink(link)

        #expect(try await store.shareLinks(clientID: client.id, trainerID: stranger.id).isEmpty)
        await expectNotFound { try await store.revokeShareLink(id: link.id, trainerID: stranger.id, at: at(400)) }
        #expect(try await store.shareLink(tokenHash: link.tokenHash, now: at(500)).ms == link.ms)

        var forged = makeShareLink(for: client)
        forged.trainerID = stranger.id
        await expectNotFound { try await store.createShareLink(forged) }
        #expect(try await store.shareLinks(clientID: client.id, trainerID: owner.id).map(\.id) == [link.id])
        #expect(try await store.shareLink(tokenHash: forged.tokenHash, now: at(500)) == nil)
    }
}
