public import struct Foundation.Date

/// What the safety layer remembers about one conversation between messages.
///
/// The flag (`concern`, its times and count) is what lasts; the rest is the state of an open
/// "Are you safe right now?" exchange. ``ConversationSafetyRecordStore`` keeps both in the
/// store's `safety_record` table, apart from the dialogue's session.
public struct SafetyRecord: Sendable, Hashable {
    /// What the conversation was flagged for: a full reply, or "no" to "Are you safe right now?".
    /// Abuse, once flagged, stays (crisis or harm later does not replace it); `nil`: never flagged.
    public var concern: SafetyConcern?
    /// How many messages flagged it.
    public var flagCount = 0
    /// When it was first flagged (set by the layer, which has the clock).
    public var firstFlaggedAt: Date?
    /// When it was last flagged.
    public var lastFlaggedAt: Date?

    /// The concern of the "Are you safe right now?" question waiting for an answer.
    public var pending: SafetyConcern?
    /// Whether that question came at the end of a full reply (rather than as a gentle check).
    public var pendingAfterReply = false
    /// Whether the question was already asked a second time.
    public var askedAgain = false
    /// The concern of the last full reply, so "you misunderstood" can be answered.
    public var lastReply: SafetyConcern?
    /// Messages answered in the flagged mode, to rotate its lines.
    public var flaggedTurns = 0

    public init() {}

    /// Abuse came up: no more "help them open up" coaching, reminders cancelled and neutral.
    public var abuseFlagged: Bool { concern == .abuse }

    /// Records one flagging message (the times are the layer's to set).
    public mutating func flag(_ concerns: [SafetyConcern]) {
        guard let first = concerns.sorted().first else { return }
        if concern != .abuse { concern = concerns.contains(.abuse) ? .abuse : first }
        flagCount += 1
    }
}
