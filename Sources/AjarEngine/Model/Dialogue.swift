public import AjarReframer

/// A compiled dialogue: the immutable program the ``Engine`` runs.
///
/// A `Dialogue` is produced by the compiler (`AjarCompiler`) from one or more YAML scripts.
/// The engine never reads files: it only walks this value.
///
/// ```swift
/// let engine = Engine(dialogue: dialogue)
/// var turn = engine.start()
/// turn = engine.respond(to: "how do I get my partner to open up?", in: turn.session)
/// ```
public struct Dialogue: Sendable {
    /// The dialogue's name (the `dialogue:` key of the main script).
    public var name: String
    /// A stable hash of every script source the dialogue was compiled from.
    /// Sessions record it so a runtime can tell that the script changed under them.
    public var versionHash: String
    /// Where a new conversation begins.
    public var start: StateID
    /// Where a session resumes when its recorded state no longer exists (the script was edited).
    public var resume: StateID
    /// Every state, by its stable identifier.
    public var states: [StateID: State]
    /// Every intent the scripts define, in declaration order.
    public var intents: [Intent]
    /// Transitions that apply in every state (checked after the state's own ones at equal priority).
    public var globalTransitions: [Transition]
    /// Rules checked against every input before the state's transitions; they only set variables.
    public var notices: [Notice]
    /// What to do when nothing matched and the state has no fallback of its own.
    public var globalFallback: Response?
    /// Declared variables and their default values.
    public var variables: [String: String]
    /// Rule tables for reflection and reframing (pronouns, verb forms).
    public var language: LanguageRules

    public init(
        name: String,
        versionHash: String,
        start: StateID,
        resume: StateID? = nil,
        states: [StateID: State],
        intents: [Intent] = [],
        globalTransitions: [Transition] = [],
        notices: [Notice] = [],
        globalFallback: Response? = nil,
        variables: [String: String] = [:],
        language: LanguageRules = LanguageRules()
    ) {
        self.name = name
        self.versionHash = versionHash
        self.start = start
        self.resume = resume ?? start
        self.states = states
        self.intents = intents
        self.globalTransitions = globalTransitions
        self.notices = notices
        self.globalFallback = globalFallback
        self.variables = variables
        self.language = language
    }
}

/// The stable identifier of a state: its name in the script.
///
/// Sessions store this name (not an index), so reordering or adding states never breaks them.
public struct StateID: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The stable identifier of an intent.
public struct IntentID: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// Built-in: the user wants to skip the question ("skip", "pass", "next").
    public static let skip: IntentID = "skip"
    /// Built-in: the user does not know ("I don't know", "not sure").
    public static let dontKnow: IntentID = "dont_know"
}
