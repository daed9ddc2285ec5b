import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// The assessment wizard. Screening comes first and alone: an emergency or a referral stops
/// there (and is recorded), so nobody fills in a movement assessment for a person who must see a
/// doctor. Only then come pain, lifestyle, posture, squat, tests and preferences.
struct AssessmentPages {
    let pages: WebPages
    var app: AppServices { pages.app }

    func add(to group: RouterGroup<LumbarRequestContext>) {
        group.get("clients/{id}/assess") { request, context in try await screeningForm(request, context) }
        group.post("clients/{id}/assess/screening") { request, context in try await screen(request, context) }
        group.get("clients/{id}/assess/details") { request, context in try await clearedDetails(request, context) }
        group.post("clients/{id}/assess") { request, context in try await assess(request, context) }
        group.post("clients/{id}/clearance") { request, context in try await clear(request, context) }
    }

    func screeningForm(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await client(context)
        let form = AssessmentForm(FormBody(fields: [:]))
        let page = AssessmentPage(
            form, client: client, step: .screening, defaults: ["client.age": client.age.map(String.init) ?? ""])
        return render(page, request: request, context: context)
    }

    func screen(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await client(context)
        var form = AssessmentForm(try await FormBody.read(request, limit: app.bodyLimit))
        form.checkScreening()
        guard form.errors.isEmpty else {
            let page = AssessmentPage(form, client: client, step: .screening)
            return render(page, request: request, context: context, status: .unprocessableContent)
        }
        let assessment = try Assessment.parse(form.document(clientName: client.name, detailed: false))
        // Screened as recording it would screen it: a recorded clearance that covers these answers lets it on.
        let (screening, clearance) = try await app.assessments.screen(assessment, client: client)
        guard screening.decision == .proceed else {
            // The stop is recorded, so the dashboard shows the client as referred or in emergency.
            let outcome = try await app.assessments.record(assessment, client: client)
            return stopPage(outcome, client: client, request: request, context: context)
        }
        let step = AssessmentPage.Step.details(
            cautions: screening.cautions, clearance: clearance.map(ClearanceQuote.init))
        return render(AssessmentPage(form, client: client, step: step), request: request, context: context)
    }

    /// Step 2 after a clearance: the referral's screening answers carried, so nothing is asked twice.
    /// Without a cleared referral pending, the wizard starts at step 1.
    func clearedDetails(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await client(context)
        guard let pending = try await app.assessments.pendingDetails(of: client) else {
            return HTMLResponse.redirect("/clients/\(client.id.wire)/assess")
        }
        let form = AssessmentForm(AssessmentForm.screeningAnswers(of: pending.referral))
        let (screening, _) = try await app.assessments.screen(pending.referral, client: client)
        let step = AssessmentPage.Step.details(
            cautions: screening.cautions, clearance: ClearanceQuote(pending.clearance))
        return render(AssessmentPage(form, client: client, step: step), request: request, context: context)
    }

    func assess(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await client(context)
        var form = AssessmentForm(try await FormBody.read(request, limit: app.bodyLimit))
        form.checkScreening()
        let document = form.document(clientName: client.name, detailed: true)
        var assessment: Assessment?
        if form.errors.isEmpty {
            do {
                assessment = try Assessment.parse(document)
            } catch {
                form.add(APIError.validation(error))
            }
        }
        guard let assessment, form.errors.isEmpty else {
            // Shown again without the screening's cautions: this post did not screen.
            let page = AssessmentPage(form, client: client, step: .details(cautions: []))
            return render(page, request: request, context: context, status: .unprocessableContent)
        }
        let outcome = try await app.assessments.record(assessment, client: client)
        guard let version = outcome.version else {
            return stopPage(outcome, client: client, request: request, context: context)
        }
        return HTMLResponse.redirect("/programs/\(version.programID.wire)?new=1")
    }

    func clear(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await client(context)
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        do {
            let note = try ClearanceBody.read(.object([("note", .string(form.first("note") ?? ""))]))
            // The program waits for the details the referral stopped before: a plan from screening
            // alone would be generic, and the clearance's limits go into the real one.
            _ = try await app.assessments.recordClearance(note: note, client: client)
            return HTMLResponse.redirect("/clients/\(client.id.wire)/assess/details")
        } catch {
            let error = try APIError.shown(error) { error in error.status.code < 500 }
            // Shown on the client page at once: a message carried in the URL could be forged.
            return try await ClientPages(pages: pages).render(
                client, request, context, problem: error.message, status: error.status)
        }
    }

    func stopPage(
        _ outcome: AssessmentOutcome, client: ClientRecord, request: Request, context: LumbarRequestContext
    ) -> Response {
        let page = AssessmentStopPage(outcome, client: client)
        return pages.page(title: page.title, request: request, context: context) { csrf in page.content(csrf: csrf) }
    }

    /// A step of the wizard, with the token its form carries.
    func render(
        _ page: AssessmentPage, request: Request, context: LumbarRequestContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        pages.page(title: page.title, request: request, context: context, status: status) { csrf in
            page.content(csrf: csrf)
        }
    }

    func client(_ context: LumbarRequestContext) async throws -> ClientRecord {
        try await app.clients.client(try context.pathID(what: "client"), of: try context.requireTrainer())
    }
}
