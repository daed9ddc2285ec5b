import Foundation
import LumbarCore
import LumbarStore
import Testing

extension StoreConformance {
    /// The trainer's dashboard: order, filters, programs, the `since` window, the latest session and
    /// isolation between trainers.
    public static let dashboardChecks: [StoreCheck] = [
        StoreCheck("dashboard: clients in list order, each with its active program", dashboardOrderAndPrograms),
        StoreCheck("dashboard: sessions from since on (inclusive), and the latest however old", dashboardSessions),
        StoreCheck("dashboard: filtered by text and status, archived only on request", dashboardFilters),
        StoreCheck("dashboard: another trainer's clients and sessions never appear", dashboardIsolation),
    ]

    static func dashboardOrderAndPrograms(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        #expect(
            try await store.dashboard(trainerID: trainer.id, text: nil, status: nil, since: day("2026-01-01")).isEmpty)

        // Two share an update time, so the id must break the tie as the client list does.
        var made: [ClientRecord] = []
        for (index, seconds) in [30.0, 50, 10, 30].enumerated() {
            made.append(
                try await newClient(in: store, trainerID: trainer.id, name: "C\(index)", updatedAt: at(seconds)))
        }
        // C0 follows version 2 of its program (version 1 is no longer active); C1 has a program; the
        // others have none.
        let first = makeProgram(for: made[0], version: 1, createdAt: at(100), note: "C0 v1")
        let second = makeProgram(
            for: made[0], programID: first.programID, version: 2, change: .progressed, createdAt: at(200),
            note: "C0 v2")
        let other = makeProgram(for: made[1], createdAt: at(150), note: "C1 v1")
        for version in [first, second, other] { try await store.addProgramVersion(version) }

