import Foundation
import LumbarCore
import LumbarStore

/// What recording an assessment produced: the stored assessment, the screening, the program
/// (a referral or an emergency has no blocks) and, on `proceed`, its first stored version.
public struct AssessmentOutcome: Sendable {
    public var record: AssessmentRecord
    public var screening: ScreeningResult
    public var program: Program
    public var version: ProgramVersionRecord?
}

/// Assessments and medical clearances: screening first, then (only when it allows) a program.
public struct AssessmentService: Sendable {
    let context: AppContext

    /// Screens the assessment, plans on `proceed`, and stores the assessment, the client's new
    /// status and the first program version in one transaction.
    public func record(_ submitted: Assessment, client: ClientRecord) async throws -> AssessmentOutcome {
        let assessment = submitted.withClaimedClearanceIgnored
        let screening = Screening.screen(assessment)
        var program = Planner(catalog: context.catalog).plan(assessment)
        if submitted.screening.medicalClearance && program.decision == .refer {
            program.reasons.append(
                "The assessment says a medical clearance exists: record it with "
                    + "POST /api/v1/clients/{id}/clearances (who cleared, and a note) to build the program.")
        }
        let now = context.now()
        let record = AssessmentRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id,
            document: StoredDocument.text(assessment.json), decision: program.decision, reasons: program.reasons,
            createdAt: now)
        let version =
            program.decision == .proceed
            ? ProgramVersionRecord(
                programID: UUID(), version: 1, trainerID: client.trainerID, clientID: client.id,
                assessmentID: record.id, document: StoredDocument.text(program.json), change: .planned, active: true,
                createdAt: now, daysPerWeek: program.schedule.daysPerWeek)
            : nil
        // The assessment, the client's status and the first program version land together or not at all.
        try await context.store.recordAssessment(record, status: .after(program.decision), program: version)
        return AssessmentOutcome(record: record, screening: screening, program: program, version: version)
    }

    /// The client's latest assessment, if any.
    public func latest(of client: ClientRecord) async throws -> AssessmentRecord? {
        try await context.store.latestAssessment(clientID: client.id, trainerID: client.trainerID)
    }

    /// Records a medical clearance of the client's latest assessment, a referral, and stores the
    /// program it unlocks (active) with the client's new status in one transaction. A conflict
    /// when the latest assessment is an emergency, needs no clearance, or is already cleared.
    public func clear(note: String, client: ClientRecord) async throws
        -> (ClearanceRecord, Program, ProgramVersionRecord)
    {
        let store = context.store
        guard let latest = try await store.latestAssessment(clientID: client.id, trainerID: client.trainerID) else {
            throw AppError.conflict("This client has no assessment to clear; record one first.")
        }
        switch latest.decision {
        case .emergency:
            // DOMAIN.md: emergency signs never proceed, whatever a clearance says.
            throw AppError.conflict(
                "The latest assessment found emergency signs; a clearance cannot unlock training. Record a new "
                    + "assessment once the person has been seen.")
        case .proceed:
            throw AppError.conflict("The latest assessment needs no clearance: it already proceeds.")
        case .refer:
            break
        }
        let cleared = try await store.clearances(clientID: client.id, trainerID: client.trainerID)
        if cleared.contains(where: { $0.assessmentID == latest.id }) {
            throw AppError.conflict("The latest assessment is already cleared.")
        }
        var assessment = try StoredDocument.assessment(latest)
        assessment.screening.medicalClearance = true
        let program = Planner(catalog: context.catalog).plan(assessment)
        guard program.decision == .proceed else {
            throw AppError.conflict(
                "The assessment still does not proceed with a clearance: \(program.reasons.joined(separator: " "))")
        }
        let now = context.now()
        let clearance = ClearanceRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id, assessmentID: latest.id, note: note,
            createdAt: now)
        let version = ProgramVersionRecord(
            programID: UUID(), version: 1, trainerID: client.trainerID, clientID: client.id, assessmentID: latest.id,
            document: StoredDocument.text(program.json), change: .activated, active: true, createdAt: now,
            daysPerWeek: program.schedule.daysPerWeek)
        try await store.recordClearance(clearance, status: .after(.proceed), program: version)
        return (clearance, program, version)
    }
}
