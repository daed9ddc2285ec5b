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
    /// A clearance recorded for the client's referral carries to the assessment that continues it,
    /// when it covers it (`Screening.clearance(of:covers:)`); its note becomes the program's first
    /// caution.
    public func record(_ submitted: Assessment, client: ClientRecord) async throws -> AssessmentOutcome {
        let (assessment, carried) = try await asScreened(submitted, client: client)
        let screening = Screening.screen(assessment)
        var program = Planner(catalog: context.catalog).plan(assessment)
        if let carried, program.decision == .proceed {
            program = program.carrying(clearanceNote: carried.note, recordedOn: .utc(carried.createdAt))
        }
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

    /// Step 1 of the wizard: the screening of `assessment` as recording it would screen it, a
    /// recorded clearance that covers it included, and that clearance.
    public func screen(_ assessment: Assessment, client: ClientRecord) async throws -> (
        ScreeningResult, ClearanceRecord?
    ) {
        let (assessment, carried) = try await asScreened(assessment, client: client)
        return (Screening.screen(assessment), carried)
    }

    /// `submitted` as screening must read it: a clearance claimed inside it ignored, and one
    /// recorded for the client's latest assessment, a referral, trusted when it covers it (only the
    /// latest: a later assessment that proceeded, or a new referral, ends what it covers).
    private func asScreened(_ submitted: Assessment, client: ClientRecord) async throws -> (
        Assessment, ClearanceRecord?
    ) {
        var assessment = submitted.withClaimedClearanceIgnored
        guard let pending = try await pendingDetails(of: client),
            Screening.clearance(of: pending.referral, covers: assessment)
        else { return (assessment, nil) }
        assessment.screening.medicalClearance = true
        return (assessment, pending.clearance)
    }

    /// A cleared referral whose details are still to come: the latest assessment referred, and a
    /// clearance of it is recorded. The wizard continues from its screening answers.
    public func pendingDetails(of client: ClientRecord) async throws -> (
        clearance: ClearanceRecord, referral: Assessment
    )? {
        let store = context.store
        guard let latest = try await store.latestAssessment(clientID: client.id, trainerID: client.trainerID),
            latest.decision == .refer,
            let clearance = Self.clearance(
                of: latest, in: try await store.clearances(clientID: client.id, trainerID: client.trainerID))
        else { return nil }
        return (clearance, try StoredDocument.assessment(latest))
    }

    /// The clearance that clears `latest`, when it is a referral with one recorded: the state in
    /// which the assessment's details are still to come. For pages that hold both already.
    public static func clearance(of latest: AssessmentRecord?, in clearances: [ClearanceRecord]) -> ClearanceRecord? {
        guard let latest, latest.decision == .refer else { return nil }
        return clearances.last { $0.assessmentID == latest.id }
    }

    /// Every clearance recorded for the client, oldest first.
    public func clearances(of client: ClientRecord) async throws -> [ClearanceRecord] {
        try await context.store.clearances(clientID: client.id, trainerID: client.trainerID)
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
        let (latest, assessment) = try await clearableReferral(of: client)
        let now = context.now()
        let clearance = ClearanceRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id, assessmentID: latest.id, note: note,
            createdAt: now)
        var cleared = assessment
        cleared.screening.medicalClearance = true
        let planned = Planner(catalog: context.catalog).plan(cleared)
        guard planned.decision == .proceed else {
            throw AppError.conflict(
                "The assessment still does not proceed with a clearance: \(planned.reasons.joined(separator: " "))")
        }
        let program = planned.carrying(clearanceNote: note, recordedOn: .utc(now))
        let version = ProgramVersionRecord(
            programID: UUID(), version: 1, trainerID: client.trainerID, clientID: client.id, assessmentID: latest.id,
            document: StoredDocument.text(program.json), change: .activated, active: true, createdAt: now,
            daysPerWeek: program.schedule.daysPerWeek)
        try await context.store.recordClearance(clearance, status: .after(.proceed), program: version)
        return (clearance, program, version)
    }

    /// Records a medical clearance of the client's latest assessment, a referral, without planning:
    /// the wizard goes on to the details the referral stopped before (`pendingDetails`), and the
    /// program is built from them. Until then the client needs an assessment, and has no program.
    public func recordClearance(note: String, client: ClientRecord) async throws -> ClearanceRecord {
        let (latest, _) = try await clearableReferral(of: client)
        let clearance = ClearanceRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id, assessmentID: latest.id, note: note,
            createdAt: context.now())
        try await context.store.recordClearance(clearance, status: .needsAssessment, program: nil)
        return clearance
    }

    /// The client's latest assessment and its document, when it is a referral not yet cleared; a
    /// conflict otherwise.
    private func clearableReferral(of client: ClientRecord) async throws -> (AssessmentRecord, Assessment) {
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
        return (latest, try StoredDocument.assessment(latest))
    }
}
