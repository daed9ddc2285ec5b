/// Failures a store reports in domain terms, mapped to HTTP statuses at the edge.
public enum StoreError: Error, Equatable, Sendable {
    /// A unique value is taken (an e-mail address).
    case conflict(String)
    /// The row does not exist or belongs to another trainer; the API answers 404 either way.
    case notFound
    /// The database could not be reached or failed; never carries secrets.
    case unavailable(String)
}
