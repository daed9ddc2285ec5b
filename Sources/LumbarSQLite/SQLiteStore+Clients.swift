import Foundation
import GRDB
import LumbarCore
import LumbarStore

extension SQLiteStore {
    public func createClient(_ client: ClientRecord) async throws {
        try await write("create client", conflict: "client already exists") { db in
            try db.cachedStatement(sql: Self.insertClientSQL).execute(
                arguments: StatementArguments(client.storedValues.map(\.sqlite)))
        }
    }

    /// Every column of `ClientColumn`, in its order.
    static let insertClientSQL = insertSQL(into: "clients", ClientColumn.whole)

    public func client(id: UUID, trainerID: UUID) async throws -> ClientRecord? {
        try await read("read client") { db in try Self.fetchClient(db, id: id, trainerID: trainerID) }
    }

    public func clients(trainerID: UUID, query: ClientQuery) async throws -> Page<ClientRecord> {
        var conditions = ["trainer_id = ?"]
        var arguments: StatementArguments = [trainerID.sql]
        if let text = query.text, !text.isEmpty {
            // LIKE is case-insensitive for ASCII in SQLite (ILIKE in PostgreSQL); the text's own
            // wildcards are escaped so "%" finds a literal percent sign.
            conditions.append("name LIKE ? ESCAPE '\\'")
            _ = arguments.append(contentsOf: ["%" + Self.escapeLike(text) + "%"])
        }
        if let status = query.status {
            conditions.append("status = ?")
            _ = arguments.append(contentsOf: [status.rawValue])
        }
        let filter = conditions.joined(separator: " AND ")
        let (limit, offset) = Self.limitOffset(page: query.page, per: query.per)
        let filterArguments = arguments
        return try await read("list clients") { db in
            let total =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM clients WHERE \(filter)", arguments: filterArguments)
                ?? 0
            let items = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(ClientColumn.list) FROM clients WHERE \(filter)
                    ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?
                    """,
                arguments: filterArguments + [limit, offset]
            ).map(ClientRecord.init(row:))
            return Page(items: items, total: total)
        }
    }

    public func updateClient(id: UUID, trainerID: UUID, patch: ClientPatch, at: Date) async throws -> ClientRecord {
        try await write("update client", conflict: "client conflict") { db in
            guard var client = try Self.fetchClient(db, id: id, trainerID: trainerID) else { throw StoreError.notFound }
            if let name = patch.name { client.name = name }
            if let age = patch.age { client.age = age }
            if let notes = patch.notes { client.notes = notes }
            client.updatedAt = at
            try db.cachedStatement(
                sql: "UPDATE clients SET name = ?, age = ?, notes = ?, updated_at = ? WHERE id = ? AND trainer_id = ?"
            ).execute(arguments: [client.name, client.age, client.notes, at.sqlMilliseconds, id.sql, trainerID.sql])
            // Read back so the answer carries exactly what was stored (dates at millisecond precision).
            guard let stored = try Self.fetchClient(db, id: id, trainerID: trainerID) else { throw StoreError.notFound }
            return stored
        }
    }

    public func setStatus(clientID: UUID, trainerID: UUID, status: ClientStatus, at: Date) async throws {
        try await write("set client status", conflict: "client conflict") { db in
            try Self.updateStatus(db, clientID: clientID, trainerID: trainerID, status: status, at: at)
        }
    }

    static func fetchClient(_ db: Database, id: UUID, trainerID: UUID) throws -> ClientRecord? {
        try Row.fetchOne(
            db, sql: "SELECT \(ClientColumn.list) FROM clients WHERE id = ? AND trainer_id = ?",
            arguments: [id.sql, trainerID.sql]
        ).map(ClientRecord.init(row:))
    }

    /// Throws `StoreError.notFound` unless the client exists and belongs to the trainer; every write
    /// onto a client's data starts with it.
    static func requireClient(_ db: Database, id: UUID, trainerID: UUID) throws {
        let found = try Bool.fetchOne(
            db, sql: "SELECT 1 FROM clients WHERE id = ? AND trainer_id = ?", arguments: [id.sql, trainerID.sql])
        guard found != nil else { throw StoreError.notFound }
    }

    static func updateStatus(_ db: Database, clientID: UUID, trainerID: UUID, status: ClientStatus, at: Date) throws {
        try db.cachedStatement(sql: "UPDATE clients SET status = ?, updated_at = ? WHERE id = ? AND trainer_id = ?")
            .execute(arguments: [status.rawValue, at.sqlMilliseconds, clientID.sql, trainerID.sql])
        guard db.changesCount > 0 else { throw StoreError.notFound }
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
