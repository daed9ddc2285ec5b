import Foundation
import Hummingbird
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

extension AppServices {
    /// The trainer's client with this id; 404 when it is missing or another trainer's.
    func client(_ id: UUID, of trainer: TrainerRecord) async throws -> ClientRecord {
        guard let client = try await store.client(id: id, trainerID: trainer.id) else {
            throw APIError.notFound("client")
        }
        return client
    }

    /// The client's active program, unless the latest screening stopped training (a referral
    /// not yet cleared, or an emergency): then there is nothing to follow.
    func followableProgram(of client: ClientRecord) async throws -> ProgramVersionRecord? {
        guard Self.mayFollowProgram(client.status) else { return nil }
        return try await store.activeProgram(clientID: client.id, trainerID: client.trainerID)
    }

    /// Whether a client in `status` may follow a program: not while a referral is uncleared, and
    /// never after an emergency.
    static func mayFollowProgram(_ status: ClientStatus) -> Bool {
        status != .referred && status != .emergency
    }
}

extension APIError {
    /// 404 for a client with no program to follow, saying why.
    static func noProgram(_ status: ClientStatus) -> APIError {
        APIError(
            .notFound, code: "notFound",
            message: AppServices.mayFollowProgram(status)
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
