import Foundation
import PostgresNIO

/// A `Date` bound as `TIMESTAMPTZ`, rounded to the nearest millisecond.
///
/// The SQLite backend keeps instants as integer milliseconds; rounding the same way here makes
/// both backends store the same instant and answer `expires_at > now` alike at the edges.
/// (PostgresNIO's own `Date` binding would keep microseconds and truncate rather than round.)
struct PostgresTimestamp: PostgresNonThrowingEncodable {
    static var psqlType: PostgresDataType { .timestamptz }
    static var psqlFormat: PostgresFormat { .binary }

    /// PostgreSQL counts from 2000-01-01T00:00:00Z.
    private static let epochMilliseconds: Int64 = 946_684_800_000

    let date: Date

    init(_ date: Date) {
        self.date = date
    }

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        // Integer arithmetic after the one rounding, so no float error creeps into the microseconds.
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        byteBuffer.writeInteger((milliseconds - Self.epochMilliseconds) * 1000)
    }
}

extension Date {
    /// This instant bound as `TIMESTAMPTZ`, to the millisecond.
    var timestamp: PostgresTimestamp { PostgresTimestamp(self) }
}

extension Optional where Wrapped == Date {
    /// The instant bound as `TIMESTAMPTZ`, or `NULL`.
    var timestamp: PostgresTimestamp? { map(PostgresTimestamp.init) }
}
