/// The state of one conversation: small, `Codable`, owned by the caller.
///
/// Short coding keys keep a typical serialised session well under 1 KB.
public struct Session: Sendable, Hashable, Codable {
    /// The ``Dialogue/versionHash`` of the script this session last ran on.
    public var scriptVersion: String
    /// The current state.
    public var state: StateID
    /// Variables set so far (captures, `set:`), without the dialogue's defaults.
    public var variables: [String: String]
    /// Unmatched answers in the current state, for ``Reask``.
    public var reasks: Int
    /// Completed turns; drives variant rotation.
    public var turn: Int
    /// The conversation reached an end state.
    public var ended: Bool

    public init(scriptVersion: String, state: StateID, variables: [String: String] = [:], reasks: Int = 0, turn: Int = 0, ended: Bool = false) {
        self.scriptVersion = scriptVersion
        self.state = state
        self.variables = variables
        self.reasks = reasks
        self.turn = turn
        self.ended = ended
    }

    enum CodingKeys: String, CodingKey {
        case scriptVersion = "v"
        case state = "s"
        case variables = "x"
        case reasks = "r"
        case turn = "t"
        case ended = "e"
    }
}

/// The result of one engine step.
public struct Turn: Sendable, Hashable {
    /// The session after the step: store it for the next input.
    public var session: Session
    /// What the bot says, in order.
    public var replies: [String]
    /// What the runtime must do.
    public var effects: [Effect]
    /// The intent that matched, if any (useful in tests and logs).
    public var matchedIntent: IntentID?

    public init(session: Session, replies: [String], effects: [Effect] = [], matchedIntent: IntentID? = nil) {
        self.session = session
        self.replies = replies
        self.effects = effects
        self.matchedIntent = matchedIntent
    }
}
