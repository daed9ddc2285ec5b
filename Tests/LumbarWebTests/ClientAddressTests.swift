import Foundation
import Hummingbird
import Testing

@testable import LumbarWeb

/// Forwarded addresses are believed only from the proxies the operator listed, and only the part
/// of the chain those proxies added.
@Suite struct ClientAddressTests {
    let proxies: Set<String> = ["10.0.0.2", "10.0.0.3"]

    func resolve(peer: String?, _ headers: HTTPFields) -> String? {
        ClientAddress.resolve(peer: peer, headers: headers, trusted: proxies)
    }

    @Test func headersFromAnUntrustedPeerAreIgnored() {
        #expect(resolve(peer: "203.0.113.9", [.xForwardedFor: "198.51.100.1"]) == "203.0.113.9")
        #expect(
            ClientAddress.resolve(peer: "10.0.0.2", headers: [.xForwardedFor: "198.51.100.1"], trusted: [])
                == "10.0.0.2")
    }

    @Test func theClientIsTheLastAddressBeforeTheTrustedProxies() {
        #expect(resolve(peer: "10.0.0.2", [.xForwardedFor: "198.51.100.1"]) == "198.51.100.1")
        // A made-up address on the left does not help the client hide: the proxy appended the real one.
        #expect(resolve(peer: "10.0.0.2", [.xForwardedFor: "1.2.3.4, 198.51.100.1"]) == "198.51.100.1")
        #expect(resolve(peer: "10.0.0.2", [.xForwardedFor: "1.2.3.4, 198.51.100.1, 10.0.0.3"]) == "198.51.100.1")
        #expect(resolve(peer: "10.0.0.2", [.xForwardedFor: "garbage"]) == "10.0.0.2")
        #expect(resolve(peer: "10.0.0.2", [:]) == "10.0.0.2")
    }

    @Test func readsTheStandardForwardedHeaderFirst() {
        let headers: HTTPFields = [
            .forwarded: #"for=192.0.2.60;proto=https, for="[2001:db8:cafe::17]:4711""#,
            .xForwardedFor: "198.51.100.1",
        ]
        #expect(resolve(peer: "10.0.0.2", headers) == "2001:db8:cafe::17")
        #expect(resolve(peer: "10.0.0.2", [.forwarded: "for=192.0.2.60:8080"]) == "192.0.2.60")
    }

    @Test func addressesAreComparedInTheirCanonicalForm() {
        #expect(ClientAddress.normalized("::FFFF:10.0.0.2") == "::ffff:10.0.0.2")
        #expect(ClientAddress.normalized("2001:DB8:0:0:0:0:0:1") == "2001:db8::1")
        #expect(ClientAddress.normalized("10.0.0.256") == nil)
        #expect(ClientAddress.normalized("example.com") == nil)
    }

    @Test func theConfigurationChecksWhatItIsGiven() throws {
        let config = try AppConfig.resolve(
            publicURL: "https://lumbar.example.com/", trustedProxies: ["10.0.0.2", "2001:DB8::1"], requestTimeout: 1,
            environment: [:])
        #expect(config.publicURL == "https://lumbar.example.com")
        #expect(config.trustedProxies == ["10.0.0.2", "2001:db8::1"])
        #expect(config.requestTimeout == 1)
        #expect(try AppConfig.resolve(environment: [:]).requestTimeout == 30)
        #expect(
            try AppConfig.resolve(environment: ["LUMBAR_TRUSTED_PROXIES": "10.0.0.2, 10.0.0.3"]).trustedProxies.count
                == 2)
        for bad in ["lumbar.example.com", "ftp://x.example", "https://x.example/?a=1"] {
            #expect(throws: ConfigError.self) { try AppConfig.resolve(publicURL: bad, environment: [:]) }
        }
        #expect(throws: ConfigError.self) { try AppConfig.resolve(trustedProxies: ["proxy.local"], environment: [:]) }
        #expect(throws: ConfigError.self) { try AppConfig.resolve(requestTimeout: 0, environment: [:]) }
    }
}
