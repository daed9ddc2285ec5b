import Foundation
import Hummingbird
import LumbarCore
import LumbarJSON
import Testing

/// Session entries for a program, as a client would log them.
enum SessionText {
    /// Every exercise of `program` done at its dose with `pain` during, on `date`.
    static func session(_ program: Program, date: String, pain: Int = 1, nextMorning: Int? = 1) -> String {
        let exercises = program.allExercises.map { exercise in
            LoggedExercise(
                id: exercise.id, setsDone: exercise.dose.sets,
                repsDone: exercise.dose.reps.map { Array(repeating: $0, count: exercise.dose.sets) },
                holdSeconds: exercise.dose.holdSeconds, painDuring: pain, formOk: true)
        }
        let session = LoggedSession(
            date: CivilDate(date)!, painBefore: pain, painAfter: pain, painNextMorning: nextMorning,
            exercises: exercises)
        return JSONWriter.string(session.json, pretty: false)
    }

    /// A session with no exercises, only pain ratings.
    static func painOnly(date: String, pain: Int) -> String {
        #"{"date": "\#(date)", "painBefore": \#(pain), "painAfter": \#(pain), "painNextMorning": \#(pain), "#
            + #""exercises": []}"#
    }
}

@Suite struct SessionRouteTests {
    @Test(arguments: StoreKind.available)
    func logAndListSessions(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await ProgramRouteTests.planned(api)
            let path = "/api/v1/clients/\(planned.client)/sessions"
            for day in ["2026-11-20", "2026-11-18", "2026-11-22"] {
                let reply = try await api.post(
                    path, token: planned.trainer.token, SessionText.session(planned.program, date: day))
                #expect(reply.status == .created, "\(reply.text)")
                #expect(reply.string("id") != nil)
            }
            let list = try await api.get(path, token: planned.trainer.token)
            #expect(list.status == .ok)
            #expect(list.int("total") == 3)
            let dates = list.array("items").compactMap { item -> String? in
                if case .string(let date)? = item["date"] { return date }
                return nil
            }
            #expect(dates == ["2026-11-18", "2026-11-20", "2026-11-22"])
            let first = try #require(list.array("items").first)
            #expect(first["programId"] == .string(planned.programID))
            #expect(first["programVersion"] == .number(1))
            #expect(first["painBefore"] == .number(1))

            let page = try await api.get("\(path)?per=2&page=2", token: planned.trainer.token)
            #expect(page.int("total") == 3)
            #expect(page.array("items").count == 1)
        }
    }

    /// CONTRACT.md (second round): an exercise not done is `{"id": …, "skipped": true}`, stored and
    /// shown as skipped, with nothing else; a skipped entry that also rates pain is refused.
    @Test(arguments: StoreKind.available)
    func aSkippedExerciseIsStoredAsSkipped(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await ProgramRouteTests.planned(api)
            let path = "/api/v1/clients/\(planned.client)/sessions"
            let first = try #require(planned.program.allExercises.first)
            let body =
                #"{"date": "2026-11-20", "painBefore": 2, "painAfter": 2, "exercises": [{"id": "\#(first.id)", "skipped": true}]}"#
            let reply = try await api.post(path, token: planned.trainer.token, body)
            #expect(reply.status == .created, "\(reply.text)")
            let stored = try await api.get(path, token: planned.trainer.token).array("items").first
            #expect(stored?["exercises"] == .array([.object([("id", .string(first.id)), ("skipped", .bool(true))])]))
            let mixed = body.replacingOccurrences(of: #""skipped": true"#, with: #""skipped": true, "painDuring": 4"#)
            let refused = try await api.post(path, token: planned.trainer.token, mixed)
            #expect(refused.status == .unprocessableContent && refused.errorField == "exercises[0].painDuring")
        }
    }

    @Test(arguments: [
        (#"{"date": "2026-11-20", "painBefore": -1, "painAfter": 2, "exercises": []}"#, "painBefore"),
        (#"{"date": "20/11/2026", "painBefore": 1, "painAfter": 2, "exercises": []}"#, "date"),
        (#"{"date": "2026-11-20", "painBefore": 1, "painAfter": 2}"#, "exercises"),
        (#"{"date": "2026-11-20", "painBefore": 1, "painAfter": 2, "exercises": [], "mood": "ok"}"#, "mood"),
        (
            #"{"date": "2026-11-20", "painBefore": 1, "painAfter": 2, "exercises": [{"id": "nope", "setsDone": 1, "#
                + #""painDuring": 0, "formOk": true}]}"#,
            "exercises[0].id"
        ),
    ])
    func invalidSessionsAnswer422WithThePath(body: String, field: String) async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer)
            let reply = try await api.post("/api/v1/clients/\(client)/sessions", token: trainer.token, body)
            #expect(reply.status == .unprocessableContent)
            #expect(reply.errorField == field, "\(reply.text)")
            #expect(try await api.get("/api/v1/clients/\(client)/sessions", token: trainer.token).int("total") == 0)
        }
    }

    @Test(arguments: StoreKind.available)
    func anotherTrainersClientHasNoSessions(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let owner = try await api.register()
            let other = try await api.register()
            let client = try await api.createClient(owner)
            let body = SessionText.painOnly(date: "2026-11-20", pain: 2)
            #expect(
                try await api.post("/api/v1/clients/\(client)/sessions", token: other.token, body).status == .notFound)
            #expect(
                try await api.post("/api/v1/clients/\(client)/sessions", token: owner.token, body).status == .created)
            #expect(try await api.get("/api/v1/clients/\(client)/sessions", token: other.token).status == .notFound)
            #expect(
                try await api.get("/api/v1/clients/\(client)/sessions?per=0", token: owner.token).status == .badRequest)
        }
    }
}

