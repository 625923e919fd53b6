public import AjarReminders
public import Foundation

/// The JSON body of an outgoing reminder webhook.
///
/// ```json
/// {"attempt":1,"due_at":"2026-11-24T20:00:00Z","id":"0b5e…","sent_at":"2026-11-24T20:00:00Z",
///  "text":"Did you thank them?","to":"webhook:ops","type":"reminder.due"}
/// ```
/// `text` is at the top level so chat services' incoming-webhook URLs show it as the message.
public struct OutgoingReminderPayload: Codable, Sendable, Hashable {
    public var type: String
    /// The reminder's id, also in the `webhook-id` header.
    public var id: String
    public var to: String
    public var text: String
    public var dueAt: String
    public var sentAt: String
    public var attempt: Int

    enum CodingKeys: String, CodingKey {
        case type, id, to, text, attempt
        case dueAt = "due_at"
        case sentAt = "sent_at"
    }

    public init(_ delivery: ReminderDelivery, sentAt: Date) {
        type = "reminder.due"
        id = delivery.id
        to = delivery.target.description
        text = delivery.text
        dueAt = RFC3339.string(from: delivery.dueAt)
        self.sentAt = RFC3339.string(from: sentAt)
        attempt = delivery.attempt
    }

    /// Compact JSON with sorted keys.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
