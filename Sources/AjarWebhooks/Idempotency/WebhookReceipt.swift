public import AjarRuntime

/// The answer given to one signed request, kept so a repeat of its `webhook-id` gets it again.
public struct WebhookReceipt: Sendable, Hashable, Codable {
    public var status: Int
    /// The JSON body sent.
    public var body: String

    public init(status: Int, body: String) {
        self.status = status
        self.body = body
    }
}

/// Where receipts are kept. ``record(_:for:reminders:)`` commits the receipt and the reminders
/// the request created in one transaction, so a crash can never leave a reminder without its
/// receipt (which would let a retry create a second one).
public protocol WebhookReceiptStore: Sendable {
    func receipt(for webhookID: String) async throws -> WebhookReceipt?
    func record(_ receipt: WebhookReceipt, for webhookID: String, reminders: [Reminder]) async throws
}
