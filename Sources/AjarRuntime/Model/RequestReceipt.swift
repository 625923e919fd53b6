public import struct Foundation.Date

/// The answer given to one request, kept under the request's idempotency key so that a retry of
/// the same request gets the same answer and changes nothing (the webhook server's `webhook-id`).
///
/// The store does not interpret it: `key` and `requestHash` are opaque fixed-length texts (the
/// webhook server stores SHA-256 hex digests of the `webhook-id` and of the body), `body` is the
/// answer as sent. Receipts are pruned after a retention (``SQLiteConversationStore/receiptRetention``).
///
/// ```swift
/// let receipt = RequestReceipt(key: idHash, requestHash: bodyHash, status: 202, body: #"{"id":"…"}"#, createdAt: now)
/// try await store.record(receipt, reminders: [reminder])      // one transaction
/// try await store.receipt(for: idHash)?.body                   // the original answer
/// ```
public struct RequestReceipt: Sendable, Hashable {
    /// The idempotency key (a digest of the request's id).
    public var key: String
    /// A digest of the request's body, to notice a repeated id with a different body.
    public var requestHash: String
    /// The HTTP status answered.
    public var status: Int
    /// The body answered.
    public var body: String
    /// When the answer was given; the receipt is pruned a retention after this.
    public var createdAt: Date

    public init(key: String, requestHash: String, status: Int, body: String, createdAt: Date) {
        self.key = key
        self.requestHash = requestHash
        self.status = status
        self.body = body
        self.createdAt = createdAt
    }
}
