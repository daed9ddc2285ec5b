import LumbarStore

/// The page that erases a client for good: who, what goes with them, and the name typed so far.
struct EraseClientPage {
    var clientID: String
    var clientName: String
    /// An archived client is already out of the way; the page then does not offer archiving.
    var archived: Bool
    var typed: String
    var errors = FormErrors()

    init(_ client: ClientRecord, typed: String, errors: FormErrors) {
        clientID = client.id.wire
        clientName = client.name
        archived = client.status == .archived
        self.typed = typed
        self.errors = errors
    }
}
