import Foundation
import LumbarCore
import LumbarStore
import Testing

extension StoreConformance {
    /// A client's data read whole, erased, a trainer erased, and password resets.
    public static let dataOwnershipChecks: [StoreCheck] = [
        StoreCheck("data ownership: a client's data reads whole, and only the owner's", clientDataWhole),
        StoreCheck("data ownership: erasing a client leaves other clients and trainers as they were", eraseClientCheck),
        StoreCheck("data ownership: erasing a trainer erases their clients, tokens and resets", eraseTrainerCheck),
        StoreCheck("data ownership: a password reset works once, within its hour, and signs out", passwordResetCheck),
    ]

    /// A client with two assessments (the first referred, then cleared), two versions of one program
    /// and one of another, a session logged by the trainer under an idempotency key, one logged
    /// through a share link under the link's key, and a revoked link. Returns what the store
    /// should hold.
    public static func populatedClient(in store: any LumbarStore, trainer: TrainerRecord) async throws
        -> ClientDataRecord
    {
        var client = try await newClient(in: store, trainerID: trainer.id, status: .needsAssessment)
        let referral = makeAssessment(
            for: client, decision: .refer, reasons: ["Numbness in both legs"], createdAt: at(100))
        try await store.recordAssessment(referral, status: .referred, program: nil)
        let clearance = ClearanceRecord(
            id: UUID(), trainerID: trainer.id, clientID: client.id, assessmentID: referral.id,
            note: "Cleared by Dr. Lee after an MRI.", createdAt: at(150))
        try await store.recordClearance(clearance, status: .needsAssessment, program: nil)
        let assessment = makeAssessment(for: client, createdAt: at(200))
        let first = makeProgram(for: client, assessmentID: assessment.id, createdAt: at(200))
        try await store.recordAssessment(assessment, status: .active, program: first)
        var second = makeProgram(
            for: client, programID: first.programID, version: 2, change: .edited, createdAt: at(300), note: "v2")
        try await store.addProgramVersion(second)
        let other = makeProgram(for: client, change: .planned, active: false, createdAt: at(400), note: "other")
        try await store.addProgramVersion(other)
        let link = makeShareLink(for: client, createdAt: at(500))
        try await store.createShareLink(link)
        var spent = makeShareLink(for: client, createdAt: at(510))
        try await store.createShareLink(spent)
        try await store.revokeShareLink(id: spent.id, trainerID: trainer.id, at: at(520))
        spent.revokedAt = at(520)

        let byTrainer = makeSession(for: client, date: "2026-01-02", createdAt: at(600), program: second)
        _ = try await store.addSession(
            byTrainer,
            key: IdempotencyKeyRecord(
                owner: "trainer:\(trainer.id.text)", key: "k-\(client.id.text)", requestHash: "h",
                sessionID: byTrainer.id, createdAt: at(600), keptSince: at(0)))
        var byClient = makeSession(for: client, date: "2026-01-03", createdAt: at(700), program: second)
        byClient.shareLinkID = link.id
        _ = try await store.addSession(
            byClient,
            key: IdempotencyKeyRecord(
                owner: "share:\(link.id.text)", key: "k", requestHash: "h", sessionID: byClient.id,
                createdAt: at(700), keptSince: at(0)))

        client = try #require(try await store.client(id: client.id, trainerID: trainer.id))
        second.active = true
        var firstInactive = first
        firstInactive.active = false
        return ClientDataRecord(
            client: client, assessments: [referral, assessment], clearances: [clearance],
            programVersions: [firstInactive, second, other], sessions: [byTrainer, byClient],
            shareLinks: [link, spent])
    }

