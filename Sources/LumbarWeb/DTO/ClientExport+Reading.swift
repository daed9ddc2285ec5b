import Foundation
import LumbarCore
import LumbarJSON
import LumbarStore

extension ClientExport {
    /// Reads a `lumbar.export/1` file back into the records it came from, as strictly as a request
    /// body: unknown keys, wrong types, malformed ids and times are 422s naming their path.
    /// Documents come back as compact JSON text (an unreadable one as the text it was). The records
    /// belong to `trainerID`; the file's `trainer` names who held the data, not who reads it.
    static func read(_ value: JSONValue, trainerID: UUID) throws(APIError) -> ClientDataRecord {
        let log = IssueLog()
        let keys = [
            "schema", "exportedAt", "trainer", "client", "assessments", "programVersions", "sessions", "shareLinks",
        ]
        let root = JSONReader(value: value, path: "", log: log).object(keys: keys)
        if let root, let schema = root.string("schema", required: true, maxLength: 40), schema != Self.schema {
            log.add("schema", "expected \(Self.schema), found \(schema)")
        }
        _ = root?.date("exportedAt")
        _ = root?.object("trainer", keys: ["name", "email"], required: true)
        let client = root?.object(
            "client", keys: ["id", "name", "age", "notes", "status", "createdAt", "updatedAt"], required: true
        )
        .flatMap { client in readClient(client, trainerID: trainerID) }
        let clientID = client?.id ?? UUID()
        var clearances: [ClearanceRecord] = []
        let assessments = root?.records("assessments") { item -> AssessmentRecord? in
            let keys = ["id", "createdAt", "decision", "reasons", "clearances", "document", "unreadableDocument"]
            guard let object = item.object(keys: keys),
                let id = object.uuid("id"), let createdAt = object.date("createdAt"),
                let decision = object.enumValue("decision", Decision.self, required: true),
                let reasons = object.records("reasons", { $0.string(maxLength: 2000) }),
                let cleared = object.records(
                    "clearances",
                    { item -> ClearanceRecord? in
                        guard let clearance = item.object(keys: ["id", "note", "createdAt"]),
                            let clearanceID = clearance.uuid("id"),
                            let note = clearance.field("note", required: true)?.string(
                                maxLength: ClearanceBody.noteLength, characters: .lines),
                            let at = clearance.date("createdAt")
                        else { return nil }
                        return ClearanceRecord(
                            id: clearanceID, trainerID: trainerID, clientID: clientID, assessmentID: id, note: note,
                            createdAt: at)
                    }),
                let document = object.document()
            else { return nil }
            clearances += cleared
            return AssessmentRecord(
                id: id, trainerID: trainerID, clientID: clientID, document: document, decision: decision,
                reasons: reasons,
                createdAt: createdAt)
        }
        let programs = root?.records("programVersions") { item -> ProgramVersionRecord? in
            let keys = [
                "programId", "version", "assessmentId", "change", "active", "createdAt", "document",
                "unreadableDocument",
            ]
            guard let object = item.object(keys: keys),
                let programID = object.uuid("programId"),
                let version = object.int("version", in: 1...1_000_000, required: true),
                let assessmentID = object.optionalUUID("assessmentId"),
                let change = object.enumValue("change", ProgramChange.self, required: true),
                let active = object.bool("active", required: true),
                let createdAt = object.date("createdAt"), let document = object.document()
            else { return nil }
            return ProgramVersionRecord(
                programID: programID, version: version, trainerID: trainerID, clientID: clientID,
                assessmentID: assessmentID,
                document: document, change: change, active: active, createdAt: createdAt)
        }
        let sessions = root?.records("sessions") { item -> SessionLogRecord? in
            let keys = [
                "id", "date", "programId", "programVersion", "shareLinkId", "createdAt", "document",
                "unreadableDocument",
            ]
            guard let object = item.object(keys: keys),
                let id = object.uuid("id"), let date = object.day("date"),
                let programID = object.optionalUUID("programId"), let shareLinkID = object.optionalUUID("shareLinkId"),
                let createdAt = object.date("createdAt"), let document = object.document()
            else { return nil }
            return SessionLogRecord(
                id: id, trainerID: trainerID, clientID: clientID, programID: programID,
                programVersion: object.int("programVersion", in: 1...1_000_000), date: date, document: document,
                createdAt: createdAt, shareLinkID: shareLinkID)
        }
        let links = root?.records("shareLinks") { item -> ShareLinkRecord? in
            guard let object = item.object(keys: ["id", "createdAt", "expiresAt", "revokedAt"]),
                let id = object.uuid("id"), let createdAt = object.date("createdAt"),
                let expiresAt = object.date("expiresAt"),
                let revokedAt = object.optionalDate("revokedAt")
            else { return nil }
            // The token's hash is not exported; the record carries none.
            return ShareLinkRecord(
                id: id, trainerID: trainerID, clientID: clientID, tokenHash: "", createdAt: createdAt,
                expiresAt: expiresAt,
                revokedAt: revokedAt)
        }
        guard log.isEmpty else { throw APIError.validation(ValidationFailure(log.issues)) }
        guard let client, let assessments, let programs, let sessions, let links else {
            throw APIError.invalid("", "is not a \(Self.schema) document")
        }
        return ClientDataRecord(
            client: client, assessments: assessments, clearances: clearances, programVersions: programs,
            sessions: sessions,
            shareLinks: links)
    }

