import Foundation
import Hummingbird

#if canImport(Glibc)
    import Glibc
#endif

/// The address a request comes from, for the per-address rate limits. Behind a reverse proxy the
/// peer is the proxy, and the client is named in `Forwarded` or `X-Forwarded-For`; but anyone can
/// send those headers, so they are read only when the peer is a proxy the operator listed
/// (`--trusted-proxy`). Then the client is the last address before the trusted proxies in the
/// chain: each proxy appends the address it saw, so only the entries trusted proxies added are
/// believed, and a client cannot hide behind a made-up address written further left.
enum ClientAddress {
    /// The address in its canonical form (`::1`, `192.0.2.7`), or nil when `text` is no IP address.
    static func normalized(_ text: String) -> String? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            var buffer = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            guard inet_ntop(AF_INET, &v4, &buffer, socklen_t(buffer.count)) != nil else { return nil }
            return string(of: buffer)
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            guard inet_ntop(AF_INET6, &v6, &buffer, socklen_t(buffer.count)) != nil else { return nil }
            return string(of: buffer)
        }
        return nil
    }

    /// The C string in `buffer`, up to its terminating NUL.
    private static func string(of buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The client's address for a request from `peer` with `headers`: the peer itself unless it is
    /// trusted and the headers name someone before it.
    static func resolve(peer: String?, headers: HTTPFields, trusted: Set<String>) -> String? {
        guard let peer, !trusted.isEmpty, let canonicalPeer = normalized(peer), trusted.contains(canonicalPeer)
        else { return peer }
        let chain = forwardedChain(headers)
        // Right to left: the nearest entries were added by our own proxies.
        for entry in chain.reversed() {
            guard let address = normalized(entry) else { return peer }
            if !trusted.contains(address) { return address }
        }
        return chain.first.flatMap(normalized) ?? peer
    }

    /// The addresses of `Forwarded` (RFC 7239 `for=`) when sent, else of `X-Forwarded-For`, left to right.
    static func forwardedChain(_ headers: HTTPFields) -> [String] {
        let forwarded = headers[values: .forwarded]
        if !forwarded.isEmpty {
            return forwarded.flatMap { $0.split(separator: ",") }.compactMap { element in
                element.split(separator: ";").lazy.map { $0.trimmingCharacters(in: .whitespaces) }
                    .first { $0.lowercased().hasPrefix("for=") }
                    .map { forValue(String($0.dropFirst(4))) }
            }
        }
        return headers[values: .xForwardedFor].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// A `for=` value without its quotes, brackets and port: `"[2001:db8::1]:4711"` → `2001:db8::1`.
    static func forValue(_ raw: String) -> String {
        var value = raw.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        if value.hasPrefix("[") {
            value = String(value.dropFirst().prefix { $0 != "]" })
        } else if value.filter({ $0 == ":" }).count == 1 {
            value = String(value.prefix { $0 != ":" })
        }
        return value
    }
}

extension HTTPFields.Element.Name {
    static let forwarded = HTTPFields.Element.Name("Forwarded")!
    static let xForwardedFor = HTTPFields.Element.Name("X-Forwarded-For")!
}

/// Replaces the request's address by the client's when a trusted proxy forwarded it.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext
    let trusted: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard !trusted.isEmpty else { return try await next(request, context) }
        var context = context
        context.remoteAddress = ClientAddress.resolve(
            peer: context.remoteAddress, headers: request.headers, trusted: trusted)
        return try await next(request, context)
    }
}
