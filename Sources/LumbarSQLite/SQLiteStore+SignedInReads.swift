import Foundation
import GRDB
import LumbarCore
import LumbarStore

// The API's hottest read, a client's active program, in one statement: the token (live, as in
// `trainer(tokenHash:now:)`), the client (the token's trainer's) and the active version, joined.
// Three separate reads cost three trips through GRDB's reader pool and dispatch queues, each with
// its own transaction; one statement is its own read transaction in SQLite, so it sees one snapshot
// without BEGIN and COMMIT around it.

extension SQLiteStore {
    public func activeProgram(tokenHash: String, kind: TokenKind, now: Date, clientID: UUID) async throws
        -> SignedInProgramRead
    {
        let arguments: StatementArguments = [clientID.sql, tokenHash, now.sqlMilliseconds, kind.rawValue]
        let read: @Sendable (Database) throws -> SignedInProgramRead = { db in
            // A cursor's row is read in place; `fetchOne` would copy every column (the whole program
            // text among them) and the column names first.
            let rows = try Row.fetchCursor(db.cachedStatement(sql: SignedInSQL.activeProgram), arguments: arguments)
            guard let row = try rows.next() else { return .notSignedIn }
            return try SignedInProgramRead(row: row)
        }
        if let found = try inlineRead("read active program", read) { return found }
        return try await unsafeRead("read active program", read)
    }

    /// `body` on an inline reader (see `InlineReaders`), or nil when none is free or the store is
    /// in memory: the caller then reads through the pool.
    func inlineRead<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T? {
        guard let inlineReaders else { return nil }
        do {
            return try inlineReaders.read(body)
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    /// Runs `body` on a reader without a transaction around it: only for a single statement, which
    /// SQLite runs in its own implicit read transaction.
    func unsafeRead<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T)
        async throws -> T
    {
        do {
            return try await writer.unsafeRead(body)
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }
}

/// The signed-in reads' SQL; the PostgreSQL backend runs the same joins.
enum SignedInSQL {
    /// The active program's columns, after the token's trainer and the client's status.
    static let program = ProgramVersionColumn.whole.at(offset: 2)

    /// ?1 client id, ?2 token hash, ?3 now (milliseconds). No row: the token is not live. A row
    /// with a NULL status: the client is not the token's trainer's. A row with a NULL program id:
    /// the client has no active program.
    static let activeProgram = """
        SELECT a.trainer_id, c.status, \(program.sql(alias: "p"))
        FROM auth_tokens a
        JOIN trainers t ON t.id = a.trainer_id
        LEFT JOIN clients c ON c.id = ? AND c.trainer_id = a.trainer_id
        LEFT JOIN program_versions p ON p.trainer_id = c.trainer_id AND p.client_id = c.id AND p.active = 1
        WHERE a.token_hash = ? AND a.revoked_at IS NULL AND a.expires_at > ? AND a.kind = ?
        """
}

extension SignedInProgramRead {
    /// Decodes a row of `SignedInSQL.activeProgram`, by position.
    init(row: Row) throws {
        let trainerID = try row.uuid(atIndex: 0)
        guard let status: String = try row.decode(atIndex: 1) else {
            self = .noClient(trainerID: trainerID)
            return
        }
        guard let clientStatus = ClientStatus(rawValue: status) else {
            throw StoreError.unavailable("unreadable value in column status")
        }
        guard !row.hasNull(atIndex: 2) else {
            self = .client(trainerID: trainerID, status: clientStatus, activeProgram: nil)
            return
        }
        let program = try ProgramVersionRecord(SQLiteStoredRow(row: row, list: SignedInSQL.program))
        self = .client(trainerID: trainerID, status: clientStatus, activeProgram: program)
    }
}

extension Row {
    fileprivate func uuid(atIndex index: Int) throws -> UUID {
        guard let id = UUID(sqlText: try decode(String.self, atIndex: index)) else {
            throw StoreError.unavailable("unreadable id in column \(index + 1) of a signed-in read")
        }
        return id
    }
}
