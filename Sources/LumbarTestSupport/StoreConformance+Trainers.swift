import Foundation
import LumbarCore
import LumbarStore
import Testing

extension StoreConformance {
    /// Trainers, sign-in tokens and rate-limit counters.
    public static let trainerChecks: [StoreCheck] = [
        StoreCheck("trainer: create and read by id and e-mail", trainerCreateAndRead),
        StoreCheck("trainer: e-mail taken, in any case, is a conflict", trainerDuplicateEmail),
        StoreCheck("token: valid, expired, revoked, unknown", tokenLifecycle),
        StoreCheck("token: a taken hash is a conflict", tokenDuplicateHash),
        StoreCheck("rate limit: counts per key within the window", rateLimitCounting),
        StoreCheck("rate limit: pruning forgets old attempts of every key, only those", rateLimitPruning),
    ]

    static func trainerCreateAndRead(_ store: any LumbarStore) async throws {
        let trainer = makeTrainer()
        try await store.createTrainer(trainer)

        #expect(try await store.trainer(id: trainer.id).ms == trainer.ms)
        #expect(try await store.hasTrainers())
        // The address comes back as registered, but any spelling of it finds the trainer.
        #expect(try await store.trainer(email: trainer.email).ms == trainer.ms)
        #expect(try await store.trainer(email: trainer.email.lowercased()).ms == trainer.ms)
        #expect(try await store.trainer(email: trainer.email.uppercased()).ms == trainer.ms)

        #expect(try await store.trainer(id: UUID()) == nil)
        #expect(try await store.trainer(email: "nobody.\(UUID().uuidString)@example.com") == nil)
    }

    static func trainerDuplicateEmail(_ store: any LumbarStore) async throws {
        let first = makeTrainer(name: "First")
        try await store.createTrainer(first)
        var second = makeTrainer(name: "Second")
        second.email = first.email.uppercased()

        await expectConflict { try await store.createTrainer(second) }
        #expect(try await store.trainer(id: second.id) == nil)
        #expect(try await store.trainer(email: first.email)?.name == "First")

        // The same id twice is a conflict too.
        var sameID = makeTrainer()
        sameID.id = first.id
        await expectConflict { try await store.createTrainer(sameID) }
    }

    static func tokenLifecycle(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let bearer = AuthTokenRecord(
            tokenHash: uniqueHash(), trainerID: trainer.id, kind: .bearer, createdAt: at(0), expiresAt: at(3_600))
        let cookie = AuthTokenRecord(
            tokenHash: uniqueHash(), trainerID: trainer.id, kind: .cookie, createdAt: at(0), expiresAt: at(7_200))
        try await store.createToken(bearer)
        try await store.createToken(cookie)

        #expect(try await store.trainer(tokenHash: bearer.tokenHash, kind: .bearer, now: at(10)).ms == trainer.ms)
        #expect(
            try await store.trainer(tokenHash: bearer.tokenHash, kind: .bearer, now: at(3_599.999))?.id == trainer.id)
        // A token is dead from its expiry instant on.
        #expect(try await store.trainer(tokenHash: bearer.tokenHash, kind: .bearer, now: at(3_600)) == nil)
        #expect(try await store.trainer(tokenHash: bearer.tokenHash, kind: .bearer, now: at(90_000)) == nil)
        #expect(try await store.trainer(tokenHash: uniqueHash(), kind: .bearer, now: at(10)) == nil)

        // A token signs in only as the kind it was issued as: a cookie's is no bearer token, nor the reverse.
        #expect(try await store.trainer(tokenHash: cookie.tokenHash, kind: .cookie, now: at(10))?.id == trainer.id)
        #expect(try await store.trainer(tokenHash: cookie.tokenHash, kind: .bearer, now: at(10)) == nil)
        #expect(try await store.trainer(tokenHash: bearer.tokenHash, kind: .cookie, now: at(10)) == nil)

        try await store.revokeToken(hash: cookie.tokenHash, at: at(20))
        #expect(try await store.trainer(tokenHash: cookie.tokenHash, kind: .cookie, now: at(30)) == nil)
        // Revoking one token leaves the trainer's others alone.
        #expect(try await store.trainer(tokenHash: bearer.tokenHash, kind: .bearer, now: at(30))?.id == trainer.id)

