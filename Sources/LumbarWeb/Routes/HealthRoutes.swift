import Hummingbird
import LumbarCore
import LumbarJSON

/// `GET /healthz` for load balancers: 200 when the database answers and takes a write, 503 when it
/// does not (a read-only file or a full disk still answers reads, but loses every session); and
/// `GET /hello`, which touches nothing, so benchmarks can measure the HTTP stack's own ceiling.
struct HealthRoutes {
    let app: AppServices

    func add(to router: Router<LumbarRequestContext>) {
        router.get("hello") { _, _ in "hello" }
        router.get("healthz") { _, _ in
            do {
                try await app.store.ping()
                try await app.store.checkWritable(at: app.now())
            } catch {
                app.logger.warning("health check failed", metadata: ["error": .string(String(reflecting: error))])
                throw APIError.unavailable
            }
            return JSONResponse.make(.ok, Self.healthy.json(()))
        }
    }

    static let healthy = AnswerShape<Void>([.constant("status", "ok")])
}
