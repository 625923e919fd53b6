import Crypto
public import Foundation

/// Signs outgoing messages the Standard Webhooks way: `v1,` + base64 of
/// HMAC-SHA256(`id.timestamp.body`).
///
/// ```swift
/// let signer = WebhookSigner(secret: try WebhookSecret("whsec_..."))
/// let headers = signer.headers(id: "msg_1", timestamp: Date(), body: body)
/// // ["webhook-id": "msg_1", "webhook-timestamp": "1614265330", "webhook-signature": "v1,..."]
/// ```
public struct WebhookSigner: Sendable {
    public var secret: WebhookSecret

    public init(secret: WebhookSecret) {
        self.secret = secret
    }

    /// The `v1,…` signature of one message.
    public func signature(id: String, timestamp: Int64, body: some DataProtocol) -> String {
        "v1," + Data(Self.mac(id: id, timestamp: timestamp, body: body, key: secret.key)).base64EncodedString()
    }

    /// The three headers of a signed message sent at `timestamp`.
    public func headers(id: String, timestamp: Date, body: some DataProtocol) -> [(name: String, value: String)] {
        let seconds = Int64(timestamp.timeIntervalSince1970.rounded(.down))
        return [
            (WebhookHeaders.id, id),
            (WebhookHeaders.timestamp, String(seconds)),
            (WebhookHeaders.signature, signature(id: id, timestamp: seconds, body: body)),
        ]
    }

    static func mac(id: String, timestamp: Int64, body: some DataProtocol, key: SymmetricKey) -> HashedAuthenticationCode<SHA256> {
        var hmac = HMAC<SHA256>(key: key)
        hmac.update(data: Array("\(id).\(timestamp).".utf8))
        hmac.update(data: body)
        return hmac.finalize()
    }
}

/// The Standard Webhooks header names (HTTP header names are case-insensitive).
public enum WebhookHeaders {
    public static let id = "webhook-id"
    public static let timestamp = "webhook-timestamp"
    public static let signature = "webhook-signature"
}
