import LumbarCore
import LumbarJSON

extension SessionLogRecord {
    /// The record with `painNextMorning` set to `pain` in its document: the value replaced where the
    /// key already is, otherwise added right after `painAfter` (the contract's key order). Both
    /// backends call this inside their update transaction, so they store the very same bytes.
    /// Throws `StoreError.unavailable` when the stored document is not a JSON object: a damaged row,
    /// which no request can repair.
    public func settingNextMorningPain(_ pain: Int) throws -> SessionLogRecord {
        guard case .object(var pairs)? = try? JSONParser.parse(document) else {
            throw StoreError.unavailable("the stored document of a session is not a JSON object")
        }
        let value = JSONValue.int(pain)
        if let index = pairs.firstIndex(where: { $0.0 == "painNextMorning" }) {
            pairs[index].1 = value
        } else if let index = pairs.firstIndex(where: { $0.0 == "painAfter" }) {
            pairs.insert(("painNextMorning", value), at: index + 1)
        } else {
            pairs.append(("painNextMorning", value))
        }
        var updated = self
        updated.document = JSONWriter.string(.object(pairs), pretty: false)
        return updated
    }
}
