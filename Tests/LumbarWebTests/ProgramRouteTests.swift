import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarJSON
import Testing

@testable import LumbarWeb

@Suite struct ProgramRouteTests {
    /// A signed-in trainer with a client whose desk-worker assessment gave a program.
    struct Planned {
        let trainer: Trainer
        let client: String
        let programID: String
        let program: Program
    }

    static func planned(_ api: API) async throws -> Planned {
        let trainer = try await api.register()
        let client = try await api.createClient(trainer)
        let reply = try await api.assess(trainer, client: client)
        let program = Planner(catalog: try Catalog.bundled()).plan(
            try Assessment.parse(try Examples.text("desk-worker")))
        return Planned(
            trainer: trainer, client: client, programID: try #require(reply.string("program.id")), program: program)
    }

    /// An exercise of the program and a catalog exercise that may replace it.
    static func swapPair(_ program: Program) throws -> (from: ProgramExercise, to: Exercise) {
        let catalog = try Catalog.bundled()
        let equipment = Set(try Assessment.parse(try Examples.text("desk-worker")).preferences.equipment ?? [])
        let filters = ProgramFilters(program: program, catalog: catalog, listedEquipment: equipment)
        for block in program.blocks {
            for exercise in block.exercises {
                if let candidate = catalog.exercises(in: block.phase).first(where: {
                    filters.unsuitability(of: $0, phase: block.phase) == nil
                }) {
                    return (exercise, candidate)
                }
            }
        }
        throw CancellationError()
    }

    @Test(arguments: StoreKind.available)
    func getAProgramByIdAndNotAnotherTrainers(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await Self.planned(api)
            let reply = try await api.get("/api/v1/programs/\(planned.programID)", token: planned.trainer.token)
            #expect(reply.status == .ok)
            #expect(reply.int("version") == 1)
            #expect(reply.string("schema") == "lumbar.program/1")
            let other = try await api.register()
            #expect(try await api.get("/api/v1/programs/\(planned.programID)", token: other.token).status == .notFound)
            #expect(try await api.get("/api/v1/programs/\(UUID())", token: planned.trainer.token).status == .notFound)
            #expect(try await api.get("/api/v1/programs/\(planned.programID)").status == .unauthorized)
        }
    }

