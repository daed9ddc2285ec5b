import LumbarJSON

extension ObjectShape {
    /// A request body read by this shape; 422 listing every problem when it does not fit.
    func body(_ value: JSONValue) throws(APIError) -> ShapedObject {
        do {
            return try read(value)
        } catch {
            throw APIError.validation(error)
        }
    }
}
