import AjarWebhooks
import Foundation
import Testing

/// Standard Webhooks signing and verification as a pure value.
@Suite struct WebhookSignatureTests {
    // The published Standard Webhooks test vector.
    static let vectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    static let vectorID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
    static let vectorTimestamp: Int64 = 1_614_265_330
    static let vectorBody = Array(#"{"test": 2432232314}"#.utf8)
    static let vectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    static let vectorNow = Date(timeIntervalSince1970: TimeInterval(vectorTimestamp))

    let verifier = WebhookVerifier(secrets: [try! WebhookSecret(vectorSecret)])

    func verify(
        _ verifier: WebhookVerifier, id: String? = vectorID, timestamp: String? = String(vectorTimestamp),
        signature: String? = vectorSignature, body: [UInt8] = vectorBody, now: Date = vectorNow
    ) -> WebhookRejection? {
        do throws(WebhookRejection) {
            try verifier.verify(id: id, timestamp: timestamp, signature: signature, body: body, now: now)
            return nil
        } catch {
            return error
        }
    }

    @Test func signingReproducesThePublishedTestVector() throws {
        let signer = WebhookSigner(secret: try WebhookSecret(Self.vectorSecret))
        #expect(signer.signature(id: Self.vectorID, timestamp: Self.vectorTimestamp, body: Self.vectorBody) == Self.vectorSignature)
    }

    @Test func verifiesThePublishedTestVector() {
        #expect(verify(verifier) == nil)
    }

    @Test func acceptsAnyOfSeveralSignaturesForRotation() {
        let header = "v1,bm9wZQ== v2,abc \(Self.vectorSignature)"
        #expect(verify(verifier, signature: header) == nil)
    }

    @Test func acceptsTheOldSecretWhileRotatingOurs() throws {
        let rotating = WebhookVerifier(secrets: [try WebhookSecret(WebhookSecret.generate()), try WebhookSecret(Self.vectorSecret)])
        #expect(verify(rotating) == nil)
    }

    @Test(arguments: [
        (nil, "1614265330", "v1,x", WebhookRejection.missingID),
        ("id", nil, "v1,x", .missingTimestamp),
        ("id", "1614265330", nil, .missingSignature),
        ("id", "1614265330", "", .missingSignature),
        ("id", "16142x5330", "v1,x", .malformedTimestamp),
        ("id", "-1614265330", "v1,x", .malformedTimestamp),
        ("id", "1614265330", "v2,abc", .malformedSignature),
        ("id", "1614265330", "v1,!!!notbase64", .malformedSignature),
    ] as [(String?, String?, String?, WebhookRejection)])
    func refusesMissingOrMalformedHeaders(id: String?, timestamp: String?, signature: String?, expected: WebhookRejection) {
        #expect(verify(verifier, id: id, timestamp: timestamp, signature: signature) == expected)
    }

    @Test func refusesATamperedBodyIDOrTimestamp() {
        #expect(verify(verifier, body: Array(#"{"test": 2432232315}"#.utf8)) == .signatureMismatch)
        #expect(verify(verifier, id: "msg_other") == .signatureMismatch)
        #expect(verify(verifier, timestamp: "1614265331") == .signatureMismatch)
    }

    @Test func refusesTheWrongSecret() throws {
        let other = WebhookVerifier(secrets: [try WebhookSecret(WebhookSecret.generate())])
        #expect(verify(other) == .signatureMismatch)
    }

    @Test func enforcesTheFiveMinuteWindowBothWays() {
        #expect(verify(verifier, now: Self.vectorNow.addingTimeInterval(300)) == nil)
        #expect(verify(verifier, now: Self.vectorNow.addingTimeInterval(-300)) == nil)
        #expect(verify(verifier, now: Self.vectorNow.addingTimeInterval(301)) == .timestampTooOld)
        #expect(verify(verifier, now: Self.vectorNow.addingTimeInterval(-301)) == .timestampTooNew)
    }

    @Test func aRawSecretIsUsedAsItsBytes() throws {
        let signer = WebhookSigner(secret: try WebhookSecret("correct horse battery staple"))
        let body = Array("{}".utf8)
        let signature = signer.signature(id: "a", timestamp: 100, body: body)
        let raw = WebhookVerifier(secrets: [try WebhookSecret("correct horse battery staple")])
        #expect(verify(raw, id: "a", timestamp: "100", signature: signature, body: body, now: Date(timeIntervalSince1970: 100)) == nil)
    }

    @Test func refusesEmptyAndBrokenSecrets() {
        #expect(throws: WebhookSecretError.empty) { try WebhookSecret("  ") }
        #expect(throws: WebhookSecretError.invalidBase64) { try WebhookSecret("whsec_***") }
    }

    @Test func headersCarryIDTimestampAndSignature() throws {
        let signer = WebhookSigner(secret: try WebhookSecret(Self.vectorSecret))
        let headers = signer.headers(id: Self.vectorID, timestamp: Self.vectorNow, body: Self.vectorBody)
        #expect(headers.map(\.name) == ["webhook-id", "webhook-timestamp", "webhook-signature"])
        #expect(headers.map(\.value) == [Self.vectorID, "1614265330", Self.vectorSignature])
    }
}
