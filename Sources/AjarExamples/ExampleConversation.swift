public import AjarCompiler

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
        /// The effects of the last turn, by kind (`remind`, `end`, `handoff`), in order.
        case effects([String], SourceLocation)
        /// The conversation is now in this state.
        case state(String, SourceLocation)
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
