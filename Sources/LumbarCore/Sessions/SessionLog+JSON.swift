import LumbarJSON

extension SessionLog {
    /// The log as `lumbar.sessions/1`, keys in the contract's order.
    public var json: JSONValue {
        .object([("schema", .string(SessionLog.schema)), ("sessions", .array(sessions.map(\.json)))])
    }
}

extension LoggedSession {
    /// One session object of `lumbar.sessions/1`; `notes` only when present.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("date", .string(date.description)), ("painBefore", .int(painBefore)), ("painAfter", .int(painAfter)),
            ("painNextMorning", .optionalInt(painNextMorning)), ("exercises", .array(exercises.map(\.json))),
        ]
        if let notes { pairs.append(("notes", .string(notes))) }
        return .object(pairs)
    }
}

extension LoggedExercise {
    /// One exercise entry of a session.
    public var json: JSONValue {
        if skipped { return .object([("id", .string(id)), ("skipped", .bool(true))]) }
        return .object([
            ("id", .string(id)), ("setsDone", .int(setsDone)),
            ("repsDone", repsDone.map { .array($0.map(JSONValue.int)) } ?? .null),
            ("holdSeconds", .optionalInt(holdSeconds)), ("painDuring", .int(painDuring)), ("formOk", .bool(formOk)),
        ])
    }
}
