extension Filter {
    /// The longest an echo may run, in words, before `brief` cuts it.
    static let briefWordLimit = 12

    /// `brief`: a user's answer made short enough to say back. The first sentence; if that is
    /// longer than ``briefWordLimit`` words, its first clause (up to a comma, colon or dash) when
    /// that has at least four words, else its first ``briefWordLimit`` words and "…". Closing
    /// punctuation is dropped, as `clause` does.
    ///
    /// ```swift
    /// Filter.brief("We both work late. Then we're tired.")  // "We both work late"
    /// Filter.brief("He works long hours at the hospital, and when he gets home he only wants to sleep")
    /// // "He works long hours at the hospital"
    /// ```
    static func brief(_ value: String) -> String {
        let sentence = firstSentence(of: value)
        let words = sentence.split(whereSeparator: \.isWhitespace)
        guard words.count > briefWordLimit else { return trimmedClause(sentence) }
        let head = words.prefix(briefWordLimit)
        if let cut = head.lastIndex(where: { $0.last.map(clauseBreaks.contains) ?? false }),
           cut - head.startIndex + 1 >= 4 {
            return trimmedClause(head[...cut].joined(separator: " "))
        }
        return trimmedClause(head.joined(separator: " ")) + "…"
    }

    /// Marks that end a clause inside a sentence when they close a word.
    private static let clauseBreaks: Set<Character> = [",", ";", ":", "\u{2013}", "\u{2014}"]

    /// Up to the first ".", "!", "?", "…" or line break that is followed by a space or the end
    /// ("1.5 hours" and "e.g." stay whole).
    private static func firstSentence(of value: String) -> Substring {
        let text = value.drop(while: \.isWhitespace)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isNewline { return text[..<index] }
            if ".!?…".contains(character), next == text.endIndex || text[next].isWhitespace {
                return text[..<next]
            }
            index = next
        }
        return text
    }

    private static func trimmedClause(_ text: some StringProtocol) -> String {
        String(text.reversed().drop { ".!?…,;: \u{2013}\u{2014}".contains($0) || $0.isWhitespace }.reversed())
    }
}
