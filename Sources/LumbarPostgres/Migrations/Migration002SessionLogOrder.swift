/// A client's session log indexed in its full order: date, then creation, then id.
///
/// The same step as the SQLite backend's `Migration002SessionLogOrder`, which says why: with `id`
/// at the end of the key, a log read in the store's order (`date, created_at, id`) needs no sort of
/// its own, and the dashboard's latest session of a client is one backward index seek. The new
/// index holds the old one as a prefix, so the old one goes.
enum Migration002SessionLogOrder {
    static let version = 2
    static let name = "session_log_order"

    static let statements: [String] = [
        "CREATE INDEX session_logs_client_order ON session_logs (trainer_id, client_id, date, created_at, id)",
        "DROP INDEX session_logs_client_date",
    ]

    /// Back to `001_initial`'s index.
    static let down: [String] = [
        "CREATE INDEX session_logs_client_date ON session_logs (trainer_id, client_id, date, created_at)",
        "DROP INDEX session_logs_client_order",
    ]
}