        // Logging out twice, or with an unknown token, is harmless.
        try await store.revokeToken(hash: cookie.tokenHash, at: at(40))
        try await store.revokeToken(hash: uniqueHash(), at: at(40))
        #expect(try await store.trainer(tokenHash: cookie.tokenHash, kind: .cookie, now: at(50)) == nil)
    }

    static func tokenDuplicateHash(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let other = try await newTrainer(in: store)
        let token = AuthTokenRecord(
            tokenHash: uniqueHash(), trainerID: trainer.id, kind: .bearer, createdAt: at(0), expiresAt: at(3_600))
        try await store.createToken(token)
        var stolen = token
        stolen.trainerID = other.id
        await expectConflict { try await store.createToken(stolen) }
        #expect(try await store.trainer(tokenHash: token.tokenHash, kind: .bearer, now: at(10))?.id == trainer.id)
    }

    static func rateLimitCounting(_ store: any LumbarStore) async throws {
        let key = "login:\(UUID().uuidString)"
        let otherKey = "login:\(UUID().uuidString)"

        #expect(try await store.recordAttempt(key: key, at: at(0), windowStart: at(-60)) == 1)
        #expect(try await store.recordAttempt(key: key, at: at(1), windowStart: at(-59)) == 2)
        #expect(try await store.recordAttempt(key: otherKey, at: at(2), windowStart: at(-58)) == 1)
        #expect(try await store.recordAttempt(key: key, at: at(3), windowStart: at(-57)) == 3)
        // The window's start is inclusive: the attempt at 1 still counts, the one at 0 does not.
        #expect(try await store.recordAttempt(key: key, at: at(4), windowStart: at(1)) == 3)
        // Long after, only the new attempt is in the window.
        #expect(try await store.recordAttempt(key: key, at: at(1_000), windowStart: at(940)) == 1)
        #expect(try await store.recordAttempt(key: otherKey, at: at(1_001), windowStart: at(941)) == 1)

        // Counting reads without recording; a key with no attempts counts 0.
        let unused = "login:\(UUID().uuidString)"
        #expect(
            try await store.attemptCounts(keys: [key, otherKey, unused], since: at(0)) == [
                key: 1, otherKey: 1, unused: 0,
            ])
        #expect(
            try await store.attemptCounts(keys: [key, otherKey, unused], since: at(0)) == [
                key: 1, otherKey: 1, unused: 0,
            ])
        #expect(try await store.attemptCounts(keys: [key], since: at(1_000.001)) == [key: 0])
        #expect(try await store.attemptCounts(keys: [], since: at(0)) == [:])
    }

    /// Pruning is global (every key), so with other checks sharing the store (and this one running
    /// twice at once on the PostgreSQL suite's shared schema) only its effects on this check's keys
    /// are certain here; `rateLimitPruningCount` checks the count on a store of its own.
    static func rateLimitPruning(_ store: any LumbarStore) async throws {
        let keys = try await recordOldAttempts(in: store)
        _ = try await store.pruneAttempts(before: at(-450_000))
        // The newer attempt stays: counted with a window reaching back past the forgotten ones.
        #expect(try await store.recordAttempt(key: keys[0], at: at(-399_999), windowStart: at(-600_000)) == 2)
        #expect(try await store.recordAttempt(key: keys[1], at: at(-399_998), windowStart: at(-600_000)) == 1)
        #expect(try await store.recordAttempt(key: keys[2], at: at(-399_997), windowStart: at(-600_000)) == 1)
    }

    /// How many attempts pruning reports, on a store no other check uses at the same time.
    public static func rateLimitPruningCount(_ store: any LumbarStore) async throws {
        _ = try await recordOldAttempts(in: store)
        #expect(try await store.pruneAttempts(before: at(-450_000)) == 3)
        #expect(try await store.pruneAttempts(before: at(-450_000)) == 0)
    }

    /// Three keys with one attempt each long ago, and the first with a newer one too; far from the
    /// other checks' times, which pruning before -450,000 s leaves alone.
    private static func recordOldAttempts(in store: any LumbarStore) async throws -> [String] {
        let keys = (0..<3).map { _ in "login:\(UUID().uuidString)" }
        for (offset, key) in keys.enumerated() {
            _ = try await store.recordAttempt(key: key, at: at(-500_000 + Double(offset)), windowStart: at(-600_000))
        }
        _ = try await store.recordAttempt(key: keys[0], at: at(-400_000), windowStart: at(-600_000))
        return keys
    }
}
