/// Splits text into quoted and unquoted runs, so reflection leaves quoted speech alone:
/// `he never said "I love you" to me` is `he never said`, `"I love you"`, `to me`.
///
/// A quotation opens at `"`, `“`, `„`, `«`, `‘` or a `'` that starts a word, and closes at its
/// partner (for `‘` and `'`: one that does not sit inside a word, so "don’t" does not close it).
/// A double or curly quotation left open runs to the end of the text; a straight `'` with no
/// closing partner is an apostrophe ("'cause").
enum QuotedSpeech {
    struct Segment {
        var text: Substring
        var isQuoted: Bool
        /// Whether whitespace separated it from the segment before.
        var spaced: Bool
    }

    /// Whether `text` may hold a quotation: plain ASCII text without `"` or `'` cannot, so
    /// callers skip ``segments(of:)`` for it (a cheap byte scan, no grapheme breaking).
    static func mayContainQuotes(_ text: some StringProtocol) -> Bool {
        text.utf8.contains { $0 == 0x22 || $0 == 0x27 || $0 >= 0x80 }
    }

    static func segments(of text: String) -> [Segment] {
        var segments: [Segment] = []
        var start = text.startIndex
        var index = text.startIndex
        var closer: Character?
        var spaced = false

        func close(at end: String.Index, quoted: Bool) {
            let piece = text[start..<end]
            let body = quoted ? piece : piece.drop(while: \.isWhitespace)
            if !body.isEmpty {
                segments.append(Segment(text: body, isQuoted: quoted, spaced: spaced || body.startIndex != piece.startIndex))
            }
            spaced = piece.last?.isWhitespace == true
        }

        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if let expected = closer {
                if character == expected, !isInsideWord(text, at: index, next: next) || !isApostrophe(expected) {
                    close(at: next, quoted: true)
                    closer = nil
                    start = next
                }
            } else if let partner = opens(text, at: index, next: next) {
                close(at: index, quoted: false)
                closer = partner
                start = index
            }
            index = next
        }
        close(at: text.endIndex, quoted: closer != nil)
        return segments
    }

    /// The closing mark, when the character at `index` opens a quotation.
    private static func opens(_ text: String, at index: String.Index, next: String.Index) -> Character? {
        switch text[index] {
        case "\"": return "\""
        case "\u{201C}": return "\u{201D}"
        case "\u{201E}": return "\u{201C}"
        case "\u{00AB}": return "\u{00BB}"
        case "\u{2018}": return "\u{2019}"
        case "'":
            // "'I love you'" opens; "don't", "kids' toys" and "'cause" (never closed) do not.
            let before = index == text.startIndex ? nil : text[text.index(before: index)]
            let startsWord = before.map { !($0.isLetter || $0.isNumber) } ?? true
            guard startsWord, next < text.endIndex, text[next].isLetter else { return nil }
            var candidate = next
            while let found = text[candidate...].firstIndex(of: "'") {
                let after = text.index(after: found)
                if !isInsideWord(text, at: found, next: after) { return "'" }
                candidate = after
            }
            return nil
        default: return nil
        }
    }

    private static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "\u{2019}"
    }

    /// Letters on both sides: an apostrophe ("don’t"), not a closing quote.
    private static func isInsideWord(_ text: String, at index: String.Index, next: String.Index) -> Bool {
        guard index > text.startIndex, next < text.endIndex else { return false }
        return text[text.index(before: index)].isLetter && text[next].isLetter
    }
}
