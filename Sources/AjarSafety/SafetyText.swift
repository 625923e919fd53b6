import AjarEngine
import Foundation

/// A message as the safety layer reads it: lowercased words without accents ("fiancé" reads as
/// "fiance"), contractions expanded, and the clause each word belongs to. Made once per message;
/// every phrase set reads the same value.
///
/// ```swift
/// let text = SafetyText("I'm not okay, I don't want to live", contractions: ["i'm": ["i", "am"]], breaks: [])
/// text.words    // ["i", "am", "not", "okay", "i", "don't", "want", "to", "live"]
/// text.clauses  // [0, 0, 0, 0, 1, 1, 1, 1, 1]
/// ```
public struct SafetyText: Sendable, Hashable {
    /// The words, lowercased, contractions expanded.
    public private(set) var words: [String] = []
    /// The clause of each word: punctuation and clause-break words start a new one.
    public private(set) var clauses: [Int] = []

    public init(_ text: String, contractions: [String: [String]], breaks: Set<String>) {
        // Words are split as the dialogue's matcher splits them (apostrophes kept inside words,
        // curly ones straightened); punctuation that ends a clause is looked at first.
        var clause = 0
        for segment in text.split(whereSeparator: Self.endsClause) {
            var clauseHasWords = false
            for word in Normalizer.words(String(segment)) {
                let lower = Self.normalise(word)
                if breaks.contains(lower) {
                    if clauseHasWords { clause += 1 }
                    clauseHasWords = false
                    continue
                }
                for piece in contractions[lower] ?? [lower] {
                    words.append(piece)
                    clauses.append(clause)
                }
                clauseHasWords = true
            }
            if clauseHasWords { clause += 1 }
        }
        clauseEnds = Array(repeating: clauses.count, count: clauses.count)
        var index = clauses.count - 1
        while index > 0 {
            clauseEnds[index - 1] = clauses[index - 1] == clauses[index] ? clauseEnds[index] : index
            index -= 1
        }
    }

    /// For each word, where its clause ends (exclusive).
    public private(set) var clauseEnds: [Int] = []

    /// Punctuation that ends a clause; spaces, hyphens and slashes only separate words.
    private static func endsClause(_ character: Character) -> Bool {
        switch character {
        case ".", ",", ";", ":", "!", "?", "\n", "\r", "\r\n", "(", ")", "\"", "\u{201C}", "\u{201D}", "\u{2026}", "\u{2014}", "\u{2013}":
            true
        default:
            false
        }
    }

    /// A word as phrases and messages are compared: lowercased, accents taken off, so data
    /// written without them matches a message with them ("Fiancé" -> "fiance").
    static func normalise(_ word: some StringProtocol) -> String {
        let lower = word.lowercased()
        if lower.utf8.allSatisfy({ $0 < 0x80 }) { return lower }
        return lower.folding(options: .diacriticInsensitive, locale: nil)
    }

    /// The number of words.
    public var count: Int { words.count }

    /// Whether `range` is exactly one whole clause.
    public func isWholeClause(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.upperBound <= count else { return false }
        let startsClause = range.lowerBound == 0 || clauses[range.lowerBound - 1] != clauses[range.lowerBound]
        return startsClause && clauseEnds[range.lowerBound] == range.upperBound
    }
}
