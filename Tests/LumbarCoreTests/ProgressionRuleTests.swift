import LumbarJSON
import LumbarTestSupport
import Testing

@testable import LumbarCore

/// One test per rule of the pain-monitoring model as `lumbar next` applies it to one exercise,
/// with the boundaries the issue names (pain 2 vs 3, 5 vs 6).
@Suite struct ProgressionRuleTests {
    typealias F = ProgressionFixtures

    /// The single exercise `id` after two sessions with the given pains during it (oldest first).
    func decide(
        _ id: String, pains: [Int], formOk: [Bool]? = nil, mornings: [Int?]? = nil, before: Int = 2,
        program: Program? = nil
    ) -> ProgramExercise {
        let program = program ?? F.program([id])
        let exercise = program.allExercises.first { $0.id == id }!
        let sessions = pains.enumerated().map { index, pain in
            F.session(
                day: index * 2, before: before, morning: mornings?[index] ?? before,
                [F.done(exercise, pain: pain, formOk: formOk?[index] ?? true)])
        }
        return F.find(id, in: F.next(program, sessions))!
    }

    @Test func twoComfortableSessionsMoveOneStepAlongTheChain() {
        let result = decide("glute-bridge", pains: [1, 2])
        #expect(result.id == "slow-lowering-bridge")
        #expect(result.name == F.catalog["slow-lowering-bridge"]!.name)
        #expect(result.dose == ProgramDose(F.catalog["slow-lowering-bridge"]!.dose))
        #expect(result.why == ["test finding for glute-bridge"])
        #expect(result.progression?.decision == .progress)
        #expect(result.progression?.from == "glute-bridge")
        let reason = result.progression!.reason
        #expect(reason.contains("1/10 and 2/10") && reason.contains("2→2") && reason.contains("Glute bridge"))
    }

    @Test func painOfTwoProgressesButThreeHolds() {
        #expect(decide("glute-bridge", pains: [2, 2]).progression?.decision == .progress)
        let held = decide("glute-bridge", pains: [2, 3])
        #expect(held.id == "glute-bridge" && held.dose == ProgramDose(F.catalog["glute-bridge"]!.dose))
        #expect(held.progression?.decision == .hold)
        #expect(held.progression!.reason.contains("3/10") && held.progression!.reason.contains("acceptable"))
    }

    @Test func painOfFiveHoldsButSixRegresses() {
        #expect(decide("glute-bridge", pains: [2, 5]).progression?.decision == .hold)
        let regressed = decide("glute-bridge", pains: [2, 6])
        #expect(regressed.id == "glute-squeeze")
        #expect(regressed.progression?.decision == .regress)
        #expect(regressed.progression?.from == "glute-bridge")
        #expect(regressed.progression!.reason.contains("6/10"))
    }

