import Foundation
import LumbarApp
import LumbarCore
import LumbarStore
import LumbarTestSupport
import SnapshotTesting
import Testing

@testable import LumbarWeb

/// Every page body as its view writes it for one fixed, realistic set of records, compared with the
/// reviewed copy in `__Snapshots__/PageSnapshotTests/`. A change to a page shows here as a diff to
/// review (and to record again: `SNAPSHOT_TESTING_RECORD=all swift test --filter PageSnapshotTests`);
/// the real-browser tests still check what the pages do.
@Suite struct PageSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let day = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-29
    static let today = CivilDate.utc(day)
    static let trainer = TrainerRecord(
        id: id(1), email: "ana@example.com", name: "Ana Coach", passwordHash: "", createdAt: day)
    static let client = ClientRecord(
        id: id(2), trainerID: id(1), name: #"Dana "D" O'Neil"#, age: 46, notes: "Desk job; walks to work.",
        status: .active, createdAt: day.addingTimeInterval(-60 * 86_400), updatedAt: day)
    static let program = Planner(catalog: Fixtures.catalog).plan(try! Fixtures.example("desk-worker"))
    static let record = ProgramVersionRecord(
        programID: id(3), version: 2, trainerID: id(1), clientID: id(2), assessmentID: id(4), document: "",
        change: .progressed, active: true, createdAt: day.addingTimeInterval(-14 * 86_400))

    /// Three weeks of sessions, oldest first, some with a next-morning answer and a note.
    static let sessions: [HistoryEntry] = (0..<9).map { n in
        HistoryEntry(
            id: id(100 + n),
            pain: SessionPain(
                date: today.adding(days: -20 + n * 2), painBefore: 5 - n / 2, painAfter: 4 - n / 3,
                painNextMorning: n.isMultiple(of: 2) ? 3 - n / 4 : nil, highestPainDuring: 4),
            exercisesLogged: 6, exercisesDone: 6 - n % 2, notes: n == 8 ? "Tight <hamstrings> & tired" : nil)
    }

    static func body(_ nodes: [Node]) -> String { Node.fragment(nodes).html }

    /// One element per line, so a change reads as a small diff.
    static var html: Snapshotting<String, String> {
        Snapshotting<String, String>.lines.pullback { (html: String) in
            html.replacingOccurrences(of: "><", with: ">\n<")
        }
    }

    /// Named by the test that calls it and `name`, so each page has its own file.
    static func check(_ nodes: [Node], _ name: String, test: String = #function, line: UInt = #line) {
        assertSnapshot(of: body(nodes), as: html, named: name, testName: test, line: line)
    }

    @Test func signInAndSignUpWithProblems() {
        var errors = FormErrors()
        errors.add("email", "Enter an e-mail address.")
        errors.add("password", "Wrong e-mail address or password.")
        Self.check(
            SignInPage(email: "ana@", next: "/dashboard", notice: .passwordReset, errors: errors).content(csrf: "tok"),
            "sign-in")
        Self.check(
            SignUpPage(name: "Ana", email: "ana@", myself: true, errors: errors).content(csrf: "tok"), "sign-up")
    }

    @Test func accountAndPasswordReset() {
        Self.check(AccountPage(Self.trainer, errors: FormErrors()).content(csrf: "tok"), "account")
        var errors = FormErrors()
        errors.add("repeat", "The two passwords differ; type the same one twice.")
        Self.check(
            PasswordResetPage(email: Self.trainer.email, token: "reset-token", errors: errors).content(csrf: "tok"),
            "password-reset")
    }

    @Test func dashboard() {
        let rows = [
            DashboardRow(
                id: "c-emergency", name: "Uma Urgent", badge: "emergency", badgeLabel: "Emergency: seek care",
                alertText: nil, lastPain: "—", trend: nil, adherence: "—", lastSession: "none yet",
                action: "Check they sought care; reassess once seen", actionLink: "/clients/c-emergency",
                hasAlert: false, rank: 0),
            DashboardRow(
                id: "c-alert", name: #"Dana "D" O'Neil"#, badge: "alert", badgeLabel: "Alert",
                alertText: "Pain of 8/10 or more.", lastPain: "8/10", trend: .rising, adherence: "2 of 3",
                lastSession: "2026-11-28", action: "Review the alert", actionLink: "/clients/c-alert#alerts",
                hasAlert: true, rank: 1),
        ]
        Self.check(
            DashboardPage(rows: rows, text: nil, filter: "", notice: .clientErased).content(csrf: "tok"), "dashboard")
        var errors = FormErrors()
        errors.add("age", "Age must be a whole number from 1 to 120.")
        Self.check(
            DashboardPage(
                rows: [], text: "zz", filter: "referred", notice: nil, newName: "Bo", newAge: "300", errors: errors
            )
            .content(csrf: "tok"),
            "dashboard-empty-with-problems")
    }

    @Test func clientPage() {
        var page = ClientPage(client: Self.client, notice: PageNotice.progressed.text, problem: nil)
        page.program = ClientPage.ProgramSummary(Self.program, record: Self.record, thisWeek: "2 of 3")
        page.decisions = [
            ClientPage.Decision(exercise: "Dead bug", verdict: .progress, reason: "Two easy sessions in a row.")
        ]
        page.alerts = ["Pain rose from 3/10 to 6/10 the morning after 28 Nov."]
        page.sessions = Self.sessions
        page.painChart = PainChart(Self.sessions.map(\.pain), title: "Pain over the last 26 weeks")
        page.adherenceChart = AdherenceChart(
            weeks: ClientPages.weeks(Self.sessions.map(\.date), planned: 3, today: Self.today),
            title: "Sessions a week against the plan of 3")
        page.links = [
            ClientPage.Link(
                ShareLinkRecord(
                    id: Self.id(9), trainerID: Self.id(1), clientID: Self.id(2), tokenHash: "",
                    createdAt: Self.day.addingTimeInterval(-86_400), expiresAt: Self.day.addingTimeInterval(86_400 * 29)
                ),
                now: Self.day)
        ]
        Self.check(page.content(csrf: "tok"), "client")

        var referred = ClientPage(client: Self.client, notice: nil, problem: nil)
        referred.client.status = .referred
        referred.stopReasons = ["Pain spreads below the knee with numbness."]
        Self.check(referred.content(csrf: "tok"), "client-referred")

        // Cleared, details to come (issue 14, bug 3): the doctor's words, and the way on.
        var cleared = ClientPage(client: Self.client, notice: nil, problem: nil)
        cleared.client.status = .needsAssessment
        cleared.clearances = [
            ClearanceQuote(
                ClearanceRecord(
                    id: Self.client.id, trainerID: Self.client.trainerID, clientID: Self.client.id,
                    assessmentID: Self.client.id, note: "Dr. Lee: no heavy lifting for 4 weeks",
                    createdAt: Self.client.createdAt))
        ]
        cleared.detailsPending = true
        Self.check(cleared.content(csrf: "tok"), "client-cleared")

        // Archived: the history stays, the only offer is to restore (issue 14, bug 2).
        var archived = page
        archived.client.status = .archived
        archived.alerts = []
        archived.notice = nil
        Self.check(archived.content(csrf: "tok"), "client-archived")
    }

    @Test func sessionCorrectionAndErasure() {
        let record = SessionLogRecord(
            id: Self.id(108), trainerID: Self.id(1), clientID: Self.id(2), programID: Self.id(3), programVersion: 2,
            date: Self.today, document: "{}", createdAt: Self.day)
        var errors = FormErrors()
        errors.add("painAfter", "Pain after must be a whole number from 0 to 10.")
        let dates = SessionDates(since: CivilDate.utc(Self.client.createdAt), today: Self.today)
        Self.check(
            SessionEditPage(
                Self.client, record, dates: dates,
                fields: ["date": "2026-11-29", "painBefore": "3", "painAfter": "eleven", "notes": "<b>ok</b>"],
                errors: errors
            ).content(csrf: "tok"),
            "session-edit")
        Self.check(
            EraseClientPage(Self.client, typed: "Dana", errors: FormErrors()).content(csrf: "tok"), "erase-client")
    }

    @Test func programAndItsPrintView() {
        let view = ProgramView(program: Self.program, record: Self.record, catalog: Fixtures.catalog)
        let page = ProgramPage(
            clientID: Self.client.id.wire, clientName: Self.client.name, view: view, versions: [Self.record],
            isLatest: true, editing: nil, isNew: false, problem: nil)
        Self.check(page.content(csrf: "tok"), "program")
        Self.check(ProgramPrintPage(clientName: Self.client.name, view: view, leftOut: []).content, "program-print")
    }

    @Test func sharePage() {
        let page = SharePage(
            client: Self.client, token: "share-token", program: (Self.program, Self.record), sessions: Self.sessions,
            catalog: Fixtures.catalog, today: Self.today, timerScale: 1, morningSession: nil, morningForm: nil,
            morningSaved: false)
        Self.check(page.content(csrf: "tok"), "share")
    }

    @Test func assessmentStepOne() {
        let page = AssessmentPage(AssessmentForm(FormBody(fields: [:])), client: Self.client, step: .screening)
        Self.check(page.content(csrf: "tok"), "assessment-screening")
    }
}
