/// Swaps first and second person in a captured phrase ("my partner" -> "your partner").
///
/// ```swift
/// let reflector = Reflector(rules: .english)
/// reflector.reflect("I am tired of my job")  // "you are tired of your job"
/// reflector.reflect("you hurt me")           // "I hurt you"
/// reflector.reflect("I don't get you")       // "you don't get me"
/// ```
/// Words that are not reflected keep their spelling; spaces are normalised. Quoted speech is
/// someone's own words and stays as written: `he never said "I love you"` keeps its "I love you"
/// (straight or curly double quotes, curly single quotes, « », and straight single quotes that
/// open before a word).
public struct Reflector: Sendable {
    public let rules: LanguageRules
    private let reflection: PhraseReflection
    private let tokenizer: Tokenizer

    public init(rules: LanguageRules) {
        self.rules = rules
        reflection = PhraseReflection(rules: rules)
        tokenizer = Tokenizer(abbreviations: rules.wordClasses[WordClass.abbreviation.rawValue] ?? [])
    }

    /// The phrase with its pronouns reflected, in one pass, longest phrase first; quotations
    /// are kept word for word.
    public func reflect(_ phrase: String) -> String {
        guard QuotedSpeech.mayContainQuotes(phrase) else { return reflectWords(phrase[...]) }
        var result = ""
        for segment in QuotedSpeech.segments(of: phrase) {
            let text = segment.isQuoted
                ? segment.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                : reflectWords(segment.text)
            guard !text.isEmpty else { continue }
            if !result.isEmpty, segment.spaced { result += " " }
            result += text
        }
        return result
    }

    private func reflectWords(_ phrase: Substring) -> String {
        let tokens = tokenizer.tokens(String(phrase))
        let words = reflection.reflect(tokens, in: tokens.indices) { $0.text }
        return Words.join(words)
    }
}
