import Foundation
import LumbarCore
import LumbarStore

/// Writes one demo story the way the API would have as it happened: the assessment screened and
/// planned (`POST …/assessments`), each session logged against the program then active
/// (`POST …/sessions`), and a progression review at the end of every week (`POST …/progression`)
/// that adds the next program version and sets the client's status from its stage.
struct DemoWriter: Sendable {
    let store: any LumbarStore
    let catalog: Catalog
    let clock: DemoClock
    let trainer: TrainerRecord

    struct Made {
        var clientID: UUID
        var programVersions = 0
        var sessions = 0
    }

    func make(_ story: DemoStory) async throws -> Made {
        let joined = clock.at(daysAgo: story.daysAgo, hour: 8)
        let client = ClientRecord(
            id: UUID(), trainerID: trainer.id, name: story.name, age: story.age, notes: story.notes,
            status: .needsAssessment, createdAt: joined, updatedAt: joined)
        try await store.createClient(client)
        var made = Made(clientID: client.id)
        guard let text = story.assessment else { return made }

        // As the assessment route does: a clearance claimed in the document is not trusted.
        var assessment = try Assessment.parse(text)
        assessment.screening.medicalClearance = false
        let planned = Planner(catalog: catalog).plan(assessment)
        let assessedAt = clock.at(daysAgo: story.daysAgo, hour: 9)
        let record = AssessmentRecord(
            id: UUID(), trainerID: trainer.id, clientID: client.id, document: StoredDocument.text(assessment.json),
            decision: planned.decision, reasons: planned.reasons, createdAt: assessedAt)
        guard planned.decision == .proceed else {
            try await store.recordAssessment(
                record, status: planned.decision == .emergency ? .emergency : .referred, program: nil)
            return made
        }
        var active = ProgramVersionRecord(
            programID: UUID(), version: 1, trainerID: trainer.id, clientID: client.id, assessmentID: record.id,
            document: StoredDocument.text(planned.json), change: .planned, active: true, createdAt: assessedAt)
        try await store.recordAssessment(record, status: .active, program: active)
        made.programVersions = 1

        var program = planned
        var status = ClientStatus.active
        var log: [LoggedSession] = []
        let engine = ProgressionEngine(catalog: catalog)
        for (week, pain) in story.weeklyPain.enumerated() {
            // Week `week` starts 7 × `week` days after the assessment and is reviewed on the first day
            // of the next one; the stories are as many weeks long as they are old, so the last review is today.
            let weekStart = story.daysAgo - 7 * week
            for day in story.sessionDays {
                let daysAgo = weekStart - day
                let session = Self.session(
                    following: program, pain: pain, number: log.count,
                    formBreaks: story.formBreaksInWeeks.contains(week),
                    on: clock.day(daysAgo: daysAgo), catalog: catalog)
                log.append(session)
                try await store.addSession(
                    SessionLogRecord(
                        id: UUID(), trainerID: trainer.id, clientID: client.id, programID: active.programID,
                        programVersion: active.version, date: session.date.description,
                        document: StoredDocument.text(session.json),
                        createdAt: clock.at(daysAgo: daysAgo, hour: 18)))
                made.sessions += 1
            }
            let reviewedAt = clock.at(daysAgo: weekStart - 7, hour: 7)
            program = engine.next(program, log: SessionLog(sessions: log))
            active = ProgramVersionRecord(
                programID: active.programID, version: active.version + 1, trainerID: trainer.id, clientID: client.id,
                assessmentID: record.id, document: StoredDocument.text(program.json), change: .progressed,
                active: true, createdAt: reviewedAt)
            try await store.addProgramVersion(active)
            made.programVersions += 1
            let next: ClientStatus = program.stage == .maintenance ? .maintenance : .active
            if next != status {
                try await store.setStatus(clientID: client.id, trainerID: trainer.id, status: next, at: reviewedAt)
                status = next
            }
        }
        return made
    }

    /// A session of every exercise in `program` at its dose, with ratings around `pain`. The small
    /// ups and downs repeat with the session's number, so the demo is the same every time. Before and
    /// next morning move in opposite directions, so a session's mean is `pain` itself and only a story
    /// whose pain rises week on week raises the rising-pain alerts; neighbours in the cycle differ by
    /// at most one point, so next-morning pain never jumps by two by chance.
    static func session(
        following program: Program, pain: Int, number: Int, formBreaks: Bool, on date: CivilDate, catalog: Catalog
    ) -> LoggedSession {
        let wobble = [0, 1, 1, 0, -1, -1, 0]
        func rating(_ value: Int) -> Int { min(10, max(0, value)) }
        let swing = wobble[number % wobble.count]
        let exercises = program.allExercises.enumerated().map { index, exercise in
            let dose = exercise.dose
            // Counted work logs its reps (the catalog says which work is counted); holds log the hold.
            let reps =
                catalog[exercise.id]?.dose.reps != nil ? Array(repeating: dose.reps ?? 10, count: dose.sets) : nil
            return LoggedExercise(
                id: exercise.id, setsDone: dose.sets, repsDone: reps, holdSeconds: dose.holdSeconds,
                painDuring: rating(pain - 1 + wobble[(number + index) % wobble.count]),
                formOk: !(formBreaks && exercise.dose.reps != nil && index % 2 == 0))
        }
        return LoggedSession(
            date: date, painBefore: rating(pain + swing), painAfter: rating(pain),
            painNextMorning: rating(pain - swing),
            exercises: exercises)
    }
}
