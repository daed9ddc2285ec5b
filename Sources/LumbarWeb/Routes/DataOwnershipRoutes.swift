import Foundation
import Hummingbird
import LumbarStore

/// What a trainer can do with all of the data they hold: download a client's whole record, erase
/// a client, and erase their own account.
struct DataOwnershipRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.get("clients/{id}/export") { _, context in try await export(context) }
        group.delete("clients/{id}") { _, context in try await erase(context) }
        group.delete("auth/account") { request, context in try await eraseAccount(request, context) }
    }

    func export(_ context: LumbarRequestContext) async throws -> Response {
        try await app.exportResponse(try context.pathID(what: "client"), of: try context.requireTrainer())
    }

    func erase(_ context: LumbarRequestContext) async throws -> Response {
        try await app.eraseClient(try context.pathID(what: "client"), of: try context.requireTrainer())
        return JSONResponse.noContent()
    }

    func eraseAccount(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let password = try CredentialsBody.confirmation(try await request.jsonBody(limit: app.bodyLimit).value)
        try await app.eraseAccount(trainer, password: password, address: context.remoteAddress)
        return JSONResponse.noContent()
    }
}

extension AppServices {
    /// The client's whole record as a `lumbar.export/1` download; 404 when missing or another
    /// trainer's. Never cached: it is health data.
    func exportResponse(_ clientID: UUID, of trainer: TrainerRecord) async throws -> Response {
        guard let data = try await store.clientData(clientID: clientID, trainerID: trainer.id) else {
            throw APIError.notFound("client")
        }
        let now = now()
        logger.info("client exported", metadata: ["client": .string(clientID.wire)])
        return JSONResponse.make(
            .ok, ClientExport.json(data, trainer: trainer, exportedAt: now),
            headers: [
                .contentDisposition: "attachment; filename=\"\(ClientExport.fileName(data.client, on: now))\"",
                .cacheControl: "no-store",
            ])
    }

    /// Erases the client and everything that hangs off them; 404 when missing or another trainer's.
    func eraseClient(_ clientID: UUID, of trainer: TrainerRecord) async throws {
        do {
            try await store.eraseClient(id: clientID, trainerID: trainer.id)
        } catch StoreError.notFound {
            throw APIError.notFound("client")
        }
        logger.notice("client erased", metadata: ["client": .string(clientID.wire)])
    }

    /// Erases the trainer and all their clients once `password` is theirs. A wrong password counts
    /// as a failed sign-in (a stolen token must not become a way to guess the password) and is a
    /// 403 naming the field.
    func eraseAccount(_ trainer: TrainerRecord, password: String, address: String?) async throws {
        try await limiter.checkSignIn(email: trainer.email, address: address)
        guard await passwords.verify(password, hash: trainer.passwordHash) else {
            try await limiter.recordFailedSignIn(email: trainer.email, address: address)
            throw APIError(
                .forbidden, code: "forbidden", message: "That is not the account's password; nothing was erased.",
                field: "password")
        }
        try await store.eraseTrainer(id: trainer.id)
        logger.notice("account erased", metadata: ["trainer": .string(trainer.id.wire)])
    }
}
