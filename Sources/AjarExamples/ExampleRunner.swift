public import AjarCompiler
public import AjarEngine

/// The outcome of one example conversation.
public struct ExampleResult: Sendable {
    public var file: String
    public var conversation: String
    /// Empty when the conversation passed.
    public var failures: [Diagnostic]
    public var passed: Bool { failures.isEmpty }
}

/// Plays example conversations against a compiled dialogue and compares every bot line.
///
/// The bot's lines between two user lines must match the expected lines one for one.
public struct ExampleRunner: Sendable {
    public let engine: Engine

    public init(dialogue: Dialogue) {
        self.engine = Engine(dialogue: dialogue)
    }

    /// Runs one conversation from a fresh session.
    public func run(_ conversation: ExampleConversation, in file: String) -> ExampleResult {
        var failures: [Diagnostic] = []
        var turn = engine.start()
        var pending = turn.replies[...]
        var lastUserLocation = conversation.location

        func closeTurn() {
            if let extra = pending.first {
                failures.append(Diagnostic(
                    .exampleLineCount, at: lastUserLocation,
                    "in '\(conversation.name)': the bot said \(pending.count) more line(s) than expected, starting with \"\(extra)\""
                ))
            }
        }

        for step in conversation.steps {
            switch step {
            case .user(let text, let location):
                closeTurn()
                turn = engine.respond(to: text, in: turn.session)
                pending = turn.replies[...]
                lastUserLocation = location
            case .bot(let expectation, let location):
                guard let actual = pending.popFirst() else {
                    failures.append(Diagnostic(
                        .exampleLineCount, at: location,
                        "in '\(conversation.name)': expected \(expectation) but the bot said nothing more"
                    ))
                    continue
                }
                if !Self.matches(actual, expectation) {
                    failures.append(Diagnostic(
                        .exampleMismatch, at: location,
                        "in '\(conversation.name)': expected \(expectation) but the bot said \"\(actual)\""
                    ))
                }
            case .effects(let expected, let location):
                let actual = turn.effects
                if actual.count != expected.count || !zip(expected, actual).allSatisfy({ $0.matches($1) }) {
                    let got = actual.map(ExpectedEffect.describe).joined(separator: ", ")
                    failures.append(Diagnostic(
                        .exampleEffects, at: location,
                        "in '\(conversation.name)': expected effects [\(expected.map(\.description).joined(separator: ", "))] but got [\(got)]"
                    ))
                }
            case .resume(let location):
                closeTurn()
                turn = engine.resume(turn.session)
                pending = turn.replies[...]
                lastUserLocation = location
            case .state(let expected, let location):
                if turn.session.state.rawValue != expected {
                    failures.append(Diagnostic(
                        .exampleEffects, at: location,
                        "in '\(conversation.name)': expected to be in state '\(expected)' but the conversation is in '\(turn.session.state)'"
                    ))
                }
            }
        }
        closeTurn()
        return ExampleResult(file: file, conversation: conversation.name, failures: failures)
    }

    static func matches(_ line: String, _ expectation: BotExpectation) -> Bool {
        switch expectation {
        case .exact(let text):
            return line == text
        case .regex(let pattern):
            guard let regex = try? Regex(pattern) else { return false }
            return line.contains(regex)
        }
    }

    /// The name of an effect's kind, as written in example files.
    public static func kind(of effect: Effect) -> String {
        switch effect {
        case .remind: "remind"
        case .end: "end"
        case .handoff: "handoff"
        case .cancelReminders: "cancel_reminders"
        case .remindAt: "remind"
        case .snoozeReminders: "snooze_reminders"
        }
    }
}
