import AjarEngine
public import AjarRuntime
import Crypto
public import Foundation

/// Keeps receipts in the runtime's ``ConversationStore`` as sessions of a reserved conversation
/// `webhook-receipt:<sha256 of the webhook-id>`, committed together with the request's reminders
/// through ``ConversationStore/commit(_:for:at:reminders:)``: one transaction, durable before the
/// answer is sent.
///
/// An interim home until the store has a receipt table of its own (asked of the runtime):
/// receipts are never pruned, and no transport may use the `webhook-receipt:` prefix (HTTP
/// conversations are `http:...`, IRC ones `irc:...`).
public struct SessionTableReceiptStore: WebhookReceiptStore {
    /// Marks the sessions that are receipts.
    public static let scriptVersion = "webhook-receipt/1"
    static let prefix = "webhook-receipt:"

    private let store: any ConversationStore
    private let now: @Sendable () -> Date

    public init(store: any ConversationStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    public func receipt(for webhookID: String) async throws -> WebhookReceipt? {
        guard let stored = try await store.session(for: Self.conversation(for: webhookID)),
              stored.session.scriptVersion == Self.scriptVersion,
              let status = stored.session.variables["status"].flatMap(Int.init),
              let body = stored.session.variables["body"]
        else { return nil }
        return WebhookReceipt(status: status, body: body)
    }

    public func record(_ receipt: WebhookReceipt, for webhookID: String, reminders: [Reminder]) async throws {
        let session = Session(
            scriptVersion: Self.scriptVersion, state: StateID("receipt"),
            variables: ["status": String(receipt.status), "body": receipt.body], ended: true)
        try await store.commit(session, for: Self.conversation(for: webhookID), at: now(), reminders: reminders)
    }

    /// A fixed-length id whatever the webhook-id holds.
    static func conversation(for webhookID: String) -> ConversationID {
        let digest = SHA256.hash(data: Array(webhookID.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
        return ConversationID(rawValue: prefix + digest)!  // 16 + 64 ASCII characters: always valid
    }
}
