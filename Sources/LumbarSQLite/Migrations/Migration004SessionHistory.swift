/// What the client's history shows of a session besides its pain, kept in columns beside the document.
///
/// The client page listed a year of sessions (their exercise count and notes) and the share page a
/// year of pain with the exercises done, and both parsed every document of that year to do so: half
/// of each page's time. Now a session row also carries how many exercises it logged, how many had a
/// set done, and its notes. The store fills them on every write from the document
/// (`SessionHistoryColumns`); this step fills them for the rows already there with the same rules:
/// the counts only when `exercises` is an array (a set is done when `setsDone` is a whole number
/// above 0), the notes only when they are text, and every column NULL for a document that is not
/// a JSON object.
///
/// The PostgreSQL backend's `Migration004SessionHistory` is the same step.
enum Migration004SessionHistory {
    static let identifier = "004_session_history"

    static let sql = """
        ALTER TABLE session_logs ADD COLUMN exercises_logged INTEGER;
        ALTER TABLE session_logs ADD COLUMN exercises_done INTEGER;
        ALTER TABLE session_logs ADD COLUMN notes TEXT;
        UPDATE session_logs SET
            exercises_logged = CASE WHEN json_type(document, '$.exercises') = 'array'
                THEN json_array_length(document, '$.exercises') END,
            exercises_done = CASE WHEN json_type(document, '$.exercises') = 'array' THEN (
                SELECT count(*) FROM json_each(document, '$.exercises') e
                WHERE CASE WHEN e.type = 'object' THEN \(setsDone("e.value")) > 0 ELSE 0 END) END,
            notes = CASE WHEN json_type(document, '$.notes') = 'text' THEN json_extract(document, '$.notes') END
        WHERE CASE WHEN json_valid(document) THEN json_type(document) = 'object' END;
        """

    /// Back to `003_dashboard_summaries`.
    static let down = """
        ALTER TABLE session_logs DROP COLUMN exercises_logged;
        ALTER TABLE session_logs DROP COLUMN exercises_done;
        ALTER TABLE session_logs DROP COLUMN notes;
        """

    /// The exercise's `setsDone` in the JSON text `json` (an object: the `CASE` around it makes sure
    /// nothing else reaches `json_type`, which fails on text that is not JSON) when it is a whole number below 10⁹ in size,
    /// else NULL, as `SessionPainColumns.whole` decides. A released migration's SQL never changes,
    /// and neither may this.
    private static func setsDone(_ json: String) -> String {
        let value = "json_extract(\(json), '$.setsDone')"
        return """
            CASE WHEN json_type(\(json), '$.setsDone') IN ('integer', 'real') AND \(value) = round(\(value)) \
            AND abs(\(value)) < 1e9 THEN CAST(\(value) AS INTEGER) END
            """
    }
}
