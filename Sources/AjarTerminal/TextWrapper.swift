/// Word-wraps text to a width in columns, never breaking a word unless it is longer than a line.
///
/// Counts `Character`s (grapheme clusters): wide characters such as CJK count as one column, which
/// only makes their lines shorter than they could be.
public enum TextWrapper {
    /// The lines of `text` wrapped to `width` columns. Existing line breaks are kept; an empty
    /// text gives one empty line.
    ///
    /// ```swift
    /// TextWrapper.wrap("one two three", width: 8)   // ["one two", "three"]
    /// ```
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                if line.isEmpty {
                    while word.count > width {
                        lines.append(String(word.prefix(width)))
                        word = word.dropFirst(width)
                    }
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    while word.count > width {
                        lines.append(String(word.prefix(width)))
                        word = word.dropFirst(width)
                    }
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines
    }
}
