/// A configuration value that cannot be used; the message names where it came from.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, starting with the flag or variable.
    public let description: String

    /// An error with this message.
    public init(_ description: String) { self.description = description }
}
