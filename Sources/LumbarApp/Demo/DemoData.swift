import Foundation
import Logging
import LumbarCore
import LumbarStore

/// Demo data: a trainer with a handful of clients that show everything the dashboard can, made
/// through the same services as the API (registration, screening and the planner, logged sessions
/// and weekly progression reviews) and dated relative to `now`.
///
/// The demo trainer's password is fixed and printed by `lumbar demo`: the data is for trying Lumbar
/// out, never for real clients.
public enum DemoData {
    public static let email = "demo@lumbar.test"
    public static let password = "demo-password-2026"
    public static let trainerName = "Demo Trainer"

    /// The database already has the demo trainer; adding the demo again would duplicate its clients.
    public struct AlreadyThere: Error, CustomStringConvertible {
        public var description: String { "the database already has the demo trainer \(DemoData.email)" }
    }

    /// What `seed` made.
    public struct Report: Sendable {
        public var trainer: TrainerRecord
        /// Every client as stored at the end, in the order they were made.
        public var clients: [ClientRecord]
        public var programVersions: Int
        public var sessions: Int
    }

    /// Adds the demo trainer and clients to a migrated `store`, as if their story had happened in
    /// the weeks before `now`. Throws `AlreadyThere` when the demo trainer exists.
    public static func seed(into store: any LumbarStore, now: Date, bcryptCost: UInt8 = 12) async throws -> Report {
        guard try await store.trainer(email: email) == nil else { throw AlreadyThere() }
        let clock = DemoClock(now: now)
        let time = DemoTime(clock.at(daysAgo: 90, hour: 9))
        let app = AppContext(
            store: store, catalog: try Catalog.bundled(), now: { time.now() }, logger: Logger(label: "lumbar.demo"),
            passwords: PasswordHasher(cost: bcryptCost), rateLimits: RateLimits(), tokenLifetime: 86_400,
            shareLinkLifetime: 86_400)
        let trainer: TrainerRecord
        do {
            trainer = try await app.accounts.register(email: email, name: trainerName, password: password)
        } catch AppError.conflict {
            // Another process added it between the check and now.
            throw AlreadyThere()
        }
        var report = Report(trainer: trainer, clients: [], programVersions: 0, sessions: 0)
        let writer = DemoWriter(app: app, time: time, clock: clock, trainer: trainer)
        for story in DemoStories.all {
            let made = try await writer.make(story)
            report.programVersions += made.programVersions
            report.sessions += made.sessions
            guard let client = try await store.client(id: made.clientID, trainerID: trainer.id) else {
                throw StoreError.notFound
            }
            report.clients.append(client)
        }
        return report
    }
}

/// Days and times relative to `now`: whole days back from today (UTC), at a given hour, and never
/// later than `now` itself.
struct DemoClock: Sendable {
    let now: Date
    let today: CivilDate

    init(now: Date) {
        self.now = now
        self.today = CivilDate(daysSinceEpoch: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    func day(daysAgo: Int) -> CivilDate { today.adding(days: -daysAgo) }

    /// `hour` o'clock UTC on the day `daysAgo` days before today. Today's hours that have not come
    /// yet become minutes before `now` (later hours closer to it), so nothing is dated in the future
    /// and the day's events keep their order.
    func at(daysAgo: Int, hour: Double) -> Date {
        let moment = Date(
            timeIntervalSince1970: Double(day(daysAgo: daysAgo).daysSinceEpoch) * 86_400 + hour * 3_600)
        return min(moment, now.addingTimeInterval(-(24 - hour) * 60))
    }
}
