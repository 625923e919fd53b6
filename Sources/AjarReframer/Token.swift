/// One word or mark of the input, tokenised once and shared by every step.
struct Token: Sendable, Hashable {
    enum Kind: UInt8, Sendable {
        /// Letters and digits, with apostrophes, hyphens and slashes inside ("in-laws", "don't").
        case word
        /// A soft break inside a sentence: comma, colon, spaced dash.
        case comma
        /// "(" and ")": what they enclose is dropped.
        case open, close
        /// Any other mark, kept only by ``Reflector`` (".", "!", "?", ";").
        case mark
    }

    /// What a word looks like, decided once from its spelling.
    struct Traits: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        /// "two", "15".
        static let number = Traits(rawValue: 1 << 0)
        /// "partner's", "kids'".
        static let possessive = Traits(rawValue: 1 << 1)
        /// Listed as an adjective or ends like one ("careful", "interested").
        static let adjective = Traits(rawValue: 1 << 2)
        /// Already a gerund ("talking").
        static let gerund = Traits(rawValue: 1 << 3)
        /// Ends like a plural noun ("kids", "messages").
        static let plural = Traits(rawValue: 1 << 4)
    }

    var kind: Kind
    /// As written, with curly apostrophes made straight.
    var text: String
    /// Lowercase, for every table lookup.
    var lower: String
    /// The word's classes as bits of ``WordClass`` (and script-defined classes), filled by ``Grammar``.
    var classes: UInt64 = 0
    var traits: Traits = []

    init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
        self.lower = kind == .word ? text.lowercased() : text
    }

    init(kind: Kind, text: String, lower: String) {
        self.kind = kind
        self.text = text
        self.lower = lower
    }

    var isWord: Bool { kind == .word }

    /// Whether the word is in the class.
    func isIn(_ name: WordClass) -> Bool { classes & name.bit != 0 }

    /// Whether the word is in any class of the mask.
    func isIn(mask: UInt64) -> Bool { classes & mask != 0 }

    func has(_ trait: Traits) -> Bool { traits.contains(trait) }

    /// Starts with an uppercase letter ("Sam", "My").
    var isCapitalized: Bool {
        guard let first = text.first else { return false }
        return first.isUppercase
    }

    /// Starts with a lowercase letter.
    var isLowercase: Bool {
        guard let first = text.first else { return false }
        return first.isLowercase
    }
}
