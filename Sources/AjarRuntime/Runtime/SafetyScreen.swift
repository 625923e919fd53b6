/// Looks at every message before the engine does: the seam for the safety layer
/// (crisis language, signs of abuse), which answers with care instead of coaching.
///
/// The runtime calls it first for every message, inside the conversation's lane.
public protocol SafetyScreen: Sendable {
    /// Throws when it cannot tell whether the person may be coached (say, its records cannot be
    /// read): the message then fails rather than reach the dialogue unscreened.
    func screen(_ message: Message) async throws -> SafetyVerdict

    /// The lines to greet a person with when their conversation opens, instead of the
    /// dialogue's (a person flagged for abuse must not see their old coaching question again);
    /// `nil` to let the dialogue open as usual. The runtime asks it in ``ConversationRuntime/open(_:variables:)``
    /// and ``ConversationRuntime/restart(_:variables:)``.
    func opening(for conversation: ConversationID) async -> [String]?
}

extension SafetyScreen {
    /// By default the dialogue opens every conversation.
    public func opening(for conversation: ConversationID) async -> [String]? { nil }
}

/// What the safety screen decided about a message.
public enum SafetyVerdict: Sendable, Hashable {
    /// Nothing of concern: the engine handles the message.
    case pass
    /// Answer with these lines instead of the engine; the session is left as it was.
    case intervene(replies: [String])
}

/// The screen used until the safety layer exists: lets every message through.
public struct PassThroughSafetyScreen: SafetyScreen {
    public init() {}
    public func screen(_ message: Message) async -> SafetyVerdict { .pass }
}
