/// Rule tables that drive reflection and reframing. Scripts provide them (`language:`).
public struct LanguageRules: Sendable, Hashable {
    /// Phrase -> reflected phrase, applied in one pass, longest phrase first ("i am" -> "you are").
    public var reflections: [String: String]
    /// Verb -> gerund overrides the rules get wrong ("be" -> "being" needs none; "singe" -> "singeing").
    public var gerunds: [String: String]

    public init(reflections: [String: String] = [:], gerunds: [String: String] = [:]) {
        self.reflections = reflections
        self.gerunds = gerunds
    }
}

/// Swaps first and second person in a captured phrase ("my partner" -> "your partner").
public struct Reflector: Sendable {
    public let rules: LanguageRules
    public init(rules: LanguageRules) { self.rules = rules }

    /// The phrase with its pronouns reflected. (Placeholder: returns the phrase unchanged.)
    public func reflect(_ phrase: String) -> String { phrase }
}

/// A "how do I get X to Y" question turned into a constraint question.
public struct Reframe: Sendable, Hashable {
    /// "What is keeping your partner from opening up to you?"
    public var question: String
    /// The person, reflected: "your partner".
    public var person: String
    /// The action as a gerund phrase, reflected: "opening up to you".
    public var action: String
    public init(question: String, person: String, action: String) {
        self.question = question
        self.person = person
        self.action = action
    }
}

/// Turns control questions into constraint questions. (Placeholder: recognises nothing yet.)
public struct Reframer: Sendable {
    public let rules: LanguageRules
    public init(rules: LanguageRules) { self.rules = rules }
    public func reframe(_ text: String) -> Reframe? { nil }
}
