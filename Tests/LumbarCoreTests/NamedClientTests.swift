import LumbarTestSupport
import Testing

@testable import LumbarCore

/// Realistic people for issue 12, points 5, 6, 7 and 10: each of them is a plan a careful
/// physiotherapist would check for one thing, and the test checks that thing.
@Suite struct NamedClientTests {
    static let planner = Planner(catalog: Fixtures.catalog)

    static func plan(_ json: String) throws -> Program { planner.plan(try Assessment.parse(json)) }
    static func ids(_ program: Program) -> [String] { program.allExercises.map(\.id) }
    static func position(_ id: String) -> Position { Fixtures.catalog[id]!.position }

    /// A shop assistant whose back is worse standing and arching and better sitting: a knee hug
    /// for the direction that eases it, and mostly lying, kneeling and seated work.
    @Test func aBackWorseStandingGetsAKneeHugAndMostlyFloorAndSeatedWork() throws {
        let program = try Self.plan(
            #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Rosa", "age": 41},
             "screening": {"redFlags": []},
             "pain": {"now": 3, "belowKnee": false, "worseWith": ["standing", "extension"], "betterWith": ["sitting"]},
             "lifestyle": {"sittingHours": 2, "activeDaysPerWeek": 3},
             "overheadSquat": ["lowBackArches"], "tests": {"thomas": {"left": "tight", "right": "tight"}},
             "preferences": {"minutesPerSession": 40}}
            """#)
        let ids = Self.ids(program)
        #expect(ids.contains("double-knee-to-chest"), "\(ids)")
        #expect(ids.filter { Self.position($0) == .standing && $0 != "walking" }.count <= 1, "\(ids)")
        #expect(!ids.contains("superman"))
    }

    /// A 72-year-old with osteoporosis, cleared by her doctor, with a chair at home: seated
    /// stretches, rising from a chair, supported balance and extension-based trunk work; no twist,
    /// no loaded flexion.
    @Test func aSeventyTwoYearOldWithOsteoporosisSitsStandsBalancesAndExtends() throws {
        let program = try Self.plan(
            #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Margaret", "age": 72},
             "screening": {"redFlags": ["osteoporosisOrSteroids"], "medicalClearance": true},
             "pain": {"now": 3, "belowKnee": false, "worseWith": ["flexion"], "betterWith": ["walking"]},
             "lifestyle": {"sittingHours": 7, "activeDaysPerWeek": 2},
             "tests": {"thomas": {"left": "tight", "right": "tight"}, "piriformis": {"left": "tight"}},
             "preferences": {"minutesPerSession": 35, "equipment": ["chair"]}}
            """#)
        let ids = Self.ids(program)
        #expect(ids.contains("chair-hip-flexor-stretch") && ids.contains("seated-figure-four-stretch"), "\(ids)")
        #expect(ids.contains("sit-to-stand") && ids.contains("supported-single-leg-stand"), "\(ids)")
        #expect(ids.contains("superman"), "\(ids)")
        #expect(!ids.contains("bodyweight-squat") && !ids.contains("half-kneeling-hip-flexor-stretch"))
        let unsuitable = Set(Fixtures.catalog.exercises.filter { $0.unsuitableFor.contains(.osteoporosis) }.map(\.id))
        #expect(unsuitable.isDisjoint(with: ids))
    }

    /// A 34-year-old office worker at 7/10, stable: the gentlest deep-trunk drill is seed 002's
    /// pelvic tilt, with a single knee hug for a back that likes bending.
    @Test func aPainfulStableBackStartsWithPelvicTiltsAndOneKneeAtATime() throws {
        let program = try Self.plan(
            #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Omar", "age": 34},
             "screening": {"redFlags": []},
             "pain": {"now": 7, "belowKnee": false, "worseWith": ["standing", "extension"], "betterWith": ["flexion"]},
             "lifestyle": {"sittingHours": 4, "activeDaysPerWeek": 4},
             "preferences": {"minutesPerSession": 30}}
            """#)
        let ids = Self.ids(program)
        #expect(ids.contains("pelvic-tilt") && ids.contains("single-knee-to-chest"), "\(ids)")
        #expect(!ids.contains("double-knee-to-chest"))
    }

    /// A runner at 2/10 whose bird dog is solid but whose side plank lasts 20 s: the plank on the
    /// forearms, never the side plank on day one.
    @Test func aRunnerWithGoodControlButAShortSidePlankStartsWithTheForearmPlank() throws {
        let program = try Self.plan(
            #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Jess", "age": 29},
             "screening": {"redFlags": []},
             "pain": {"now": 2, "belowKnee": false, "worseWith": ["flexion"], "betterWith": ["walking"]},
             "lifestyle": {"sittingHours": 3, "activeDaysPerWeek": 5},
             "tests": {"birdDog": "good", "bridge": "good", "sidePlankSeconds": {"left": 20, "right": 24}},
             "preferences": {"minutesPerSession": 30}}
            """#)
        let ids = Self.ids(program)
        #expect(ids.contains("forearm-plank") && !ids.contains("side-plank"), "\(ids)")
        // Worse bending forward, better walking: gentle back extension, the direction that eases it.
        #expect(ids.contains("superman"), "\(ids)")
    }

    /// A desk worker with a tight piriformis: the lying figure-4, not a seated twist.
    @Test func aTightPiriformisGetsTheFigureFour() throws {
        let program = try Self.plan(
            #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Wen", "age": 38},
             "screening": {"redFlags": []}, "pain": {"now": 3, "belowKnee": false},
             "lifestyle": {"sittingHours": 9, "activeDaysPerWeek": 3},
             "tests": {"piriformis": {"left": "tight", "right": "tight"}},
             "preferences": {"minutesPerSession": 30}}
            """#)
        let ids = Self.ids(program)
        #expect(ids.contains("figure-four-piriformis-stretch"), "\(ids)")
        // Long sitting: seed 000 starts at the top, with the upper back on the roller.
        #expect(ids.first == "foam-roll-thoracic-spine", "\(ids)")
    }

    /// Issue 12, point 6: a runner whose knees cave in and whose hamstrings test tight gets no
    /// exercise that works an overactive muscle, and a single-leg bridge still carries the weaker
    /// side's extra set (the bridge's target is the glutes; the hamstrings only assist).
    @Test func aRunnerWhoseKneesCaveInGetsNoAdductorOrHamstringStrengthening() throws {
        let program = try Self.plan(
            #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Priya", "age": 29},
             "screening": {"redFlags": []}, "pain": {"now": 2, "belowKnee": false},
             "lifestyle": {"sittingHours": 4, "activeDaysPerWeek": 6},
             "overheadSquat": ["kneesCaveIn", "feetTurnOut"],
             "tests": {"straightLegRaise": {"left": "tight", "right": "tight"}, "bridge": "good",
                       "sidePlankSeconds": {"left": 35, "right": 60}},
             "preferences": {"minutesPerSession": 40}}
            """#)
        let overactive = Set(program.findings.overactive)
        for block in program.blocks where block.phase == .activate || block.phase == .integrate {
            for exercise in block.exercises {
                #expect(overactive.isDisjoint(with: Fixtures.catalog[exercise.id]!.targets), "\(exercise.id)")
            }
        }
        let ids = Self.ids(program)
        #expect(!ids.contains("frog-squat-hold") && !ids.contains("single-leg-deadlift"), "\(ids)")
        #expect(program.allExercises.contains { $0.dose.weakSideExtraSets > 0 })
    }
}
