import Foundation
import LumbarCore
import LumbarJSON
import LumbarStore

/// A logged session as the API shows it: the `lumbar.sessions/1` session entry with its `id`,
/// the program version it followed and when it was logged.
enum SessionDTO {
    static func json(_ session: LoggedSession, record: SessionLogRecord) -> JSONValue {
        guard case .object(let pairs) = session.json else { return session.json }
        return .object(
            [
                ("id", .string(record.id.wire)),
                ("programId", record.programID.map { .string($0.wire) } ?? .null),
                ("programVersion", .optionalInt(record.programVersion)),
                ("createdAt", WireDate.json(record.createdAt)),
            ] + pairs)
    }
}
