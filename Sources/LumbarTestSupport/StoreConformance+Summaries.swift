import Foundation
import LumbarCore
import LumbarStore
import Testing

extension StoreConformance {
    /// The summaries the dashboard reads instead of documents: the pain columns of a session and
    /// the days a week of a program, filled on every write and kept in step by the next-morning update.
    public static let summaryChecks: [StoreCheck] = [
        StoreCheck(
            "dashboard: a session's pain comes from its document, the document only with severe pain", painColumns),
        StoreCheck("dashboard: a batch of sessions gets the same pain columns as one at a time", batchPainColumns),
        StoreCheck("dashboard: the next-morning pain set later shows in the summary", nextMorningColumn),
        StoreCheck("dashboard: a program's days a week come from its document", programDaysColumn),
        StoreCheck(
            "history: every session oldest first with its columns, the document only when severe and recent",
            sessionHistory),
        StoreCheck("history: a batch of sessions gets the same history columns as one at a time", batchHistory),
    ]

    /// What the dashboard must return for `session`, its date rounded to the millisecond.
    public static func summary(_ session: SessionLogRecord) -> SessionSummaryRecord {
        let pain = SessionPainColumns(document: session.document)
        return SessionSummaryRecord(
            id: session.id, clientID: session.clientID, date: session.date,
            createdAt: session.createdAt.roundedToMilliseconds, pain: pain,
            document: (pain.painDuringMax ?? 0) >= SessionSummaryRecord.documentFrom ? session.document : nil)
    }

    /// What the dashboard must return for `program`, its date rounded to the millisecond.
    public static func summary(_ program: ProgramVersionRecord) -> ProgramSummaryRecord {
        ProgramSummaryRecord(
            programID: program.programID, version: program.version, clientID: program.clientID,
            createdAt: program.createdAt.roundedToMilliseconds,
            daysPerWeek: ProgramColumns.daysPerWeek(document: program.document))
    }

