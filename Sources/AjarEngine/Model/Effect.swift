/// Something the runtime must carry out after a turn. The engine only describes it.
public enum Effect: Sendable, Hashable, Codable {
    /// Schedule a reminder for this conversation `seconds` from now.
    case remind(afterSeconds: Int, text: String)
    /// The conversation is over.
    case end
    /// The conversation moved to another flow (for example the safety flow).
    case handoff(to: StateID)
    /// Cancel this conversation's pending reminders ("stop reminders").
    case cancelReminders
}

/// An effect as written in a script; its text is interpolated when the effect is produced.
public enum EffectTemplate: Sendable {
    case remind(afterSeconds: Int, text: Template)
    case end
    case handoff(to: StateID)
    case cancelReminders
}
