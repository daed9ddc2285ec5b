/// Small builders for JSON Schema (2020-12, as OpenAPI 3.1 uses it), so the document reads
/// close to the contract and takes its enum values from the core types themselves.
public enum JSONSchema {
    public static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/components/schemas/\(name)"))]) }

    /// An object with these properties; `closed` forbids other keys (request bodies: the API
    /// rejects unknown keys).
    public static func object(
        _ properties: [(String, JSONValue)], required: [String] = [], closed: Bool = false,
        minProperties: Int? = nil, description: String? = nil
    ) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", .string("object"))]
        if let description { pairs.append(("description", .string(description))) }
        pairs.append(("properties", .object(properties)))
        if !required.isEmpty { pairs.append(("required", .strings(required))) }
        if closed { pairs.append(("additionalProperties", .bool(false))) }
        if let minProperties { pairs.append(("minProperties", .int(minProperties))) }
        return .object(pairs)
    }

    public static func string(
        minLength: Int? = nil, maxLength: Int? = nil, format: String? = nil, pattern: String? = nil,
        description: String? = nil
    ) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", .string("string"))]
        if let minLength { pairs.append(("minLength", .int(minLength))) }
        if let maxLength { pairs.append(("maxLength", .int(maxLength))) }
        if let format { pairs.append(("format", .string(format))) }
        if let pattern { pairs.append(("pattern", .string(pattern))) }
        if let description { pairs.append(("description", .string(description))) }
        return .object(pairs)
    }

    /// Text the API trims and refuses when blank.
    public static func text(maxLength: Int, description: String? = nil) -> JSONValue {
        string(minLength: 1, maxLength: maxLength, pattern: "\\S", description: description)
    }

    public static let uuid = string(format: "uuid")
    public static let dateTime = string(format: "date-time")
    public static let boolean: JSONValue = .object([("type", .string("boolean"))])

    public static func constant(_ value: String) -> JSONValue {
        .object([("type", .string("string")), ("const", .string(value))])
    }

    public static func integer(_ range: ClosedRange<Int>? = nil, description: String? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", .string("integer"))]
        if let range { pairs += [("minimum", .int(range.lowerBound)), ("maximum", .int(range.upperBound))] }
        if let description { pairs.append(("description", .string(description))) }
        return .object(pairs)
    }

    public static func number(_ range: ClosedRange<Double>) -> JSONValue {
        .object([
            ("type", .string("number")), ("minimum", .number(range.lowerBound)), ("maximum", .number(range.upperBound)),
        ])
    }

    public static func array(_ items: JSONValue, maxItems: Int? = nil, minItems: Int? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", .string("array")), ("items", items)]
        if let minItems { pairs.append(("minItems", .int(minItems))) }
        if let maxItems { pairs.append(("maxItems", .int(maxItems))) }
        return .object(pairs)
    }

    public static func strings(maxItems: Int? = nil) -> JSONValue { array(string(), maxItems: maxItems) }

    /// A string that must be one of the enum's raw values (or empty, for query filters where an
    /// empty value, as an HTML form sends it, means "any").
    public static func enumeration<E: RawRepresentable & CaseIterable>(
        _: E.Type, orEmpty: Bool = false, description: String? = nil
    ) -> JSONValue where E.RawValue == String {
        var pairs: [(String, JSONValue)] = [
            ("type", .string("string")), ("enum", .strings(E.allCases.map(\.rawValue) + (orEmpty ? [""] : []))),
        ]
        if let description { pairs.append(("description", .string(description))) }
        return .object(pairs)
    }

    /// `schema` or null: a `type` list where the schema has one type, `anyOf` otherwise.
    public static func nullable(_ schema: JSONValue) -> JSONValue {
        guard case .object(var pairs) = schema, case .string(let type)? = schema["type"] else {
            return .object([("anyOf", .array([schema, .object([("type", .string("null"))])]))])
        }
        pairs = pairs.map { key, value in
            switch key {
            case "type": return (key, .strings([type, "null"]))
            case "enum":
                guard case .array(let values) = value else { return (key, value) }
                return (key, .array(values + [.null]))
            default: return (key, value)
            }
        }
        return .object(pairs)
    }

    /// Adds `extra` properties (and required keys) in front of an object schema's own.
    public static func extending(
        _ schema: JSONValue, with extra: [(String, JSONValue)], required extraRequired: [String]
    )
        -> JSONValue
    {
        guard case .object(let pairs) = schema, case .object(let properties)? = schema["properties"] else {
            return schema
        }
        var required: [String] = extraRequired
        if case .array(let names)? = schema["required"] {
            required += names.compactMap { if case .string(let name) = $0 { return name } else { return nil } }
        }
        var result: [(String, JSONValue)] = []
        for (key, value) in pairs {
            switch key {
            case "properties": result.append((key, .object(extra + properties)))
            case "required": continue
            default: result.append((key, value))
            }
        }
        result.append(("required", .strings(required)))
        return .object(result)
    }
}
