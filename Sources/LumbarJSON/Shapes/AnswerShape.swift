import Foundation

/// An API answer's JSON object, said once: each key, its JSON Schema and how it is written from
/// the value the route holds. The answer and the document's schema come from the same list, so a
/// key added, renamed or made nullable changes both. Keys are written (`null` where there is
/// nothing) and so required, unless a field says it may be left out.
public struct AnswerShape<Root>: Sendable {
    public let fields: [AnswerField<Root>]
    public let description: String?
    /// A contract document whose keys follow the fields (a program version is the program's
    /// document with its id and version in front).
    public let document: AnswerField<Root>?

    public init(_ fields: [AnswerField<Root>], description: String? = nil) {
        self.init(fields, description: description, document: nil)
    }

    /// `fields` in front of the keys of the object `document` writes, which `schema` describes.
    public static func extending(
        _ schema: JSONValue, with fields: [AnswerField<Root>], _ document: @escaping @Sendable (Root) -> JSONValue
    ) -> AnswerShape {
        AnswerShape(fields, description: nil, document: AnswerField("", schema: schema, write: document))
    }

    private init(_ fields: [AnswerField<Root>], description: String?, document: AnswerField<Root>?) {
        self.fields = fields
        self.description = description
        self.document = document
    }

    public var schema: JSONValue {
        let properties = fields.map { ($0.key, $0.schema) }
        guard let document else {
            return JSONSchema.object(properties, required: required, description: description)
        }
        return JSONSchema.extending(document.schema, with: properties, required: required)
    }

    private var required: [String] { fields.filter { !$0.mayBeLeftOut }.map(\.key) }

    public func json(_ root: Root) -> JSONValue {
        let pairs = fields.compactMap { field in field.write(root).map { (field.key, $0) } }
        guard let document else { return .object(pairs) }
        guard case .object(let rest)? = document.write(root) else { return .object(pairs) }
        return .object(pairs + rest)
    }
}

/// One key of an answer.
public struct AnswerField<Root>: Sendable {
    public let key: String
    public let schema: JSONValue
    /// The value, or nil to leave the key out (only where `mayBeLeftOut`).
    public let write: @Sendable (Root) -> JSONValue?
    public let mayBeLeftOut: Bool

    public init(_ key: String, schema: JSONValue, write: @escaping @Sendable (Root) -> JSONValue) {
        self.key = key
        self.schema = schema
        self.write = write
        self.mayBeLeftOut = false
    }

    /// A key written only when `write` has something to say.
    public init(leftOutWhenNil key: String, schema: JSONValue, write: @escaping @Sendable (Root) -> JSONValue?) {
        self.key = key
        self.schema = schema
        self.write = write
        self.mayBeLeftOut = true
    }

    public static func text(_ key: String, description: String? = nil, _ value: @escaping @Sendable (Root) -> String)
        -> AnswerField
    {
        AnswerField(key, schema: JSONSchema.string(description: description)) { .string(value($0)) }
    }

    public static func integer(
        _ key: String, _ range: ClosedRange<Int>? = nil, _ value: @escaping @Sendable (Root) -> Int
    ) -> AnswerField {
        AnswerField(key, schema: JSONSchema.integer(range)) { .int(value($0)) }
    }

    public static func optionalInteger(_ key: String, _ value: @escaping @Sendable (Root) -> Int?) -> AnswerField {
        AnswerField(key, schema: JSONSchema.nullable(JSONSchema.integer())) { .optionalInt(value($0)) }
    }

    public static func optionalText(_ key: String, _ value: @escaping @Sendable (Root) -> String?) -> AnswerField {
        AnswerField(key, schema: JSONSchema.nullable(JSONSchema.string())) { .optionalString(value($0)) }
    }

    public static func boolean(_ key: String, _ value: @escaping @Sendable (Root) -> Bool) -> AnswerField {
        AnswerField(key, schema: JSONSchema.boolean) { .bool(value($0)) }
    }

    public static func texts(_ key: String, _ value: @escaping @Sendable (Root) -> [String]) -> AnswerField {
        AnswerField(key, schema: JSONSchema.strings()) { .strings(value($0)) }
    }

    public static func oneOf<E: RawRepresentable & CaseIterable & SendableMetatype>(
        _ key: String, _ type: E.Type, _ value: @escaping @Sendable (Root) -> E
    ) -> AnswerField where E.RawValue == String {
        AnswerField(key, schema: JSONSchema.enumeration(type)) { .string(value($0).rawValue) }
    }

    /// An id, lowercase: the form PostgreSQL and most clients print.
    public static func uuid(_ key: String, _ value: @escaping @Sendable (Root) -> UUID) -> AnswerField {
        AnswerField(key, schema: JSONSchema.uuid) { .string(value($0).text) }
    }

    public static func optionalUUID(_ key: String, _ value: @escaping @Sendable (Root) -> UUID?) -> AnswerField {
        AnswerField(key, schema: JSONSchema.nullable(JSONSchema.uuid)) {
            value($0).map { .string($0.text) } ?? .null
        }
    }

    /// A time: ISO-8601 in UTC to the second, as most clients expect.
    public static func time(_ key: String, _ value: @escaping @Sendable (Root) -> Date) -> AnswerField {
        AnswerField(key, schema: JSONSchema.dateTime) { .string(value($0).ISO8601Format()) }
    }

    public static func optionalTime(_ key: String, _ value: @escaping @Sendable (Root) -> Date?) -> AnswerField {
        AnswerField(key, schema: JSONSchema.nullable(JSONSchema.dateTime)) {
            value($0).map { .string($0.ISO8601Format()) } ?? .null
        }
    }

    /// Always this text.
    public static func constant(_ key: String, _ value: String) -> AnswerField {
        AnswerField(key, schema: JSONSchema.constant(value)) { _ in .string(value) }
    }

    /// A list of answers, named in the document by `ref`.
    public static func list<Item>(
        _ key: String, _ shape: AnswerShape<Item>, ref: String, _ value: @escaping @Sendable (Root) -> [Item]
    ) -> AnswerField {
        AnswerField(key, schema: JSONSchema.array(JSONSchema.ref(ref))) { .array(value($0).map(shape.json)) }
    }

    /// An answer or null, named in the document by `ref`.
    public static func optionalNested<Inner>(
        _ key: String, _ shape: AnswerShape<Inner>, ref: String, _ value: @escaping @Sendable (Root) -> Inner?
    ) -> AnswerField {
        AnswerField(key, schema: JSONSchema.nullable(JSONSchema.ref(ref))) { value($0).map(shape.json) ?? .null }
    }

    /// An answer nested under `key`, named in the document by `ref` when it has a schema of its own.
    public static func nested<Inner>(
        _ key: String, _ shape: AnswerShape<Inner>, ref: String? = nil, _ value: @escaping @Sendable (Root) -> Inner
    ) -> AnswerField {
        AnswerField(key, schema: ref.map(JSONSchema.ref) ?? shape.schema) { shape.json(value($0)) }
    }

    /// A list of answers described in place, left out when empty.
    public static func listUnlessEmpty<Item>(
        _ key: String, _ shape: AnswerShape<Item>, _ value: @escaping @Sendable (Root) -> [Item]
    ) -> AnswerField {
        AnswerField(leftOutWhenNil: key, schema: JSONSchema.array(shape.schema)) { root in
            let items = value(root)
            return items.isEmpty ? nil : .array(items.map(shape.json))
        }
    }
}
