/// Spelling out a list of output words.
enum Words {
    /// Words separated by single spaces; closing marks (",", ".", "?", ")") attach to the word
    /// before them and "(" to the word after it.
    static func join(_ words: [String]) -> String {
        var result = ""
        var attachNext = true
        for word in words where !word.isEmpty {
            if !attachNext, let first = word.first, !closing.contains(first) { result.append(" ") }
            result += word
            attachNext = word == "("
        }
        return result
    }

    private static let closing: Set<Character> = [",", ".", "!", "?", ";", ":", ")", "\u{2026}"]
}
