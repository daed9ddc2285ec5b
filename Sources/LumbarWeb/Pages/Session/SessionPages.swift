import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore

/// Correcting and deleting a logged session from the client page, so a wrong entry (a typo in
/// the date, a pain on the wrong scale) is never permanent.
struct SessionPages {
    let pages: WebPages
    var app: AppServices { pages.app }

    func add(to group: RouterGroup<LumbarRequestContext>) {
        // `{id}` is the client, as in every other `clients/{id}/…` route (the router needs one name per place).
        group.get("clients/{id}/sessions/{session}") { request, context in try await show(request, context) }
        group.get("clients/{id}/sessions/{session}/edit") { request, context in try await edit(request, context) }
        group.post("clients/{id}/sessions/{session}") { request, context in try await correct(request, context) }
        group.post("clients/{id}/sessions/{session}/delete") { request, context in
            try await delete(request, context)
        }
    }

    /// What happened in the session: each exercise's sets, pain during, form, or that it was skipped.
    func show(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let (client, record) = try await session(context)
        let page = SessionPage(
            client, record, session: try StoredDocument.session(record, catalog: app.catalog), catalog: app.catalog)
        return pages.page(title: "Session", request: request, context: context) { _ in page.content() }
    }

    func edit(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let (client, record) = try await session(context)
        let session = try StoredDocument.session(record, catalog: app.catalog)
        let fields: [String: String] = [
            "date": session.date.description, "painBefore": String(session.painBefore),
            "painAfter": String(session.painAfter), "painNextMorning": session.painNextMorning.map(String.init) ?? "",
            "notes": session.notes ?? "",
        ]
        return render(client, record, fields: fields, request: request, context: context)
    }

    func correct(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let (client, record) = try await session(context)
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        let names = ["date", "painBefore", "painAfter", "painNextMorning", "notes"]
        var fields: [String: String] = [:]
        for name in names { fields[name] = form.first(name) ?? "" }
        // The form's text becomes the JSON a script would send, so both are checked by one rule.
        var patch: [(String, JSONValue)] = [("date", .string(fields["date"] ?? ""))]
        for name in ["painBefore", "painAfter", "painNextMorning"] {
            let text = (fields[name] ?? "").trimmingCharacters(in: .whitespaces)
            patch.append((name, text.isEmpty ? .null : FormBody.number(text)))
        }
        let notes = fields["notes"] ?? ""
        patch.append(("notes", notes.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? .null : .string(notes)))
        do {
            _ = try await app.sessions.correct(record, of: try context.requireTrainer(), patch: .object(patch))
        } catch {
            let error = try APIError.shown(error) { error in error.status.code < 500 }
            var errors = FormErrors(error)
            errors.labels = [
                "date": "Date", "painBefore": "Pain before", "painAfter": "Pain after",
                "painNextMorning": "Pain the next morning", "notes": "Notes",
            ]
            return render(
                client, record, fields: fields, errors: errors, request: request, context: context,
                status: error.status)
        }
        return HTMLResponse.redirect("/clients/\(client.id.wire)?notice=\(PageNotice.sessionCorrected.rawValue)")
    }

    func delete(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let (client, record) = try await session(context)
        _ = try await FormBody.read(request, limit: app.bodyLimit)
        try await app.sessions.delete(record.id, of: try context.requireTrainer())
        return HTMLResponse.redirect("/clients/\(client.id.wire)?notice=\(PageNotice.sessionDeleted.rawValue)")
    }

    /// The client in the path and its session; 404 when either is not the trainer's, or the
    /// session is another client's.
    func session(_ context: LumbarRequestContext) async throws -> (ClientRecord, SessionLogRecord) {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let record = try await app.sessions.session(try context.pathID("session", what: "session"), of: trainer)
        guard record.clientID == client.id else { throw APIError.notFound("session") }
        return (client, record)
    }

    func render(
        _ client: ClientRecord, _ record: SessionLogRecord, fields: [String: String], errors: FormErrors = FormErrors(),
        request: Request, context: LumbarRequestContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        let page = SessionEditPage(
            client, record, dates: app.sessions.dates(of: client), fields: fields, errors: errors)
        return pages.page(
            title: "Correct a session", bodyClass: "narrow", request: request, context: context, status: status
        ) { page.content(csrf: $0) }
    }
}
