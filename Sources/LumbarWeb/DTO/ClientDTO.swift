import Foundation
import LumbarCore
import LumbarJSON
import LumbarStore

/// A client as the API shows it.
enum ClientDTO {
    static func json(_ client: ClientRecord) -> JSONValue {
        .object([
            ("id", .string(client.id.wire)), ("name", .string(client.name)),
            ("age", .optionalInt(client.age)), ("notes", .optionalString(client.notes)),
            ("status", .string(client.status.rawValue)), ("createdAt", WireDate.json(client.createdAt)),
            ("updatedAt", WireDate.json(client.updatedAt)),
        ])
    }

    static func page(_ page: Page<ClientRecord>) -> JSONValue {
        .object([("items", .array(page.items.map(json))), ("total", .int(page.total))])
    }
}