    /// A session document with these pains; `during` gives one exercise per value.
    public static func sessionDocument(date: String, before: Int, after: Int, morning: Int?, during: [Int]) -> String {
        let exercises = during.enumerated().map { index, pain in
            #"{"id":"exercise-\#(index)","setsDone":1,"repsDone":null,"painDuring":\#(pain),"formOk":true}"#
        }
        let morningPair = morning.map { #","painNextMorning":\#($0)"# } ?? ""
        return #"{"date":"\#(date)","painBefore":\#(before),"painAfter":\#(after)\#(morningPair),"#
            + #""exercises":[\#(exercises.joined(separator: ","))]}"#
    }

    static func painColumns(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        // Mild, none logged yet in the morning; no exercise; severe during the second of two
        // exercises; exactly at the threshold; severe only before the session (no document needed).
        let cases: [(String, SessionPainColumns, Bool)] = [
            (
                sessionDocument(date: "2026-03-01", before: 3, after: 2, morning: nil, during: [1, 4]),
                SessionPainColumns(painBefore: 3, painAfter: 2, painNextMorning: nil, painDuringMax: 4), false
            ),
            (
                sessionDocument(date: "2026-03-02", before: 0, after: 1, morning: 2, during: []),
                SessionPainColumns(painBefore: 0, painAfter: 1, painNextMorning: 2, painDuringMax: nil), false
            ),
            (
                sessionDocument(date: "2026-03-03", before: 5, after: 6, morning: 7, during: [2, 9, 3]),
                SessionPainColumns(painBefore: 5, painAfter: 6, painNextMorning: 7, painDuringMax: 9), true
            ),
            (
                sessionDocument(date: "2026-03-04", before: 2, after: 2, morning: 0, during: [8]),
                SessionPainColumns(painBefore: 2, painAfter: 2, painNextMorning: 0, painDuringMax: 8), true
            ),
            (
                sessionDocument(date: "2026-03-05", before: 9, after: 10, morning: 8, during: [7]),
                SessionPainColumns(painBefore: 9, painAfter: 10, painNextMorning: 8, painDuringMax: 7), false
            ),
        ]
        var sessions: [SessionLogRecord] = []
        for (index, (document, _, _)) in cases.enumerated() {
            let date = "2026-03-0\(index + 1)"
            let session = makeSession(for: client, date: date, createdAt: at(Double(index)), document: document)
            try await store.addSession(session)
            sessions.append(session)
        }
        let entries = try await store.dashboard(trainerID: trainer.id, text: nil, status: nil, since: day("2026-03-01"))
        let recent = entries.first?.recentSessions ?? []
        #expect(recent.map(\.pain) == cases.map(\.1))
        #expect(recent.map { $0.document != nil } == cases.map(\.2))
        #expect(recent.ms == sessions.map(summary))
        #expect(entries.first?.latestSession.ms == summary(sessions[4]))
    }

    static func batchPainColumns(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let sessions = (0..<12).map { day in
            makeSession(
                for: client, date: "2026-04-\(10 + day)", createdAt: at(Double(day)),
                document: sessionDocument(
                    date: "2026-04-\(10 + day)", before: day % 11, after: (day * 3) % 11,
                    morning: day % 3 == 0 ? nil : (day * 7) % 11, during: Array(repeating: day % 10, count: day % 4)))
        }
        try await store.addSessions(sessions)
        let entries = try await store.dashboard(trainerID: trainer.id, text: nil, status: nil, since: day("2026-04-01"))
        #expect(entries.first?.recentSessions.ms == sessions.map(summary))
    }

    static func nextMorningColumn(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let session = makeSession(
            for: client, date: "2026-05-02", createdAt: at(10),
            document: sessionDocument(date: "2026-05-02", before: 4, after: 3, morning: nil, during: [9]))
        try await store.addSession(session)
        func latest() async throws -> SessionSummaryRecord? {
            try await store.dashboard(trainerID: trainer.id, text: nil, status: nil, since: day("2026-05-01")).first?
                .latestSession
        }
        #expect(try await latest()?.pain.painNextMorning == nil)

        // Set, then changed: the column follows the document each time, and the document sent
        // along for the severe pain during is the updated one.
        for pain in [6, 2] {
            let updated = try await store.setNextMorningPain(
                sessionID: session.id, trainerID: trainer.id, clientID: client.id, pain: pain)
            let summary = try await latest()
            #expect(summary?.pain.painNextMorning == pain)
            #expect(summary?.pain == SessionPainColumns(document: updated.document))
            #expect(summary?.document == updated.document)
        }
    }

    static func sessionHistory(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let neighbour = try await newClient(in: store, trainerID: trainer.id, name: "Neighbour")
        let fixtures = SummaryBackfillFixture.sessions
        let sessions = fixtures.enumerated().map { index, fixture in
            makeSession(
                for: client, date: "2026-03-0\(index + 1)", createdAt: at(Double(index)), document: fixture.document)
        }
        // Added newest first: the read's order is the dates', not the writes'.
        for session in sessions.reversed() { try await store.addSession(session) }
        try await store.addSession(makeSession(for: neighbour, date: "2026-03-02", createdAt: at(0)))

        let since = day("2026-03-02")
        let history = try await store.sessionHistory(clientID: client.id, trainerID: trainer.id, documentsSince: since)
        #expect(history.map(\.summary.id) == sessions.map(\.id))
        #expect(history.map(\.history) == fixtures.map(\.history))
        #expect(history.map(\.summary.pain) == fixtures.map(\.pain))
        #expect(history.map(\.summary.date) == sessions.map(\.date))
        #expect(history.map(\.summary.createdAt) == sessions.map(\.createdAt.roundedToMilliseconds))
        // Severe (pain during 8 or more) and dated `since` or later: none of the fixtures but the
        // first is severe, and it is older; a severe session on `since` itself comes with its document.
        #expect(history.allSatisfy { $0.summary.document == nil })
        let severe = makeSession(
            for: client, date: since.description, createdAt: at(20),
            document: sessionDocument(date: since.description, before: 2, after: 3, morning: nil, during: [8]))
        try await store.addSession(severe)
        let withSevere = try await store.sessionHistory(
            clientID: client.id, trainerID: trainer.id, documentsSince: since)
        #expect(withSevere.map(\.summary.id) == [sessions[0].id, sessions[1].id, severe.id] + sessions[2...].map(\.id))
        #expect(
            withSevere.map { $0.summary.document != nil } == [false, false, true, false, false, false, false, false])
        #expect(withSevere[2].summary.document == severe.document)
        let noDocuments = try await store.sessionHistory(
            clientID: client.id, trainerID: trainer.id, documentsSince: nil)
        #expect(noDocuments.allSatisfy { $0.summary.document == nil })

        let stranger = try await newTrainer(in: store)
        #expect(
            try await store.sessionHistory(clientID: client.id, trainerID: stranger.id, documentsSince: nil).isEmpty)
        #expect(
            try await store.sessionHistory(clientID: UUID(), trainerID: trainer.id, documentsSince: nil).isEmpty)
    }

    static func batchHistory(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let client = try await newClient(in: store, trainerID: trainer.id)
        let fixtures = SummaryBackfillFixture.sessions
        let sessions = fixtures.enumerated().map { index, fixture in
            makeSession(
                for: client, date: "2026-04-0\(index + 1)", createdAt: at(Double(index)), document: fixture.document)
        }
        try await store.addSessions(sessions)
        let history = try await store.sessionHistory(clientID: client.id, trainerID: trainer.id, documentsSince: nil)
        #expect(history.map(\.history) == fixtures.map(\.history))
        #expect(history.map(\.summary.pain) == fixtures.map(\.pain))
    }

    static func programDaysColumn(_ store: any LumbarStore) async throws {
        let trainer = try await newTrainer(in: store)
        let scheduled = try await newClient(in: store, trainerID: trainer.id, name: "Scheduled", updatedAt: at(2))
        let damaged = try await newClient(in: store, trainerID: trainer.id, name: "Damaged", updatedAt: at(1))
        var program = makeProgram(for: scheduled)
        program.document = #"{"schema":"lumbar.program/1","schedule":{"daysPerWeek":5,"minutesPerSession":20}}"#
        var noSchedule = makeProgram(for: damaged)
        noSchedule.document = #"{"schema":"lumbar.program/1"}"#
        try await store.addProgramVersion(program)
        try await store.addProgramVersion(noSchedule)
        let entries = try await store.dashboard(trainerID: trainer.id, text: nil, status: nil, since: day("2026-01-01"))
        #expect(entries.map(\.activeProgram?.daysPerWeek) == [5, nil])
        #expect(entries.map(\.activeProgram.ms) == [summary(program), summary(noSchedule)])
    }
}

