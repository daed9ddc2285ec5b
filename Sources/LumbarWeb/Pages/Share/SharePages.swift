import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// The client's own page, reached from a share link without an account: today's session with the
/// guided player, their pain history and streak, and the next-morning pain question. It shows the
/// client's first name and their own program and log only; nothing about the trainer or anyone else.
struct SharePages {
    let pages: WebPages
    var app: AppServices { pages.app }

    func add(to router: Router<LumbarRequestContext>) {
        router.get("s/{token}") { request, context in try await show(request, context) }
        router.post("s/{token}/morning") { request, context in try await morning(request, context) }
    }

    /// The link's client, or a 404 that tells the person what to do: an unknown, expired or
    /// revoked link reads the same (nothing tells which), and only their trainer can send a new one.
    static func live(_ token: String?, _ app: AppServices) async throws -> (ShareLinkRecord, ClientRecord) {
        do {
            return try await app.shareLinks.live(token: token)
        } catch AppError.notFound {
            throw APIError(
                .notFound, code: "notFound",
                message: "This link does not work any more: it may have expired or been stopped. Ask your trainer "
                    + "for a new link.")
        }
    }

    func show(
        _ request: Request, _ context: LumbarRequestContext, morningForm: MorningForm? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        let (link, client) = try await Self.live(token, app)
        var program: (program: Program, record: ProgramVersionRecord)?
        if let record = try await app.clients.followableProgram(of: client),
            let readable = try await app.programs.readable(record)
        {
            program = (readable.program, readable.record)
        }
        // Summaries, not documents: the page shows no alert, so no session needs its exercises.
        let sessions = try await app.sessions.history(of: client, documentsSince: nil)
        let today = CivilDate.utc(app.now())
        // Next-morning pain is asked only for a session this link logged (one read, when one is due).
        let morningSession = try await app.shareLinks.morningSession(in: sessions, link: link, client: client)
        let model = SharePage(
            client: client, token: token, program: program, sessions: sessions, catalog: app.catalog, today: today,
            timerScale: app.config.timerScale, morningSession: morningSession, morningForm: morningForm,
            morningSaved: request.uri.queryParameters.get("saved") == "morning")
        return pages.page(
            title: "\(model.firstName)'s exercises", bodyClass: "narrow share",
            scripts: model.program == nil ? ["share.js"] : ["share.js", "player.js"], request: request,
            context: context, status: status
        ) { csrf in model.content(csrf: csrf) }
    }

    /// The next-morning form: a pain 0–10 for the session it names. A bad value re-renders the page
    /// with the message beside the slider (422); a session that is not this client's is 404.
    func morning(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let (link, client) = try await Self.live(context.parameters.get("token"), app)
        let form = MorningForm(try await FormBody.read(request, limit: app.bodyLimit))
        guard let pain = form.pain, let sessionID = form.sessionID else {
            return try await show(request, context, morningForm: form, status: .unprocessableContent)
        }
        _ = try await app.shareLinks.setNextMorningPain(pain, sessionID: sessionID, link: link, client: client)
        let token = context.parameters.get("token") ?? ""
        return HTMLResponse.redirect("/s/\(token)?saved=morning")
    }
}

/// What the next-morning form sent, checked: the pain and the session, or the problems to show.
struct MorningForm {
    let rawPain: String?
    let rawSession: String?
    private(set) var pain: Int?
    private(set) var sessionID: UUID?
    private(set) var errors = FormErrors()

    init(_ form: FormBody) {
        rawPain = form.first("pain")
        rawSession = form.first("session")
        errors.labels = ["pain": "Pain this morning", "session": "Session"]
        let range = SessionLog.Limits.pain
        if let text = rawPain {
            if let value = Int(text), range.contains(value) {
                pain = value
            } else if let value = Int(text) {
                errors.add("pain", "\(value) is outside \(range.lowerBound)…\(range.upperBound); choose 0 to 10")
            } else {
                errors.add("pain", "\"\(text)\" is not a whole number; choose 0 to 10")
            }
        } else {
            errors.add("pain", "is required; choose how much pain you have this morning, 0 to 10")
        }
        if let text = rawSession, let id = UUID(text: text) {
            sessionID = id
        } else {
            errors.add("session", "This form does not say which session it is about; reload the page and try again.")
        }
    }
}
