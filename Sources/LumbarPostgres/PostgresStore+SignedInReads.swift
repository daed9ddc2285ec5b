import Foundation
import LumbarStore
import PostgresNIO

// The API's hottest read, a client's active program, in one query with the SQLite backend's
// joins: the token (live, as in `trainer(tokenHash:now:)`), the client (the token's trainer's) and
// the active version. One query takes one pooled connection once, where three reads queued for it
// three times; as a prepared statement it is parsed and planned once per connection.

extension PostgresStore {
    public func activeProgram(tokenHash: String, kind: TokenKind, now: Date, clientID: UUID) async throws
        -> SignedInProgramRead
    {
        try await withStoreErrors("read active program") {
            var found: SignedInProgramRead = .notSignedIn
            let statement = SignedInActiveProgram(
                clientID: clientID, tokenHash: tokenHash, now: now.timestamp, kind: kind.rawValue)
            for try await row in try await client.execute(statement, logger: logger) {
                found = try SignedInProgramRead(postgres: row)
            }
            return found
        }
    }
}

/// $1 client id, $2 token hash, $3 now. No row: the token is not live. A row with a NULL status:
/// the client is not the token's trainer's. A row with a NULL program id: no active program.
struct SignedInActiveProgram: PostgresPreparedStatement {
    /// The active program's columns, after the token's trainer and the client's status.
    static let program = ProgramVersionColumn.whole.at(offset: 2)

    static let sql = """
        SELECT a.trainer_id, c.status, \(program.sql(alias: "p"))
        FROM auth_tokens a
        JOIN trainers t ON t.id = a.trainer_id
        LEFT JOIN clients c ON c.id = $1 AND c.trainer_id = a.trainer_id
        LEFT JOIN program_versions p ON p.trainer_id = c.trainer_id AND p.client_id = c.id AND p.active
        WHERE a.token_hash = $2 AND a.revoked_at IS NULL AND a.expires_at > $3 AND a.kind = $4
        """
    static var bindingDataTypes: [PostgresDataType] { [.uuid, .text, .timestamptz, .text] }

    let clientID: UUID
    let tokenHash: String
    let now: PostgresTimestamp
    let kind: String

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 4)
        bindings.append(clientID)
        bindings.append(tokenHash)
        bindings.append(now)
        bindings.append(kind)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) -> PostgresRow { row }
}

extension SignedInProgramRead {
    /// Decodes a row of `SignedInActiveProgram`, cell by cell.
    init(postgres row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        let trainerID = try cells[0].decode(UUID.self)
        guard let status = try cells[1].decode(String?.self) else {
            self = .noClient(trainerID: trainerID)
            return
        }
        guard try cells[2].decode(UUID?.self) != nil else {
            self = .client(trainerID: trainerID, status: try decodeEnum(status), activeProgram: nil)
            return
        }
        let program = try ProgramVersionRecord(PostgresStoredRow(cells: cells, SignedInActiveProgram.program))
        self = .client(trainerID: trainerID, status: try decodeEnum(status), activeProgram: program)
    }
}
