public import Crypto
import Foundation

/// A Standard Webhooks signing secret: `whsec_` followed by base64 key bytes, or any other text,
/// whose UTF-8 bytes are the key.
///
/// ```swift
/// let secret = try WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
/// let raw = try WebhookSecret("a long random passphrase")
/// ```
public struct WebhookSecret: Sendable, CustomStringConvertible {
    /// The HMAC key.
    public let key: SymmetricKey

    /// Parses `text`. Fails for empty text, and for a `whsec_` secret whose rest is not base64
    /// (an operator mistake better reported than silently used as a raw key).
    public init(_ text: String) throws(WebhookSecretError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw WebhookSecretError.empty }
        if trimmed.hasPrefix("whsec_") {
            guard let bytes = Data(base64Encoded: String(trimmed.dropFirst(6))), !bytes.isEmpty else {
                throw WebhookSecretError.invalidBase64
            }
            key = SymmetricKey(data: bytes)
        } else {
            key = SymmetricKey(data: Data(trimmed.utf8))
        }
    }

    /// Wraps key bytes directly.
    public init(key: SymmetricKey) {
        self.key = key
    }

    /// A new random 32-byte secret in the `whsec_` form, for operators and tests.
    public static func generate() -> String {
        let key = SymmetricKey(size: .bits256)
        return "whsec_" + key.withUnsafeBytes { Data($0).base64EncodedString() }
    }

    /// Never shows the key.
    public var description: String { "<webhook secret>" }
}

/// Why a secret was refused.
public enum WebhookSecretError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case invalidBase64

    public var description: String {
        switch self {
        case .empty: "the webhook secret is empty"
        case .invalidBase64: "the webhook secret starts with 'whsec_' but the rest is not base64"
        }
    }
}