        let entries = try await store.dashboard(trainerID: trainer.id, text: nil, status: nil, since: day("2026-01-01"))
        let listed = try await store.clients(trainerID: trainer.id, query: ClientQuery())
        #expect(entries.map(\.client.ms) == listed.items.ms)
        #expect(entries.map(\.client.name).first == "C1")
        #expect(entries.map(\.client.name).last == "C2")
        let programs = Dictionary(uniqueKeysWithValues: entries.map { ($0.client.name, $0.activeProgram.ms) })
        #expect(programs["C0"] == .some(summary(second)))
        #expect(programs["C1"] == .some(summary(other)))
        #expect(programs["C0"]??.daysPerWeek == 3)
        #expect(programs["C2"] == .some(nil))
        #expect(programs["C3"] == .some(nil))
        for entry in entries {
            #expect(entry.recentSessions.isEmpty)
            #expect(entry.latestSession == nil)
        }
    }

    static func dashboardSessions(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let regular = try await newClient(in: store, trainerID: trainer.id, name: "Regular", updatedAt: at(30))
        let lapsed = try await newClient(in: store, trainerID: trainer.id, name: "Lapsed", updatedAt: at(20))
        let none = try await newClient(in: store, trainerID: trainer.id, name: "Nothing yet", updatedAt: at(10))
        let program = makeProgram(for: regular)
        try await store.addProgramVersion(program)

        // Logged out of order; the day before `since` stays out, `since` itself is in, and the
        // latest day has two sessions, so creation decides which one is the latest.
        let before = makeSession(for: regular, date: "2026-02-28", createdAt: at(1_000), program: program)
        let onSince = makeSession(for: regular, date: "2026-03-01", createdAt: at(5_000), program: program)
        let lateEntry = makeSession(for: regular, date: "2026-03-04", createdAt: at(9_000))
        let earlyEntry = makeSession(for: regular, date: "2026-03-04", createdAt: at(3_000), program: program)
        let middle = makeSession(for: regular, date: "2026-03-02", createdAt: at(2_000))
        for session in [lateEntry, before, earlyEntry, onSince, middle] { try await store.addSession(session) }
        let lapsedOld = makeSession(for: lapsed, date: "2026-01-10", createdAt: at(500))
        let lapsedLast = makeSession(for: lapsed, date: "2026-02-20", createdAt: at(600))
        for session in [lapsedLast, lapsedOld] { try await store.addSession(session) }

        let entries = try await store.dashboard(trainerID: trainer.id, text: nil, status: nil, since: day("2026-03-01"))
        #expect(entries.map(\.client.id) == [regular.id, lapsed.id, none.id])
        guard entries.count == 3 else { return }
        #expect(entries[0].recentSessions.ms == [onSince, middle, earlyEntry, lateEntry].map(summary))
        #expect(entries[0].latestSession.ms == summary(lateEntry))
        // No session since `since`, yet the latest one still shows how long ago they trained.
        #expect(entries[1].recentSessions.isEmpty)
        #expect(entries[1].latestSession.ms == summary(lapsedLast))
        #expect(entries[2].recentSessions.isEmpty)
        #expect(entries[2].latestSession == nil)

        // A later `since` narrows the window; one after every session empties it.
        let narrow = try await store.dashboard(trainerID: trainer.id, text: nil, status: nil, since: day("2026-03-04"))
        #expect(narrow.first?.recentSessions.ms == [earlyEntry, lateEntry].map(summary))
        let future = try await store.dashboard(trainerID: trainer.id, text: nil, status: nil, since: day("2027-01-01"))
        #expect(future.allSatisfy { $0.recentSessions.isEmpty })
        #expect(future.first?.latestSession.ms == summary(lateEntry))
    }

    static func dashboardFilters(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let aliceSmith = try await newClient(in: store, trainerID: trainer.id, name: "Alice Smith", updatedAt: at(1))
        let aliceJones = try await newClient(in: store, trainerID: trainer.id, name: "alice JONES", updatedAt: at(2))
        let bob = try await newClient(in: store, trainerID: trainer.id, name: "Bob", updatedAt: at(3))
        let percent = try await newClient(in: store, trainerID: trainer.id, name: "100% Dave_X", updatedAt: at(4))
        let gone = try await newClient(in: store, trainerID: trainer.id, name: "Alice Gone", updatedAt: at(5))
        try await store.setStatus(clientID: aliceJones.id, trainerID: trainer.id, status: .active, at: at(6))
        try await store.setStatus(clientID: gone.id, trainerID: trainer.id, status: .archived, at: at(7))
        // The archived client's sessions stay out with the client.
        try await store.addSession(makeSession(for: gone, date: "2026-03-02", createdAt: at(800)))
        try await store.addSession(makeSession(for: bob, date: "2026-03-02", createdAt: at(900)))

        func ids(_ text: String?, _ status: ClientStatus?) async throws -> [UUID] {
            try await store.dashboard(trainerID: trainer.id, text: text, status: status, since: day("2026-03-01"))
                .map(\.client.id)
        }
        // Archived clients are left out unless asked for.
        #expect(try await ids(nil, nil) == [aliceJones.id, percent.id, bob.id, aliceSmith.id])
        #expect(try await ids("", nil) == [aliceJones.id, percent.id, bob.id, aliceSmith.id])
        #expect(try await ids(nil, .archived) == [gone.id])
        #expect(try await ids("ALICE", nil) == [aliceJones.id, aliceSmith.id])
        #expect(try await ids("alice", .archived) == [gone.id])
        #expect(try await ids("smi", nil) == [aliceSmith.id])
        // LIKE wildcards in the text are matched literally.
        #expect(try await ids("%", nil) == [percent.id])
        #expect(try await ids("_", nil) == [percent.id])
        #expect(try await ids("zzz", nil).isEmpty)
        #expect(try await ids(nil, .active) == [aliceJones.id])
        #expect(try await ids("alice", .needsAssessment) == [aliceSmith.id])
        #expect(try await ids(nil, .maintenance).isEmpty)

        let bobs = try await store.dashboard(trainerID: trainer.id, text: "bob", status: nil, since: day("2026-03-01"))
        #expect(bobs.map(\.recentSessions.count) == [1])
        let archived = try await store.dashboard(
            trainerID: trainer.id, text: nil, status: .archived, since: day("2026-03-01"))
        #expect(archived.map(\.recentSessions.count) == [1])
    }

    static func dashboardIsolation(_ store: any LumbarStore) async throws {
        let owner = try await newTrainer(in: store)
        let stranger = try await newTrainer(in: store)
        let mine = try await newClient(in: store, trainerID: owner.id, name: "Shared Name", updatedAt: at(1))
        let theirs = try await newClient(in: store, trainerID: stranger.id, name: "Shared Name", updatedAt: at(2))
        let myProgram = makeProgram(for: mine)
        let theirProgram = makeProgram(for: theirs)
        try await store.addProgramVersion(myProgram)
        try await store.addProgramVersion(theirProgram)
        let mySession = makeSession(for: mine, date: "2026-03-05", createdAt: at(100), program: myProgram)
        let theirSession = makeSession(for: theirs, date: "2026-03-06", createdAt: at(200), program: theirProgram)
        try await store.addSession(mySession)
        try await store.addSession(theirSession)

        for (trainer, client, program, session) in [
            (owner, mine, myProgram, mySession), (stranger, theirs, theirProgram, theirSession),
        ] {
            for status: ClientStatus? in [nil, .needsAssessment] {
                let entries = try await store.dashboard(
                    trainerID: trainer.id, text: "shared", status: status, since: day("2026-01-01"))
                #expect(entries.map(\.client.ms) == [client.ms])
                #expect(entries.map(\.activeProgram.ms) == [summary(program)])
                #expect(entries.map(\.recentSessions.ms) == [[summary(session)]])
                #expect(entries.map(\.latestSession.ms) == [summary(session)])
            }
        }
        // A trainer with no clients sees nothing, however wide the window.
        let newcomer = try await newTrainer(in: store)
        #expect(
            try await store.dashboard(trainerID: newcomer.id, text: nil, status: nil, since: day("0001-01-01")).isEmpty)
    }
}
