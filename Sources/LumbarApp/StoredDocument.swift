import LumbarCore
import LumbarJSON
import LumbarStore

/// Reads the documents the store keeps back into core values. They were valid when written, so
/// a failure here means a damaged row: a server error, logged, never blamed on the caller.
///
/// Text written before control characters were refused (a NUL in a note or a name) would now fail
/// the readers' character rule; such a document is read with those characters shown as U+FFFD,
/// so old data stays readable instead of breaking every page that shows it.
public enum StoredDocument {
    public struct Damaged: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    public static func program(_ record: ProgramVersionRecord, catalog: Catalog) throws -> Program {
        try read(record.document, what: "program \(record.programID) v\(record.version)") {
            value throws(ValidationFailure) in
            try Program.parse(value, catalog: catalog)
        }
    }

    public static func assessment(_ record: AssessmentRecord) throws -> Assessment {
        try read(record.document, what: "assessment \(record.id)") { value throws(ValidationFailure) in
            try Assessment.parse(value)
        }
    }

    public static func session(_ record: SessionLogRecord, catalog: Catalog) throws -> LoggedSession {
        try read(record.document, what: "session \(record.id)") { value throws(ValidationFailure) in
            try LoggedSession.parse(value, catalog: catalog)
        }
    }

    /// `document` read by `reader`; failing that, read again with its text's control characters
    /// replaced; failing that too, `Damaged`.
    public static func read<T>(
        _ document: String, what: String, _ reader: (JSONValue) throws(ValidationFailure) -> T
    ) throws(Damaged) -> T {
        let value: JSONValue
        do {
            value = try JSONParser.document(document)
        } catch {
            throw Damaged(description: "stored \(what) is not JSON: \(error)")
        }
        do {
            return try reader(value)
        } catch {
            if let readable = try? reader(value.replacingControlCharacters) { return readable }
            throw Damaged(description: "stored \(what) is invalid: \(error)")
        }
    }

    /// A session's pain from the columns the store keeps beside its document; the document is
    /// parsed only when the store sent it along, for a severe-pain alert to name the exercises.
    public static func sessionPain(_ record: SessionSummaryRecord, catalog: Catalog) throws -> SessionPain {
        if let document = record.document {
            return SessionPain(
                try read(document, what: "session \(record.id)") { value throws(ValidationFailure) in
                    try LoggedSession.parse(value, catalog: catalog)
                })
        }
        guard let before = record.pain.painBefore, let after = record.pain.painAfter
        else { throw Damaged(description: "stored session \(record.id) has no pain before and after") }
        return SessionPain(
            date: record.date, painBefore: before, painAfter: after, painNextMorning: record.pain.painNextMorning,
            highestPainDuring: record.pain.painDuringMax)
    }

    /// The compact JSON a document is stored as.
    public static func text(_ value: JSONValue) -> String { JSONWriter.string(value, pretty: false) }
}

extension JSONValue {
    /// The same value with every character one-line text refuses (controls, bidirectional
    /// controls) replaced by U+FFFD in its strings and keys.
    public var replacingControlCharacters: JSONValue {
        switch self {
        case .string(let text):
            return .string(TextCharacters.line.replacingRefused(in: text))
        case .array(let items):
            return .array(items.map(\.replacingControlCharacters))
        case .object(let pairs):
            return .object(
                pairs.map { (TextCharacters.line.replacingRefused(in: $0.0), $0.1.replacingControlCharacters) })
        default:
            return self
        }
    }
}
