/// Looks at every message before the engine does: the seam for the safety layer
/// (crisis language, signs of abuse), which answers with care instead of coaching.
///
/// The runtime calls it first for every message, inside the conversation's lane.
public protocol SafetyScreen: Sendable {
    func screen(_ message: Message) async -> SafetyVerdict
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
