import Foundation
import LumbarCore
import LumbarJSON

/// Times on the wire: ISO-8601 in UTC to the second, as Hummingbird and most clients expect.
enum WireDate {
    static func json(_ date: Date) -> JSONValue { .string(date.ISO8601Format()) }

    static func json(_ date: Date?) -> JSONValue { date.map(json) ?? .null }
}
