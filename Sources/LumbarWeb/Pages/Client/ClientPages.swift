import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore

/// A client's page: where they stand and what to do next, the current program, the session
/// history, progression decisions, alerts and share links; and the forms that act on them.
struct ClientPages {
    let pages: WebPages
    var app: AppServices { pages.app }

    func add(to group: RouterGroup<LumbarRequestContext>) {
        group.post("clients") { request, context in try await create(request, context) }
        group.get("clients/{id}") { request, context in try await show(request, context) }
        group.post("clients/{id}/progress") { request, context in try await progress(request, context) }
        group.post("clients/{id}/share-links") { request, context in try await share(request, context) }
        group.post("clients/{id}/archive") { request, context in try await archive(request, context) }
        group.post("clients/{id}/restore") { request, context in try await restore(request, context) }
        group.post("clients/{id}/edit") { request, context in try await edit(request, context) }
        group.post("share-links/{id}/revoke") { request, context in try await revoke(request, context) }
    }

    /// The dashboard's "add a client" form; on success straight to the assessment.
    func create(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        var fields: [(String, JSONValue)] = [("name", .string(form.first("name") ?? ""))]
        if let age = form.first("age") { fields.append(("age", FormBody.number(age))) }
        if let notes = form.first("notes") { fields.append(("notes", .string(notes))) }
        do {
            let body = try ClientBody.create(.object(fields))
            let client = try await app.clients.create(for: trainer, name: body.name, age: body.age, notes: body.notes)
            return HTMLResponse.redirect("/clients/\(client.id.wire)/assess")
        } catch {
            let error = try APIError.shown(error) { error in error.status.code < 500 }
            var errors = FormErrors(error)
            errors.labels = Self.fieldLabels
            errors.ids = ["name": "new-name", "age": "new-age", "notes": "new-notes"]
            return try await DashboardPages(pages: pages).render(
                request, context, newClient: form, errors: errors, status: error.status)
        }
    }

    /// The client page's edit form: the name, age and notes. A blank age or notes clears it.
    func edit(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await client(context)
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        let age = form.first("age") ?? ""
        let notes = form.first("notes") ?? ""
        let fields: [(String, JSONValue)] = [
            ("name", .string(form.first("name") ?? "")),
            ("age", age.isEmpty ? .null : FormBody.number(age)),
            ("notes", notes.isEmpty ? .null : .string(notes)),
        ]
        do {
            _ = try await app.clients.update(client, try ClientBody.patch(.object(fields)))
            return HTMLResponse.redirect("/clients/\(client.id.wire)?notice=\(PageNotice.clientEdited.rawValue)")
        } catch {
            let error = try APIError.shown(error) { error in error.status.code < 500 }
            var errors = FormErrors(error)
            errors.labels = Self.fieldLabels
            errors.ids = ["name": "edit-name", "age": "edit-age", "notes": "edit-notes"]
            return try await render(
                client, request, context, edit: ClientPage.EditForm(form, errors: errors), status: error.status)
        }
    }

    /// The client form's fields as its error summaries name them (the add form and the edit form).
    static let fieldLabels = ["name": "Name", "age": "Age", "notes": "Notes"]

    func show(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await client(context)
        return try await render(
            client, request, context, notice: request.uri.queryParameters.get("notice").flatMap(PageNotice.init)?.text)
    }

