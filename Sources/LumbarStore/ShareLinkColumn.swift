import Foundation

/// The columns of a `share_links` row, listed once: both backends insert every link with exactly
/// these and read them back through `ColumnList`, so a column added here is written and read
/// everywhere or the build fails at `ShareLinkRecord.stored(_:)`.
public enum ShareLinkColumn: Int, StoredColumn {
    case id, trainerID, clientID, tokenHash, createdAt, expiresAt, revokedAt

    public var name: String {
        switch self {
        case .id: "id"
        case .trainerID: "trainer_id"
        case .clientID: "client_id"
        case .tokenHash: "token_hash"
        case .createdAt: "created_at"
        case .expiresAt: "expires_at"
        case .revokedAt: "revoked_at"
        }
    }

    /// A whole link: inserts and every read of a link.
    public static let whole = ColumnList(allCases)
    /// Every column, comma-separated, for `INSERT INTO share_links (…)` and `SELECT …`.
    public static let list = whole.sql()
}

extension ShareLinkRecord {
    /// The value the record stores in `column`.
    public func stored(_ column: ShareLinkColumn) -> StoredValue {
        switch column {
        case .id: .uuid(id)
        case .trainerID: .uuid(trainerID)
        case .clientID: .uuid(clientID)
        case .tokenHash: .text(tokenHash)
        case .createdAt: .time(createdAt)
        case .expiresAt: .time(expiresAt)
        case .revokedAt: .time(revokedAt)
        }
    }

    /// Every value of the row, in `ShareLinkColumn` order.
    public var storedValues: [StoredValue] { ShareLinkColumn.allCases.map(stored) }

    /// A link as a backend read it (`ShareLinkColumn.whole`, wherever it sits in the row).
    @inlinable public init(_ row: some StoredRow<ShareLinkColumn>) throws {
        self.init(
            id: try row.uuid(required: .id), trainerID: try row.uuid(required: .trainerID),
            clientID: try row.uuid(required: .clientID), tokenHash: try row.text(required: .tokenHash),
            createdAt: try row.time(required: .createdAt), expiresAt: try row.time(required: .expiresAt),
            revokedAt: try row.time(.revokedAt))
    }
}
