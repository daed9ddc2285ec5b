import LumbarCore
import LumbarStore

/// The correction form of one logged session: the values as stored or as the trainer typed them,
/// the dates a session may have, and the problems found.
struct SessionEditPage {
    var clientID: String
    var clientName: String
    var sessionID: String
    /// The stored date: the heading and the delete form name it, whatever was typed.
    var storedDate: CivilDate
    var dates: SessionDates
    /// The form's fields by name (`date`, `painBefore`, `painAfter`, `painNextMorning`, `notes`).
    var fields: [String: String]
    var errors = FormErrors()

    init(
        _ client: ClientRecord, _ record: SessionLogRecord, dates: SessionDates, fields: [String: String],
        errors: FormErrors
    ) {
        clientID = client.id.wire
        clientName = client.name
        sessionID = record.id.wire
        storedDate = record.date
        self.dates = dates
        self.fields = fields
        self.errors = errors
    }
}
