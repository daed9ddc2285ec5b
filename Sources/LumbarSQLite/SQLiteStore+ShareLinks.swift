import Foundation
import GRDB
import LumbarStore

extension SQLiteStore {
    public func createShareLink(_ link: ShareLinkRecord) async throws {
        try await write("create share link", conflict: "share link already exists") { db in
            try Self.requireClient(db, id: link.clientID, trainerID: link.trainerID)
            try db.cachedStatement(sql: Self.insertShareLinkSQL).execute(
                arguments: StatementArguments(link.storedValues.map(\.sqlite)))
        }
    }

    /// Every column of `ShareLinkColumn`, in its order.
    static let insertShareLinkSQL = insertSQL(into: "share_links", ShareLinkColumn.whole)

    public func shareLinks(clientID: UUID, trainerID: UUID) async throws -> [ShareLinkRecord] {
        try await read("list share links") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(ShareLinkColumn.list) FROM share_links
                    WHERE trainer_id = ? AND client_id = ?
                    ORDER BY created_at DESC, id DESC
                    """,
                arguments: [trainerID.sql, clientID.sql]
            ).map(ShareLinkRecord.init(row:))
        }
    }

    public func revokeShareLink(id: UUID, trainerID: UUID, at: Date) async throws {
        try await write("revoke share link", conflict: "share link conflict") { db in
            // Revoking twice keeps the first time; the row still counts as found.
            try db.cachedStatement(
                sql: "UPDATE share_links SET revoked_at = coalesce(revoked_at, ?) WHERE id = ? AND trainer_id = ?"
            ).execute(arguments: [at.sqlMilliseconds, id.sql, trainerID.sql])
            guard db.changesCount > 0 else { throw StoreError.notFound }
        }
    }

    public func shareLink(tokenHash: String, now: Date) async throws -> ShareLinkRecord? {
        try await read("resolve share link") { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT \(ShareLinkColumn.list) FROM share_links
                    WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?
                    """,
                arguments: [tokenHash, now.sqlMilliseconds]
            ).map(ShareLinkRecord.init(row:))
        }
    }
}
