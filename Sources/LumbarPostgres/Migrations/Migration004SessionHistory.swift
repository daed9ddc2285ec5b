/// What the client's history shows of a session besides its pain, kept in columns beside the document.
///
/// The same step as the SQLite backend's `Migration004SessionHistory`, which says why: a session row
/// also carries how many exercises it logged, how many had a set done, and its notes, so the client
/// and share pages list a year of sessions without parsing a year of documents. The store fills them
/// on every write (`SessionHistoryColumns`); these statements fill them for the rows already there
/// with the same rules: the counts only when `exercises` is an array (a set is done when `setsDone`
/// is a whole number above 0), the notes only when they are text, and every column NULL for a
/// document that is not a JSON object.
///
/// As in step 003, a temporary function turns text that does not cast to `jsonb` into NULL instead
/// of aborting the step, and is dropped at its end.
enum Migration004SessionHistory {
    static let version = 4
    static let name = "session_history"

    static let statements: [String] = [
        """
        ALTER TABLE session_logs ADD COLUMN exercises_logged INTEGER, ADD COLUMN exercises_done INTEGER,
            ADD COLUMN notes TEXT
        """,
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
        UPDATE session_logs SET (exercises_logged, exercises_done, notes) = (
            SELECT CASE WHEN jsonb_typeof(j.d -> 'exercises') = 'array' THEN jsonb_array_length(j.d -> 'exercises') END,
                CASE WHEN jsonb_typeof(j.d -> 'exercises') = 'array' THEN (
                    SELECT count(*) FROM jsonb_array_elements(j.d -> 'exercises') e
                    WHERE jsonb_typeof(e) = 'object' AND \(setsDone("e -> 'setsDone'")) > 0) END,
                CASE WHEN jsonb_typeof(j.d -> 'notes') = 'string' THEN j.d ->> 'notes' END
            FROM (SELECT pg_temp.lumbar_json_object(document) AS d) j)
        """,
        "DROP FUNCTION pg_temp.lumbar_json_object(TEXT)",
    ]

    /// Back to `003_dashboard_summaries`.
    static let down: [String] = [
        "ALTER TABLE session_logs DROP COLUMN exercises_logged, DROP COLUMN exercises_done, DROP COLUMN notes"
    ]

    /// The JSONB `value` when it is a whole number below 10⁹ in size, else NULL, as
    /// `SessionPainColumns.whole` decides. The cases run in order, so the casts only ever see a
    /// number. A released migration's SQL never changes, and neither may this.
    private static func setsDone(_ value: String) -> String {
        """
        CASE WHEN jsonb_typeof(\(value)) IS DISTINCT FROM 'number' THEN NULL \
        WHEN abs((\(value))::numeric) < 1e9 AND (\(value))::numeric = trunc((\(value))::numeric) \
        THEN (\(value))::numeric::integer END
        """
    }
}
