import Foundation
import Hummingbird
import LumbarApp
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
        let trainer = try context.requireTrainer()
        let data = try await app.clients.export(try context.pathID(what: "client"), of: trainer)
        return ClientExport.download(data, trainer: trainer, exportedAt: app.now())
    }

    func erase(_ context: LumbarRequestContext) async throws -> Response {
        try await app.clients.erase(try context.pathID(what: "client"), of: try context.requireTrainer())
        return JSONResponse.noContent()
    }

    func eraseAccount(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let password = try CredentialsBody.confirmation(try await request.jsonBody(limit: app.bodyLimit).value)
        try await app.accounts.erase(trainer, password: password, address: context.remoteAddress)
        return JSONResponse.noContent()
    }
}
