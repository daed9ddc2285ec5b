import Testing

@testable import LumbarWeb

/// Reading the bearer token out of an `Authorization` header.
@Suite struct CredentialSourceTests {
    @Test(arguments: [
        ("Bearer abc", "abc"), ("bearer abc", "abc"), ("BEARER abc", "abc"), ("Bearer   abc \t", "abc"),
        ("Bearer a b", "a b"),
    ])
    func theTokenAfterTheSchemeInAnyCase(_ header: String, _ token: String) {
        #expect(CredentialSource.bearerToken(header) == token)
    }

    @Test(arguments: [
        "Bearer", "Bearer ", "Bearer \t ", "Bearerabc", "Bearer\tabc", "Basic abc", "Bearex abc", "", "Béarer abc",
    ])
    func noTokenWithoutTheSchemeASpaceAndAToken(_ header: String) {
        #expect(CredentialSource.bearerToken(header) == nil)
    }
}
