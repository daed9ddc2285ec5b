import Foundation
import Hummingbird
import HummingbirdTesting
import LumbarStore
import Testing

@testable import LumbarWeb

/// The HTML pages in-process: sessions and CSRF, the assessment wizard's safety stops, the
/// program page's edits, and other trainers' pages answering 404.
@Suite struct PageTests {
    @Test(arguments: StoreKind.available)
    func signUpSignsInWithAnHttpOnlyCookieAndSignOutRevokesIt(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            var browser = Browser(api)
            #expect(try await browser.get("/dashboard").location == "/signin?next=/dashboard")
            let reply = try await browser.signUp()
            #expect(reply.location == "/dashboard")
            let cookie = try #require(reply.headers[values: .setCookie].first { $0.hasPrefix("lumbar_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
            let session = try #require(browser.cookies["lumbar_session"])
            #expect(try await browser.get("/catalog").text.contains("Sign out"))

            #expect(try await browser.post("/signout").location == "/signin")
            #expect(browser.cookies["lumbar_session"] == nil)
            // The old cookie no longer signs anyone in, even if a copy was kept.
            browser.cookies["lumbar_session"] = session
            #expect(try await browser.get("/programs/\(UUID().uuidString)").status == .seeOther)
        }
    }

    // Mustache shows a section for any string, even an empty one: a page without a notice showed an
    // empty green box above its content.
    @Test func aNoticeShowsOnlyWhenThereIsOne() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            let emptyNotice = #"<div class="notice ok" role="status"><p></p></div>"#
            #expect(try await browser.get("/signin").text.contains(emptyNotice) == false)
            try await browser.signUp()
            #expect(try await browser.get("/dashboard").text.contains(emptyNotice) == false)
            let erased = try await browser.get("/dashboard?notice=\(PageNotice.clientErased.rawValue)").text
            #expect(erased.contains(#"<div class="notice ok" role="status"><p>"#) && !erased.contains(emptyNotice))
        }
    }

    @Test func behindHTTPSTheSignInCookiesAreSecure() async throws {
        #expect(!(try AppConfig.resolve(environment: [:]).secureCookies))
        var config = AppConfig.testing
        config.secureCookies = true
        try await withApp(.sqlite, config: config) { api in
            var browser = Browser(api)
            let signUp = try await browser.signUp()
            let issued = signUp.headers[values: .setCookie]
            #expect(issued.contains { $0.hasPrefix("lumbar_session=") && $0.contains("Secure") })
            let signOut = try await browser.post("/signout")
            #expect(signOut.headers[values: .setCookie].allSatisfy { $0.contains("Secure") })
            var visitor = Browser(api)
            let form = try await visitor.get("/signin")
            let csrf = try #require(form.headers[values: .setCookie].first { $0.hasPrefix("lumbar_csrf=") })
            #expect(csrf.contains("Secure") && csrf.contains("SameSite=Strict"))
        }
    }

    // A cookie value planted by someone else (a sibling subdomain can set cookies) and echoed in the
    // form was accepted while signed in; the token is now the session's own, and a new sign-in
    // changes it.
    @Test func theCSRFTokenBelongsToTheSignedInSessionAndChangesAtSignIn() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let planted = String(repeating: "p", count: 43)
            browser.cookies[BrowserSession.csrfCookie] = planted
            let forged = try await browser.send(
                .post, "/clients", body: "name=Eve&\(BrowserSession.csrfField)=\(planted)")
            #expect(forged.status == .forbidden)
            let script = try await api.call(
                .post, "/api/v1/clients", body: #"{"name": "Eve"}"#,
                headers: [
                    .cookie: "lumbar_session=\(browser.cookies[BrowserSession.sessionCookie]!); lumbar_csrf=\(planted)",
                    BrowserSession.csrfHeader: planted,
                ])
            #expect(script.status == .forbidden)

            let first = try #require(browser.csrfToken)
            #expect(try await browser.post("/clients", [("name", "Eve")]).status == .seeOther)
            // Signing out and in again issues a new session, and with it a new token; the old one is dead.
            #expect(try await browser.post("/signout").status == .seeOther)
            let signedOutToken = try #require(browser.csrfToken)
            #expect(signedOutToken != first)
            let account = try await api.register()
            var other = Browser(api)
            #expect(
                try await other.post("/signin", [("email", account.email), ("password", "correct horse battery")])
                    .status
                    == .seeOther)
            let second = try #require(other.csrfToken)
            #expect(second != first)
            let stale = try await other.send(.post, "/clients", body: "name=Eve&\(BrowserSession.csrfField)=\(first)")
            #expect(stale.status == .forbidden)
        }
    }

    @Test func formsWithoutTheCSRFTokenAreRefused() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let reply = try await browser.post("/clients", [("name", "Eve")], csrf: false)
            #expect(reply.status == .forbidden)
            #expect(reply.text.contains("<h1>Not allowed</h1>"))
            var forged = browser
            forged.cookies["lumbar_csrf"] = nil
            #expect(try await forged.post("/signout", csrf: false).status == .forbidden)
        }
    }

    @Test func badSignUpKeepsWhatWasTypedAndNamesTheField() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            let reply = try await browser.post(
                "/signup", [("name", "Robin"), ("email", "not-an-address"), ("password", "short")])
            #expect(reply.status == .unprocessableContent)
            #expect(reply.text.contains(#"value="Robin""#) && reply.text.contains(#"value="not-an-address""#))
            #expect(reply.text.contains(#"id="email-error""#) && reply.text.contains(#"id="password-error""#))
            #expect(!reply.text.contains("short"), "the password is never echoed back")
            let wrong = try await browser.post(
                "/signin", [("email", "nobody@example.com"), ("password", "whatever it is")])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("Wrong e-mail address or password."))
        }
    }

    @Test func trainingMyselfOpensMyOwnAssessment() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            let reply = try await browser.signUp(name: "Jo Self", myself: true)
            let location = try #require(reply.location)
            #expect(location.hasPrefix("/clients/") && location.hasSuffix("/assess"))
            let page = try await browser.get(location)
            #expect(page.status == .ok && page.text.contains("Safety screening") && page.text.contains("Jo Self"))
        }
    }

    @Test(arguments: StoreKind.available)
    func anEmergencyAnswerStopsAtSeekCareAndRecordsIt(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let client = try await browser.addClient()
            let stop = try await browser.post(
                "/clients/\(client)/assess/screening", clearScreening(except: ["saddleNumbness"]))
            #expect(stop.status == .ok)
            #expect(stop.text.contains("Seek medical care today"))
            #expect(!stop.text.contains("Record clearance"), "an emergency offers no clearance")
            let page = try await browser.get("/clients/\(client)/assess")
            #expect(page.status == .ok)
            // The stop is on record: the client carries the emergency status.
            // Refused on the client page itself, not through a message carried in the URL.
            let refused = try await browser.post("/clients/\(client)/clearance", [("note", "Dr. Lee cleared")])
            #expect(
                refused.status == .conflict || refused.status == .unprocessableContent, "an emergency cannot be cleared"
            )
            #expect(refused.location == nil && refused.text.contains("<h1>"))
        }
    }

    /// Issue 14, bug 3: a clearance continues to the details the referral stopped before (the
    /// screening answers carried), and the doctor's words become the program's first caution and
    /// stay on the client's page, instead of a generic program from screening alone.
    @Test(arguments: StoreKind.available)
    func aClearanceContinuesTheAssessmentAndCarriesTheDoctorsLimits(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let client = try await browser.addClient()
            let stop = try await browser.post(
                "/clients/\(client)/assess/screening", clearScreening(except: ["cancerHistory"]))
            #expect(stop.text.contains("See a doctor or physiotherapist before training"))
            #expect(stop.text.contains("Record clearance"))
            let note = "Seen by Dr. Lee, 20 Nov: no heavy lifting for 4 weeks"
            let cleared = try await browser.post("/clients/\(client)/clearance", [("note", note)])
            #expect(cleared.location == "/clients/\(client)/assess/details")
            let details = try await browser.get("/clients/\(client)/assess/details")
            #expect(details.status == .ok && details.text.contains("Step 2 of 2"))
            #expect(details.text.contains("no heavy lifting for 4 weeks"))
            #expect(details.text.contains(#"name="flag.cancerHistory" value="yes""#), "step 1's answers are carried")
            // Until the details are in, the client has no program and the page says what comes next.
            let waiting = try await browser.get("/clients/\(client)")
            #expect(waiting.text.contains("Continue the assessment") && waiting.text.contains("no heavy lifting"))
            #expect(!waiting.text.contains("Current program"))
            // Clearing twice is refused: the referral is cleared already.
            let again = try await browser.post("/clients/\(client)/clearance", [("note", "again")])
            #expect(again.status == .conflict)

            // The details come a little later than the referral (a fixed test clock would tie them).
            api.clock.advance(days: 0.01)
            let built = try await browser.post(
                "/clients/\(client)/assess",
                clearScreening(except: ["cancerHistory"]) + [
                    ("lifestyle.sittingHours", "9"), ("posture", "anteriorPelvicTilt"),
                    ("preferences.daysPerWeek", "3"),
                ])
            let location = try #require(built.location)
            #expect(location.hasPrefix("/programs/"))
            let program = try await browser.get(location)
            #expect(program.status == .ok && program.text.contains("Version 1"))
            #expect(program.text.contains("Medical clearance recorded on"))
            #expect(program.text.contains("no heavy lifting for 4 weeks"))
            // Built from the details, not from screening alone: the tilt's hip-flexor stretch is in it.
            #expect(program.text.contains("hip flexor") || program.text.contains("Hip flexor"))
            let page = try await browser.get("/clients/\(client)")
            #expect(page.text.contains(#"id="clearances""#) && page.text.contains("no heavy lifting for 4 weeks"))
            #expect(page.text.contains("Current program"))
        }
    }

    /// A clearance covers what was cleared, nothing new: a red flag that appears on the details
    /// step after a clearance refers again.
    @Test func aClearanceDoesNotCoverANewRedFlag() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let client = try await browser.addClient()
            _ = try await browser.post("/clients/\(client)/assess/screening", clearScreening(except: ["cancerHistory"]))
            _ = try await browser.post("/clients/\(client)/clearance", [("note", "Dr. Lee: fine to train")])
            let newFlag = try await browser.post(
                "/clients/\(client)/assess", clearScreening(except: ["cancerHistory", "nightPain"]))
            #expect(newFlag.location == nil)
            #expect(newFlag.text.contains("See a doctor or physiotherapist before training"))
            let worse = try await browser.get("/clients/\(client)")
            #expect(worse.text.contains("Referred: awaiting medical clearance"))
        }
    }

    @Test func screeningQuestionsMustAllBeAnsweredAndKeepTheirAnswers() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let client = try await browser.addClient()
            var answers = clearScreening()
            answers.removeAll { $0.0 == "flag.nightPain" }
            let reply = try await browser.post("/clients/\(client)/assess/screening", answers)
            #expect(reply.status == .unprocessableContent)
            #expect(reply.text.contains(#"id="flag-nightPain-error""#))
            #expect(reply.text.contains(#"value="no" required checked"#))
        }
    }

    @Test(arguments: StoreKind.available)
    func theWizardBuildsAProgramThatCanBeEditedPrintedAndReactivated(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let client = try await browser.addClient()
            let details = try await browser.post("/clients/\(client)/assess/screening", clearScreening())
            #expect(details.text.contains("Step 2 of 2"))

            // A mistake in step 2 re-renders everything typed, with the field named.
            let full =
                clearScreening() + [
                    ("pain.worseWith", "sitting"), ("pain.worseWith", "flexion"), ("posture", "anteriorPelvicTilt"),
                    ("overheadSquat", "lowBackArches"), ("tests.thomas.left", "tight"), ("tests.bridge", "archesBack"),
                    ("preferences.daysPerWeek", "4"), ("preferences.minutesPerSession", "25"),
                ]
            let wrong = try await browser.post(
                "/clients/\(client)/assess", full + [("tests.sidePlankSeconds.left", "forever")])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains(#"value="forever""#) && wrong.text.contains("Side plank hold, left"))
            #expect(
                wrong.text.contains(
                    #"value="anteriorPelvicTilt" aria-describedby="posture-anteriorPelvicTilt-hint" checked"#))

            let built = try await browser.post("/clients/\(client)/assess", full)
            let location = try #require(built.location)
            let programPath = String(location.split(separator: "?")[0])
            let page = try await browser.get(location)
            #expect(page.text.contains("The program is ready"))
            #expect(page.text.contains("Version 1"))

            let refused = try await browser.post(
                programPath + "/dose", [("exercise", "foam-roll-hip-flexors"), ("sets", "99")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("That change was not made"))
            let dosed = try await browser.post(
                programPath + "/dose", [("exercise", "foam-roll-hip-flexors"), ("sets", "2")])
            #expect(dosed.status == .seeOther)
            let edited = try await browser.get(programPath)
            #expect(edited.text.contains("Version 2") && edited.text.contains("Edited by the trainer"))

            let print = try await browser.get(programPath + "/print")
            #expect(print.status == .ok && print.text.contains("your back program"))
            #expect(print.text.contains("print.css") && !print.text.contains("Change this exercise"))

            let activated = try await browser.post(programPath + "/activate", [("version", "1")])
            #expect(activated.status == .seeOther)
            #expect(try await browser.get(programPath).text.contains("Version 3 · Activated"))
        }
    }

    /// The straight-leg raise can record leg symptoms (a nerve sign): the wizard offers it, and the
    /// program then keeps nerve-tensioning stretches out and says why.
    @Test func theWizardRecordsAStraightLegRaiseThatBringsOnLegSymptoms() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let client = try await browser.addClient()
            let details = try await browser.post("/clients/\(client)/assess/screening", clearScreening())
            #expect(details.text.contains(#"<option value="nerveSymptoms""#))
            #expect(details.text.contains("Brings on leg symptoms"))
            // The details come a little later than the referral (a fixed test clock would tie them).
            api.clock.advance(days: 0.01)
            let built = try await browser.post(
                "/clients/\(client)/assess",
                clearScreening() + [
                    ("tests.straightLegRaise.left", "nerveSymptoms"), ("tests.straightLegRaise.right", "tight"),
                    ("preferences.equipment", "mat"), ("preferences.equipment", "towel"),
                ])
            let page = try await browser.get(try #require(built.location))
            #expect(page.text.contains("not of short hamstrings"))
            #expect(!page.text.contains("Towel hamstring stretch"))
        }
    }

    // The program page writes its edit forms in Swift, so it hands them the token itself: the
    // signed-in session's, whatever CSRF cookie the browser holds or lacks.
    @Test func theProgramPagesFormsCarryThePagesCSRFToken() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let client = try await browser.addClient()
            // The details come a little later than the referral (a fixed test clock would tie them).
            api.clock.advance(days: 0.01)
            let built = try await browser.post(
                "/clients/\(client)/assess", clearScreening() + [("posture", "anteriorPelvicTilt")])
            let programPath = String(try #require(built.location).split(separator: "?")[0])

            func formTokens(_ page: Reply) -> Set<String> {
                Set(
                    page.text.components(separatedBy: #"name="_csrf" value=""#).dropFirst()
                        .map { String($0.prefix { $0 != "\"" }) })
            }
            let session = try #require(browser.cookies[BrowserSession.sessionCookie])
            let held = BrowserSession.csrfToken(session: session)
            let page = try await browser.get(programPath)
            #expect(page.text.contains("Change this exercise"))
            #expect(formTokens(page) == [held])
            #expect(!page.headers[values: .setCookie].contains { $0.hasPrefix("lumbar_csrf=") })

            browser.cookies[BrowserSession.csrfCookie] = nil
            let fresh = try await browser.get(programPath)
            #expect(browser.cookies[BrowserSession.csrfCookie] == nil)
            #expect(formTokens(fresh) == [held])
            // And the form posts with it.
            let dosed = try await browser.post(
                programPath + "/dose", [("exercise", "foam-roll-hip-flexors"), ("sets", "2")])
            #expect(dosed.status == .seeOther)
        }
    }

    @Test func anotherTrainersPagesAnswer404() async throws {
        try await withApp(.sqlite) { api in
            var owner = Browser(api)
            try await owner.signUp()
            let client = try await owner.addClient()
            let built = try await owner.post(
                "/clients/\(client)/assess",
                clearScreening() + [("preferences.daysPerWeek", "3")])
            let programPath = String(try #require(built.location).split(separator: "?")[0])

            var other = Browser(api)
            try await other.signUp(name: "Other Trainer")
            for path in ["/clients/\(client)/assess", programPath, programPath + "/print"] {
                let reply = try await other.get(path)
                #expect(reply.status == .notFound, "\(path)")
                #expect(reply.text.contains("<h1>Not found</h1>") && !reply.text.contains("Dana"))
            }
            for (path, fields) in [
                (programPath + "/dose", [("exercise", "foam-roll-hip-flexors"), ("sets", "2")]),
                (programPath + "/activate", [("version", "1")]),
                ("/clients/\(client)/assess/screening", clearScreening()),
                ("/clients/\(client)/clearance", [("note", "x")]),
                ("/clients/\(client)/edit", [("name", "Mine now")]),
            ] {
                #expect(try await other.post(path, fields).status == .notFound, "\(path)")
            }
        }
    }

    /// Issue 14, the trainer's workflow: a client's name, age and notes change on their page, and a
    /// new assessment is offered at any time once they have a program.
    @Test(arguments: StoreKind.available)
    func aTrainerEditsAClientAndMayReassessAtAnyTime(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let client = try await browser.addClient("Dana Example")
            let fresh = try await browser.get("/clients/\(client)")
            #expect(!fresh.text.contains(#"id="reassess""#), "a first assessment has its own notice")
            _ = try await browser.post(
                "/clients/\(client)/assess", clearScreening() + [("preferences.daysPerWeek", "3")])
            let planned = try await browser.get("/clients/\(client)")
            #expect(planned.text.contains(#"href="/clients/\#(client)/assess" id="reassess""#))
            #expect(planned.text.contains(#"value="Dana Example""#) && planned.text.contains(#"value="46""#))

            let saved = try await browser.post(
                "/clients/\(client)/edit", [("name", " Dana Brooks "), ("age", ""), ("notes", "Knee surgery, 2019")])
            #expect(saved.location == "/clients/\(client)?notice=client-edited")
            let page = try await browser.get(try #require(saved.location))
            #expect(page.text.contains("<h1>Dana Brooks ") && page.text.contains("Changes saved."))
            #expect(!page.text.contains("Age 46.") && page.text.contains("Knee surgery, 2019"))

            // Bad input: every problem named on the form, what was typed kept, nothing changed.
            let bad = try await browser.post("/clients/\(client)/edit", [("name", "  "), ("age", "0"), ("notes", "x")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains(#"id="edit-name-error""#) && bad.text.contains(#"id="edit-age-error""#))
            #expect(bad.text.contains(#"<details id="edit-client" open>"#) && bad.text.contains(#"value="0""#))
            let unchanged = try await browser.get("/clients/\(client)")
            #expect(unchanged.text.contains("<h1>Dana Brooks "))
            // Refused without the form's token.
            let forged = try await browser.post("/clients/\(client)/edit", [("name", "Forged")], csrf: false)
            #expect(forged.status == .forbidden)
        }
    }

    /// Issue 14, the wizard: "worst pain this week" is not a silent copy of "pain now", one activity
    /// cannot be both worse and better, and the error summary lists problems in the form's order,
    /// each linked to its field.
    @Test func theWizardAsksInsteadOfGuessingAndLinksItsErrors() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let client = try await browser.addClient()
            let details = try await browser.post("/clients/\(client)/assess/screening", clearScreening(pain: "4"))
            #expect(details.text.contains(#"<option value="" selected>Not asked</option>"#))
            #expect(!details.text.contains(#"<option value="4" selected>"#), "pain now is not copied")

            let both = try await browser.post(
                "/clients/\(client)/assess",
                clearScreening() + [
                    ("pain.worseWith", "sitting"), ("pain.betterWith", "sitting"), ("preferences.daysPerWeek", "9"),
                ])
            #expect(both.status == .unprocessableContent)
            #expect(both.text.contains("Worse or better: sitting ticked as both; tick one of the two"))
            let worse = try #require(both.text.range(of: ##"<a href="#triggers">"##))
            let days = try #require(both.text.range(of: ##"<a href="#days">"##))
            #expect(worse.lowerBound < days.lowerBound, "the summary follows the form's order")

            let built = try await browser.post(
                "/clients/\(client)/assess",
                clearScreening() + [("pain.worseWith", "sitting"), ("preferences.daysPerWeek", "3")])
            #expect(built.location?.hasPrefix("/programs/") == true)
        }
    }

    @Test func catalogFiltersAndPagesCarrySecurityHeaders() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            let all = try await browser.get("/catalog")
            #expect(all.status == .ok && all.text.contains("85 of 85 exercises"))
            let rolled = try await browser.get("/catalog?phase=inhibit&q=hip")
            #expect(rolled.text.contains("Foam roll: hip flexors"))
            #expect(!rolled.text.contains("Glute bridge</h2>"))
            #expect(rolled.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(rolled.headers[.init("Referrer-Policy")!] == "no-referrer")
            let css = try await browser.get(
                String(all.text.split(separator: "\"").first { $0.hasPrefix("/static/app.css") }!))
            #expect(css.status == .ok && css.headers[.contentType]?.hasPrefix("text/css") == true)
        }
    }

    @Test(arguments: StoreKind.available)
    func dashboardPutsSafetyStopsFirstAndTheClientPageActs(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let active = try await browser.addClient("Ada Active")
            _ = try await browser.post(
                "/clients/\(active)/assess", clearScreening() + [("preferences.daysPerWeek", "3")])
            let urgent = try await browser.addClient("Uma Urgent")
            _ = try await browser.post(
                "/clients/\(urgent)/assess/screening", clearScreening(except: ["bowelIncontinence"]))
            _ = try await browser.addClient("Nia New")

            let dashboard = try await browser.get("/dashboard")
            #expect(dashboard.status == .ok)
            let order = ["Uma Urgent", "Nia New", "Ada Active"].compactMap { dashboard.text.range(of: $0)?.lowerBound }
            #expect(order.count == 3 && order[0] < order[1] && order[0] < order[2], "emergency first")
            #expect(dashboard.text.contains(#"<span class="badge emergency">Emergency: seek care</span>"#))
            #expect(dashboard.text.contains("0 of 3"), "this week's adherence against the plan")
            let found = try await browser.get("/dashboard?q=ada")
            #expect(found.text.contains("Ada Active") && !found.text.contains("Uma Urgent"))
            let twoWords = try await browser.get("/dashboard?q=Ada+Active")
            #expect(twoWords.text.contains(">Ada Active</a>") && twoWords.text.contains(#"value="Ada Active""#))
            let referredOnly = try await browser.get("/dashboard?status=referred")
            #expect(referredOnly.text.contains("No client matches."))

            let page = try await browser.get("/clients/\(active)")
            #expect(page.text.contains("Current program") && page.text.contains("Create a share link"))
            let shared = try await browser.post("/clients/\(active)/share-links")
            #expect(shared.status == .created)
            // Relative without a configured public URL: never built from the request's Host.
            #expect(shared.text.contains(#"<code class="secret" id="share-url">/s/"#))
            let progressed = try await browser.post("/clients/\(active)/progress")
            #expect(progressed.status == .seeOther)
            #expect(try await browser.get(try #require(progressed.location)).text.contains("Progression applied"))

            let archived = try await browser.post("/clients/\(urgent)/archive")
            #expect(archived.location == "/dashboard")
            #expect(!(try await browser.get("/dashboard").text.contains("Uma Urgent")))

            var other = Browser(api)
            try await other.signUp(name: "Other Trainer")
            #expect(try await other.get("/clients/\(active)").status == .notFound)
            #expect(!(try await other.get("/dashboard").text.contains("Ada Active")))
            for path in ["/clients/\(active)/progress", "/clients/\(active)/share-links", "/clients/\(active)/archive"]
            {
                #expect(try await other.post(path).status == .notFound, "\(path)")
            }
        }
    }

    // A year of sessions is a long table: the newest are shown, the older ones folded under them.
    @Test func theClientPageFoldsOlderSessionsAway() async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer, name: "Lou Long")
            _ = try await api.assess(trainer, client: client)
            let count = ClientPage.tableRows + 4
            for day in 1...count {
                let date = "2026-10-\(day < 10 ? "0" : "")\(day)"
                let logged = try await api.post(
                    "/api/v1/clients/\(client)/sessions", token: trainer.token,
                    SessionText.painOnly(date: date, pain: 2))
                #expect(logged.status == .created, "\(logged.text)")
            }
            var browser = Browser(api)
            try await browser.signIn(trainer)
            let page = try await browser.get("/clients/\(client)")
            #expect(page.text.contains("Sessions (\(count))"))
            let parts = page.text.components(separatedBy: #"<details id="older-sessions">"#)
            #expect(parts.count == 2)
            let shown = parts[0].components(separatedBy: #"<table id="sessions">"#).last ?? ""
            #expect(shown.components(separatedBy: "<tr><td>").count - 1 == ClientPage.tableRows)
            #expect(shown.contains("\">2026-10-\(count)</a></td>"), "the newest first")
            #expect(parts[1].contains("Older sessions (4)"))
            #expect(parts[1].components(separatedBy: "<tr><td>").count - 1 == 4)
            #expect(
                parts[1].contains("\">2026-10-04</a></td>") && !parts[1].contains("\">2026-10-05</a></td>"))

            // A short history has nothing to fold.
            let short = try await api.createClient(trainer, name: "Sam Short")
            _ = try await api.assess(trainer, client: short)
            _ = try await api.post(
                "/api/v1/clients/\(short)/sessions", token: trainer.token,
                SessionText.painOnly(date: "2026-11-02", pain: 1))
            let shortPage = try await browser.get("/clients/\(short)")
            #expect(shortPage.text.contains("\">2026-11-02</a></td>"))
            #expect(!shortPage.text.contains("older-sessions"))
        }
    }

    @Test func addingAClientWithBadInputKeepsTheForm() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let reply = try await browser.post("/clients", [("name", ""), ("age", "200"), ("notes", "Desk job")])
            #expect(reply.status == .unprocessableContent)
            #expect(reply.text.contains("Desk job") && reply.text.contains(#"id="new-name-error""#))
            #expect(reply.text.contains(#"value="200""#))
        }
    }
}

@Suite struct SignInRedirectTests {
    @Test(
        arguments: [
            ("/clients/1?tab=x", "/clients/1?tab=x"), ("//evil.example", "/dashboard"),
            ("/\t/evil.example", "/dashboard"), ("https://evil.example", "/dashboard"), (nil, "/dashboard"),
            ("/\\evil.example", "/dashboard"),
        ] as [(String?, String)])
    func nextStaysOnThisSite(next: String?, expected: String) {
        #expect(PageAuthMiddleware.safeNext(next) == expected)
    }
}
