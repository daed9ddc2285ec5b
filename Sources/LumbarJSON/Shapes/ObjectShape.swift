/// A request body's JSON object, said once: its keys, which are required, and what each holds.
/// It reads a body strictly (unknown keys first, then each field in the order listed, every
/// problem logged with its path) and writes the closed JSON Schema the API's document shows.
public struct ObjectShape: Sendable {
    public let fields: [any ObjectField]
    public let required: [String]
    /// Keys of which at least one must be given (a change that changes something).
    public let atLeastOneOf: [String]
    public let description: String?

    public init(
        _ fields: [any ObjectField], required: [String] = [], atLeastOneOf: [String] = [], description: String? = nil
    ) {
        self.fields = fields
        self.required = required
        self.atLeastOneOf = atLeastOneOf
        self.description = description
    }

    public var keys: [String] { fields.map(\.key) }

    public var schema: JSONValue {
        let object = JSONSchema.object(
            fields.map { ($0.key, $0.schema) }, required: required, closed: true, description: description)
        guard !atLeastOneOf.isEmpty, case .object(let pairs) = object else { return object }
        let choices = atLeastOneOf.map { key in JSONValue.object([("required", .strings([key]))]) }
        return .object(pairs + [("anyOf", .array(choices))])
    }

    /// The object read at `reader`'s path, or nil (logged) when the value is not an object.
    /// Fields that fail are logged and read as not given.
    public func read(_ reader: JSONReader) -> ShapedObject? {
        let issuesBefore = reader.log.issues.count
        guard let object = reader.object(keys: keys) else { return nil }
        var given: [String: ShapedObject.Given] = [:]
        for field in fields {
            let value = object.pairs.first { $0.0 == field.key }?.1
            let path = reader.child(field.key, .null).path
            switch value {
            case nil:
                if required.contains(field.key) { reader.log.add(path, "is required") }
            case .null?:
                if required.contains(field.key) {
                    reader.log.add(path, "is required")
                } else if field.nullable {
                    given[field.key] = .null
                } else {
                    reader.log.add(path, "cannot be null; leave the key out instead")
                }
            case let value?:
                if let read = field.readAny(reader.child(field.key, value)) {
                    given[field.key] = .value(read)
                } else {
                    given[field.key] = .invalid
                }
            }
        }
        if !atLeastOneOf.isEmpty, !atLeastOneOf.contains(where: { given[$0] != nil }),
            reader.log.issues.count == issuesBefore
        {
            reader.log.add(reader.path, "give at least one of \(atLeastOneOf.joined(separator: ", "))")
        }
        return ShapedObject(given: given)
    }

    /// The whole body read, or every problem found.
    public func read(_ value: JSONValue) throws(ValidationFailure) -> ShapedObject {
        let log = IssueLog()
        let object = read(JSONReader(value: value, path: "", log: log))
        guard let object, log.isEmpty else { throw ValidationFailure(log.issues) }
        return object
    }
}

/// The fields of one object read by its `ObjectShape`.
public struct ShapedObject {
    enum Given {
        case null, invalid
        case value(Any)
    }

    let given: [String: Given]

    /// The field's value, or nil when it was left out, `null` or not valid.
    public subscript<Value>(_ field: Field<Value>) -> Value? {
        if case .value(let value)? = given[field.key] { return value as? Value }
        return nil
    }

    /// What the body says about the field; a field that was not valid keeps (its problem is logged).
    public func change<Value>(_ field: Field<Value>) -> Change<Value> {
        switch given[field.key] {
        case nil, .invalid?: .keep
        case .null?: .clear
        case .value(let value)?: (value as? Value).map { .set($0) } ?? .keep
        }
    }

    /// Whether the key was given, `null` included.
    public func has(_ key: String) -> Bool { given[key] != nil }
}
