import LumbarCore

/// Plain-text renderings for people reading a terminal or a printout.
enum HumanText {
    static func catalog(_ exercises: [Exercise], total: Int) -> String {
        guard !exercises.isEmpty else { return "No exercises match (the catalog has \(total)).\n" }
        var out = ""
        for phase in Phase.allCases {
            let group = exercises.filter { $0.phase == phase }
            guard !group.isEmpty else { continue }
            out += "\(phase.title.uppercased()): \(group.count) exercise\(group.count == 1 ? "" : "s")\n"
            for exercise in group {
                let dose = ProgramDose(exercise.dose).text(side: .both, weakSide: nil)
                let equipment =
                    exercise.equipment.isEmpty
                    ? "no equipment" : exercise.equipment.map(\.rawValue).joined(separator: ", ")
                out += "  \(exercise.name) [\(exercise.id)]\n"
                out += "    \(exercise.summary)\n"
                out +=
                    "    targets \(exercise.targets.map(\.displayName).joined(separator: ", ")) · \(dose) · \(equipment)"
                if let intolerance = exercise.intolerance {
                    out += " · not for \(intolerance.rawValue)-intolerant backs"
                }
                out += "\n"
            }
            out += "\n"
        }
        out += "\(exercises.count) of \(total) exercises. Use --json for every field.\n"
        return out
    }

    static func routines(_ routines: [Routine], catalog: Catalog) -> String {
        var out = ""
        for routine in routines {
            out += "\(routine.name) [\(routine.id)]: \(routine.rounds) round\(routine.rounds == 1 ? "" : "s")\n"
            out += "  \(routine.summary)\n"
            for (index, step) in routine.steps.enumerated() {
                let name = catalog[step.exerciseId]?.name ?? step.exerciseId
                var line = "  \(index + 1). \(name): \(stepDose(step.dose))"
                if let note = step.note { line += " (\(note))" }
                out += line + "\n"
            }
            out += "\n"
        }
        return out
    }

    static func stepDose(_ dose: Routine.StepDose) -> String {
        var parts: [String] = []
        if dose.sets > 1 { parts.append("\(dose.sets) sets") }
        if let reps = dose.reps {
            parts.append(dose.repsMax.map { "\(reps)–\($0) reps" } ?? "\(reps) rep\(reps == 1 ? "" : "s")")
        }
        if let hold = dose.holdSeconds { parts.append("\(hold) s hold") }
        if let breaths = dose.breaths { parts.append("\(breaths) breaths") }
        if let minutes = dose.minutes { parts.append("\(minutes) min") }
        if dose.perSide { parts.append("each side") }
        return parts.isEmpty ? "no set count" : parts.joined(separator: ", ")
    }

    static func screening(_ result: ScreeningResult, name: String) -> String {
        var out = "Screening for \(name): \(headline(result.decision, cleared: result.cleared))\n"
        if !result.reasons.isEmpty {
            out += "\nWhy:\n" + result.reasons.map { "  - \($0)\n" }.joined()
        }
        if !result.cautions.isEmpty {
            out += "\nCautions:\n" + result.cautions.map { "  - \($0)\n" }.joined()
        }
        out += "\nWhat to do: \(result.advice)\n"
        return out
    }

    static func headline(_ decision: Decision, cleared: Bool = false) -> String {
        switch decision {
        case .proceed where cleared: return "PROCEED after a medical clearance; the reasons stay as cautions"
        case .proceed: return "PROCEED, no red flag stops training"
        case .refer: return "REFER, see a doctor or physiotherapist before exercising"
        case .emergency: return "EMERGENCY, seek medical care today; no exercise"
        }
    }

    /// The program as a trainer's handout: decision, findings, each block with doses and why, cautions.
    static func handout(_ program: Program, assessment: Assessment, findings: Findings, catalog: Catalog) -> String {
        let title = "Lumbar program for \(assessment.client.name)"
        var out = title + "\n" + String(repeating: "=", count: title.count) + "\n\n"
        out += "Decision: \(headline(program.decision, cleared: Screening.screen(assessment).cleared))\n"
        guard program.decision == .proceed else {
            out += "\nWhy:\n" + program.reasons.map { "  - \($0)\n" }.joined()
            out += "\nWhat to do:\n" + program.cautions.map { "  - \($0)\n" }.joined()
            return out
        }
        out += "Stage: \(program.stage.rawValue) · \(program.schedule.daysPerWeek) days a week · "
        out += "about \(program.estimatedMinutes) of \(program.schedule.minutesPerSession) minutes per session\n\n"

        out += "What we found\n"
        if findings.overactive.isEmpty && findings.underactive.isEmpty && !findings.instability {
            out += "  No specific muscle findings were assessed; the program covers the basics.\n"
        }
        func list(_ label: String, _ items: [MuscleFinding]) {
            guard !items.isEmpty else { return }
            out += "  \(label):\n"
            for item in items {
                let side = item.side == .both ? "" : " (\(item.side.rawValue))"
                out += "    - \(item.muscle.displayName)\(side): \(item.evidence.joined(separator: "; "))\n"
            }
        }
        list("Overactive, to release and stretch", findings.overactive)
        list("Underactive, to strengthen", findings.underactive)
        if let weak = findings.weakSide, let evidence = findings.weakSideEvidence {
            out += "  Weaker side: \(weak.rawValue) (\(evidence))\n"
        }
        if findings.instability {
            out += "  Instability: yes (\(findings.instabilityEvidence.joined(separator: "; ")))\n"
        }
        if let direction = findings.intolerance, let evidence = findings.intoleranceEvidence {
            out += "  Pain direction: \(direction.rawValue)-intolerant (\(evidence))\n"
        }

        for (number, block) in program.blocks.filter({ !$0.exercises.isEmpty }).enumerated() {
            out += "\n\(number + 1). \(block.phase.title)\n"
            for exercise in block.exercises {
                out +=
                    "   * \(exercise.name): \(exercise.dose.text(side: exercise.side, weakSide: program.findings.weakSide))\n"
                for why in exercise.why { out += "       why: \(why)\n" }
                // The first two cues are the ones a client needs at home; the catalog has the rest.
                for cue in catalog[exercise.id]?.cues.prefix(2) ?? [] { out += "       how: \(cue)\n" }
            }
        }
        out += "\nCautions\n" + program.cautions.map { "  - \($0)\n" }.joined()
        return out
    }
}
