import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// Assessments and medical clearances: screening first, then (only when it allows) a program.
struct AssessmentRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.post("clients/{id}/assessments") { request, context in try await assess(request, context) }
        group.post("clients/{id}/clearances") { request, context in try await clear(request, context) }
    }

    func assess(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let outcome = try await app.recordAssessment(
            try Assessment.parse(try await request.jsonBody(limit: app.bodyLimit).value), client: client)
        let (record, program, version) = (outcome.record, outcome.program, outcome.version)
        return JSONResponse.make(
            .created,
            .object([
                ("assessmentId", .string(record.id.wire)), ("decision", .string(program.decision.rawValue)),
                ("reasons", .strings(program.reasons)), ("advice", .string(outcome.screening.advice)),
                ("program", version.map { ProgramDTO.json(program, record: $0) } ?? .null),
            ]))
    }

    func clear(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let note = try ClearanceBody.read(try await request.jsonBody(limit: app.bodyLimit).value)
        let (clearance, program, version) = try await app.recordClearance(note: note, client: client)
        return JSONResponse.make(
            .created,
            .object([
                ("id", .string(clearance.id.wire)), ("assessmentId", .string(clearance.assessmentID.wire)),
                ("note", .string(note)), ("createdAt", WireDate.json(clearance.createdAt)),
                ("program", ProgramDTO.json(program, record: version)),
            ]))
    }
}

/// What recording an assessment produced: the stored assessment, the screening, the program
/// (a referral or an emergency has no blocks) and, on `proceed`, its first stored version.
struct AssessmentOutcome {
    var record: AssessmentRecord
    var screening: ScreeningResult
    var program: Program
    var version: ProgramVersionRecord?
}

extension AppServices {
    /// Screens the assessment, plans on `proceed`, and stores the assessment, the client's new
    /// status and the first program version in one transaction.
    func recordAssessment(_ assessment: Assessment, client: ClientRecord) async throws -> AssessmentOutcome {
        var assessment = assessment
        // Safety: only a recorded clearance (who, when, note) lets a referral proceed, so a
        // clearance claimed inside the document is not trusted; screening runs as if it were absent.
        let claimedClearance = assessment.screening.medicalClearance
        assessment.screening.medicalClearance = false
        let screening = Screening.screen(assessment)
        var program = Planner(catalog: catalog).plan(assessment)
        if claimedClearance && program.decision == .refer {
            program.reasons.append(
                "The assessment says a medical clearance exists: record it with "
                    + "POST /api/v1/clients/{id}/clearances (who cleared, and a note) to build the program.")
        }
        let now = now()
        let record = AssessmentRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id,
            document: StoredDocument.text(assessment.json), decision: program.decision, reasons: program.reasons,
            createdAt: now)
        let version: ProgramVersionRecord?
        let status: ClientStatus
        switch program.decision {
        case .proceed:
            status = .active
            version = ProgramVersionRecord(
                programID: UUID(), version: 1, trainerID: client.trainerID, clientID: client.id,
                assessmentID: record.id, document: StoredDocument.text(program.json), change: .planned, active: true,
                createdAt: now)
        case .refer:
            status = .referred
            version = nil
        case .emergency:
            status = .emergency
            version = nil
        }
        // The assessment, the client's status and the first program version land together or not at all.
        try await store.recordAssessment(record, status: status, program: version)
        return AssessmentOutcome(record: record, screening: screening, program: program, version: version)
    }
}

extension AppServices {
    /// Records a medical clearance of the client's latest assessment, a referral, and stores the
    /// program it unlocks (active) with the client's new status in one transaction. 409 when the
    /// latest assessment is an emergency, needs no clearance, or is already cleared.
    func recordClearance(note: String, client: ClientRecord) async throws
        -> (ClearanceRecord, Program, ProgramVersionRecord)
    {
        guard let latest = try await store.latestAssessment(clientID: client.id, trainerID: client.trainerID) else {
            throw APIError.conflict("This client has no assessment to clear; record one first.")
        }
        switch latest.decision {
        case .emergency:
            // DOMAIN.md: emergency signs never proceed, whatever a clearance says.
            throw APIError.conflict(
                "The latest assessment found emergency signs; a clearance cannot unlock training. Record a new "
                    + "assessment once the person has been seen.")
        case .proceed:
            throw APIError.conflict("The latest assessment needs no clearance: it already proceeds.")
        case .refer:
            break
        }
        let cleared = try await store.clearances(clientID: client.id, trainerID: client.trainerID)
        if cleared.contains(where: { $0.assessmentID == latest.id }) {
            throw APIError.conflict("The latest assessment is already cleared.")
        }
        var assessment = try StoredDocument.assessment(latest)
        assessment.screening.medicalClearance = true
        let program = Planner(catalog: catalog).plan(assessment)
        guard program.decision == .proceed else {
            throw APIError.conflict(
                "The assessment still does not proceed with a clearance: \(program.reasons.joined(separator: " "))")
        }
        let now = now()
        let clearance = ClearanceRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id, assessmentID: latest.id, note: note,
            createdAt: now)
        let version = ProgramVersionRecord(
            programID: UUID(), version: 1, trainerID: client.trainerID, clientID: client.id, assessmentID: latest.id,
            document: StoredDocument.text(program.json), change: .activated, active: true, createdAt: now)
        try await store.recordClearance(clearance, status: .active, program: version)
        return (clearance, program, version)
    }
}
