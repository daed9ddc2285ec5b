import LumbarCore
import LumbarStore

/// The trainer's home: their clients' rows (emergencies and alerts first), the search and status
/// filter as given, the add-a-client form with what was typed, a notice, and the form's problems.
struct DashboardPage {
    var rows: [DashboardRow]
    /// The name searched for; nil without one.
    var text: String?
    /// The status filter's value ("" for all but archived, `DashboardPages.alertFilter`, or a status).
    var filter: String
    var notice: PageNotice?
    /// The add-a-client form as the trainer left it.
    var newName = ""
    var newAge = ""
    var newNotes = ""
    var errors = FormErrors()

    var filtered: Bool { text != nil || !filter.isEmpty }

    /// The status filter's choices: clients with an alert, then each stored status.
    var statuses: [(value: String, label: String)] {
        [(DashboardPages.alertFilter, "Has an alert")]
            + ClientStatus.allCases.map { ($0.rawValue, ClientView.statusLabel($0)) }
    }
}
