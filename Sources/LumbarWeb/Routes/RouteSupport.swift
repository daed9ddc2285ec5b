import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// Shorthands shared by the route files.
typealias LumbarRouterGroup = RouterGroup<LumbarRequestContext>

extension LumbarRequestContext {
    /// The UUID in path parameter `name`; text that is not a UUID names nothing, so 404.
    func pathID(_ name: String = "id", what: String) throws(APIError) -> UUID {
        guard let id = pathUUID(name) else { throw APIError.notFound(what) }
        return id
    }

    /// The UUID in path parameter `name`, if it is one (read by `UUID(text:)`, not Foundation's `sscanf`).
    func pathUUID(_ name: String = "id") -> UUID? {
        parameters.get(name).flatMap(UUID.init(text:))
    }
}

extension APIError {
    /// 404 for a client with no program to follow, saying why.
    static func noProgram(_ status: ClientStatus) -> APIError {
        APIError(
            .notFound, code: "notFound",
            message: status.mayFollowProgram
                ? "This client has no active program yet; record an assessment first."
                : "This client has no program to follow: the latest assessment referred them.")
    }
}

/// Page and size of a list, from `?page=&per=`; 400 when they are not usable.
struct Paging {
    static let maxPer = 100

    var page: Int
    var per: Int

    init(_ query: Parameters, defaultPer: Int = 50) throws(APIError) {
        page = try Paging.number(query, "page", default: 1, in: 1...1_000_000)
        per = try Paging.number(query, "per", default: defaultPer, in: 1...Paging.maxPer)
    }

    static func number(_ query: Parameters, _ name: String, default value: Int, in range: ClosedRange<Int>)
        throws(APIError) -> Int
    {
        guard let text = query.get(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw APIError.badQuery(
                name, "\"\(text)\" is not a whole number in \(range.lowerBound)…\(range.upperBound)")
        }
        return number
    }
}
