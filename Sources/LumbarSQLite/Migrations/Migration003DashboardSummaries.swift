/// The figures the dashboard reads, kept in columns beside the documents they come from.
///
/// The dashboard used to parse every session document of the last four weeks for every client
/// (some 720 for a trainer with 60 clients) and every active program, only to learn a few pain
/// ratings and a program's days a week: two thirds of the page's time. Now a session row carries
/// its pain before, after, next morning and the highest pain during any exercise, and a program
/// version its days a week. The store fills them on every write from the document
/// (`SessionPainColumns`, `ProgramColumns`); this step fills them for the rows already there, with
/// the same rule: a JSON number that is a whole number (below 10⁹ in size), else NULL. A document
/// that is not valid JSON leaves every column NULL, as it does in Swift.
///
/// The log's index gains the four columns at the end of its key, so the dashboard reads a month
/// of summaries from the index alone: the rows themselves, documents included, are some twenty
/// times larger. The index holds `session_logs_client_order` as a prefix, so that one goes.
///
/// The PostgreSQL backend's `Migration003DashboardSummaries` is the same step.
enum Migration003DashboardSummaries {
    static let identifier = "003_dashboard_summaries"

    static let sql = """
        ALTER TABLE session_logs ADD COLUMN pain_before INTEGER;
        ALTER TABLE session_logs ADD COLUMN pain_after INTEGER;
        ALTER TABLE session_logs ADD COLUMN pain_next_morning INTEGER;
        ALTER TABLE session_logs ADD COLUMN pain_during_max INTEGER;
        UPDATE session_logs SET
            pain_before = \(whole("document", "$.painBefore")),
            pain_after = \(whole("document", "$.painAfter")),
            pain_next_morning = \(whole("document", "$.painNextMorning")),
            pain_during_max = (
                SELECT max(\(whole("e.value", "$.painDuring"))) FROM json_each(document, '$.exercises') e
                WHERE json_type(document, '$.exercises') = 'array' AND e.type = 'object')
        WHERE CASE WHEN json_valid(document) THEN json_type(document) = 'object' END;

        CREATE INDEX session_logs_client_pain ON session_logs
            (trainer_id, client_id, date, created_at, id, pain_before, pain_after, pain_next_morning, pain_during_max);
        DROP INDEX session_logs_client_order;

        ALTER TABLE program_versions ADD COLUMN days_per_week INTEGER;
        UPDATE program_versions SET days_per_week = \(whole("document", "$.schedule.daysPerWeek"))
        WHERE CASE WHEN json_valid(document) THEN json_type(document) = 'object' END;
        """

    /// Back to `002_session_log_order`: its index, and no summary columns (SQLite drops a column only
    /// once no index uses it).
    static let down = """
        CREATE INDEX session_logs_client_order ON session_logs (trainer_id, client_id, date, created_at, id);
        DROP INDEX session_logs_client_pain;
        ALTER TABLE session_logs DROP COLUMN pain_before;
        ALTER TABLE session_logs DROP COLUMN pain_after;
        ALTER TABLE session_logs DROP COLUMN pain_next_morning;
        ALTER TABLE session_logs DROP COLUMN pain_during_max;
        ALTER TABLE program_versions DROP COLUMN days_per_week;
        """

    /// The value at `path` in the JSON text `json` when it is a whole number, else NULL (the
    /// `CASE` has no `ELSE`). A released migration's SQL never changes, and neither may this.
    private static func whole(_ json: String, _ path: String) -> String {
        let value = "json_extract(\(json), '\(path)')"
        return """
            CASE WHEN json_type(\(json), '\(path)') IN ('integer', 'real') AND \(value) = round(\(value)) \
            AND abs(\(value)) < 1e9 THEN CAST(\(value) AS INTEGER) END
            """
    }
}
