import Foundation
import LumbarCore
import LumbarJSON
import LumbarStore

/// A logged session as the API shows it: the `lumbar.sessions/1` session entry with its `id`,
/// the program version it followed and when it was logged.
enum SessionDTO {
    static let shape = AnswerShape<(session: LoggedSession, record: SessionLogRecord)>.extending(
        OpenAPISchemas.sessionEntry(closed: false),
        with: [
            .uuid("id") { $0.record.id }, .optionalUUID("programId") { $0.record.programID },
            .optionalInteger("programVersion") { $0.record.programVersion },
            .time("createdAt") { $0.record.createdAt },
        ]
    ) { $0.session.json }

    static let page = AnswerShape<(sessions: [(LoggedSession, SessionLogRecord)], total: Int)>([
        .list("items", shape, ref: "LoggedSession") { $0.sessions }, .integer("total") { $0.total },
    ])

    /// The answer to logging one: its id.
    static let created = AnswerShape<UUID>([.uuid("id") { $0 }])
}
