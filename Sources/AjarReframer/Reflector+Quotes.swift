extension Reflector {
    /// The text with its quoted speech left out, so only the speaker's own words remain:
    /// `she said "he left" to me` is `she said to me`. Quotations are found as ``reflect(_:)``
    /// finds them (straight and curly double quotes, curly single quotes, « », and a straight `'`
    /// that opens before a word and is closed later).
    public func removingQuotedSpeech(from text: String) -> String {
        guard QuotedSpeech.mayContainQuotes(text) else { return text }
        let segments = QuotedSpeech.segments(of: text)
        guard segments.contains(where: \.isQuoted) else { return text }
        return segments.filter { !$0.isQuoted }.map { String($0.text) }.joined(separator: " ")
    }
}
