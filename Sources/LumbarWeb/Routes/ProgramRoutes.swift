import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// A client's active program, any program by id, and the trainer's hand edits.
struct ProgramRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.get("programs/{id}") { _, context in try await show(context) }
        group.patch("programs/{id}") { request, context in try await edit(request, context) }
    }

    /// The routes that sign the request in themselves, in the same database read as their data,
    /// so they go outside `auth`'s group; each calls `auth.tokenHash` before anything else.
    func addSigningIn(to group: LumbarRouterGroup, auth: AuthMiddleware) {
        group.get("clients/{id}/program") { request, context in try await active(request, context, auth: auth) }
    }

    /// The client's active program: the API's most frequent read (a client's app polls it), so the
    /// token, the client's owner and the program come from one store read rather than three. It
    /// answers exactly what `AuthMiddleware` and the separate reads would: 401 for a missing, bad,
    /// expired or revoked token, then 404 for a client that is not the trainer's.
    func active(_ request: Request, _ context: LumbarRequestContext, auth: AuthMiddleware) async throws -> Response {
        let (hash, kind) = try auth.tokenHash(request)
        guard let clientID = context.pathUUID() else {
            // Text that is no id names no client, but a dead token still answers 401 first.
            guard try await app.store.trainer(tokenHash: hash, kind: kind, now: app.now()) != nil else {
                throw AuthMiddleware.signedOut
            }
            throw APIError.notFound("client")
        }
        switch try await app.store.activeProgram(tokenHash: hash, kind: kind, now: app.now(), clientID: clientID) {
        case .notSignedIn:
            throw AuthMiddleware.signedOut
        case .noClient:
            throw APIError.notFound("client")
        case .client(_, let status, let program):
            guard status.mayFollowProgram, let program else { throw APIError.noProgram(status) }
            return try ProgramDTO.response(program)
        }
    }

    func show(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let record = try await app.latestProgram(try context.pathID(what: "program"), of: trainer)
        return try ProgramDTO.response(record)
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
        // An unreadable newest version is edited from the last readable one, which repairs it.
        let program = try await programs.requireReadable(record).program
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
