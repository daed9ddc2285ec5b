import Foundation
import LumbarStore

extension UUID {
    /// The id as the API writes it: lowercase, the form PostgreSQL and most clients print.
    var wire: String { text }
}
