import Foundation
import LumbarCore
import LumbarStore
import PostgresNIO

extension PostgresStore {
    public func createClient(_ client: ClientRecord) async throws {
        try await withStoreErrors("create client", conflict: "client already exists") {
            try await fetch(PostgresQuery(insert: Self.insertClientSQL, client.storedValues))
        }
    }

    /// Every column of `ClientColumn`, in its order.
    static let insertClientSQL = insertSQL(into: "clients", ClientColumn.whole)

    public func client(id: UUID, trainerID: UUID) async throws -> ClientRecord? {
        try await withStoreErrors("read client") { try await fetchClient(id: id, trainerID: trainerID) }
    }

    public func clients(trainerID: UUID, query: ClientQuery) async throws -> Page<ClientRecord> {
        // A filter left out is bound as NULL and drops out of the WHERE clause; PostgreSQL plans the
        // unnamed statement with the actual values, so the index on (trainer_id, updated_at, id) serves.
        // ILIKE is LIKE without case, as SQLite's LIKE is for ASCII; the text's own wildcards are
        // escaped so "%" finds a literal percent sign.
        let pattern = query.text.flatMap { $0.isEmpty ? nil : "%" + Self.escapeLike($0) + "%" }
        let status = query.status?.rawValue
        let (limit, offset) = Self.limitOffset(page: query.page, per: query.per)
        return try await withStoreErrors("list clients") {
            let total =
                try await fetch(
                    """
                    SELECT count(*) FROM clients
                    WHERE trainer_id = \(trainerID)
                        AND (\(pattern)::text IS NULL OR name ILIKE \(pattern) ESCAPE '\\')
                        AND (\(status)::text IS NULL OR status = \(status))
                    """
                ).first?.decode(Int.self) ?? 0
            let items = try await fetch(
                """
                SELECT \(unescaped: ClientColumn.list) FROM clients
                WHERE trainer_id = \(trainerID)
                    AND (\(pattern)::text IS NULL OR name ILIKE \(pattern) ESCAPE '\\')
                    AND (\(status)::text IS NULL OR status = \(status))
                ORDER BY updated_at DESC, id DESC LIMIT \(limit) OFFSET \(offset)
                """
            ).map(ClientRecord.init(postgres:))
            return Page(items: items, total: total)
        }
    }

    public func updateClient(id: UUID, trainerID: UUID, patch: ClientPatch, at: Date) async throws -> ClientRecord {
        try await transaction("update client", conflict: "client conflict") { connection in
            guard var client = try await self.fetchClient(id: id, trainerID: trainerID, lock: true, on: connection)
            else { throw StoreError.notFound }
            if let name = patch.name { client.name = name }
            if let age = patch.age { client.age = age }
            if let notes = patch.notes { client.notes = notes }
            // RETURNING answers with exactly what was stored (dates at millisecond precision).
            let rows = try await self.fetch(
                """
                UPDATE clients SET name = \(client.name), age = \(client.age), notes = \(client.notes), \
                updated_at = \(at.timestamp)
                WHERE id = \(id) AND trainer_id = \(trainerID)
                RETURNING \(unescaped: ClientColumn.list)
                """, on: connection)
            guard let stored = rows.first else { throw StoreError.notFound }
            return try ClientRecord(postgres: stored)
        }
    }

    public func setStatus(clientID: UUID, trainerID: UUID, status: ClientStatus, at: Date) async throws {
        try await withStoreErrors("set client status", conflict: "client conflict") {
            try await updateStatus(clientID: clientID, trainerID: trainerID, status: status, at: at)
        }
    }

    /// The client, if `trainerID` has it; with `lock`, its row stays locked until the transaction ends.
    func fetchClient(
        id: UUID, trainerID: UUID, lock: Bool = false, on connection: PostgresConnection? = nil
    ) async throws -> ClientRecord? {
        try await fetch(
            """
            SELECT \(unescaped: ClientColumn.list) FROM clients WHERE id = \(id) AND trainer_id = \(trainerID)
            \(unescaped: lock ? "FOR NO KEY UPDATE" : "")
            """, on: connection
        ).first.map(ClientRecord.init(postgres:))
    }

    /// Throws `StoreError.notFound` unless the client exists and belongs to the trainer; every write
    /// onto a client's data starts with it.
    ///
    /// It also locks the client's row until the transaction ends, so two app instances writing for
    /// one client take turns: the second sees the first's program before deactivating the others,
    /// instead of failing on the one-active-version index. (SQLite needs no lock: it has one writer.)
    /// NO KEY UPDATE is the lock an UPDATE of the row's status takes anyway; it does not hold up
    /// other transactions' foreign-key checks against the client.
    func requireClient(id: UUID, trainerID: UUID, on connection: PostgresConnection) async throws {
        let rows = try await fetch(
            "SELECT 1 FROM clients WHERE id = \(id) AND trainer_id = \(trainerID) FOR NO KEY UPDATE", on: connection)
        guard !rows.isEmpty else { throw StoreError.notFound }
    }

    func updateStatus(
        clientID: UUID, trainerID: UUID, status: ClientStatus, at: Date, on connection: PostgresConnection? = nil
    ) async throws {
        let rows = try await fetch(
            """
            UPDATE clients SET status = \(status.rawValue), updated_at = \(at.timestamp)
            WHERE id = \(clientID) AND trainer_id = \(trainerID)
            RETURNING 1
            """, on: connection)
        guard !rows.isEmpty else { throw StoreError.notFound }
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    /// SQL LIMIT and OFFSET for a 1-based page; a page below 1 is the first, a size below 0 is 0.
    static func limitOffset(page: Int, per: Int) -> (limit: Int, offset: Int) {
        let limit = max(per, 0)
        let (offset, overflow) = (max(page, 1) - 1).multipliedReportingOverflow(by: limit)
        return (limit, overflow ? Int.max : offset)
    }
}
