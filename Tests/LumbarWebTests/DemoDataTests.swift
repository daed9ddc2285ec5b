import Foundation
import HummingbirdTesting
import LumbarApp
import LumbarCore
import LumbarStore
import LumbarWeb
import Testing

/// The demo data is made as the API makes data, so the API must read all of it back: sign-in,
/// clients, programs, sessions and a further progression review.
@Suite struct DemoDataTests {
    @Test(arguments: StoreKind.available)
    func theDemoTrainerSignsInAndTheAPIReadsEveryClient(_ kind: StoreKind) async throws {
        try await kind.withStore { store in
            let clock = TestClock()
            let report = try await DemoData.seed(into: store, now: clock.now, bcryptCost: 4)
            #expect(report.clients.count == 7)
            #expect(
                Set(report.clients.map(\.status)) == [.needsAssessment, .referred, .emergency, .active, .maintenance])
            await #expect(throws: DemoData.AlreadyThere.self) {
                _ = try await DemoData.seed(into: store, now: clock.now, bcryptCost: 4)
            }

            let app = buildApplication(config: .testing, store: store, now: { clock.now })
            try await app.test(.router) { client in
                let api = API(client: client, clock: clock)
                let login = try await api.post(
                    "/api/v1/auth/login", #"{"email": "demo@lumbar.test", "password": "demo-password-2026"}"#)
                #expect(login.status == .ok, "\(login.text)")
                let token = try #require(login.string("token"))
                #expect(try await api.get("/api/v1/clients", token: token).int("total") == 7)
                for made in report.clients {
                    let sessions = try await api.get("/api/v1/clients/\(made.id)/sessions?per=100", token: token)
                    #expect(sessions.status == .ok, "\(made.name): \(sessions.text)")
                    let program = try await api.get("/api/v1/clients/\(made.id)/program", token: token)
                    let training = made.status == .active || made.status == .maintenance
                    #expect(program.status == (training ? .ok : .notFound), "\(made.name): \(program.text)")
                    #expect((sessions.int("total") ?? 0 > 0) == training, "\(made.name)")
                }
                // The rising-pain client's last review raised alerts; reviewing the same log again
                // has nothing new to say.
                let marco = try #require(report.clients.first { $0.name == "Marco Rossi" })
                let program = try await api.get("/api/v1/clients/\(marco.id)/program", token: token)
                #expect(!program.array("alerts").isEmpty, "\(program.text)")
                let review = try await api.post("/api/v1/clients/\(marco.id)/progression", token: token)
                #expect(review.status == .conflict, "\(review.text)")
                #expect(review.string("error.message")?.hasPrefix("Nothing new to review") == true)
            }
        }
    }
}
