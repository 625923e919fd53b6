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