    func render(
        _ client: ClientRecord, _ request: Request, _ context: LumbarRequestContext, notice: String? = nil,
        problem: String? = nil, newShareLink: String? = nil, edit: ClientPage.EditForm? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let now = app.now()
        let today = CivilDate.utc(now)
        async let activeRecord = app.clients.followableProgram(of: client)
        // Summaries, not documents: only the recent sessions an alert must name exercises of are parsed.
        async let history = app.sessions.history(
            of: client, documentsSince: today.adding(days: -ClientOverview.windowDays))
        async let linkRecords = app.shareLinks.links(of: client)
        async let latestAssessment = app.assessments.latest(of: client)
        async let clearanceRecords = app.assessments.clearances(of: client)
        let sessions = try await history
        var readable: ReadableProgram?
        if let record = try await activeRecord { readable = try await app.programs.readable(record) }
        let (active, program) = (readable?.record, readable?.program)

        var page = ClientPage(client: client, notice: notice, problem: problem ?? readable?.notice)
        page.newShareLink = newShareLink
        page.edit = edit
        page.sessions = sessions
        let clearances = try await clearanceRecords
        let latest = try await latestAssessment
        page.clearances = clearances.reversed().map(ClearanceQuote.init)
        page.detailsPending = !page.archived && AssessmentService.clearance(of: latest, in: clearances) != nil
        if client.status == .referred || client.status == .emergency, let assessment = latest {
            page.stopReasons = assessment.reasons
        }
        if let active, let program {
            let overview = ClientOverview(
                pains: sessions.map(\.pain), latest: sessions.last?.pain, plannedPerWeek: program.schedule.daysPerWeek,
                today: today, names: { app.catalog[$0]?.name ?? $0 })
            page.program = ClientPage.ProgramSummary(
                program, record: active, thisWeek: "\(overview.sessionsThisWeek) of \(program.schedule.daysPerWeek)")
            page.decisions = program.allExercises.compactMap { exercise in
                exercise.progression.map {
                    ClientPage.Decision(exercise: exercise.name, verdict: $0.decision, reason: $0.reason)
                }
            }
            // The live alerts over the recent log; those the last progression saved are on the program page.
            page.alerts = overview.alerts
        }
        if !sessions.isEmpty {
            let recent = sessions.filter { today.days(since: $0.date) < ClientPages.chartDays }.map(\.pain)
            page.painChart = PainChart(recent, title: "Pain over the last \(ClientPages.chartDays / 7) weeks")
            if let planned = program?.schedule.daysPerWeek {
                page.adherenceChart = AdherenceChart(
                    weeks: ClientPages.weeks(sessions.map(\.date), planned: planned, today: today),
                    title: "Sessions a week against the plan of \(planned)")
            }
        }
        page.links = try await linkRecords.map { ClientPage.Link($0, now: now) }
        return pages.page(title: client.name, request: request, context: context, status: status) {
            page.content(csrf: $0)
        }
    }

    /// How far back the client page's charts reach.
    static let chartDays = 26 * 7
    static let chartWeeks = 12

    /// Sessions done against planned, Monday to Sunday, for the last `chartWeeks` weeks (fewer when
    /// the client started more recently), oldest first; `sessionDates` oldest first.
    static func weeks(_ sessionDates: [CivilDate], planned: Int, today: CivilDate) -> [AdherenceChart.Week] {
        guard let first = sessionDates.first else { return [] }
        let thisWeek = SessionStreak.weekStart(of: today)
        let firstWeek = max(SessionStreak.weekStart(of: first), thisWeek.adding(days: -7 * (chartWeeks - 1)))
        let dates = Set(sessionDates)
        return stride(from: firstWeek.daysSinceEpoch, through: thisWeek.daysSinceEpoch, by: 7).map { start in
            let week = CivilDate(daysSinceEpoch: start)
            let done = (0..<7).filter { dates.contains(week.adding(days: $0)) }.count
            return (start: week, done: done, planned: planned)
        }
    }

    func progress(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await client(context)
        _ = try await FormBody.read(request, limit: app.bodyLimit)
        guard let active = try await app.clients.followableProgram(of: client) else {
            return try await render(
                client, request, context, problem: "There is no active program to progress.", status: .conflict)
        }
        do {
            let (next, _) = try await app.progression.progress(client, active: active)
            let notice: PageNotice = next.stage == .maintenance ? .maintenance : .progressed
            return HTMLResponse.redirect("/clients/\(client.id.wire)?notice=\(notice.rawValue)#decisions")
        } catch {
            let error = try APIError.shown(error) { error in error.status.code < 500 }
            return try await render(client, request, context, problem: error.message, status: error.status)
        }
    }

    /// A new share link. Its token appears once, on this response, and is stored only hashed.
    func share(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await client(context)
        _ = try await FormBody.read(request, limit: app.bodyLimit)
        let (_, token) = try await app.shareLinks.create(for: client, days: nil)
        return try await render(
            client, request, context, newShareLink: ShareLinkDTO.url(token: token, publicURL: app.config.publicURL),
            status: .created)
    }

    func revoke(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        try await app.shareLinks.revoke(try context.pathID(what: "share link"), of: trainer)
        guard let clientID = form.first("client").flatMap(UUID.init(text:)) else {
            return HTMLResponse.redirect("/dashboard")
        }
        return HTMLResponse.redirect("/clients/\(clientID.wire)?notice=\(PageNotice.linkRevoked.rawValue)")
    }

    func archive(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await client(context)
        _ = try await FormBody.read(request, limit: app.bodyLimit)
        try await app.clients.archive(client)
        return HTMLResponse.redirect("/dashboard")
    }

    func restore(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await client(context)
        _ = try await FormBody.read(request, limit: app.bodyLimit)
        try await app.clients.restore(client)
        return HTMLResponse.redirect("/clients/\(client.id.wire)?notice=\(PageNotice.restored.rawValue)")
    }

    func client(_ context: LumbarRequestContext) async throws -> ClientRecord {
        try await app.clients.client(try context.pathID(what: "client"), of: try context.requireTrainer())
    }
}
