import Foundation
import LumbarCore
import LumbarStore
import Synchronization

/// Writes one demo story through the same services as the API, as it would have happened: the
/// client added, the assessment screened, planned and stored (`AssessmentService.record`), each
/// session logged against the program then active, and a progression review at the end of every
/// week (`ProgressionService.progress`) that adds the next version and sets the client's status
/// from its stage. The services read their time from `time`, which the writer moves to each
/// event's moment.
struct DemoWriter: Sendable {
    let app: AppContext
    let time: DemoTime
    let clock: DemoClock
    let trainer: TrainerRecord

    struct Made {
        var clientID: UUID
        var programVersions = 0
        var sessions = 0
    }

    func make(_ story: DemoStory) async throws -> Made {
        time.set(clock.at(daysAgo: story.daysAgo, hour: 8))
        var client = try await app.clients.create(for: trainer, name: story.name, age: story.age, notes: story.notes)
        var made = Made(clientID: client.id)
        guard let text = story.assessment else { return made }

        time.set(clock.at(daysAgo: story.daysAgo, hour: 9))
        let outcome = try await app.assessments.record(try Assessment.parse(text), client: client)
        guard var active = outcome.version else { return made }
        made.programVersions = 1
        client = try await app.clients.client(client.id, of: trainer)

        var program = outcome.program
        for (week, pain) in story.weeklyPain.enumerated() {
            // Week `week` starts 7 × `week` days after the assessment and is reviewed on the first day
            // of the next one; the stories are as many weeks long as they are old, so the last review is today.
            let weekStart = story.daysAgo - 7 * week
            for day in story.sessionDays {
                let daysAgo = weekStart - day
                let session = Self.session(
                    following: program, pain: pain, number: made.sessions,
                    formBreaks: story.formBreaksInWeeks.contains(week),
                    on: clock.day(daysAgo: daysAgo), catalog: app.catalog)
                time.set(clock.at(daysAgo: daysAgo, hour: 18))
                _ = try await app.sessions.log(session.json, for: client, link: nil, idempotency: nil)
                made.sessions += 1
            }
            time.set(clock.at(daysAgo: weekStart - 7, hour: 7))
            client = try await app.clients.client(client.id, of: trainer)
            (program, active) = try await app.progression.progress(client, active: active)
            made.programVersions += 1
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

/// The moment the demo's services believe it is: moved forward event by event as a story is written.
final class DemoTime: Sendable {
    private let moment: Mutex<Date>

    init(_ start: Date) { moment = Mutex(start) }

    func set(_ date: Date) { moment.withLock { $0 = date } }
    func now() -> Date { moment.withLock { $0 } }
}
