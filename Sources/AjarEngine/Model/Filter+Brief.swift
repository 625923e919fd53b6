extension Filter {
    /// The longest first sentence `brief` says back whole, in words.
    static let briefWholeLimit = 15
    /// How many words of a longer sentence `brief` keeps at most.
    static let briefWordLimit = 12

    /// `brief`: a user's answer made short enough to say back. The first sentence; if that is
    /// longer than ``briefWholeLimit`` words, its clauses (up to a comma, colon or dash) that fit in
    /// ``briefWordLimit`` words when they have at least four, else its first ``briefWordLimit``
    /// words and "…". A sentence that opens with "when", "if", "because"... is never cut after its
    /// first clause, which would leave half a thought ("When he told me about his dad").
    /// Closing punctuation is dropped, as `clause` does.
    ///
    /// ```swift
    /// Filter.brief("We both work late. Then we're tired.")  // "We both work late"
    /// Filter.brief("He works long hours at the hospital, and when he gets home he only wants to sleep")
    /// // "He works long hours at the hospital"
    /// ```
    static func brief(_ value: String) -> String {
        let sentence = firstSentence(of: value)
        let words = sentence.split(whereSeparator: \.isWhitespace)
        guard words.count > briefWholeLimit else { return trimmedClause(sentence) }
        let head = words.prefix(briefWordLimit)
        var breaks = head.indices.filter { head[$0].last.map(clauseBreaks.contains) ?? false }[...]
        if let first = words.first, subordinators.contains(first.lowercased().filter(\.isLetter)) {
            breaks = breaks.dropFirst()
        }
        if let cut = breaks.last, cut - head.startIndex + 1 >= 4 {
            return trimmedClause(head[...cut].joined(separator: " "))
        }
        return trimmedClause(head.joined(separator: " ")) + "…"
    }

    /// Words that open a clause that cannot stand alone.
    private static let subordinators: Set<String> = [
        "when", "whenever", "if", "because", "although", "though", "since", "while", "after", "before",
        "unless", "until", "once", "as", "whereas",
    ]

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

    /// `clause`: the text without its closing punctuation (`.!?…,;:`, dashes) and spaces.
    static func trimmedClause(_ text: some StringProtocol) -> String {
        guard let last = text.lastIndex(where: { !$0.isWhitespace && !".!?…,;:\u{2013}\u{2014}".contains($0) }) else { return "" }
        return String(text[...last])
    }
}
