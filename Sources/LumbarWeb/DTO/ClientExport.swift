import Foundation
import Hummingbird
import LumbarCore
import LumbarJSON
import LumbarStore

/// `lumbar.export/1`: everything Lumbar holds about one client, to hand to them or to keep.
///
/// Stored documents (assessments, program versions, sessions) are embedded as the JSON they are,
/// so the file reads without Lumbar; one that is not JSON any more (damaged before a rule existed)
/// is kept whole as text under `unreadableDocument` beside `"document": null`, never dropped.
/// Times carry milliseconds, as stored. Share links appear without their tokens: the database
/// holds only hashes, and a hash is of no use to the reader.
enum ClientExport {
    static let schema = "lumbar.export/1"

    static func json(_ data: ClientDataRecord, trainer: TrainerRecord, exportedAt: Date) -> JSONValue {
        .object([
            ("schema", .string(schema)), ("exportedAt", time(exportedAt)),
            ("trainer", .object([("name", .string(trainer.name)), ("email", .string(trainer.email))])),
            ("client", client(data.client)),
            ("assessments", .array(data.assessments.map { assessment($0, clearances: data.clearances) })),
            ("programVersions", .array(data.programVersions.map(program))),
            ("sessions", .array(data.sessions.map(session))),
            ("shareLinks", .array(data.shareLinks.map(shareLink))),
        ])
    }

    /// The record as a download: an attachment named for the client and the day, never cached
    /// (it is health data).
    static func download(_ data: ClientDataRecord, trainer: TrainerRecord, exportedAt: Date) -> Response {
        JSONResponse.make(
            .ok, json(data, trainer: trainer, exportedAt: exportedAt),
            headers: [
                .contentDisposition: "attachment; filename=\"\(fileName(data.client, on: exportedAt))\"",
                .cacheControl: "no-store",
            ])
    }

    /// A file name for the download: the client's name in safe characters, and the day.
    static func fileName(_ client: ClientRecord, on date: Date) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        let words = client.name.lowercased().split(whereSeparator: { !allowed.contains($0) })
        let name = words.joined(separator: "-").prefix(40)
        let day = date.ISO8601Format(.iso8601.year().month().day())
        return "lumbar-\(name.isEmpty ? "client" : String(name))-\(day).json"
    }

    static func time(_ date: Date) -> JSONValue {
        .string(date.ISO8601Format(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
    }

    static func time(_ date: Date?) -> JSONValue { date.map(time) ?? .null }

    private static func client(_ client: ClientRecord) -> JSONValue {
        .object([
            ("id", .string(client.id.wire)), ("name", .string(client.name)), ("age", .optionalInt(client.age)),
            ("notes", .optionalString(client.notes)), ("status", .string(client.status.rawValue)),
            ("createdAt", time(client.createdAt)), ("updatedAt", time(client.updatedAt)),
        ])
    }

    private static func assessment(_ assessment: AssessmentRecord, clearances: [ClearanceRecord]) -> JSONValue {
        let cleared = clearances.filter { $0.assessmentID == assessment.id }.map { clearance in
            JSONValue.object([
                ("id", .string(clearance.id.wire)), ("note", .string(clearance.note)),
                ("createdAt", time(clearance.createdAt)),
            ])
        }
        return .object(
            [
                ("id", .string(assessment.id.wire)), ("createdAt", time(assessment.createdAt)),
                ("decision", .string(assessment.decision.rawValue)), ("reasons", .strings(assessment.reasons)),
                ("clearances", .array(cleared)),
            ] + document(assessment.document))
    }

    private static func program(_ version: ProgramVersionRecord) -> JSONValue {
        .object(
            [
                ("programId", .string(version.programID.wire)), ("version", .int(version.version)),
                ("assessmentId", version.assessmentID.map { .string($0.wire) } ?? .null),
                ("change", .string(version.change.rawValue)), ("active", .bool(version.active)),
                ("createdAt", time(version.createdAt)),
            ] + document(version.document))
    }

    private static func session(_ session: SessionLogRecord) -> JSONValue {
        .object(
            [
                ("id", .string(session.id.wire)), ("date", .string(session.date.description)),
                ("programId", session.programID.map { .string($0.wire) } ?? .null),
                ("programVersion", .optionalInt(session.programVersion)),
                ("shareLinkId", session.shareLinkID.map { .string($0.wire) } ?? .null),
                ("createdAt", time(session.createdAt)),
            ] + document(session.document))
    }

    private static func shareLink(_ link: ShareLinkRecord) -> JSONValue {
        .object([
            ("id", .string(link.id.wire)), ("createdAt", time(link.createdAt)), ("expiresAt", time(link.expiresAt)),
            ("revokedAt", time(link.revokedAt)),
        ])
    }

    private static func document(_ text: String) -> [(String, JSONValue)] {
        guard let value = try? JSONParser.parse(text) else {
            return [("document", .null), ("unreadableDocument", .string(text))]
        }
        return [("document", value)]
    }
}
