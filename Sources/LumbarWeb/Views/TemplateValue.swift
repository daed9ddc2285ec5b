/// Value helpers for templates.
enum TemplateValue {
    /// The text, or `false` when it is missing or empty: mustache treats any string, even an
    /// empty one, as true in `{{#section}}`, so optional text must arrive as `false` to hide.
    static func text(_ value: String?) -> Any {
        guard let value, !value.isEmpty else { return false }
        return value
    }
}
