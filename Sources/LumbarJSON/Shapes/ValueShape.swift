/// What one JSON value of a request body may be, said once: how it is read (every problem logged
/// with its path) and the JSON Schema the API's document shows for it. Both come from the same
/// limits, so the document and the server cannot disagree on what is too long or out of range.
public struct ValueShape<Value>: Sendable {
    public let schema: JSONValue
    public let read: @Sendable (JSONReader) -> Value?

    public init(schema: JSONValue, read: @escaping @Sendable (JSONReader) -> Value?) {
        self.schema = schema
        self.read = read
    }

    /// The same value, checked further: `check` logs its own problem and answers nil.
    public func checked(_ check: @escaping @Sendable (Value, JSONReader) -> Value?) -> ValueShape {
        let read = self.read
        return ValueShape(schema: schema) { reader in read(reader).flatMap { check($0, reader) } }
    }

    /// The same reading under another schema: one that says more than the reader can check
    /// alone (an exercise id is any short text to the reader, one of the catalog's to the document).
    public func documented(as schema: JSONValue) -> ValueShape { ValueShape(schema: schema, read: read) }
}

extension ValueShape where Value == String {
    /// Text, trimmed of surrounding whitespace, refused when blank unless `allowEmpty`, of at most
    /// `maxLength` characters (Unicode scalars, as JSON Schema counts), holding only what
    /// `characters` allows.
    public static func text(
        maxLength: Int, allowEmpty: Bool = false, characters: TextCharacters = .line, description: String? = nil
    ) -> ValueShape {
        let schema =
            allowEmpty
            ? JSONSchema.string(maxLength: maxLength, description: description)
            : JSONSchema.text(maxLength: maxLength, description: description)
        return ValueShape(schema: schema) {
            $0.string(maxLength: maxLength, allowEmpty: allowEmpty, characters: characters)
        }
    }
}

extension ValueShape where Value == Int {
    /// A whole number inside `range`.
    public static func integer(_ range: ClosedRange<Int>, description: String? = nil) -> ValueShape {
        ValueShape(schema: JSONSchema.integer(range, description: description)) { $0.int(in: range) }
    }
}

extension ValueShape where Value: RawRepresentable & CaseIterable & SendableMetatype, Value.RawValue == String {
    /// One of the enum's raw values.
    public static func oneOf(_ type: Value.Type, description: String? = nil) -> ValueShape {
        ValueShape(schema: JSONSchema.enumeration(type, description: description)) { $0.enumValue(Value.self) }
    }
}

extension ValueShape where Value == ShapedObject {
    /// A nested object of its own shape.
    public static func object(_ shape: ObjectShape) -> ValueShape {
        ValueShape(schema: shape.schema) { shape.read($0) }
    }
}
