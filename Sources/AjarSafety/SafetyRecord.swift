/// What the safety layer remembers about one conversation between messages.
public struct SafetyRecord: Sendable, Hashable, Codable {
    /// Abuse came up: no more "help them open up" coaching, reminders cancelled and neutral.
    public var abuseFlagged = false
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

    enum CodingKeys: String, CodingKey {
        case abuseFlagged = "a"
        case pending = "p"
        case pendingAfterReply = "r"
        case askedAgain = "g"
        case lastReply = "l"
        case flaggedTurns = "f"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        abuseFlagged = try container.decodeIfPresent(Bool.self, forKey: .abuseFlagged) ?? false
        pending = try container.decodeIfPresent(SafetyConcern.self, forKey: .pending)
        pendingAfterReply = try container.decodeIfPresent(Bool.self, forKey: .pendingAfterReply) ?? false
        askedAgain = try container.decodeIfPresent(Bool.self, forKey: .askedAgain) ?? false
        lastReply = try container.decodeIfPresent(SafetyConcern.self, forKey: .lastReply)
        flaggedTurns = try container.decodeIfPresent(Int.self, forKey: .flaggedTurns) ?? 0
    }
}