    /// The stop rule (CONTRACT.md): pain during stops an exercise above max(5, pain before). Someone
    /// who starts at 6/10 and stays at 6 has not gone past their line; 7 has.
    @Test func theStopLineIsFiveOrThePainBeforeWhenHigher() {
        #expect(StopRule.limit(painBefore: 3) == 5 && StopRule.limit(painBefore: 7) == 7)
        #expect(!StopRule.stops(painDuring: 5, painBefore: 0) && StopRule.stops(painDuring: 6, painBefore: 0))
        #expect(!StopRule.stops(painDuring: 6, painBefore: 6) && StopRule.stops(painDuring: 7, painBefore: 6))
        let held = decide("glute-bridge", pains: [6, 6], before: 6)
        #expect(held.progression?.decision == .hold, "\(held.progression!.reason)")
        let regressed = decide("glute-bridge", pains: [6, 7], before: 6)
        #expect(regressed.progression?.decision == .regress)
        #expect(
            regressed.progression!.reason.contains("7/10")
                && regressed.progression!.reason.contains("above the 6/10 the session started with"))
        // The program says the same rule in words.
        #expect(Planner.stopRule.contains("above 5/10") && Planner.stopRule.contains("started the session with"))
    }

    /// Pain after a session may reach 5 but no more (DOMAIN.md): two sessions at 7/10 after once let
    /// everything progress. A flare is put down to the exercises that hurt or that are new since the
    /// last review; a comfortable, unchanged one holds instead of progressing or regressing.
    @Test func aFlareRegressesWhatCouldCauseItAndHoldsTheRest() {
        var program = F.program(["glute-bridge", "dead-bug", "side-lying-clamshell"])
        // The bridge and the dead bug were reviewed last time and held; the clamshell is new.
        for block in program.blocks.indices {
            for index in program.blocks[block].exercises.indices
            where program.blocks[block].exercises[index].id != "side-lying-clamshell" {
                program.blocks[block].exercises[index].progression = ProgressionNote(
                    decision: .hold, reason: "held last time")
            }
        }
        let exercises = program.allExercises
        let pain = ["glute-bridge": 1, "dead-bug": 3, "side-lying-clamshell": 1]
        let sessions = [0, 2].map { day in
            F.session(day: day, after: day == 2 ? 7 : 2, exercises.map { F.done($0, pain: pain[$0.id]!) })
        }
        let next = F.next(program, sessions)
        let bridge = F.find("glute-bridge", in: next)!
        #expect(bridge.progression?.decision == .hold)
        #expect(bridge.progression!.reason.contains("not put down to this exercise"))
        #expect(bridge.progression!.reason.contains("Pain after the session of 2026-11-04 reached 7/10"))
        #expect(F.find("dead-bug", in: next)?.progression?.decision == .regress)
        #expect(F.find("side-lying-clamshell", in: next)?.progression?.decision == .regress)

        // Pain after of 5 is within limits: the comfortable bridge progresses.
        let fine = [0, 2].map { day in
            F.session(day: day, after: 5, exercises.map { F.done($0, pain: pain[$0.id]!) })
        }
        #expect(F.find("glute-bridge", in: F.next(program, fine))?.progression?.decision == .progress)
    }

    @Test func aNextMorningFlareIsBlamedOnlyOnWhatCouldCauseIt() {
        var program = F.program(["glute-bridge", "dead-bug"])
        program.blocks[2].exercises[0].progression = ProgressionNote(decision: .hold, reason: "held last time")
        program.blocks[2].exercises[1].progression = ProgressionNote(decision: .hold, reason: "held last time")
        let exercises = program.allExercises
        let sessions = [
            F.session(day: 0, exercises.map { F.done($0, pain: 1) }),
            F.session(day: 2, before: 2, morning: 4, exercises.map { F.done($0, pain: $0.id == "dead-bug" ? 4 : 2) }),
        ]
        let next = F.next(program, sessions)
        #expect(F.find("glute-bridge", in: next)?.progression?.decision == .hold)
        #expect(F.find("dead-bug", in: next)?.progression?.decision == .regress)
        #expect(F.find("dead-bug", in: next)!.progression!.reason.contains("this exercise hurt during it (4/10)"))
    }

    @Test func formThatBreaksInTwoSessionsRunningRegresses() {
        let result = decide("slow-lowering-bridge", pains: [0, 0], formOk: [false, false])
        #expect(result.id == "glute-bridge" && result.progression?.decision == .regress)
        #expect(result.progression!.reason.contains("Form broke in both of the last two sessions"))
    }

    /// Progress keeps the weaker side's one-sided work and its extra set (CONTRACT.md): the
    /// single-leg bridge steps up to the split squat, not to the two-leg squat, and back again.
    @Test func progressKeepsTheWeakerSidesOneSidedWork() {
        let program = F.program(
            ["single-leg-glute-bridge"],
            findings: ProgramFindings(
                overactive: [], underactive: [.gluteusMaximus], weakSide: .left, instability: false, intolerance: nil))
        let start = program.allExercises[0]
        #expect(start.dose.weakSideExtraSets == 1)
        let up = F.next(program, F.sessions(program, days: [0, 2], pain: 1))
        let stepped = F.find("single-leg-glute-bridge", in: up)!
        #expect(stepped.id == "split-squat", "\(stepped.progression!.reason)")
        #expect(stepped.dose.weakSideExtraSets == 1)
        let back = F.next(up, F.sessions(program, days: [0, 2], pain: 1) + F.sessions(up, days: [4], pain: 7))
        #expect(back.allExercises.contains { $0.id == "single-leg-glute-bridge" && $0.dose.weakSideExtraSets == 1 })
    }

    /// CONTRACT.md (second round): `{"id": …, "skipped": true}` is read, never counts as done or
    /// as progress, and an exercise skipped twice running holds and is named to the trainer.
    @Test func skippedExercisesAreNotDoneAndTwiceRunningIsNamed() throws {
        let text = #"""
            {"schema": "lumbar.sessions/1", "sessions": [
              {"date": "2026-11-02", "painBefore": 2, "painAfter": 2, "painNextMorning": 2,
               "exercises": [{"id": "glute-bridge", "skipped": true}]}]}
            """#
        let log = try SessionLog.parse(text, catalog: F.catalog)
        #expect(log.sessions[0].exercises[0].skipped)
        #expect(
            JSONWriter.string(log.sessions[0].exercises[0].json, pretty: false)
                == #"{"id":"glute-bridge","skipped":true}"#)
        #expect(log.entries(for: "glute-bridge").isEmpty)
        // A skipped entry says nothing else.
        let mixed = text.replacingOccurrences(of: #""skipped": true"#, with: #""skipped": true, "painDuring": 3"#)
        #expect(throws: ValidationFailure.self) { try SessionLog.parse(mixed, catalog: F.catalog) }

        let program = F.program(["glute-bridge"])
        let exercise = program.allExercises[0]
        // Two comfortable sessions, then two skipped: it holds, and the trainer hears of it.
        let sessions = [
            F.session(day: 0, [F.done(exercise, pain: 1)]), F.session(day: 2, [F.done(exercise, pain: 1)]),
            F.session(day: 4, [.skipped("glute-bridge")]), F.session(day: 6, [.skipped("glute-bridge")]),
        ]
        let next = F.next(program, sessions)
        #expect(next.allExercises[0].id == "glute-bridge")
        #expect(next.allExercises[0].progression?.decision == .hold)
        #expect(next.allExercises[0].progression!.reason.contains("Skipped in both of the last two sessions"))
        #expect(next.alerts?.contains { $0.hasPrefix("Glute bridge was skipped in the last two sessions") } == true)
        // One skip does not undo two comfortable sessions, nor count as one.
        let once = F.next(program, Array(sessions.prefix(3)))
        #expect(once.allExercises[0].progression?.decision == .progress)
    }

    @Test func poorFormNeverProgresses() {
        for formOk in [[false, true], [true, false]] {
            let result = decide("glute-bridge", pains: [0, 0], formOk: formOk)
            #expect(result.progression?.decision == .hold)
            #expect(result.progression!.reason.contains("form broke"))
        }
    }

    @Test func nextMorningPainNoHigherThanBeforeProgressesAndHigherRegresses() {
        #expect(decide("glute-bridge", pains: [1, 1], mornings: [3, 3], before: 3).progression?.decision == .progress)
        let regressed = decide("glute-bridge", pains: [1, 1], mornings: [3, 4], before: 3)
        #expect(regressed.progression?.decision == .regress)
        #expect(regressed.progression!.reason.contains("did not settle"))
    }

    @Test func anUnknownNextMorningHolds() {
        let program = F.program(["glute-bridge"])
        let exercise = program.allExercises[0]
        let sessions = [
            F.session(day: 0, [F.done(exercise, pain: 1)]),
            F.session(day: 2, morning: nil, [F.done(exercise, pain: 1)]),
        ]
        let result = F.next(program, sessions).allExercises[0]
        #expect(result.progression?.decision == .hold)
        #expect(result.progression!.reason.contains("not logged yet"))
    }

    @Test func oneSessionIsTooFewToProgressButEnoughToRegress() {
        let held = decide("glute-bridge", pains: [1])
        #expect(held.progression?.decision == .hold)
        #expect(held.progression!.reason.contains("Only one logged session"))
        #expect(decide("glute-bridge", pains: [7]).progression?.decision == .regress)
        #expect(decide("glute-bridge", pains: [1], mornings: [4], before: 2).progression?.decision == .regress)
    }

    @Test func anOlderSessionThatHurtAgainstALatestOneThatDidNotIsMixed() {
        let result = decide("glute-bridge", pains: [6, 1])
        #expect(result.progression?.decision == .hold)
        #expect(result.progression!.reason.hasPrefix("Mixed signals"))
    }

    @Test func onlyTheTwoMostRecentSessionsWithTheExerciseCount() {
        #expect(decide("glute-bridge", pains: [7, 6, 1, 1]).progression?.decision == .progress)
    }

    @Test func progressNeedsThePrescribedDoseDone() {
        let program = F.program(["glute-bridge"])
        var short = F.done(program.allExercises[0], pain: 1)
        short.repsDone = [12, 10]
        let sessions = [F.session(day: 0, [F.done(program.allExercises[0], pain: 1)]), F.session(day: 2, [short])]
        let result = F.next(program, sessions).allExercises[0]
        #expect(result.progression?.decision == .hold)
        #expect(result.progression!.reason.contains("not completed on 2026-11-04 (2 sets of 12 and 10 reps, 4 s hold)"))
    }

    @Test func exercisesNotInTheProgramAreIgnoredAndUnloggedOnesHold() {
        let program = F.program(["glute-bridge", "cat-cow"])
        let bridge = program.allExercises.first { $0.id == "glute-bridge" }!
        let other = LoggedExercise(id: "dead-bug", setsDone: 2, repsDone: [8, 8], painDuring: 9, formOk: false)
        let sessions = [
            F.session(day: 0, [F.done(bridge, pain: 1), other]), F.session(day: 1, [F.done(bridge, pain: 1)]),
        ]
        let result = F.next(program, sessions)
        #expect(F.find("glute-bridge", in: result)?.id == "slow-lowering-bridge")
        #expect(result.allExercises.allSatisfy { $0.id != "dead-bug" })
        let catCow = result.allExercises.first { $0.id == "cat-cow" }!
        #expect(
            catCow.progression
                == ProgressionNote(decision: .hold, reason: "Not logged in any session yet: hold at 1 × 8 reps."))
    }

    @Test func aHarderStepTheBackDoesNotTolerateIsSkippedForADoseStep() {
        let findings = ProgramFindings(
            overactive: [], underactive: [], weakSide: nil, instability: false, intolerance: .flexion)
        let result = decide(
            "bodyweight-squat", pains: [1, 1], program: F.program(["bodyweight-squat"], findings: findings))
        #expect(result.id == "bodyweight-squat")
        #expect(result.dose.reps == 12)
        #expect(result.progression?.decision == .progress)
        #expect(result.progression!.reason.contains("raised reps from 10 to 12"))
        #expect(result.progression!.reason.contains("loads the spine in flexion"))
        // Without the intolerance the chain step is taken.
        #expect(decide("bodyweight-squat", pains: [1, 1]).id == "hip-hinge-deadlift")
    }

    @Test func aMixedDirectionalPatternKeepsBothDirectionsOut() {
        let mixed = ProgramFindings(
            overactive: [], underactive: [], weakSide: nil, instability: false, intolerance: nil,
            avoid: [.flexion, .extension])
        let program = F.program(["bodyweight-squat"], findings: mixed)
        #expect(decide("bodyweight-squat", pains: [1, 1], program: program).id == "bodyweight-squat")
    }

    @Test func aStepNeedsNoEquipmentBeyondWhatTheProgramUses() {
        // The floor is not equipment (CONTRACT.md): the squat's easier step, the single-leg bridge,
        // needs nothing. A step that needs bands is refused while no exercise of the program uses them.
        #expect(decide("bodyweight-squat", pains: [1, 7]).id == "single-leg-glute-bridge")
        let rules = ChainRules(catalog: F.catalog, program: F.program(["bodyweight-squat"]))
        let bands = F.catalog["band-pull-apart"]!
        #expect(rules.unsuitability(of: bands, taken: [])?.contains("needs bands") == true)
        let withBands = ChainRules(catalog: F.catalog, program: F.program(["bodyweight-squat", "band-pull-apart"]))
        #expect(withBands.unsuitability(of: F.catalog["band-pull-apart"]!, taken: [])?.contains("needs") != true)
    }

    @Test func instabilityRulesOutLowBackStretchesAsSteps() {
        let findings = ProgramFindings(
            overactive: [], underactive: [], weakSide: nil, instability: true, intolerance: nil)
        let rules = ChainRules(catalog: F.catalog, program: F.program(["cat-cow"], findings: findings))
        #expect(rules.unsuitability(of: F.catalog["cat-cow"]!, taken: [])?.contains("instability") == true)
    }

    @Test func aStepNeverDuplicatesAnExercise() {
        let program = F.program(["glute-bridge", "slow-lowering-bridge"])
        let sessions = F.sessions(program, days: [0, 2], pain: 1)
        let result = F.next(program, sessions)
        #expect(result.allExercises.map(\.id).sorted() == ["glute-bridge", "single-leg-glute-bridge"])
        let bridge = result.allExercises.first { $0.id == "glute-bridge" }!
        #expect(bridge.dose.reps == 14)
        #expect(bridge.progression!.reason.contains("already in the program"))
    }

    @Test func aUnilateralReplacementKeepsTheWeakerSidesExtraSet() {
        let findings = ProgramFindings(
            overactive: [], underactive: [], weakSide: .left, instability: false, intolerance: nil)
        let program = F.program(["slow-lowering-bridge"], findings: findings)
        let single = decide("slow-lowering-bridge", pains: [1, 1], program: program)
        #expect(single.id == "single-leg-glute-bridge")
        #expect(single.dose.weakSideExtraSets == 1 && single.dose.sets == 2)
        var back = program
        back.blocks[2].exercises = [single]
        let bilateral = decide("single-leg-glute-bridge", pains: [1, 6], program: back)
        #expect(bilateral.id == "slow-lowering-bridge")
        #expect(bilateral.dose.weakSideExtraSets == 0)
    }

    @Test func aStepIntoAnotherPhaseMovesToThatPhasesBlock() {
        let program = F.program(["single-leg-glute-bridge", "cat-cow", "wall-sit"])
        let forward = F.next(program, F.sessions(program, days: [0, 1], pain: 1))
        #expect(forward.blocks[2].exercises.isEmpty)
        #expect(forward.blocks[3].exercises.map(\.id) == ["bodyweight-squat", "wall-sit"])
        let backward = F.next(forward, F.sessions(forward, days: [2, 3], pain: 7))
        #expect(backward.blocks[2].exercises.map(\.id) == ["single-leg-glute-bridge"])
        #expect(backward.blocks[3].exercises.map(\.id) == ["wall-sit"])
    }
}
