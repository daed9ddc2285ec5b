import Foundation

/// A table's columns, listed once as an enum: its SQL name, and its place in `allCases`.
public protocol StoredColumn: CaseIterable, Sendable, RawRepresentable where RawValue == Int {
    /// The column's name in SQL.
    var name: String { get }
}

/// Which columns of a table a query selects, in order: the SQL select list is written from it, and
/// a backend finds each column's cell by `position(_:)`, so a query and its decoding cannot drift
/// apart. A query may select other cells first (`offset`: a joined read's own columns) or after
/// (`end`: a computed cell such as the history's document).
public struct ColumnList<Column: StoredColumn>: Sendable {
    public let columns: [Column]
    public let offset: Int
    /// Each column's position in a row, by `rawValue`; nil for a column not selected.
    @usableFromInline let positions: [Int?]

    public init(_ columns: some Collection<Column>, offset: Int = 0) {
        let columns = Array(columns)
        self.columns = columns
        self.offset = offset
        var positions = [Int?](repeating: nil, count: Column.allCases.count)
        for (index, column) in columns.enumerated() { positions[column.rawValue] = offset + index }
        self.positions = positions
    }

    /// The position just after the list.
    public var end: Int { offset + columns.count }

    /// Where `column` sits in a selected row. Asking for a column the list does not select is a
    /// mistake in this code, not in the data.
    @inlinable public func position(_ column: Column) -> Int {
        guard let position = positions[column.rawValue] else {
            preconditionFailure("\(column.name) is not selected by this query")
        }
        return position
    }

    /// The select list (or an insert's column list), each column prefixed with `alias.` when given.
    public func sql(alias: String? = nil) -> String {
        let prefix = alias.map { $0 + "." } ?? ""
        return columns.map { prefix + $0.name }.joined(separator: ", ")
    }

    /// The same columns at another place in the row.
    public func at(offset: Int) -> ColumnList { ColumnList(columns, offset: offset) }
}

/// One selected row, as a backend reads its cells; records are decoded from it in this target,
/// once for both backends. A cell that is NULL, or not of its column's type, where the record
/// needs a value throws `StoreError.unavailable` naming the column.
public protocol StoredRow<Column> {
    associatedtype Column: StoredColumn
    func uuid(_ column: Column) throws -> UUID?
    func int(_ column: Column) throws -> Int?
    func text(_ column: Column) throws -> String?
    func time(_ column: Column) throws -> Date?
    func bool(_ column: Column) throws -> Bool?
}

extension StoredRow {
    @inlinable func required<Value>(_ value: Value?, _ column: Column) throws -> Value {
        guard let value else { throw StoreError.unavailable("unreadable value in column \(column.name)") }
        return value
    }

    @inlinable func uuid(required column: Column) throws -> UUID { try required(try uuid(column), column) }
    @inlinable func int(required column: Column) throws -> Int { try required(try int(column), column) }
    @inlinable func text(required column: Column) throws -> String { try required(try text(column), column) }
    @inlinable func time(required column: Column) throws -> Date { try required(try time(column), column) }
    @inlinable func bool(required column: Column) throws -> Bool { try required(try bool(column), column) }

    /// A text column holding a raw value of `Value` (a status, a kind of change).
    @inlinable func value<Value: RawRepresentable>(_ column: Column, as _: Value.Type = Value.self) throws -> Value
    where Value.RawValue == String {
        try required(Value(rawValue: try text(required: column)), column)
    }

    /// A text column holding a JSON list of strings (an assessment's reasons; see `StoredValue.json`).
    @inlinable func strings(required column: Column) throws -> [String] {
        let json = Data(try text(required: column).utf8)
        return try required(try? JSONDecoder().decode([String].self, from: json), column)
    }
}

/// One value of a row as a backend binds it.
public enum StoredValue: Equatable, Sendable {
    case uuid(UUID?)
    case int(Int?)
    case text(String?)
    case time(Date?)
    case bool(Bool)

    /// A list of strings as its text column holds it: JSON exactly as `JSONEncoder` writes it,
    /// the text both backends have always stored (and `StoredRow.strings(required:)` reads).
    public static func json(_ strings: [String]) -> StoredValue {
        do {
            return .text(String(decoding: try JSONEncoder().encode(strings), as: UTF8.self))
        } catch {
            // Strings always encode; only a number that is not finite can fail.
            preconditionFailure("a list of strings did not encode as JSON: \(error)")
        }
    }
}
