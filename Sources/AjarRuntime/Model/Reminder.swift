public import struct Foundation.Date
public import struct Foundation.UUID

/// A message to deliver later: scheduled by a dialogue (`remind:`) or by a webhook request.
public struct Reminder: Sendable, Hashable, Identifiable {
    public var id: UUID
    /// The conversation it belongs to, when a dialogue scheduled it; `forget` deletes it with the conversation.
    public var conversation: ConversationID?
    /// Where to deliver it: a conversation id (`terminal:alice`), `irc:#channel`, `webhook:NAME`.
    public var target: String
    public var text: String
    public var dueAt: Date
    public var status: ReminderStatus
    /// Delivery attempts so far.
    public var attempts: Int
    public var createdAt: Date

    public init(
        id: UUID = UUID(), conversation: ConversationID?, target: String, text: String, dueAt: Date,
        status: ReminderStatus = .pending, attempts: Int = 0, createdAt: Date
    ) {
        self.id = id
        self.conversation = conversation
        self.target = target
        self.text = text
        self.dueAt = dueAt
        self.status = status
        self.attempts = attempts
        self.createdAt = createdAt
    }
}

/// Where a reminder is in its life.
public enum ReminderStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waiting for its due time (or for a retry).
    case pending
    /// Delivered: shown in a chat, sent to IRC, or accepted by a webhook (2xx).
    case delivered
    /// Given up after too many attempts.
    case failed
    /// Stopped before delivery: the person said "stop reminders", or the safety layer stopped it.
    case cancelled
}
