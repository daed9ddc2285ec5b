import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// The program page: the program explained, hand edits (swap, dose), version history, making an
/// older version active again, and a print view for the client to take home.
struct ProgramPages {
    let pages: WebPages
    var app: AppServices { pages.app }

    func add(to group: RouterGroup<LumbarRequestContext>) {
        group.get("programs/{id}") { request, context in try await show(request, context) }
        group.get("programs/{id}/print") { request, context in try await print(request, context) }
        group.post("programs/{id}/swap") { request, context in try await swap(request, context) }
        group.post("programs/{id}/dose") { request, context in try await dose(request, context) }
        group.post("programs/{id}/activate") { request, context in try await activate(request, context) }
    }

    func show(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        try await render(request, context)
    }

    /// The page for one version (`?version=`, the newest by default). Only the newest can be
    /// edited; any version can be made active again. `problem` re-renders after a refused edit.
    func render(
        _ request: Request, _ context: LumbarRequestContext, problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let trainer = try context.requireTrainer()
        let id = try context.pathID(what: "program")
        let versions = try await app.programs.versions(id, of: trainer)
        guard let latest = versions.last else { throw APIError.notFound("program") }
        let wanted = request.uri.queryParameters.get("version").flatMap(Int.init) ?? latest.version
        guard let record = versions.first(where: { $0.version == wanted }) else {
            throw APIError.notFound("program version")
        }
        let client = try await app.clients.client(record.clientID, of: trainer)
        let readable = try await app.programs.requireReadable(record)
        let (program, isLatest) = (readable.program, record.version == latest.version)
        let filters =
            isLatest && program.decision == .proceed
            ? ProgramFilters(
                program: program, catalog: app.catalog, listedEquipment: try await app.programs.listedEquipment(record))
            : nil
        let model = ProgramPage(
            clientID: client.id.wire, clientName: client.name,
            view: ProgramView(program: program, record: record, catalog: app.catalog), versions: versions,
            isLatest: isLatest, editing: filters, isNew: request.uri.queryParameters.get("new") != nil,
            problem: problem ?? readable.notice)
        let title = "\(client.name)'s program"
        return pages.page(title: title, request: request, context: context, status: status) { csrf in
            model.content(csrf: csrf)
        }
    }

    func print(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let record = try await app.programs.latest(try context.pathID(what: "program"), of: trainer)
        let client = try await app.clients.client(record.clientID, of: trainer)
        let readable = try await app.programs.requireReadable(record)
        let model = ProgramPrintPage(
            clientName: client.name,
            view: ProgramView(program: readable.program.asFollowed, record: readable.record, catalog: app.catalog),
            leftOut: readable.program.leftOut.map(\.name))
        return pages.page(
            title: "\(client.name)'s program", bodyClass: "print-view", scripts: ["print.js"], request: request,
            context: context
        ) { _ in model.content }
    }

    func swap(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        guard let from = form.first("from"), let to = form.first("to") else {
            return try await render(
                request, context, problem: "Choose an exercise to swap in.", status: .unprocessableContent)
        }
        return try await edit(.swap(from: from, to: to), anchor: to, request, context)
    }

    func dose(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        guard let exercise = form.first("exercise") else {
            return try await render(request, context, problem: "Choose an exercise.", status: .unprocessableContent)
        }
        var figures: [String: Int] = [:]
        for key in ["sets", "reps", "holdSeconds", "minutes"] {
            guard let text = form.first(key) else { continue }
            guard let value = Int(text) else {
                return try await render(
                    request, context, problem: "\(key): \"\(text)\" is not a whole number.",
                    status: .unprocessableContent)
            }
            figures[key] = value
        }
        let change = ProgramEdit.dose(
            exercise: exercise, sets: figures["sets"], reps: figures["reps"], holdSeconds: figures["holdSeconds"],
            minutes: figures["minutes"])
        return try await edit(change, anchor: exercise, request, context)
    }

    func edit(_ edit: ProgramEdit, anchor: String, _ request: Request, _ context: LumbarRequestContext) async throws
        -> Response
    {
        let trainer = try context.requireTrainer()
        let record = try await app.programs.latest(try context.pathID(what: "program"), of: trainer)
        do {
            _ = try await app.programs.edit(record, edit)
        } catch {
            let error = try APIError.shown(error) { error in error.status.code < 500 && error.status != .notFound }
            let message = error.issues.isEmpty ? error.message : error.issues.map(\.message).joined(separator: " ")
            return try await render(request, context, problem: message, status: error.status)
        }
        return HTMLResponse.redirect("/programs/\(record.programID.wire)#ex-\(anchor)")
    }

    /// Makes an older version the one the client follows, as a new version: history is never rewritten.
    func activate(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        let id = try context.pathID(what: "program")
        let versions = try await app.programs.versions(id, of: trainer)
        guard let latest = versions.last,
            let chosen = versions.first(where: { String($0.version) == form.first("version") })
        else { throw APIError.notFound("program version") }
        let client = try await app.clients.client(chosen.clientID, of: trainer)
        do {
            try await app.programs.activate(chosen, after: latest, client: client)
        } catch {
            let error = try APIError.shown(error) { error in error.status == .conflict }
            return try await render(request, context, problem: error.message, status: error.status)
        }
        return HTMLResponse.redirect("/programs/\(chosen.programID.wire)")
    }
}
