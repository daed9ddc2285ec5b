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
    static let sql = """
        SELECT a.trainer_id, c.status,
            p.program_id, p.version, p.trainer_id, p.client_id, p.assessment_id, p.document, p.change, p.active,
            p.created_at
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
        guard let programID = try cells[2].decode(UUID?.self) else {
            self = .client(trainerID: trainerID, status: try decodeEnum(status), activeProgram: nil)
            return
        }
        let program = ProgramVersionRecord(
            programID: programID, version: try cells[3].decode(Int.self), trainerID: try cells[4].decode(UUID.self),
            clientID: try cells[5].decode(UUID.self), assessmentID: try cells[6].decode(UUID?.self),
            document: try cells[7].decode(String.self), change: try decodeEnum(try cells[8].decode(String.self)),
            active: try cells[9].decode(Bool.self), createdAt: try cells[10].decode(Date.self))
        self = .client(trainerID: trainerID, status: try decodeEnum(status), activeProgram: program)
    }
}
