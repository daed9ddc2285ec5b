import LumbarTestSupport
import Testing

@testable import LumbarCore

/// Issue 12, point 7: every exercise the seeds name is one the planner can choose where it fits,
/// not a catalog entry no one ever meets. Over 2,500 random assessments, each of the seed
/// exercises that were never chosen before is chosen in at least 1 % of proceeding programs.
@Suite struct SeedReachTests {
    static let seedExercises = [
        "single-knee-to-chest", "double-knee-to-chest", "figure-four-piriformis-stretch", "pelvic-tilt",
        "forearm-plank", "superman",
    ]

    @Test func eachSeedExerciseIsChosenInAtLeastOnePercentOfPrograms() {
        let planner = Planner(catalog: Fixtures.catalog)
        var proceeding = 0
        var chosen = [String: Int]()
        for seed in 0..<2500 {
            let program = planner.plan(RandomAssessment.make(seed: UInt64(seed)))
            guard program.decision == .proceed else { continue }
            proceeding += 1
            for exercise in program.allExercises { chosen[exercise.id, default: 0] += 1 }
        }
        for id in Self.seedExercises {
            let share = Double(chosen[id, default: 0]) / Double(proceeding)
            #expect(share >= 0.01, "\(id): \(chosen[id, default: 0]) of \(proceeding)")
        }
    }
}