    static func clientDataWhole(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let expected = try await populatedClient(in: store, trainer: trainer)
        _ = try await populatedClient(in: store, trainer: trainer)
        let read = try #require(try await store.clientData(clientID: expected.client.id, trainerID: trainer.id))
        #expect(read.client.ms == expected.client.ms)
        #expect(read.assessments.ms == expected.assessments.ms)
        #expect(read.clearances.ms == expected.clearances.ms)
        #expect(read.programVersions.ms == expected.programVersions.ms)
        #expect(read.sessions.ms == expected.sessions.ms)
        #expect(read.shareLinks.ms == expected.shareLinks.ms)

        // Archived clients are read whole too; another trainer and an unknown id read nothing.
        try await store.setStatus(clientID: expected.client.id, trainerID: trainer.id, status: .archived, at: at(900))
        #expect(try await store.clientData(clientID: expected.client.id, trainerID: trainer.id)?.sessions.count == 2)
        let stranger = try await newTrainer(in: store)
        #expect(try await store.clientData(clientID: expected.client.id, trainerID: stranger.id) == nil)
        #expect(try await store.clientData(clientID: UUID(), trainerID: trainer.id) == nil)
    }

    static func eraseClientCheck(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let erased = try await populatedClient(in: store, trainer: trainer)
        let kept = try await populatedClient(in: store, trainer: trainer)
        let keptBefore = try await store.clientData(clientID: kept.client.id, trainerID: trainer.id)

        let stranger = try await newTrainer(in: store)
        await expectNotFound { try await store.eraseClient(id: erased.client.id, trainerID: stranger.id) }
        #expect(try await store.clientData(clientID: erased.client.id, trainerID: trainer.id) != nil)

        try await store.eraseClient(id: erased.client.id, trainerID: trainer.id)
        #expect(try await store.clientData(clientID: erased.client.id, trainerID: trainer.id) == nil)
        #expect(try await store.client(id: erased.client.id, trainerID: trainer.id) == nil)
        #expect(try await store.session(id: erased.sessions[0].id, trainerID: trainer.id) == nil)
        #expect(try await store.shareLink(tokenHash: erased.shareLinks[0].tokenHash, now: at(600)) == nil)
        #expect(try await store.latestProgram(id: erased.programVersions[0].programID, trainerID: trainer.id) == nil)
        #expect(try await store.clientData(clientID: kept.client.id, trainerID: trainer.id) == keptBefore)
        await expectNotFound { try await store.eraseClient(id: erased.client.id, trainerID: trainer.id) }

        // The erased sessions' idempotency keys went with them: the same key stores a new session.
        let fresh = try await newClient(in: store, trainerID: trainer.id)
        let again = makeSession(for: fresh, date: "2026-01-04", createdAt: at(800))
        let earlier = try await store.addSession(
            again,
            key: IdempotencyKeyRecord(
                owner: "trainer:\(trainer.id.text)", key: "k-\(erased.client.id.text)", requestHash: "h",
                sessionID: again.id, createdAt: at(800), keptSince: at(0)))
        #expect(earlier == nil)
    }

    static func eraseTrainerCheck(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let data = try await populatedClient(in: store, trainer: trainer)
        _ = try await populatedClient(in: store, trainer: trainer)
        let token = AuthTokenRecord(
            tokenHash: uniqueHash(), trainerID: trainer.id, kind: .bearer, createdAt: at(0), expiresAt: at(99_999))
        try await store.createToken(token)
        try await store.createPasswordReset(
            PasswordResetRecord(tokenHash: uniqueHash(), trainerID: trainer.id, createdAt: at(0), expiresAt: at(3_600)))
        let neighbour = try await newTrainer(in: store)
        let theirs = try await populatedClient(in: store, trainer: neighbour)
        let theirsBefore = try await store.clientData(clientID: theirs.client.id, trainerID: neighbour.id)

        try await store.eraseTrainer(id: trainer.id)
        #expect(try await store.trainer(id: trainer.id) == nil)
        #expect(try await store.trainer(email: trainer.email) == nil)
        #expect(try await store.trainer(tokenHash: token.tokenHash, kind: .bearer, now: at(1)) == nil)
        #expect(try await store.clientData(clientID: data.client.id, trainerID: trainer.id) == nil)
        #expect(try await store.clientData(clientID: theirs.client.id, trainerID: neighbour.id) == theirsBefore)
        await expectNotFound { try await store.eraseTrainer(id: trainer.id) }
        // The address is free again.
        var returning = makeTrainer()
        returning.email = trainer.email
        try await store.createTrainer(returning)
    }

