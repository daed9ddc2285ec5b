import Foundation
import Hummingbird
import LumbarCore
import Testing

@Suite struct AssessmentRouteTests {
    @Test(arguments: StoreKind.available)
    func aProceedingAssessmentCreatesVersionOneAndActivatesTheClient(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer)
            let reply = try await api.assess(trainer, client: client)
            #expect(reply.status == .created)
            #expect(reply.string("decision") == "proceed")
            #expect(reply.array("reasons").isEmpty)
            #expect(reply.string("assessmentId") != nil)
            #expect(reply.string("program.schema") == "lumbar.program/1")
            #expect(reply.int("program.version") == 1)
            let programID = try #require(reply.string("program.id"))

            // The program is exactly what `lumbar plan` prints for the same assessment.
            let planned = Planner(catalog: try Catalog.bundled()).plan(
                try Assessment.parse(try Examples.text("desk-worker")))
            var served = try #require(reply["program"])
            if case .object(let pairs) = served { served = .object(pairs.filter { $0.0 != "id" && $0.0 != "version" }) }
            #expect(served == planned.json)

            let active = try await api.get("/api/v1/clients/\(client)/program", token: trainer.token)
            #expect(active.status == .ok)
            #expect(active.string("id") == programID)
            #expect(active.json == reply["program"])
            #expect(try await api.get("/api/v1/clients/\(client)", token: trainer.token).string("status") == "active")
        }
    }

    @Test(arguments: StoreKind.available)
    func aReferralMakesNoProgramUntilAClearanceIsRecorded(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer)
            let clearEarly = try await api.post(
                "/api/v1/clients/\(client)/clearances", token: trainer.token, #"{"note": "GP letter"}"#)
            #expect(clearEarly.status == .conflict)

            let reply = try await api.assess(trainer, client: client, example: "referral")
            #expect(reply.status == .created)
            #expect(reply.string("decision") == "refer")
            #expect(!reply.array("reasons").isEmpty)
            #expect(reply["program"] == .null)
            #expect(try await api.get("/api/v1/clients/\(client)", token: trainer.token).string("status") == "referred")
            #expect(try await api.get("/api/v1/clients/\(client)/program", token: trainer.token).status == .notFound)

            let noNote = try await api.post("/api/v1/clients/\(client)/clearances", token: trainer.token, "{}")
            #expect(noNote.status == .unprocessableContent)
            #expect(noNote.errorField == "note")

            let cleared = try await api.post(
                "/api/v1/clients/\(client)/clearances", token: trainer.token,
                #"{"note": "Cleared by Dr Patel, letter of 3 March"}"#)
            #expect(cleared.status == .created)
            #expect(cleared.string("assessmentId") == reply.string("assessmentId"))
            #expect(cleared.string("program.decision") == "proceed")
            #expect(cleared.int("program.version") == 1)
            #expect(try await api.get("/api/v1/clients/\(client)", token: trainer.token).string("status") == "active")
            let active = try await api.get("/api/v1/clients/\(client)/program", token: trainer.token)
            #expect(active.string("id") == cleared.string("program.id"))

            let twice = try await api.post(
                "/api/v1/clients/\(client)/clearances", token: trainer.token, #"{"note": "again"}"#)
            #expect(twice.status == .conflict)
        }
    }

    @Test(arguments: StoreKind.available)
    func anEmergencyNeverYieldsAProgramEvenWithAClearance(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer)
            let reply = try await api.assess(trainer, client: client, example: "emergency")
            #expect(reply.status == .created)
            #expect(reply.string("decision") == "emergency")
            #expect(reply["program"] == .null)
            #expect(reply.string("advice")?.contains("emergency") == true)
            #expect(
                try await api.get("/api/v1/clients/\(client)", token: trainer.token).string("status") == "emergency")
            let clearance = try await api.post(
                "/api/v1/clients/\(client)/clearances", token: trainer.token, #"{"note": "the GP says fine"}"#)
            #expect(clearance.status == .conflict)
            #expect(try await api.get("/api/v1/clients/\(client)/program", token: trainer.token).status == .notFound)
        }
    }

    @Test(arguments: StoreKind.available)
    func aClearanceClaimedInsideTheDocumentDoesNotLetAReferralProceed(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer)
            let body = try Examples.text("referral").replacingOccurrences(
                of: #""medicalClearance": false"#, with: #""medicalClearance": true"#)
            #expect(body.contains(#""medicalClearance": true"#))
            let reply = try await api.post("/api/v1/clients/\(client)/assessments", token: trainer.token, body)
            #expect(reply.status == .created)
            #expect(reply.string("decision") == "refer")
            #expect(reply["program"] == .null)
            #expect(try await api.get("/api/v1/clients/\(client)/program", token: trainer.token).status == .notFound)
            // Recording the clearance is what unlocks the program.
            let clearance = try await api.post(
                "/api/v1/clients/\(client)/clearances", token: trainer.token, #"{"note": "GP letter, 2026-11-20"}"#)
            #expect(clearance.status == .created)
            #expect(try await api.get("/api/v1/clients/\(client)/program", token: trainer.token).status == .ok)
        }
    }

    @Test func aLaterReferralHidesTheEarlierProgram() async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer)
            #expect(try await api.assess(trainer, client: client).status == .created)
            #expect(try await api.assess(trainer, client: client, example: "referral").status == .created)
            #expect(try await api.get("/api/v1/clients/\(client)/program", token: trainer.token).status == .notFound)
        }
    }

    @Test func invalidAssessmentsAnswer422WithTheFirstPath() async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer)
            let bad =
                #"{"schema": "lumbar.assessment/1", "client": {"name": "Dana"}, "screening": {"redFlags": []}, "#
                + #""pain": {"now": 11}}"#
            let reply = try await api.post("/api/v1/clients/\(client)/assessments", token: trainer.token, bad)
            #expect(reply.status == .unprocessableContent)
            #expect(reply.errorField == "pain.now")
            #expect(reply.string("error.message")?.contains("pain.now: 11 is outside 0…10") == true)

            let two =
                #"{"schema": "lumbar.assessment/1", "client": {"name": "Dana"}, "screening": {"redFlags": ["tired"]}, "#
                + #""pain": {"now": 11}, "extra": 1}"#
            let many = try await api.post("/api/v1/clients/\(client)/assessments", token: trainer.token, two)
            #expect(many.errorField == "extra")
            #expect(many.array("error.issues").count == 3)

            let malformed = try await api.post("/api/v1/clients/\(client)/assessments", token: trainer.token, "{\"a\":")
            #expect(malformed.status == .badRequest)
            #expect(malformed.string("error.message")?.contains("line 1") == true)
            // Nothing was stored.
            #expect(
                try await api.get("/api/v1/clients/\(client)", token: trainer.token).string("status")
                    == "needsAssessment")
        }
    }

    @Test(arguments: StoreKind.available)
    func anotherTrainersClientCannotBeAssessedOrCleared(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let owner = try await api.register()
            let other = try await api.register()
            let client = try await api.createClient(owner)
            #expect(try await api.assess(other, client: client).status == .notFound)
            #expect(try await api.assess(owner, client: client, example: "referral").status == .created)
            let clearance = try await api.post(
                "/api/v1/clients/\(client)/clearances", token: other.token, #"{"note": "cleared"}"#)
            #expect(clearance.status == .notFound)
            #expect(try await api.get("/api/v1/clients/\(client)/program", token: other.token).status == .notFound)
        }
    }
}
