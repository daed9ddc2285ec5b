import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// A client's data in the browser: the "Download all data" file, and erasure behind a page where
/// the trainer types the client's name, because it cannot be undone.
struct ClientDataPages {
    let pages: WebPages
    var app: AppServices { pages.app }

    func add(to group: RouterGroup<LumbarRequestContext>) {
        group.get("clients/{id}/export") { _, context in
            let trainer = try context.requireTrainer()
            let data = try await app.clients.export(try context.pathID(what: "client"), of: trainer)
            return ClientExport.download(data, trainer: trainer, exportedAt: app.now())
        }
        group.get("clients/{id}/erase") { request, context in try await confirm(request, context) }
        group.post("clients/{id}/erase") { request, context in try await erase(request, context) }
    }

    func confirm(
        _ request: Request, _ context: LumbarRequestContext, typed: String = "", errors: FormErrors = FormErrors(),
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let page = EraseClientPage(client, typed: typed, errors: errors)
        return pages.page(
            title: "Erase \(client.name)", bodyClass: "narrow", request: request, context: context, status: status
        ) { page.content(csrf: $0) }
    }

    func erase(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        let typed = form.first("confirmName") ?? ""
        // The name exactly as shown (spaces around it aside): erasing is for good.
        guard typed.trimmingCharacters(in: .whitespacesAndNewlines) == client.name else {
            var errors = FormErrors()
            errors.labels = ["confirmName": "Name"]
            errors.add(
                "confirmName",
                typed.isEmpty ? "Type the client's name to confirm." : "This is not the client's name as shown.")
            return try await confirm(request, context, typed: typed, errors: errors, status: .unprocessableContent)
        }
        try await app.clients.erase(client.id, of: trainer)
        return HTMLResponse.redirect("/dashboard?notice=\(PageNotice.clientErased.rawValue)")
    }
}
