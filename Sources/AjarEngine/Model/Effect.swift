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
    /// Schedule a reminder for this conversation at a time of day; the runtime picks the date
    /// with its clock and time zone.
    case remindAt(ReminderTime, text: String)
    /// Postpone this conversation's pending reminders: none comes sooner than `seconds` from now.
    case snoozeReminders(seconds: Int)
}

/// An effect as written in a script; its text is interpolated when the effect is produced.
public enum EffectTemplate: Sendable {
    case remind(afterSeconds: Int, text: Template)
    case end
    case handoff(to: StateID)
    case cancelReminders
    case remindAt(ReminderTime, text: Template)
    case snoozeReminders(seconds: Int)
}
