import LumbarJSON
import LumbarTestSupport
import Testing

@testable import LumbarCore

@Suite struct RoutinesTests {
    let routines = try! Routines.bundled()

    func routine(_ id: String) -> Routine { routines.first { $0.id == id }! }

    @Test func theSevenWorkoutsOfSeed003AreThereInOrder() {
        #expect(
            routines.map(\.id) == [
                "hip-opening-mobility-flow", "massage-mobility-stability", "yoga-poses", "pilates", "standing-strength",
                "prone-strength", "supine-strength",
            ])
        #expect(routines.allSatisfy { $0.sources == ["003_37b87cfedfeebf7e.txt"] })
    }

    @Test func proneStrengthKeepsTheSeedsOrderDosesAndRounds() {
        let prone = routine("prone-strength")
        #expect(prone.rounds == 3)
        #expect(prone.steps.map(\.exerciseId) == ["bird-dog", "superman", "childs-pose", "forearm-plank"])
        #expect(prone.steps[0].dose == .init(sets: 1, reps: 5, perSide: true))
        #expect(prone.steps[1].dose == .init(sets: 1, reps: 5, perSide: false))
        #expect(prone.steps[2].dose == .init(sets: 1, breaths: 5, perSide: false))
        #expect(prone.steps[3].dose == .init(sets: 1, breaths: 5, perSide: false))
    }

    @Test func theOtherWorkoutsKeepTheirDoses() {
        #expect(routine("standing-strength").rounds == 3)
        #expect(routine("standing-strength").steps.map(\.dose.reps) == [8, 8, 8, 8])
        let pilates = routine("pilates")
        #expect(pilates.steps.map(\.exerciseId) == ["glute-bridge", "pelvic-tilt", "towel-hamstring-stretch"])
        #expect(pilates.steps[0].dose == .init(sets: 3, reps: 8, repsMax: 10, perSide: false))
        #expect(pilates.steps[2].dose.holdSeconds == 30 && pilates.steps[2].dose.perSide)
        #expect(routine("yoga-poses").steps[0].dose.breaths == 8)
        let flow = routine("hip-opening-mobility-flow")
        #expect(
            flow.steps.map(\.exerciseId) == [
                "standing-hip-cars", "frog-squat-hold", "supine-internal-hip-rotation", "pigeon-pose", "shin-box",
            ])
        #expect(flow.steps[1].dose.holdSeconds == 30 && flow.steps[2].dose.reps == 10)
        #expect(routine("massage-mobility-stability").steps.last?.dose == .init(sets: 1, reps: 8, perSide: true))
        #expect(
            routine("supine-strength").steps.map(\.exerciseId) == [
                "pelvic-tilt-to-bridge", "heel-dips", "supine-spinal-twist", "towel-hamstring-stretch",
            ])
    }

    @Test func aStepMustNameACatalogExercise() {
        let text = JSONWriter.string(Routines.json(routines)).replacingOccurrences(
            of: "\"superman\"", with: "\"superwoman\"")
        #expect(throws: ValidationFailure.self) { try Routines.parse(text, catalog: Fixtures.catalog) }
    }

    @Test func routinesRoundTripThroughTheirJSON() throws {
        #expect(try Routines.parse(JSONWriter.string(Routines.json(routines)), catalog: Fixtures.catalog) == routines)
    }
}

extension Routine.StepDose {
    init(sets: Int, reps: Int? = nil, repsMax: Int? = nil, holdSeconds: Int? = nil, breaths: Int? = nil, perSide: Bool)
    {
        self.init(
            sets: sets, reps: reps, repsMax: repsMax, holdSeconds: holdSeconds, breaths: breaths, minutes: nil,
            perSide: perSide)
    }
}
