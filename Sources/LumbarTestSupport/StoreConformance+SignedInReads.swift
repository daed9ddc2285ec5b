import Foundation
import LumbarCore
import LumbarStore
import Testing

extension StoreConformance {
    /// Reads that sign the request in and read the data in one database access: they must answer
    /// exactly what the separate token, client and program reads answer together.
    public static let signedInChecks: [StoreCheck] = [
        StoreCheck("signed-in program read: the owner's client and its active version", signedInProgramOwner),
        StoreCheck("signed-in program read: expired, revoked or unknown tokens read nothing", signedInProgramTokens),
        StoreCheck(
            "signed-in program read: another trainer's or an unknown client is no client", signedInProgramOwnership),
    ]

    static func liveToken(for trainer: TrainerRecord, in store: any LumbarStore, expiresAt: Date = at(3_600))
        async throws -> AuthTokenRecord
    {
        let token = AuthTokenRecord(
            tokenHash: uniqueHash(), trainerID: trainer.id, kind: .bearer, createdAt: at(0), expiresAt: expiresAt)
        try await store.createToken(token)
        return token
    }

    static func signedInProgramOwner(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let token = try await liveToken(for: trainer, in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let sibling = try await newClient(in: store, trainerID: trainer.id)
        try await store.addProgramVersion(makeProgram(for: sibling, note: "sibling"))

        // No program yet: the client and its status, nothing to follow.
        #expect(
            try await store.activeProgram(tokenHash: token.tokenHash, kind: .bearer, now: at(10), clientID: client.id)
                == .client(trainerID: trainer.id, status: .needsAssessment, activeProgram: nil))

        let v1 = makeProgram(for: client, version: 1, note: "v1")
        try await store.addProgramVersion(v1)
        let v2 = makeProgram(for: client, programID: v1.programID, version: 2, change: .edited, note: "v2")
        try await store.addProgramVersion(v2)
        // An inactive later version (a draft) is not the active one.
        try await store.addProgramVersion(
            makeProgram(for: client, programID: v1.programID, version: 3, active: false, note: "v3"))
        try await store.setStatus(clientID: client.id, trainerID: trainer.id, status: .active, at: at(20))
        #expect(
            try await store.activeProgram(tokenHash: token.tokenHash, kind: .bearer, now: at(30), clientID: client.id)
                .ms
                == .client(trainerID: trainer.id, status: .active, activeProgram: v2.ms))

        // The store reports a referred client's program as it is; whether it may be followed is the
        // caller's rule.
        try await store.setStatus(clientID: client.id, trainerID: trainer.id, status: .referred, at: at(40))
        #expect(
            try await store.activeProgram(tokenHash: token.tokenHash, kind: .bearer, now: at(50), clientID: client.id)
                .ms
                == .client(trainerID: trainer.id, status: .referred, activeProgram: v2.ms))

        // The same answer as the three separate reads.
        let signedIn = try #require(try await store.trainer(tokenHash: token.tokenHash, kind: .bearer, now: at(50)))
        let owned = try #require(try await store.client(id: client.id, trainerID: signedIn.id))
        let active = try await store.activeProgram(clientID: owned.id, trainerID: signedIn.id)
        #expect(
            try await store.activeProgram(tokenHash: token.tokenHash, kind: .bearer, now: at(50), clientID: client.id)
                .ms
                == .client(trainerID: signedIn.id, status: owned.status, activeProgram: active.ms))
    }

    static func signedInProgramTokens(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let token = try await liveToken(for: trainer, in: store, expiresAt: at(3_600))
        let revoked = try await liveToken(for: trainer, in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        try await store.addProgramVersion(makeProgram(for: client))

        #expect(
            try await store.activeProgram(
                tokenHash: token.tokenHash, kind: .bearer, now: at(3_599.999), clientID: client.id)
                != .notSignedIn)
        // A token is dead from its expiry instant on, as for `trainer(tokenHash:now:)`.
        #expect(
            try await store.activeProgram(
                tokenHash: token.tokenHash, kind: .bearer, now: at(3_600), clientID: client.id)
                == .notSignedIn)
        #expect(
            try await store.activeProgram(tokenHash: uniqueHash(), kind: .bearer, now: at(10), clientID: client.id)
                == .notSignedIn)

        // Revocation takes effect on the next read.
        #expect(
            try await store.activeProgram(tokenHash: revoked.tokenHash, kind: .bearer, now: at(10), clientID: client.id)
                != .notSignedIn)
        try await store.revokeToken(hash: revoked.tokenHash, at: at(20))
        #expect(
            try await store.activeProgram(tokenHash: revoked.tokenHash, kind: .bearer, now: at(21), clientID: client.id)
                == .notSignedIn)
        // A dead token reads nothing about an unknown client either.
        #expect(
            try await store.activeProgram(tokenHash: revoked.tokenHash, kind: .bearer, now: at(21), clientID: UUID())
                == .notSignedIn)
    }

    static func signedInProgramOwnership(_ store: any LumbarStore) async throws {
        let owner = try await newTrainer(in: store)
        let stranger = try await newTrainer(in: store)
        let strangersToken = try await liveToken(for: stranger, in: store)
        let client = try await newClient(in: store, trainerID: owner.id)
        try await store.addProgramVersion(makeProgram(for: client))

        #expect(
            try await store.activeProgram(
                tokenHash: strangersToken.tokenHash, kind: .bearer, now: at(10), clientID: client.id)
                == .noClient(trainerID: stranger.id))
        #expect(
            try await store.activeProgram(
                tokenHash: strangersToken.tokenHash, kind: .bearer, now: at(10), clientID: UUID())
                == .noClient(trainerID: stranger.id))
    }
}

extension SignedInProgramRead: MillisecondComparable {
    public var ms: Self {
        guard case .client(let trainerID, let status, let program) = self else { return self }
        return .client(trainerID: trainerID, status: status, activeProgram: program.ms)
    }
}
