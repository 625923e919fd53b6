/// Swaps first and second person in a captured phrase ("my partner" -> "your partner").
///
/// ```swift
/// let reflector = Reflector(rules: .english)
/// reflector.reflect("I am tired of my job")  // "you are tired of your job"
/// reflector.reflect("you hurt me")           // "I hurt you"
/// reflector.reflect("I don't get you")       // "you don't get me"
/// ```
/// Words that are not reflected keep their spelling; spaces are normalised.
public struct Reflector: Sendable {
    public let rules: LanguageRules
    private let reflection: PhraseReflection
    private let tokenizer: Tokenizer

    public init(rules: LanguageRules) {
        self.rules = rules
        reflection = PhraseReflection(rules: rules)
        tokenizer = Tokenizer(abbreviations: rules.wordClasses[WordClass.abbreviation.rawValue] ?? [])
    }

    /// The phrase with its pronouns reflected, in one pass, longest phrase first.
    public func reflect(_ phrase: String) -> String {
        let tokens = tokenizer.tokens(phrase)
        let words = reflection.reflect(tokens, in: tokens.indices) { $0.text }
        return Words.join(words)
    }
}
