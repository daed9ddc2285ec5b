import Hummingbird
import LumbarStore

/// Per-request state: who is signed in (set by `AuthMiddleware`) and where the request came from.
public struct LumbarRequestContext: RequestContext {
    /// Hummingbird's own per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The signed-in trainer, once `AuthMiddleware` has checked the credentials.
    public var trainer: TrainerRecord?
    /// The hash of the token the trainer signed in with, so that logout can revoke exactly it.
    public var tokenHash: String?
    /// The peer's IP address, for per-address rate limits; nil when unknown (in-process tests).
    public var remoteAddress: String?

    /// A context for one request arriving on `source`'s channel.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The signed-in trainer, or 401 when the route was reached without one.
    public func requireTrainer() throws(APIError) -> TrainerRecord {
        guard let trainer else { throw APIError.unauthorized() }
        return trainer
    }
}
