public import struct Foundation.Date
public import AjarEngine

/// The transport a message came through: `terminal`, `irc`, `http`, ...
public struct Transport: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let terminal: Transport = "terminal"
    public static let irc: Transport = "irc"
    public static let http: Transport = "http"
}

/// One thing a person said, as every adapter hands it to the runtime.
///
/// ```swift
/// let message = Message(conversation: id, sender: "alice", text: "hello", transport: .terminal)
/// let outcome = try await runtime.handle(message)
/// ```
public struct Message: Sendable, Hashable {
    public var conversation: ConversationID
    /// Who said it (a nick, a user name); may differ from the conversation in a channel.
    public var sender: String
    public var text: String
    public var transport: Transport

    public init(conversation: ConversationID, sender: String, text: String, transport: Transport) {
        self.conversation = conversation
        self.sender = sender
        self.text = text
        self.transport = transport
    }
}

/// What the runtime answers to one message: the lines to send back, and the effects it carried out.
public struct Outcome: Sendable, Hashable {
    /// The bot's lines, in order.
    public var replies: [String]
    /// The engine's effects (reminders are already stored when this is returned).
    public var effects: [Effect]
    /// The safety screen answered (crisis, abuse, harm): a transport should send these lines
    /// privately (on IRC, to the person rather than the channel).
    public var isSensitive: Bool

    public init(replies: [String], effects: [Effect] = [], isSensitive: Bool = false) {
        self.replies = replies
        self.effects = effects
        self.isSensitive = isSensitive
    }
}

/// The start of a chat: the opening lines of a new conversation, or where a stored one stands.
public struct Opening: Sendable, Hashable {
    /// The lines to show: the start state's lines, or the current question of a resumed conversation.
    public var replies: [String]
    /// When the conversation was stored before, the time of its last answered message.
    public var resumedFrom: Date?
    /// The safety screen chose these lines (see ``SafetyScreen/opening(for:)``): send them
    /// privately. Such an opening is never a resume of the coaching (`resumedFrom` is `nil`).
    public var isSensitive: Bool

    public init(replies: [String], resumedFrom: Date? = nil, isSensitive: Bool = false) {
        self.replies = replies
        self.resumedFrom = resumedFrom
        self.isSensitive = isSensitive
    }

    /// Whether this continues a stored conversation.
    public var isResumed: Bool { resumedFrom != nil }

    /// A short note a transport may show before the lines of a resumed conversation.
    public var welcomeBack: String? {
        isResumed ? "Welcome back. Picking up where we left off." : nil
    }
}
