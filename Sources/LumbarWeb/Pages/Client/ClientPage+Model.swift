import Foundation
import LumbarApp
import LumbarCore
import LumbarStore

/// A client's page: where they stand and what to do next (assess, seek care, record a clearance),
/// the live alerts, the current program in brief, the latest progression decisions, the session
/// history with its charts, the share links and their data.
struct ClientPage {
    var client: ClientRecord
    var notice: String?
    /// Something that went wrong, or that the stored program could not be read as it was.
    var problem: String?
    /// A share link made by this request: its address is shown once.
    var newShareLink: String?
    /// Why the latest screening stopped training (emergency or referred clients).
    var stopReasons: [String] = []
    var program: ProgramSummary?
    var decisions: [Decision] = []
    /// The live alerts over the recent log.
    var alerts: [String] = []
    /// Oldest first, as the store returns them.
    var sessions: [HistoryEntry] = []
    var painChart: PainChart?
    var adherenceChart: AdherenceChart?
    var links: [Link] = []
    /// Every medical clearance recorded, newest first: the doctor's words stay in sight.
    var clearances: [ClearanceQuote] = []
    /// Set when the latest referral is cleared and the assessment's details are still to come.
    var detailsPending = false
    /// The form that changes the client's name, age and notes, shown again with what was sent and
    /// its problems; nil shows the stored values.
    var edit: EditForm?

    struct EditForm {
        var name: String
        var age: String
        var notes: String
        var errors = FormErrors()

        init(_ client: ClientRecord) {
            name = client.name
            age = client.age.map(String.init) ?? ""
            notes = client.notes ?? ""
        }

        init(_ form: FormBody, errors: FormErrors) {
            name = form.first("name") ?? ""
            age = form.first("age") ?? ""
            notes = form.first("notes") ?? ""
            self.errors = errors
        }
    }

    /// Whether the page offers a new assessment beside the program: for clients who have one,
    /// or were referred (a new assessment may clear the way). An emergency and a first assessment
    /// have their own notices.
    var offersReassessment: Bool { [.active, .maintenance, .referred].contains(status) }

    /// The current program as the page lists it.
    struct ProgramSummary {
        var id: String
        var stage: String
        var version: Int
        var change: String
        var exerciseCount: Int
        var daysPerWeek: Int
        var estimatedMinutes: Int
        /// "3 of 4": sessions in the last seven days against the plan.
        var thisWeek: String
        /// Each block's title and its exercises' names, in continuum order.
        var blocks: [(title: String, exercises: [String])]

        init(_ program: Program, record: ProgramVersionRecord, thisWeek: String) {
            id = record.programID.wire
            stage = program.stage == .maintenance ? "Maintenance" : "Corrective"
            version = record.version
            change = ProgramView.changeLabel(record.change)
            exerciseCount = program.allExercises.count
            daysPerWeek = program.schedule.daysPerWeek
            estimatedMinutes = program.estimatedMinutes
            self.thisWeek = thisWeek
            blocks = program.blocks.filter { !$0.exercises.isEmpty }.map { ($0.phase.title, $0.exercises.map(\.name)) }
        }
    }

    /// One exercise's latest progression decision.
    struct Decision {
        var exercise: String
        var verdict: ProgressionNote.Verdict
        var reason: String
    }

    /// A share link as the list shows it.
    struct Link {
        var id: String
        var createdAt: String
        var expiresAt: String
        var live: Bool
        var state: String

        init(_ link: ShareLinkRecord, now: Date) {
            id = link.id.wire
            createdAt = PageDate.dateTime(link.createdAt)
            expiresAt = PageDate.dateTime(link.expiresAt)
            live = link.revokedAt == nil && link.expiresAt > now
            state = link.revokedAt != nil ? "Revoked" : (live ? "Live" : "Expired")
        }
    }

    /// How many of the newest sessions the history table shows before folding the older ones away:
    /// about a month at four sessions a week.
    static let tableRows = 16

    var status: ClientStatus { client.status }
    var needsAssessment: Bool { status == .needsAssessment }
    /// An archived client's page shows their history and offers only to restore them.
    var archived: Bool { status == .archived }
    var newest: ArraySlice<HistoryEntry> { sessions.suffix(Self.tableRows) }
    var older: ArraySlice<HistoryEntry> { sessions.dropLast(Self.tableRows) }
}
