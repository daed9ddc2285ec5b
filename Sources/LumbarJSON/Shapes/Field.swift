/// One key of a request body and the value it holds. `nullable` fields accept `null`: it clears
/// the field in a change and counts as "not given" elsewhere; other fields refuse it, as the
/// document says.
public struct Field<Value>: Sendable, ObjectField {
    public let key: String
    public let shape: ValueShape<Value>
    public let nullable: Bool

    public init(_ key: String, _ shape: ValueShape<Value>, nullable: Bool = false) {
        self.key = key
        self.shape = shape
        self.nullable = nullable
    }

    public var schema: JSONValue { nullable ? JSONSchema.nullable(shape.schema) : shape.schema }

    public func readAny(_ reader: JSONReader) -> Any? { shape.read(reader) }
}

/// A field of any value type, as an `ObjectShape` lists it.
public protocol ObjectField: Sendable {
    var key: String { get }
    var nullable: Bool { get }
    var schema: JSONValue { get }
    /// The value read (problems logged), or nil when it is not valid.
    func readAny(_ reader: JSONReader) -> Any?
}

/// What a body says about one field: left out, `null`, or a value.
public enum Change<Value> {
    case keep, clear, set(Value)

    /// As a stored record's patch holds it: nil keeps, `.some(nil)` clears.
    public var patch: Value?? {
        switch self {
        case .keep: nil
        case .clear: .some(nil)
        case .set(let value): .some(value)
        }
    }
}