@Suite struct ProgressionRouteTests {
    @Test(arguments: StoreKind.available)
    func progressionMakesTheNextVersionWithDecisionsAlertsAndAdherence(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await ProgramRouteTests.planned(api)
            let sessions = "/api/v1/clients/\(planned.client)/sessions"
            for day in ["2026-11-16", "2026-11-18", "2026-11-20"] {
                _ = try await api.post(
                    sessions, token: planned.trainer.token, SessionText.session(planned.program, date: day))
            }
            let reply = try await api.post(
                "/api/v1/clients/\(planned.client)/progression", token: planned.trainer.token)
            #expect(reply.status == .ok, "\(reply.text)")
            #expect(reply.int("version") == 2)
            #expect(reply.string("id") == planned.programID)
            #expect(reply["alerts"] != nil)
            #expect(reply.int("adherence.done") == 3)
            #expect(reply.text.contains("\"progression\":{\"decision\":\"progress\""))

            // The engine's answer, exactly as `lumbar next` computes it.
            let catalog = try Catalog.bundled()
            let log = SessionLog(
                sessions: try ["2026-11-16", "2026-11-18", "2026-11-20"].map {
                    try LoggedSession.parse(SessionText.session(planned.program, date: $0), catalog: catalog)
                })
            let expected = ProgressionEngine(catalog: catalog).next(planned.program, log: log)
            var served = try #require(reply.json)
            if case .object(let pairs) = served { served = .object(pairs.filter { $0.0 != "id" && $0.0 != "version" }) }
            #expect(served == expected.json)

            let active = try await api.get("/api/v1/clients/\(planned.client)/program", token: planned.trainer.token)
            #expect(active.int("version") == 2)
            // Sessions logged from now on follow version 2.
            _ = try await api.post(
                sessions, token: planned.trainer.token, SessionText.painOnly(date: "2026-11-22", pain: 1))
            let last = try await api.get("\(sessions)?page=4&per=1", token: planned.trainer.token)
            #expect(last.array("items").first?["programVersion"] == .number(2))
        }
    }

    @Test(arguments: StoreKind.available)
    func twoPainFreeWeeksMoveTheClientToMaintenance(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await ProgramRouteTests.planned(api)
            let sessions = "/api/v1/clients/\(planned.client)/sessions"
            for day in ["2026-11-01", "2026-11-04", "2026-11-08", "2026-11-11", "2026-11-14"] {
                let reply = try await api.post(
                    sessions, token: planned.trainer.token, SessionText.painOnly(date: day, pain: 0))
                #expect(reply.status == .created)
            }
            let reply = try await api.post(
                "/api/v1/clients/\(planned.client)/progression", token: planned.trainer.token)
            #expect(reply.string("stage") == "maintenance")
            #expect(
                try await api.get("/api/v1/clients/\(planned.client)", token: planned.trainer.token).string("status")
                    == "maintenance")
        }
    }

    /// Issue 14, bug 5: the same log reviewed again makes no second, identical version.
    @Test(arguments: StoreKind.available)
    func progressionTwiceWithNothingNewSaysSo(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await ProgramRouteTests.planned(api)
            let sessions = "/api/v1/clients/\(planned.client)/sessions"
            let progression = "/api/v1/clients/\(planned.client)/progression"
            var ids: [String] = []
            for day in ["2026-11-16", "2026-11-18", "2026-11-20"] {
                let logged = try await api.post(
                    sessions, token: planned.trainer.token, SessionText.session(planned.program, date: day))
                ids.append(try #require(logged.string("id")))
            }
            let first = try await api.post(progression, token: planned.trainer.token)
            #expect(first.int("version") == 2)
            let again = try await api.post(progression, token: planned.trainer.token)
            #expect(again.status == .conflict, "\(again.text)")
            #expect(again.string("error.message")?.hasPrefix("Nothing new to review") == true)
            let program = try await api.get("/api/v1/programs/\(planned.programID)", token: planned.trainer.token)
            #expect(program.int("version") == 2, "no third version")
            // A next-morning flare reported afterwards is something new: the review runs again.
            let flare = try await api.patch(
                "/api/v1/sessions/\(ids[2])", token: planned.trainer.token, #"{"painNextMorning": 8}"#)
            #expect(flare.status == .ok, "\(flare.text)")
            let reviewed = try await api.post(progression, token: planned.trainer.token)
            #expect(reviewed.int("version") == 3, "\(reviewed.text)")
            #expect(reviewed.text.contains(#""decision":"regress""#))
            // So is a new session.
            _ = try await api.post(
                sessions, token: planned.trainer.token, SessionText.session(planned.program, date: "2026-11-22"))
            #expect(try await api.post(progression, token: planned.trainer.token).int("version") == 4)
        }
    }

    @Test(arguments: StoreKind.available)
    func progressionNeedsAnActiveProgramOfTheTrainersOwnClient(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer)
            let none = try await api.post("/api/v1/clients/\(client)/progression", token: trainer.token)
            #expect(none.status == .notFound)
            let planned = try await ProgramRouteTests.planned(api)
            let foreign = try await api.post("/api/v1/clients/\(planned.client)/progression", token: trainer.token)
            #expect(foreign.status == .notFound)
            let body = try await api.post(
                "/api/v1/clients/\(planned.client)/progression", token: planned.trainer.token, #"{"force": true}"#)
            #expect(body.status == .unprocessableContent)
            #expect(body.errorField == "force")
            let empty = try await api.post(
                "/api/v1/clients/\(planned.client)/progression", token: planned.trainer.token, "{}")
            #expect(empty.status == .ok)
        }
    }
}
