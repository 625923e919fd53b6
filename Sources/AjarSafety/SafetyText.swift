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
        var clause = 0
        var current = ""
        var clauseHasWords = false

        func endClause() {
            if clauseHasWords { clause += 1 }
            clauseHasWords = false
        }
        func flush() {
            var word = Substring(current)
            while word.first == "'" { word = word.dropFirst() }
            while word.last == "'" { word = word.dropLast() }
            current = ""
            guard !word.isEmpty else { return }
            let lower = Self.normalise(word)
            if breaks.contains(lower) {
                endClause()
                return
            }
            for piece in contractions[lower] ?? [lower] {
                words.append(piece)
                clauses.append(clause)
            }
            clauseHasWords = true
        }

        for character in text {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "\u{2019}" || character == "\u{2018}" || character == "`" {
                current.append("'")
            } else {
                flush()
                if Self.endsClause(character) { endClause() }
            }
        }
        flush()
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
        case ".", ",", ";", ":", "!", "?", "\n", "\r", "(", ")", "\"", "\u{201C}", "\u{201D}", "\u{2026}", "\u{2014}", "\u{2013}":
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
