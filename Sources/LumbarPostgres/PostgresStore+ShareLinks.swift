import Foundation
import LumbarStore
import PostgresNIO

extension PostgresStore {
    public func createShareLink(_ link: ShareLinkRecord) async throws {
        try await transaction("create share link", conflict: "share link already exists") { connection in
            try await self.requireClient(id: link.clientID, trainerID: link.trainerID, on: connection)
            try await self.fetch(PostgresQuery(insert: Self.insertShareLinkSQL, link.storedValues), on: connection)
        }
    }

    /// Every column of `ShareLinkColumn`, in its order.
    static let insertShareLinkSQL = insertSQL(into: "share_links", ShareLinkColumn.whole)

    public func shareLinks(clientID: UUID, trainerID: UUID) async throws -> [ShareLinkRecord] {
        try await withStoreErrors("list share links") {
            try await fetch(
                """
                SELECT \(unescaped: ShareLinkColumn.list) FROM share_links
                WHERE trainer_id = \(trainerID) AND client_id = \(clientID)
                ORDER BY created_at DESC, id DESC
                """
            ).map(ShareLinkRecord.init(postgres:))
        }
    }

    public func revokeShareLink(id: UUID, trainerID: UUID, at: Date) async throws {
        try await withStoreErrors("revoke share link", conflict: "share link conflict") {
            // Revoking twice keeps the first time; the row still counts as found.
            let rows = try await fetch(
                """
                UPDATE share_links SET revoked_at = coalesce(revoked_at, \(at.timestamp))
                WHERE id = \(id) AND trainer_id = \(trainerID)
                RETURNING 1
                """)
            guard !rows.isEmpty else { throw StoreError.notFound }
        }
    }

    public func shareLink(tokenHash: String, now: Date) async throws -> ShareLinkRecord? {
        try await withStoreErrors("resolve share link") {
            try await fetch(
                """
                SELECT \(unescaped: ShareLinkColumn.list) FROM share_links
                WHERE token_hash = \(tokenHash) AND revoked_at IS NULL AND expires_at > \(now.timestamp)
                """
            ).first.map(ShareLinkRecord.init(postgres:))
        }
    }
}