/// Documents as older releases stored them, with the columns migrations 003 and 004 must derive from
/// them: the backends' upgrade tests insert them under schema 002, migrate, and compare.
public enum SummaryBackfillFixture {
    /// Session documents, each with its expected pain columns, in date order (one a day from
    /// 2026-03-01). Besides ordinary sessions: whole numbers written as decimals or exponents, values
    /// of the wrong kind, exercises that are not objects, and text that is not a JSON object.
    public static let sessions: [(document: String, pain: SessionPainColumns, history: SessionHistoryColumns)] = [
        (
            StoreConformance.sessionDocument(date: "2026-03-01", before: 3, after: 2, morning: 4, during: [5, 9, 1]),
            SessionPainColumns(painBefore: 3, painAfter: 2, painNextMorning: 4, painDuringMax: 9),
            SessionHistoryColumns(exercisesLogged: 3, exercisesDone: 3, notes: nil)
        ),
        (
            StoreConformance.sessionDocument(date: "2026-03-02", before: 0, after: 0, morning: nil, during: []),
            SessionPainColumns(painBefore: 0, painAfter: 0, painNextMorning: nil, painDuringMax: nil),
            SessionHistoryColumns(exercisesLogged: 0, exercisesDone: 0, notes: nil)
        ),
        (
            #"{"date":"2026-03-03","painBefore":2.0,"painAfter":1e1,"painNextMorning":null,"#
                + #""exercises":[{"painDuring":7.0,"setsDone":2.0},{"setsDone":0}],"#
                + #""notes":"Tight \"hamstrings\" <b>& é\n"}"#,
            SessionPainColumns(painBefore: 2, painAfter: 10, painNextMorning: nil, painDuringMax: 7),
            SessionHistoryColumns(exercisesLogged: 2, exercisesDone: 1, notes: "Tight \"hamstrings\" <b>& é\n")
        ),
        (
            #"{"date":"2026-03-04","painBefore":2.5,"painAfter":"3","painNextMorning":true,"#
                + #""exercises":[{"painDuring":6,"setsDone":1},"x",{"painDuring":"9","setsDone":"2"},3,null,"#
                + #"{"painDuring":8.5,"setsDone":1.5},{"setsDone":-1},{"setsDone":1e12}],"notes":5}"#,
            SessionPainColumns(painBefore: nil, painAfter: nil, painNextMorning: nil, painDuringMax: 6),
            SessionHistoryColumns(exercisesLogged: 8, exercisesDone: 1, notes: nil)
        ),
        (
            #"{"date":"2026-03-05","painBefore":1,"painAfter":1,"exercises":{"painDuring":9},"notes":""}"#,
            SessionPainColumns(painBefore: 1, painAfter: 1, painNextMorning: nil, painDuringMax: nil),
            SessionHistoryColumns(exercisesLogged: nil, exercisesDone: nil, notes: "")
        ),
        (
            #"[1,2,3]"#, SessionPainColumns(painBefore: nil, painAfter: nil, painNextMorning: nil, painDuringMax: nil),
            SessionHistoryColumns(exercisesLogged: nil, exercisesDone: nil, notes: nil)
        ),
        (
            "not json {", SessionPainColumns(painBefore: nil, painAfter: nil, painNextMorning: nil, painDuringMax: nil),
            SessionHistoryColumns(exercisesLogged: nil, exercisesDone: nil, notes: nil)
        ),
    ]

