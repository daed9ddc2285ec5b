/// The figures the dashboard reads, kept in columns beside the documents they come from.
///
/// The same step as the SQLite backend's `Migration003DashboardSummaries`, which says why: a session
/// row carries its pain before, after, next morning and the highest pain during any exercise, and a
/// program version its days a week, so the dashboard parses no document to show them. The store
/// fills them on every write (`SessionPainColumns`, `ProgramColumns`); these statements fill them
/// for the rows already there with the same rule: a JSON number that is a whole number (below 10⁹
/// in size), else NULL, and every column NULL for a document that is not a JSON object.
///
/// As in SQLite, the log's index gains the four columns, so the dashboard's month of summaries is
/// an index-only scan, and replaces `session_logs_client_order`, which it holds as a prefix.
///
/// Documents are TEXT, and a cast of damaged text to `jsonb` would abort the whole step, so a
/// temporary function turns such text into NULL instead; it lives in this session's `pg_temp`
/// schema and is dropped at the end of the step.
enum Migration003DashboardSummaries {
    static let version = 3
    static let name = "dashboard_summaries"

    static let statements: [String] = [
        """
        ALTER TABLE session_logs ADD COLUMN pain_before INTEGER, ADD COLUMN pain_after INTEGER,
            ADD COLUMN pain_next_morning INTEGER, ADD COLUMN pain_during_max INTEGER
        """,
        "ALTER TABLE program_versions ADD COLUMN days_per_week INTEGER",
        """
        CREATE FUNCTION pg_temp.lumbar_json_object(document TEXT) RETURNS JSONB LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE
            value JSONB;
        BEGIN
            value := document::jsonb;
            RETURN CASE WHEN jsonb_typeof(value) = 'object' THEN value END;
        EXCEPTION WHEN others THEN
            RETURN NULL;
        END
        $$
        """,
        """
        UPDATE session_logs SET (pain_before, pain_after, pain_next_morning, pain_during_max) = (
            SELECT \(whole("j.d -> 'painBefore'")), \(whole("j.d -> 'painAfter'")),
                \(whole("j.d -> 'painNextMorning'")),
                (SELECT max(\(whole("e -> 'painDuring'")))
                 FROM jsonb_array_elements(
                     CASE WHEN jsonb_typeof(j.d -> 'exercises') = 'array' THEN j.d -> 'exercises' ELSE '[]' END) e
                 WHERE jsonb_typeof(e) = 'object')
            FROM (SELECT pg_temp.lumbar_json_object(document) AS d) j)
        """,
        """
        UPDATE program_versions SET days_per_week = (
            SELECT \(whole("j.d -> 'schedule' -> 'daysPerWeek'"))
            FROM (SELECT pg_temp.lumbar_json_object(document) AS d) j)
        """,
        "DROP FUNCTION pg_temp.lumbar_json_object(TEXT)",
        """
        CREATE INDEX session_logs_client_pain ON session_logs
            (trainer_id, client_id, date, created_at, id, pain_before, pain_after, pain_next_morning, pain_during_max)
        """,
        "DROP INDEX session_logs_client_order",
    ]

    /// Back to `002_session_log_order`: its index, and no summary columns.
    static let down: [String] = [
        "CREATE INDEX session_logs_client_order ON session_logs (trainer_id, client_id, date, created_at, id)",
        "DROP INDEX session_logs_client_pain",
        """
        ALTER TABLE session_logs DROP COLUMN pain_before, DROP COLUMN pain_after, DROP COLUMN pain_next_morning,
            DROP COLUMN pain_during_max
        """,
        "ALTER TABLE program_versions DROP COLUMN days_per_week",
    ]

    /// The JSONB `value` when it is a whole number, else NULL. The cases run in order, so the
    /// casts only ever see a number. A released migration's SQL never changes, and neither may this.
    private static func whole(_ value: String) -> String {
        """
        CASE WHEN jsonb_typeof(\(value)) IS DISTINCT FROM 'number' THEN NULL \
        WHEN abs((\(value))::numeric) < 1e9 AND (\(value))::numeric = trunc((\(value))::numeric) \
        THEN (\(value))::numeric::integer END
        """
    }
}
