import Crypto
public import Foundation

/// Checks Standard Webhooks signatures: a pure value, the clock is passed in.
///
/// The `webhook-signature` header may hold several space-separated signatures (`v1,AAA v1,BBB`):
/// the message is accepted when any `v1` one matches any of ``secrets`` (so either side can
/// rotate its secret). The timestamp must lie within ``tolerance`` of `now`, in both directions.
/// Comparison is constant-time (swift-crypto's `isValidAuthenticationCode`).
///
/// ```swift
/// let verifier = WebhookVerifier(secrets: [try WebhookSecret("whsec_...")])
/// try verifier.verify(id: id, timestamp: ts, signature: sig, body: body, now: Date())
/// ```
public struct WebhookVerifier: Sendable {
    /// Every secret currently accepted: the current one first, then any being rotated out.
    public var secrets: [WebhookSecret]
    /// How far the `webhook-timestamp` may be from now, either way (5 minutes by the spec).
    public var tolerance: TimeInterval

    /// The longest header accepted, in bytes (a bound on work for hostile input).
    public static let maximumHeaderLength = 4096

    public init(secrets: [WebhookSecret], tolerance: TimeInterval = 300) {
        self.secrets = secrets
        self.tolerance = tolerance
    }

    /// Accepts the message, or throws why not. `nil` headers mean missing.
    public func verify(
        id: String?, timestamp: String?, signature: String?, body: some DataProtocol, now: Date
    ) throws(WebhookRejection) {
        guard let id, !id.isEmpty else { throw .missingID }
        guard let timestamp, !timestamp.isEmpty else { throw .missingTimestamp }
        guard let signature, !signature.isEmpty else { throw .missingSignature }
        guard id.utf8.count <= Self.maximumHeaderLength, signature.utf8.count <= Self.maximumHeaderLength else {
            throw .malformedSignature
        }
        guard timestamp.utf8.count <= 12, timestamp.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let seconds = Int64(timestamp) else {
            throw .malformedTimestamp
        }
        let age = now.timeIntervalSince1970 - TimeInterval(seconds)
        if age > tolerance { throw .timestampTooOld }
        if age < -tolerance { throw .timestampTooNew }

        let candidates = Self.signatures(in: signature)
        guard !candidates.isEmpty else { throw .malformedSignature }
        let signed = Array("\(id).\(seconds).".utf8) + Array(body)
        for secret in secrets {
            for candidate in candidates where HMAC<SHA256>.isValidAuthenticationCode(candidate, authenticating: signed, using: secret.key) {
                return
            }
        }
        throw .signatureMismatch
    }

    /// The decoded `v1` signatures of a header; other versions and undecodable entries are skipped.
    static func signatures(in header: String) -> [Data] {
        header.split(separator: " ", omittingEmptySubsequences: true).compactMap { entry in
            guard entry.hasPrefix("v1,") else { return nil }
            return Data(base64Encoded: String(entry.dropFirst(3)))
        }
    }
}

/// Why a signed request was refused; ``reason`` is a short stable label for logs and metrics.
public enum WebhookRejection: Error, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case missingID
    case missingTimestamp
    case missingSignature
    case malformedTimestamp
    case malformedSignature
    case timestampTooOld
    case timestampTooNew
    case signatureMismatch

    /// `missing_id`, `timestamp_too_old`, `signature_mismatch`, ...
    public var reason: String {
        switch self {
        case .missingID: "missing_id"
        case .missingTimestamp: "missing_timestamp"
        case .missingSignature: "missing_signature"
        case .malformedTimestamp: "malformed_timestamp"
        case .malformedSignature: "malformed_signature"
        case .timestampTooOld: "timestamp_too_old"
        case .timestampTooNew: "timestamp_too_new"
        case .signatureMismatch: "signature_mismatch"
        }
    }

    public var description: String {
        switch self {
        case .missingID: "the webhook-id header is missing"
        case .missingTimestamp: "the webhook-timestamp header is missing"
        case .missingSignature: "the webhook-signature header is missing"
        case .malformedTimestamp: "the webhook-timestamp header is not a Unix time in seconds"
        case .malformedSignature: "the webhook-signature header holds no v1 signature"
        case .timestampTooOld: "the webhook-timestamp is too old (the window is 5 minutes by default)"
        case .timestampTooNew: "the webhook-timestamp is too far in the future (the window is 5 minutes by default)"
        case .signatureMismatch: "no signature matches"
        }
    }
}
