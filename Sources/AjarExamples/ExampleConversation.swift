public import AjarCompiler
public import AjarEngine

/// A file of example conversations (`*.test.yaml`) and the script they exercise.
public struct ExampleFile: Sendable {
    /// The test file's path.
    public var path: String
    /// The entry script the conversations run against, resolved relative to the test file.
    public var script: String
    public var conversations: [ExampleConversation]
}

/// One golden conversation: user lines and what the bot must answer.
public struct ExampleConversation: Sendable {
    public var name: String
    public var location: SourceLocation
    public var steps: [Step]

    /// One item of a conversation's `turns:` list.
    public enum Step: Sendable {
        /// The user says this.
        case user(String, SourceLocation)
        /// The bot's next line must match.
        case bot(BotExpectation, SourceLocation)
        /// The effects of the last turn, in order: by kind (`remind`, `end`, `handoff`...), or
        /// with details (`{ remind: { at: "tomorrow 19:00" } }`).
        case effects([ExpectedEffect], SourceLocation)
        /// The conversation is now in this state.
        case state(String, SourceLocation)
        /// The user comes back later (a new `ajar chat`): the bot's next lines are those the
        /// runtime shows when it reopens a stored conversation.
        case resume(SourceLocation)
    }
}

/// An effect an example expects: its kind and, when the example gives them, a reminder's time,
/// delay or text, or a snooze's length.
public struct ExpectedEffect: Sendable, Hashable, CustomStringConvertible {
    /// `remind`, `end`, `handoff`, `cancel_reminders` or `snooze_reminders`.
    public var kind: String
    /// `remind: { at: ... }`.
    public var at: ReminderTime?
    /// `remind: { in: ... }` or `snooze_reminders: ...`, in seconds.
    public var seconds: Int?
    /// `remind: { text: ... }`.
    public var text: String?

    public init(kind: String, at: ReminderTime? = nil, seconds: Int? = nil, text: String? = nil) {
        self.kind = kind
        self.at = at
        self.seconds = seconds
        self.text = text
    }

    /// Whether `effect` is of this kind and has every detail given.
    public func matches(_ effect: Effect) -> Bool {
        guard ExampleRunner.kind(of: effect) == kind else { return false }
        switch effect {
        case .remind(let afterSeconds, let actualText):
            return at == nil && (seconds == nil || seconds == afterSeconds) && (text == nil || text == actualText)
        case .remindAt(let time, let actualText):
            return seconds == nil && (at == nil || at == time) && (text == nil || text == actualText)
        case .snoozeReminders(let actualSeconds):
            return seconds == nil || seconds == actualSeconds
        case .end, .handoff, .cancelReminders:
            return true
        }
    }

    public var description: String {
        var details: [String] = []
        if let at { details.append("at \(at)") }
        if let seconds { details.append("\(seconds)s") }
        if let text { details.append("\"\(text)\"") }
        return details.isEmpty ? kind : "\(kind) (\(details.joined(separator: ", ")))"
    }

    /// How an actual effect reads in a failure message.
    static func describe(_ effect: Effect) -> String {
        switch effect {
        case .remind(let seconds, let text): "remind (\(seconds)s, \"\(text)\")"
        case .remindAt(let time, let text): "remind (at \(time), \"\(text)\")"
        case .snoozeReminders(let seconds): "snooze_reminders (\(seconds)s)"
        default: ExampleRunner.kind(of: effect)
        }
    }
}

/// What a bot line must be: exactly a text, or containing a match of a regular expression (`/.../`).
public enum BotExpectation: Sendable, CustomStringConvertible {
    case exact(String)
    case regex(String)

    public var description: String {
        switch self {
        case .exact(let text): "\"\(text)\""
        case .regex(let pattern): "/\(pattern)/"
        }
    }
}

/// Stable codes for problems found while loading or running example conversations.
extension DiagnosticCode {
    /// The example file is not valid YAML or not in the expected shape.
    public static let exampleFormat = DiagnosticCode(rawValue: "AJ0100")
    /// The script the examples name does not compile.
    public static let exampleScript = DiagnosticCode(rawValue: "AJ0101")
    /// A bot line did not match what the example expects.
    public static let exampleMismatch = DiagnosticCode(rawValue: "AJ0102")
    /// The bot said more or fewer lines than the example expects.
    public static let exampleLineCount = DiagnosticCode(rawValue: "AJ0103")
    /// The turn's effects or state were not those expected.
    public static let exampleEffects = DiagnosticCode(rawValue: "AJ0104")
}
