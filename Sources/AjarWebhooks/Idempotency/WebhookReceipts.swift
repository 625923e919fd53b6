public import AjarRuntime
import Crypto
public import Foundation

/// The answers given to signed requests, by `webhook-id`, in the store's receipt table
/// (``ConversationStore/record(_:reminders:)``): a repeat of an id gets the answer again and
/// changes nothing.
///
/// A receipt is keyed by the SHA-256 of the `webhook-id` (fixed length whatever the sender puts
/// there) and remembers the SHA-256 of the body it answered. It is committed in the transaction
/// that carried the request's work: with the reminder it created, or with the dialogue turn it
/// took (``ConversationRuntime/handle(_:receipt:)``). The store prunes receipts after its retention
/// (24 hours by default); a repeat after that is a new request.
///
/// ```swift
/// let receipts = WebhookReceipts(store: store)
/// if let (stored, sameBody) = try await receipts.lookup("msg_1", requestHash: hash) { ... }
/// try await receipts.record(WebhookReceipt(status: 202, body: json), for: "msg_1", requestHash: hash, reminders: [reminder])
/// ```
public struct WebhookReceipts: Sendable {
    private let store: any ConversationStore
    private let now: @Sendable () -> Date

    public init(store: any ConversationStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    /// The answer stored for `webhookID`, and whether the request it answered had the same body.
    public func lookup(_ webhookID: String, requestHash: String) async throws -> (receipt: WebhookReceipt, sameBody: Bool)? {
        guard let stored = try await store.receipt(for: Self.key(for: webhookID)) else { return nil }
        return (WebhookReceipt(status: stored.status, body: stored.body), stored.requestHash == requestHash)
    }

    /// Records the answer to `webhookID` with the reminders its request created, in one transaction.
    public func record(_ receipt: WebhookReceipt, for webhookID: String, requestHash: String, reminders: [Reminder]) async throws {
        try await store.record(stored(receipt, for: webhookID, requestHash: requestHash), reminders: reminders)
    }

    /// The row to store for answering `webhookID` with `receipt`, for a caller that commits it
    /// within its own transaction.
    public func stored(_ receipt: WebhookReceipt, for webhookID: String, requestHash: String) -> RequestReceipt {
        RequestReceipt(key: Self.key(for: webhookID), requestHash: requestHash, status: receipt.status, body: receipt.body, createdAt: now())
    }

    /// The receipt key of a `webhook-id`: its SHA-256, in hex.
    public static func key(for webhookID: String) -> String {
        hex(SHA256.hash(data: Array(webhookID.utf8)))
    }

    /// The request hash of a body: its SHA-256, in hex.
    public static func requestHash(of body: some Collection<UInt8>) -> String {
        hex(SHA256.hash(data: Array(body)))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
