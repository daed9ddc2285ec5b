import Foundation
import LumbarCore
import Testing

@testable import LumbarWeb

/// The catalog page keeps its written exercise lists: bounded, keyed by the whole filter, and never
/// holding anything of the visitor's.
@Suite struct CatalogListCacheTests {
    @Test func keepsOneListPerFilterAndForgetsTheLeastRecentlyUsed() {
        let cache = CatalogListCache(capacity: 2)
        var made = 0
        func list(_ phase: Phase?) -> CatalogListCache.List {
            cache.list(for: .init(phase: phase)) {
                made += 1
                return .init(count: made, html: "list \(made)")
            }
        }
        #expect(list(nil).html == "list 1")
        #expect(list(.inhibit).html == "list 2")
        #expect(list(nil).html == "list 1", "kept, and now the most recently used")
        #expect(list(.activate).html == "list 3", "makes room by forgetting the inhibit list")
        #expect(cache.count == 2)
        #expect(list(nil).html == "list 1")
        #expect(list(.inhibit).html == "list 4")
        #expect(made == 4)
    }

    @Test func filtersDifferingInAnyPartAreDifferentLists() {
        let cache = CatalogListCache()
        var made = 0
        let filters: [CatalogListCache.Filter] = [
            .init(), .init(text: "hip"), .init(phase: .inhibit, text: "hip"), .init(muscle: .gluteusMedius),
            .init(position: .supine), .init(equipment: .foamRoller),
        ]
        for filter in filters + filters {
            _ = cache.list(for: filter) {
                made += 1
                return .init(count: 0, html: "")
            }
        }
        #expect(made == filters.count)
    }

    @Test func aCachedCatalogPageShowsEachVisitorOnlyTheirOwnTokenAndName() async throws {
        try await withApp(.sqlite) { api in
            var alice = Browser(api)
            try await alice.signUp(name: "Alice Aardvark")
            var bob = Browser(api)
            try await bob.signUp(name: "Bob Bittern")
            var visitor = Browser(api)

            for path in ["/catalog", "/catalog?phase=inhibit&q=hip", "/catalog", "/catalog?phase=inhibit&q=hip"] {
                let forAlice = try await alice.get(path).text
                let forBob = try await bob.get(path).text
                let forVisitor = try await visitor.get(path).text
                let aliceToken = try #require(alice.csrfToken)
                let bobToken = try #require(bob.csrfToken)
                #expect(forAlice.contains("Alice Aardvark") && forAlice.contains(aliceToken))
                #expect(!forAlice.contains("Bob Bittern") && !forAlice.contains(bobToken))
                #expect(forBob.contains("Bob Bittern") && forBob.contains(bobToken))
                #expect(!forBob.contains("Alice Aardvark") && !forBob.contains(aliceToken))
                #expect(!forVisitor.contains("Sign out") && !forVisitor.contains("Alice Aardvark"))
                #expect(!forVisitor.contains(aliceToken) && !forVisitor.contains(bobToken))
                // The cached list itself is the same for everyone.
                let list = { (page: String) in page.components(separatedBy: "exercises. ").last ?? "" }
                #expect(
                    list(forAlice).components(separatedBy: "</main>").first
                        == list(forVisitor).components(separatedBy: "</main>").first)
            }
        }
    }
}
