/// Splits text into words the way every matcher sees them: case, punctuation (except apostrophes
/// inside words) and extra spaces are ignored; curly apostrophes count as straight ones.
///
/// The compiler normalises pattern words and keywords with the same functions, so both sides agree.
public enum Normalizer {
    /// One word of the input: as the user spelled it, and normalised for matching.
    public struct Token: Sendable, Hashable {
        public var original: String
        public var normalized: String
        public init(original: String, normalized: String) {
            self.original = original
            self.normalized = normalized
        }
    }

    /// The words of `text`, in order.
    public static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        func flush() {
            var word = Substring(current)
            while word.first == "'" { word = word.dropFirst() }
            while word.last == "'" { word = word.dropLast() }
            if !word.isEmpty {
                tokens.append(Token(original: String(word), normalized: word.lowercased()))
            }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "\u{2019}" || character == "\u{2018}" || character == "`" {
                current.append("'")
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// The normalised words of `text`: `"Don’t  GO!"` -> `["don't", "go"]`.
    public static func words(_ text: String) -> [String] {
        tokens(text).map(\.normalized)
    }
}
