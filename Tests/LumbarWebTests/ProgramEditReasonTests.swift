import LumbarApp
import LumbarCore
import LumbarTestSupport
import Testing

/// Issue 14, bug 4: a swapped-in exercise kept "the left side does an extra set" though its dose
/// had none.
@Suite struct ProgramEditReasonTests {
    @Test func aSwapKeepsTheExtraSetReasonOnlyWithTheExtraSet() throws {
        let catalog = Fixtures.catalog
        let program = Planner(catalog: catalog).plan(try Fixtures.example("left-side-weakness"))
        let filters = ProgramFilters(program: program, catalog: catalog)
        var checked = 0
        for block in program.blocks {
            for exercise in block.exercises {
                let extra = exercise.dose.weakSideExtraSets > 0
                // A replacement of the other kind: two-sided for one-sided work, and the reverse.
                guard
                    let other = catalog.exercises.first(where: { option in
                        option.phase == block.phase && option.id != exercise.id
                            && (option.laterality == .unilateral) != extra
                            && !program.allExercises.contains { $0.id == option.id }
                            && filters.unsuitability(of: option, phase: block.phase) == nil
                    })
                else { continue }
                let edited = try ProgramEdit.swap(from: exercise.id, to: other.id).apply(to: program, catalog: catalog)
                let swapped = try #require(edited.allExercises.first { $0.id == other.id })
                let hasReason = swapped.why.contains(where: ProgramExercise.isWeakSideReason)
                #expect(
                    hasReason == (swapped.dose.weakSideExtraSets > 0), "\(exercise.id) → \(other.id): \(swapped.why)")
                checked += 1
            }
        }
        #expect(checked >= 2, "both directions were tried")
    }
}