    /// The active program signs the request in inside its own store read, outside `AuthMiddleware`:
    /// it must answer every credential exactly as the middleware's routes do.
    @Test(arguments: StoreKind.available)
    func theActiveProgramSignsInAsEverySignedInRouteDoes(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await Self.planned(api)
            let path = "/api/v1/clients/\(planned.client)/program"
            let reply = try await api.get(path, token: planned.trainer.token)
            #expect(reply.status == .ok)
            #expect(reply.headers[.contentType] == "application/json; charset=utf-8")
            #expect(reply.string("id") == planned.programID)
            #expect(reply.int("version") == 1)
            #expect(reply.string("schema") == "lumbar.program/1")

            let none = try await api.get(path)
            #expect(none.status == .unauthorized)
            #expect(none.errorCode == "unauthorized")
            #expect(none.headers[.wwwAuthenticate] == "Bearer")
            #expect(try await api.get(path, token: "not-a-token").status == .unauthorized)
            let forged = String(repeating: "A", count: 43)
            #expect(try await api.get(path, token: forged).status == .unauthorized)
            // A path that names no client: a bad token still answers 401 before the 404.
            #expect(try await api.get("/api/v1/clients/not-an-id/program", token: forged).status == .unauthorized)
            let notAnID = try await api.get("/api/v1/clients/not-an-id/program", token: planned.trainer.token)
            #expect(notAnID.status == .notFound)

            // Another trainer's client, or no client at all: 404, and nothing of the program.
            let other = try await api.register()
            let foreign = try await api.get(path, token: other.token)
            #expect(foreign.status == .notFound)
            #expect(foreign.errorCode == "notFound")
            #expect(!foreign.text.contains(planned.programID))
            let unknown = try await api.get("/api/v1/clients/\(UUID())/program", token: planned.trainer.token)
            #expect(unknown.status == .notFound)

            // Signing out refuses the token on the very next read; expiry does too.
            #expect(try await api.post("/api/v1/auth/logout", token: planned.trainer.token).status == .noContent)
            let revoked = try await api.get(path, token: planned.trainer.token)
            #expect(revoked.status == .unauthorized)
            #expect(revoked.errorCode == "unauthorized")
            api.clock.advance(days: 31)
            #expect(try await api.get(path, token: other.token).status == .unauthorized)
        }
    }

    @Test(arguments: StoreKind.available)
    func aDoseEditWithinRangeMakesANewVersion(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await Self.planned(api)
            let catalog = try Catalog.bundled()
            let exercise = try #require(
                planned.program.allExercises.first { catalog[$0.id]?.doseRange.sets.count ?? 0 > 1 })
            let range = try #require(catalog[exercise.id]).doseRange.sets
            let sets = exercise.dose.sets == range.upperBound ? range.lowerBound : range.upperBound
            let path = "/api/v1/programs/\(planned.programID)"
            let reply = try await api.patch(
                path, token: planned.trainer.token, #"{"dose": {"exercise": "\#(exercise.id)", "sets": \#(sets)}}"#)
            #expect(reply.status == .ok, "\(reply.text)")
            #expect(reply.int("version") == 2)
            #expect(reply.string("id") == planned.programID)
            let edited = reply.array("blocks").flatMap { block -> [JSONValue] in
                if case .array(let items)? = block["exercises"] { return items }
                return []
            }.first { $0["id"] == .string(exercise.id) }
            #expect(edited?["dose"]?["sets"] == .number(Double(sets)))
            #expect(try await api.get(path, token: planned.trainer.token).int("version") == 2)
            let active = try await api.get("/api/v1/clients/\(planned.client)/program", token: planned.trainer.token)
            #expect(active.int("version") == 2)

            let outside = try await api.patch(
                path, token: planned.trainer.token,
                #"{"dose": {"exercise": "\#(exercise.id)", "sets": \#(range.upperBound + 1)}}"#)
            #expect(outside.status == .unprocessableContent)
            #expect(outside.errorField == "dose.sets")
            let missing = try await api.patch(
                path, token: planned.trainer.token, #"{"dose": {"exercise": "no-such-exercise", "sets": 1}}"#)
            #expect(missing.errorField == "dose.exercise")
            let nothing = try await api.patch(
                path, token: planned.trainer.token, #"{"dose": {"exercise": "\#(exercise.id)"}}"#)
            #expect(nothing.status == .unprocessableContent)
            #expect(nothing.errorField == "dose")
            #expect(try await api.get(path, token: planned.trainer.token).int("version") == 2)
        }
    }

    @Test(arguments: StoreKind.available)
    func aSwapStaysInItsPhaseAndWithinTheProgramsFilters(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await Self.planned(api)
            let (from, to) = try Self.swapPair(planned.program)
            let path = "/api/v1/programs/\(planned.programID)"
            let reply = try await api.patch(
                path, token: planned.trainer.token, #"{"swap": {"from": "\#(from.id)", "to": "\#(to.id)"}}"#)
            #expect(reply.status == .ok, "\(reply.text)")
            #expect(reply.int("version") == 2)
            #expect(reply.text.contains("\"id\":\"\(to.id)\""))
            #expect(!reply.text.contains("\"id\":\"\(from.id)\""))

            // Into another phase: refused, naming `swap.to`.
            let catalog = try Catalog.bundled()
            let otherPhase = try #require(catalog.exercises.first { $0.phase != catalog[to.id]?.phase })
            let wrongPhase = try await api.patch(
                path, token: planned.trainer.token, #"{"swap": {"from": "\#(to.id)", "to": "\#(otherPhase.id)"}}"#)
            #expect(wrongPhase.status == .unprocessableContent)
            #expect(wrongPhase.errorField == "swap.to")
            let notInProgram = try await api.patch(
                path, token: planned.trainer.token, #"{"swap": {"from": "\#(from.id)", "to": "\#(to.id)"}}"#)
            #expect(notInProgram.errorField == "swap.from")
        }
    }

    @Test func flexionIntolerantProgramsRefuseFlexionExercises() throws {
        // The desk worker's pain is worse with sitting and flexion: no flexion-loading stretch may come in.
        let catalog = try Catalog.bundled()
        let program = Planner(catalog: catalog).plan(try Assessment.parse(try Examples.text("desk-worker")))
        #expect(program.findings.avoid.contains(.flexion))
        let filters = ProgramFilters(program: program, catalog: catalog, listedEquipment: Set(Equipment.allCases))
        for exercise in catalog.exercises where exercise.intolerance == .flexion {
            #expect(filters.unsuitability(of: exercise, phase: exercise.phase) != nil, "\(exercise.id)")
        }
    }

    /// Issue 12, point 6, for hand edits too: a swap never brings in work for a muscle the findings
    /// call overactive, and says so in plain words.
    @Test func swapsRefuseStrengtheningAnOveractiveMuscle() throws {
        let catalog = try Catalog.bundled()
        let program = Planner(catalog: catalog).plan(try Assessment.parse(try Examples.text("desk-worker")))
        #expect(program.findings.overactive.contains(.adductors))
        let filters = ProgramFilters(program: program, catalog: catalog, listedEquipment: Set(Equipment.allCases))
        let adduction = try #require(catalog["side-lying-adduction"])
        #expect(
            filters.unsuitability(of: adduction, phase: .activate)
                == "Side-lying inner-thigh lift works the adductors, which was found overactive")
        for exercise in catalog.exercises where exercise.phase == .activate || exercise.phase == .integrate {
            if exercise.targets.contains(where: program.findings.overactive.contains) {
                #expect(filters.unsuitability(of: exercise, phase: exercise.phase) != nil, "\(exercise.id)")
            }
        }
    }

    @Test func unstableBacksRefuseLowBackStretches() throws {
        let catalog = try Catalog.bundled()
        let program = Planner(catalog: catalog).plan(try Assessment.parse(try Examples.text("unstable-back")))
        #expect(program.findings.instability)
        let filters = ProgramFilters(program: program, catalog: catalog, listedEquipment: Set(Equipment.allCases))
        for exercise in catalog.exercises where exercise.stretchesLowBack {
            #expect(filters.unsuitability(of: exercise, phase: exercise.phase) != nil, "\(exercise.id)")
        }
    }

    @Test(arguments: [
        (#"{}"#, ""), (#"{"swap": {"from": "a"}}"#, "swap.to"), (#"{"rename": "x"}"#, "rename"),
        (#"{"swap": {"from": "a", "to": "b"}, "dose": {"exercise": "a", "sets": 1}}"#, "dose"),
        (#"{"dose": {"exercise": "a", "sets": "two"}}"#, "dose.sets"),
        (#"{"dose": {"exercise": "a", "reps": null, "sets": 2}}"#, "dose.reps"),
    ])
    func editBodiesAreStrict(body: String, field: String) async throws {
        try await withApp(.sqlite) { api in
            let planned = try await Self.planned(api)
            let reply = try await api.patch("/api/v1/programs/\(planned.programID)", token: planned.trainer.token, body)
            #expect(reply.status == .unprocessableContent)
            #expect((reply.errorField ?? "") == field, "\(reply.text)")
        }
    }

    @Test(arguments: StoreKind.available)
    func anotherTrainerCannotEdit(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await Self.planned(api)
            let other = try await api.register()
            let reply = try await api.patch(
                "/api/v1/programs/\(planned.programID)", token: other.token,
                #"{"dose": {"exercise": "x", "sets": 1}}"#)
            #expect(reply.status == .notFound)
            #expect(
                try await api.get("/api/v1/programs/\(planned.programID)", token: planned.trainer.token).int("version")
                    == 1)
        }
    }
}
