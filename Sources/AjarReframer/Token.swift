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

    var kind: Kind
    /// As written, with curly apostrophes made straight.
    var text: String
    /// Lowercase, for every table lookup.
    var lower: String

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
