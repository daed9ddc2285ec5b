import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// The trainer's home: every client with a status badge, last pain, pain trend, this week's
/// adherence and the next thing to do; alerts and safety stops first; search and filter.
struct DashboardPages {
    let pages: WebPages
    var app: AppServices { pages.app }

    /// The filter that is not a stored status: clients whose recent log raised an alert.
    static let alertFilter = "alert"

    func add(to group: RouterGroup<LumbarRequestContext>) {
        group.get("dashboard") { request, context in try await render(request, context) }
    }

    func render(
        _ request: Request, _ context: LumbarRequestContext, newClient: FormBody = FormBody(fields: [:]),
        errors: FormErrors = FormErrors(), status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let trainer = try context.requireTrainer()
        let query = request.uri.queryParameters
        let text = request.formValue("q").map { String($0.trimmingCharacters(in: .whitespaces).prefix(100)) }
            .flatMap { $0.isEmpty ? nil : $0 }
        let filter = query.get("status") ?? ""
        let statusFilter = ClientStatus(rawValue: filter)
        let today = CivilDate.utc(app.now())
        let entries = try await app.clients.dashboard(of: trainer, text: text, status: statusFilter, today: today)
        var rows = try entries.map { try row($0, today: today) }
        if filter == Self.alertFilter { rows.removeAll { !$0.hasAlert } }
        // Safety stops and alerts first; otherwise the store's order (most recently changed first).
        rows = rows.enumerated().sorted { left, right in
            let (a, b) = (left.element.rank, right.element.rank)
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)

        let page = DashboardPage(
            rows: rows, text: text, filter: filter, notice: query.get("notice").flatMap(PageNotice.init),
            newName: newClient.first("name") ?? "", newAge: newClient.first("age") ?? "",
            newNotes: newClient.first("notes") ?? "", errors: errors)
        return pages.page(title: "Clients", request: request, context: context, status: status) {
            page.content(csrf: $0)
        }
    }

    func row(_ entry: DashboardEntry, today: CivilDate) throws -> DashboardRow {
        let client = entry.client
        let plannedPerWeek = try entry.activeProgram.map(DashboardPages.daysPerWeek)
        let recent = try entry.recentSessions.map { try StoredDocument.sessionPain($0, catalog: app.catalog) }
        let latest = try entry.latestSession.map { try StoredDocument.sessionPain($0, catalog: app.catalog) }
        let stopped = client.status == .referred || client.status == .emergency
        let overview = ClientOverview(
            pains: recent, latest: latest, plannedPerWeek: stopped ? nil : plannedPerWeek,
            today: today, names: { app.catalog[$0]?.name ?? $0 })
        let shown = ClientBadge(client.status, alerts: overview.alerts)
        let hasAlert = shown == .alert
        let badge = ClientView.badge(shown)
        let (action, link) = nextAction(client, overview: overview, hasAlert: hasAlert, program: entry.activeProgram)
        return DashboardRow(
            id: client.id.wire, name: client.name, badge: badge.className, badgeLabel: badge.label,
            alertText: hasAlert ? overview.alerts.joined(separator: " ") : nil,
            lastPain: overview.lastPain.map { "\($0)/10" } ?? "—",
            trend: overview.trend,
            adherence: overview.plannedPerWeek.map { "\(overview.sessionsThisWeek) of \($0)" } ?? "—",
            lastSession: overview.lastSession.map(\.description) ?? "none yet", action: action, actionLink: link,
            hasAlert: hasAlert,
            rank: client.status == .emergency ? 0 : hasAlert ? 1 : client.status == .referred ? 2 : 3)
    }

    /// A program's days a week, from the column the store keeps beside its document: the dashboard
    /// needs only this figure per client, not the program.
    static func daysPerWeek(_ record: ProgramSummaryRecord) throws -> Int {
        guard let days = record.daysPerWeek else {
            throw StoredDocument.Damaged(description: "stored program \(record.programID) has no schedule")
        }
        return days
    }

    /// The one thing the trainer should do next for this client.
    func nextAction(_ client: ClientRecord, overview: ClientOverview, hasAlert: Bool, program: ProgramSummaryRecord?)
        -> (String, String)
    {
        let page = "/clients/\(client.id.wire)"
        switch client.status {
        case .needsAssessment: return ("Assess", page + "/assess")
        case .archived: return ("Restore, to work with them again", page + "#archived")
        case .emergency: return ("Check they sought care; reassess once seen", page)
        case .referred: return ("Record the medical clearance", page + "#clearance")
        case .active, .maintenance:
            if hasAlert { return ("Review the alert", page + "#alerts") }
            guard let lastSession = overview.lastSession else { return ("Share the program", page + "#share") }
            if let program, CivilDate.utc(program.createdAt).days(since: lastSession) < 0,
                (overview.plannedPerWeek ?? 0) > 0
            {
                return ("Run progression", page + "#progress")
            }
            return client.status == .maintenance ? ("Check in", page) : ("Follow the sessions", page)
        }
    }
}
