/// Something the user can mean, recognised from their text.
public struct Intent: Sendable {
    public var id: IntentID
    /// Higher wins when several intents match (as ELIZA's keyword ranks). Default 0.
    public var priority: Int
    public var matcher: Matcher

    public init(id: IntentID, priority: Int = 0, matcher: Matcher) {
        self.id = id
        self.priority = priority
        self.matcher = matcher
    }
}

/// How an intent (or an option) recognises text.
public struct Matcher: Sendable {
    /// Whole-input patterns with wildcards, captures, optional words and alternatives.
    public var patterns: [Pattern]
    /// Phrases that match anywhere in the input, each a sequence of normalised words.
    public var keywords: [[String]]
    /// Matches when the input is a "how do I get X to Y" question the reframer understands;
    /// sets the variables `reframe`, `person` and `action`.
    public var reframe: Bool

    public init(patterns: [Pattern] = [], keywords: [[String]] = [], reframe: Bool = false) {
        self.patterns = patterns
        self.keywords = keywords
        self.reframe = reframe
    }
}

/// A parsed pattern, matched against the whole normalised input.
///
/// Syntax (one string in the script):
/// - `word` matches that word (case, punctuation and extra spaces are ignored);
/// - `*` matches zero or more words;
/// - `{name}` matches one or more words and captures them (original spelling) into variable `name`;
/// - `[some words]` is optional;
/// - `(a|b c|d)` matches one of the alternatives.
public struct Pattern: Sendable, Hashable {
    public indirect enum Element: Sendable, Hashable {
        case word(String)
        case wildcard
        case capture(String)
        case optional([Element])
        case alternatives([[Element]])
    }

    public var elements: [Element]
    /// The pattern as written, for diagnostics and graphs.
    public var source: String

    public init(elements: [Element], source: String) {
        self.elements = elements
        self.source = source
    }
}
