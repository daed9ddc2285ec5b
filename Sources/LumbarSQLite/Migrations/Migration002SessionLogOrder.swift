/// A client's session log indexed in its full order: date, then creation, then id.
///
/// `001_initial` indexed `(trainer_id, client_id, date, created_at)`, so every read that orders a
/// log the way the store promises (`date, created_at, id`) finished with a sort of its own ("USE
/// TEMP B-TREE FOR RIGHT PART OF ORDER BY"), and the dashboard's "latest session of each client"
/// (`ORDER BY date DESC, created_at DESC, id DESC LIMIT 1`) had to read a client's whole log to
/// find one row. With `id` at the end of the key both are plain index reads, the latest session a
/// single seek. The new index holds the old one as a prefix, so the old one goes.
///
/// The PostgreSQL backend's `Migration002SessionLogOrder` is the same step.
enum Migration002SessionLogOrder {
    static let identifier = "002_session_log_order"

    static let sql = """
        CREATE INDEX session_logs_client_order ON session_logs (trainer_id, client_id, date, created_at, id);
        DROP INDEX session_logs_client_date;
        """

    /// Back to `001_initial`'s index.
    static let down = """
        CREATE INDEX session_logs_client_date ON session_logs (trainer_id, client_id, date, created_at);
        DROP INDEX session_logs_client_order;
        """
}