    /// Program documents with their expected days a week.
    public static let programs: [(document: String, daysPerWeek: Int?)] = [
        (#"{"schema":"lumbar.program/1","schedule":{"daysPerWeek":4,"minutesPerSession":25}}"#, 4),
        (#"{"schema":"lumbar.program/1","schedule":{"daysPerWeek":3.0}}"#, 3),
        (#"{"schema":"lumbar.program/1","schedule":{"daysPerWeek":"3"}}"#, nil),
        (#"{"schema":"lumbar.program/1"}"#, nil),
        ("{broken", nil),
    ]

    /// Checks an upgraded store: `client` holds the sessions (dated as above) and `programClients`
    /// the programs, one each, in the same order. The Swift rule must agree with the SQL one too.
    public static func check(
        _ store: any LumbarStore, trainerID: UUID, sessionClient: UUID, programClients: [UUID],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let entries = try await store.dashboard(
            trainerID: trainerID, text: nil, status: nil, since: StoreConformance.day("2026-01-01"))
        let byClient = Dictionary(uniqueKeysWithValues: entries.map { ($0.client.id, $0) })
        let recent = byClient[sessionClient]?.recentSessions ?? []
        #expect(recent.map(\.pain) == sessions.map(\.pain), sourceLocation: sourceLocation)
        let history = try await store.sessionHistory(
            clientID: sessionClient, trainerID: trainerID, documentsSince: nil)
        #expect(history.map(\.history) == sessions.map(\.history), sourceLocation: sourceLocation)
        #expect(
            sessions.map { SessionHistoryColumns(document: $0.document) } == sessions.map(\.history),
            sourceLocation: sourceLocation)
        #expect(
            sessions.map { SessionPainColumns(document: $0.document) } == sessions.map(\.pain),
            sourceLocation: sourceLocation)
        #expect(
            programClients.map { byClient[$0]?.activeProgram?.daysPerWeek } == programs.map(\.daysPerWeek),
            sourceLocation: sourceLocation)
        #expect(
            programs.map { ProgramColumns.daysPerWeek(document: $0.document) } == programs.map(\.daysPerWeek),
            sourceLocation: sourceLocation)
    }
}
