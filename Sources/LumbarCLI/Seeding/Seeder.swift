import Foundation
import LumbarCore
import LumbarJSON
import LumbarStore

/// What a seeding run made.
struct SeedReport: Sendable {
    var trainers = 0
    var clients = 0
    var assessments = 0
    var programVersions = 0
    var sessions = 0
    var statuses: [ClientStatus: Int] = [:]
    var heavyClients = 0
    var heavySessions = 0
    var oldestSession: CivilDate?
    var newestSession: CivilDate?
}

/// Writes a `SeedShape` into a store through the `LumbarStore` protocols, as the API would: real
/// assessments screened and planned by Core, a program version per plan, session logs in batches
/// of `batchSize` (one transaction each), and a progression review after each client's last session
/// that adds the next program version and, after two pain-free weeks, moves the client to maintenance.
struct Seeder {
    let store: any LumbarStore
    let catalog: Catalog
    let plan: SeedPlan
    var shape: SeedShape { plan.shape }
    /// One bcrypt hash for every seeded trainer's password: hashing each would take minutes.
    let passwordHash: String
    var batchSize = 20_000
    /// Called after each batch of sessions with the number written so far.
    var progress: @Sendable (Int) -> Void = { _ in }

    func run() async throws -> SeedReport {
        var rng = plan.rng
        let plans = self.plan.trainers
        let planner = Planner(catalog: catalog)
        let engine = ProgressionEngine(catalog: catalog)
        var report = SeedReport()
        var pending: [SessionLogRecord] = []
        pending.reserveCapacity(batchSize + SeedShape.maxSessionsPerClient)

        for (index, trainerPlan) in plans.enumerated() {
            // The trainer signed up the day before their first client started.
            let firstStart = trainerPlan.clients.map { start(of: $0) }.min() ?? shape.endDate
            let trainer = TrainerRecord(
                id: rng.uuid(), email: trainerPlan.email, name: trainerPlan.name, passwordHash: passwordHash,
                createdAt: instant(firstStart.adding(days: -1), minute: 9 * 60))
            try await store.createTrainer(trainer)
            report.trainers += 1
            for client in trainerPlan.clients {
                let made = try await makeClient(
                    client, of: trainer, planner: planner, engine: engine, rng: &rng, pending: &pending)
                report.clients += 1
                report.assessments += made.assessed ? 1 : 0
                report.programVersions += made.programVersions
                report.statuses[made.status, default: 0] += 1
                report.sessions += client.sessions
                if index == 0 {
                    report.heavyClients += 1
                    report.heavySessions += client.sessions
                }
                if let first = made.firstSession, let last = made.lastSession {
                    report.oldestSession = min(report.oldestSession ?? first, first)
                    report.newestSession = max(report.newestSession ?? last, last)
                }
                if pending.count >= batchSize {
                    try await flush(&pending, written: report.sessions)
                }
            }
        }
        try await flush(&pending, written: report.sessions)
        return report
    }

    private func flush(_ pending: inout [SessionLogRecord], written: Int) async throws {
        guard !pending.isEmpty else { return }
        try await store.addSessions(pending)
        pending.removeAll(keepingCapacity: true)
        progress(written)
    }

    private struct MadeClient {
        var status: ClientStatus
        var assessed: Bool
        var programVersions: Int
        var firstSession: CivilDate?
        var lastSession: CivilDate?
    }

