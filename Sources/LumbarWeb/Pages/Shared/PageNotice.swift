/// The messages a redirect may ask a page to show (`?notice=progressed`). Only these: a message
/// taken from the URL itself would let anyone send a trainer a link to Lumbar saying whatever
/// they like.
enum PageNotice: String, CaseIterable {
    case progressed, maintenance, linkRevoked = "link-revoked", sessionCorrected = "session-corrected",
        sessionDeleted = "session-deleted", restored, clientErased = "client-erased",
        accountErased = "account-erased", passwordReset = "password-reset", clientEdited = "client-edited"

    var text: String {
        switch self {
        case .progressed: return "Progression applied: see each exercise's decision below."
        case .maintenance: return "Progression applied: the client has moved to the maintenance routine."
        case .linkRevoked: return "Link revoked."
        case .sessionCorrected: return "Session corrected."
        case .sessionDeleted: return "Session deleted."
        case .restored: return "Restored from the archive."
        case .clientErased: return "The client and everything held about them were erased."
        case .accountErased: return "Your account and all its clients were erased."
        case .passwordReset: return "Your new password is set. Sign in with it; every other session was signed out."
        case .clientEdited: return "Changes saved."
        }
    }
}
