import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore

/// The answers to an assessment and to a clearance.
enum AssessmentDTO {
    /// The screening's decision and, when it allows one, the program.
    static let result = AnswerShape<AssessmentOutcome>([
        .uuid("assessmentId") { $0.record.id }, .oneOf("decision", Decision.self) { $0.program.decision },
        .texts("reasons") { $0.program.reasons }, .text("advice") { $0.screening.advice },
        .optionalNested("program", ProgramDTO.shape, ref: "ProgramVersion") { outcome in
            outcome.version.map { (outcome.program, $0) }
        },
    ])

    /// A clearance recorded, and the program it let the planner build.
    static let clearance = AnswerShape<(clearance: ClearanceRecord, program: Program, version: ProgramVersionRecord)>([
        .uuid("id") { $0.clearance.id }, .uuid("assessmentId") { $0.clearance.assessmentID },
        .text("note") { $0.clearance.note }, .time("createdAt") { $0.clearance.createdAt },
        .nested("program", ProgramDTO.shape, ref: "ProgramVersion") { ($0.program, $0.version) },
    ])
}
