import Foundation
import Hummingbird
import LumbarCore
import LumbarStore

/// A client's active program, any program by id, and the trainer's hand edits.
struct ProgramRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.get("clients/{id}/program") { _, context in try await active(context) }
        group.get("programs/{id}") { _, context in try await show(context) }
        group.patch("programs/{id}") { request, context in try await edit(request, context) }
    }

    func active(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.client(try context.pathID(what: "client"), of: trainer)
        guard let record = try await app.followableProgram(of: client) else {
            throw APIError(
                .notFound, code: "notFound",
                message: client.status == .referred || client.status == .emergency
                    ? "This client has no program to follow: the latest assessment referred them."
                    : "This client has no active program yet; record an assessment first.")
        }
        return JSONResponse.text(.ok, try ProgramDTO.text(record))
    }

    func show(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let record = try await app.latestProgram(try context.pathID(what: "program"), of: trainer)
        return JSONResponse.text(.ok, try ProgramDTO.text(record))
    }

    func edit(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let record = try await app.latestProgram(try context.pathID(what: "program"), of: trainer)
        let edit = try ProgramEdit.read(try await request.jsonBody(limit: app.bodyLimit).value)
        let (edited, version) = try await app.editProgram(record, edit)
        return JSONResponse.make(.ok, ProgramDTO.json(edited, record: version))
    }
}

extension AppServices {
    /// The newest version of the trainer's program; 404 when missing or another trainer's.
    func latestProgram(_ id: UUID, of trainer: TrainerRecord) async throws -> ProgramVersionRecord {
        guard let record = try await store.latestProgram(id: id, trainerID: trainer.id) else {
            throw APIError.notFound("program")
        }
        return record
    }

    /// Applies a hand edit to the newest version `record` and stores the result as the next
    /// version (active when `record` was). 422 when the edit does not fit the program, 409 when
    /// another edit landed first.
    func editProgram(_ record: ProgramVersionRecord, _ edit: ProgramEdit) async throws
        -> (Program, ProgramVersionRecord)
    {
        let program = try StoredDocument.program(record, catalog: catalog)
        let edited = try edit.apply(to: program, catalog: catalog, listedEquipment: try await listedEquipment(record))
        let version = ProgramVersionRecord(
            programID: record.programID, version: record.version + 1, trainerID: record.trainerID,
            clientID: record.clientID, assessmentID: record.assessmentID, document: StoredDocument.text(edited.json),
            change: .edited, active: record.active, createdAt: now())
        do {
            try await store.addProgramVersion(version)
        } catch StoreError.conflict {
            throw APIError.conflict("The program changed while this edit was made; reload it and edit again.")
        }
        return (edited, version)
    }

    /// The equipment the program's assessment listed, when that assessment is still the client's
    /// latest (the store looks assessments up by client only).
    func listedEquipment(_ record: ProgramVersionRecord) async throws -> Set<Equipment> {
        guard let assessmentID = record.assessmentID,
            let latest = try await store.latestAssessment(clientID: record.clientID, trainerID: record.trainerID),
            latest.id == assessmentID
        else { return [] }
        return Set(try StoredDocument.assessment(latest).preferences.equipment ?? Array(Planner.homeKit))
    }
}