    static func passwordResetCheck(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let cookie = AuthTokenRecord(
            tokenHash: uniqueHash(), trainerID: trainer.id, kind: .cookie, createdAt: at(0), expiresAt: at(99_999))
        try await store.createToken(cookie)
        let reset = PasswordResetRecord(
            tokenHash: uniqueHash(), trainerID: trainer.id, createdAt: at(0), expiresAt: at(3_600))
        try await store.createPasswordReset(reset)
        await expectConflict { try await store.createPasswordReset(reset) }
        await expectNotFound {
            try await store.createPasswordReset(
                PasswordResetRecord(tokenHash: uniqueHash(), trainerID: UUID(), createdAt: at(0), expiresAt: at(1)))
        }

        #expect(try await store.passwordResetTrainer(tokenHash: reset.tokenHash, now: at(3_599))?.id == trainer.id)
        #expect(try await store.passwordResetTrainer(tokenHash: reset.tokenHash, now: at(3_600)) == nil)
        #expect(try await store.passwordResetTrainer(tokenHash: uniqueHash(), now: at(1)) == nil)
        // Expired: refused, and nothing changes.
        #expect(try await store.resetPassword(tokenHash: reset.tokenHash, passwordHash: "late", now: at(3_600)) == nil)
        #expect(try await store.trainer(id: trainer.id)?.passwordHash == trainer.passwordHash)

        let changed = try await store.resetPassword(tokenHash: reset.tokenHash, passwordHash: "new-hash", now: at(60))
        #expect(changed?.id == trainer.id && changed?.passwordHash == "new-hash")
        #expect(try await store.trainer(id: trainer.id)?.passwordHash == "new-hash")
        #expect(try await store.trainer(tokenHash: cookie.tokenHash, kind: .cookie, now: at(61)) == nil)
        // Single use.
        #expect(try await store.passwordResetTrainer(tokenHash: reset.tokenHash, now: at(61)) == nil)
        #expect(try await store.resetPassword(tokenHash: reset.tokenHash, passwordHash: "again", now: at(62)) == nil)
        #expect(try await store.trainer(id: trainer.id)?.passwordHash == "new-hash")
    }

    /// After a client's erasure, no row of any table may mention their id or the id of anything
    /// they had; `rowsMentioning` lists the rows (as text, with their table) of every table of
    /// the backend's schema that contain one of the given strings. The backend provides it by
    /// reading its own catalogue, so a table added later is checked without changing this.
    public static func erasureLeavesNoTrace(
        in store: any LumbarStore, rowsMentioning: @Sendable ([String]) async throws -> [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let trainer = try await newTrainer(in: store)
        let data = try await populatedClient(in: store, trainer: trainer)
        let kept = try await populatedClient(in: store, trainer: trainer)
        let traces = traces(of: data)
        #expect(try await !rowsMentioning(traces).isEmpty, "the scan finds the client before the erasure")
        try await store.eraseClient(id: data.client.id, trainerID: trainer.id)
        #expect(try await rowsMentioning(traces) == [], sourceLocation: sourceLocation)
        #expect(try await !rowsMentioning(Self.traces(of: kept)).isEmpty)

        try await store.eraseTrainer(id: trainer.id)
        #expect(try await rowsMentioning([trainer.id.text, trainer.email] + Self.traces(of: kept)) == [])
    }

    /// The ids and secrets' hashes that identify a client's rows.
    static func traces(of data: ClientDataRecord) -> [String] {
        [data.client.id.text] + data.assessments.map(\.id.text) + data.clearances.map(\.id.text)
            + data.programVersions.map(\.programID.text) + data.sessions.map(\.id.text)
            + data.shareLinks.flatMap { [$0.id.text, $0.tokenHash] }
    }
}