    private static func readClient(_ object: ObjectReader, trainerID: UUID) -> ClientRecord? {
        guard let id = object.uuid("id"),
            let name = object.string("name", required: true, maxLength: ClientBody.nameLength),
            let status = object.enumValue("status", ClientStatus.self, required: true),
            let createdAt = object.date("createdAt"),
            let updatedAt = object.date("updatedAt")
        else { return nil }
        return ClientRecord(
            id: id, trainerID: trainerID, name: name, age: object.int("age", in: ClientBody.ages),
            notes: object.field("notes")?.string(
                maxLength: ClientBody.notesLength, allowEmpty: true, characters: .lines),
            status: status, createdAt: createdAt, updatedAt: updatedAt)
    }
}

/// The readers of an export's records: ids, times and embedded documents, each required unless
/// said otherwise.
extension ObjectReader {
    /// The array under `key` read element by element; nil when it is missing, not an array, or an
    /// element fails (every failure logged). An export holds as many records as the client has.
    func records<T>(_ key: String, _ read: (JSONReader) -> T?) -> [T]? {
        guard let items = field(key, required: true)?.array(maxCount: .max) else { return nil }
        let read = items.map(read)
        let records = read.compactMap { $0 }
        return records.count == read.count ? records : nil
    }

    func uuid(_ key: String) -> UUID? {
        guard let field = field(key, required: true), let text = field.string(maxLength: 36) else { return nil }
        guard let id = UUID(text: text) else {
            log.add(field.path, "\"\(text)\" is not a UUID")
            return nil
        }
        return id
    }

    /// A UUID or null: `.some(nil)` for null or absent, nil (logged) for anything else.
    func optionalUUID(_ key: String) -> UUID?? {
        guard field(key) != nil else { return .some(nil) }
        return uuid(key).map { $0 }
    }

    /// A `YYYY-MM-DD` day, such as a session's date.
    func day(_ key: String) -> CivilDate? {
        guard let field = field(key, required: true), let text = field.string(maxLength: 10) else { return nil }
        guard let day = CivilDate(text) else {
            log.add(field.path, "\"\(text)\" is not a date (YYYY-MM-DD)")
            return nil
        }
        return day
    }

    func date(_ key: String) -> Date? {
        guard let field = field(key, required: true), let text = field.string(maxLength: 40) else { return nil }
        let strategies: [Date.ISO8601FormatStyle] = [
            Date.ISO8601FormatStyle(includingFractionalSeconds: true), .iso8601,
        ]
        guard let date = strategies.lazy.compactMap({ try? Date(text, strategy: $0) }).first else {
            log.add(field.path, "\"\(text)\" is not an ISO-8601 time")
            return nil
        }
        return date
    }

    func optionalDate(_ key: String) -> Date?? {
        guard field(key) != nil else { return .some(nil) }
        return date(key).map { $0 }
    }

    /// An embedded document as compact JSON text: `document` is an object, or null beside the
    /// `unreadableDocument` text it could not be read from.
    func document() -> String? {
        let here = reader.child("document", .null).path
        switch pairs.first(where: { $0.0 == "document" })?.1 {
        case .object(let pairs)?:
            return JSONWriter.string(.object(pairs), pretty: false)
        case .null?:
            guard case .string(let text)? = pairs.first(where: { $0.0 == "unreadableDocument" })?.1 else {
                log.add(reader.child("unreadableDocument", .null).path, "is required when document is null")
                return nil
            }
            return text
        case let value?:
            log.add(here, "expected an object, found \(value.kindName)")
            return nil
        case nil:
            log.add(here, "is required")
            return nil
        }
    }
}