    /// Makes one client with its assessment, program versions and sessions (the sessions go to
    /// `pending`, written with the next batch).
    private func makeClient(
        _ clientPlan: ClientPlan, of trainer: TrainerRecord, planner: Planner, engine: ProgressionEngine,
        rng: inout SeedRandom, pending: inout [SessionLogRecord]
    ) async throws -> MadeClient {
        let name = SeedAssessments.name(using: &rng)
        let age = Int.random(in: 22...70, using: &rng)
        let dates = sessionDates(of: clientPlan)
        let created = instant(start(of: clientPlan), minute: Int.random(in: (8 * 60)..<(18 * 60), using: &rng))
        let client = ClientRecord(
            id: rng.uuid(), trainerID: trainer.id, name: name, age: age, notes: nil, status: .needsAssessment,
            createdAt: created, updatedAt: created)
        try await store.createClient(client)
        let assessedAt = created.addingTimeInterval(1_800)

        switch clientPlan.kind {
        case .needsAssessment:
            return MadeClient(status: .needsAssessment, assessed: false, programVersions: 0)
        case .referred, .emergency:
            let emergency = clientPlan.kind == .emergency
            let assessment = SeedAssessments.stopping(name: name, age: age, emergency: emergency, using: &rng)
            let program = planner.plan(assessment)
            let status: ClientStatus = program.decision == .emergency ? .emergency : .referred
            try await store.recordAssessment(
                assessmentRecord(assessment, program, client: client, at: assessedAt, using: &rng), status: status,
                program: nil)
            return MadeClient(status: status, assessed: true, programVersions: 0)
        case .training, .archived:
            break
        }

        let assessment = SeedAssessments.proceeding(name: name, age: age, using: &rng)
        let program = planner.plan(assessment)
        let record = assessmentRecord(assessment, program, client: client, at: assessedAt, using: &rng)
        guard program.decision == .proceed else {
            // The generator makes no red flags, so this is a planner change; record what screening said.
            try await store.recordAssessment(record, status: .referred, program: nil)
            return MadeClient(status: .referred, assessed: true, programVersions: 0)
        }
        let first = ProgramVersionRecord(
            programID: rng.uuid(), version: 1, trainerID: trainer.id, clientID: client.id, assessmentID: record.id,
            document: JSONWriter.string(program.json, pretty: false), change: .planned, active: true,
            createdAt: assessedAt, daysPerWeek: program.schedule.daysPerWeek)
        try await store.recordAssessment(record, status: .active, program: first)

        let sessions = SeedSessions(catalog: catalog, program: program, using: &rng)
        var logged: [LoggedSession] = []
        for (index, date) in dates.enumerated() {
            let session = sessions.session(index, of: dates.count, on: date, using: &rng)
            // Only the last weeks feed the review below; older sessions need not stay in memory.
            if index >= dates.count - Self.reviewedSessions { logged.append(session) }
            pending.append(
                SessionLogRecord(
                    id: rng.uuid(), trainerID: trainer.id, clientID: client.id, programID: first.programID,
                    programVersion: 1, date: date, document: JSONWriter.string(session.json, pretty: false),
                    createdAt: instant(date, minute: Int.random(in: (7 * 60)..<(20 * 60), using: &rng)),
                    columns: SessionColumns(session)))
        }
        guard let lastDate = dates.last else {
            return MadeClient(status: .active, assessed: true, programVersions: 1)
        }

        // The weekly review after the last session, as POST /progression does it.
        let next = engine.next(program, log: SessionLog(sessions: logged))
        let reviewedAt = instant(lastDate, minute: 20 * 60 + 30)
        try await store.addProgramVersion(
            ProgramVersionRecord(
                programID: first.programID, version: 2, trainerID: trainer.id, clientID: client.id,
                assessmentID: record.id, document: JSONWriter.string(next.json, pretty: false), change: .progressed,
                active: true, createdAt: reviewedAt, daysPerWeek: next.schedule.daysPerWeek))
        var status = ClientStatus.following(next.stage)
        if status == .maintenance {
            try await store.setStatus(clientID: client.id, trainerID: trainer.id, status: status, at: reviewedAt)
        }
        if clientPlan.kind == .archived {
            status = .archived
            try await store.setStatus(
                clientID: client.id, trainerID: trainer.id, status: status,
                at: instant(lastDate.adding(days: 21), minute: 10 * 60))
        }
        return MadeClient(
            status: status, assessed: true, programVersions: 2, firstSession: dates.first, lastSession: lastDate)
    }

    /// The days of a client's sessions, oldest first: three a week, two days apart then three,
    /// back from the last one.
    private func sessionDates(of plan: ClientPlan) -> [CivilDate] {
        let last = shape.endDate.adding(days: -plan.lastSessionDaysAgo)
        return (0..<plan.sessions).reversed().map { last.adding(days: -($0 * 7) / SeedShape.sessionsPerWeek) }
    }

    /// The day a client signed up: a week before their first session.
    private func start(of plan: ClientPlan) -> CivilDate {
        let last = shape.endDate.adding(days: -plan.lastSessionDaysAgo)
        return last.adding(days: -(max(plan.sessions - 1, 0) * 7) / SeedShape.sessionsPerWeek - 7)
    }

    /// Four weeks of sessions: what a weekly review looks back on.
    static let reviewedSessions = 4 * SeedShape.sessionsPerWeek

    private func assessmentRecord(
        _ assessment: Assessment, _ program: Program, client: ClientRecord, at date: Date, using rng: inout SeedRandom
    ) -> AssessmentRecord {
        AssessmentRecord(
            id: rng.uuid(), trainerID: client.trainerID, clientID: client.id,
            document: JSONWriter.string(assessment.json, pretty: false), decision: program.decision,
            reasons: program.reasons, createdAt: date)
    }

    /// `minute` minutes into `day`, in UTC.
    private func instant(_ day: CivilDate, minute: Int) -> Date {
        Date(timeIntervalSince1970: Double(day.daysSinceEpoch * 86_400 + minute * 60))
    }
}
