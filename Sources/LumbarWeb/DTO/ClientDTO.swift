import LumbarCore
import LumbarJSON
import LumbarStore

/// A client as the API shows it.
enum ClientDTO {
    static let shape = AnswerShape<ClientRecord>([
        .uuid("id") { $0.id }, .text("name") { $0.name }, .optionalInteger("age") { $0.age },
        .optionalText("notes") { $0.notes }, .oneOf("status", ClientStatus.self) { $0.status },
        .time("createdAt") { $0.createdAt }, .time("updatedAt") { $0.updatedAt },
    ])

    static let page = AnswerShape<Page<ClientRecord>>([
        .list("items", shape, ref: "Client") { $0.items }, .integer("total") { $0.total },
    ])
}
