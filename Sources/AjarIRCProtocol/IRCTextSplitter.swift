/// Splits text into pieces that each fit in a byte budget, for sending as separate messages.
///
/// Line breaks (LF, CR, CRLF and the other Unicode newlines) always split, and blank lines are
/// dropped (IRC cannot send an empty message). A line longer than the budget breaks at the last
/// run of spaces that fits (the spaces are dropped); a word longer than the budget breaks between
/// grapheme clusters, and a single cluster longer than the budget between Unicode scalars, so no
/// piece ever ends inside a UTF-8 sequence. Spaces at the start and end of a line and NUL are removed.
///
/// ```swift
/// IRCTextSplitter.split("one two three", maximumBytes: 8)   // ["one two", "three"]
/// ```
public enum IRCTextSplitter {
    /// Pieces of `text`, each at most `maximumBytes` UTF-8 bytes and never empty.
    public static func split(_ text: String, maximumBytes: Int) -> [String] {
        let budget = max(maximumBytes, 4)  // one scalar is at most 4 bytes: always room for progress
        var pieces: [String] = []
        for line in lines(of: text) {
            for range in pieceRanges(of: line, maximumBytes: budget) {
                pieces.append(String(line.unicodeScalars[range]))
            }
        }
        return pieces
    }

    /// The non-blank lines of `text`, without NUL and without spaces at either end.
    static func lines(of text: String) -> [Substring] {
        let clean = text.utf8.contains(0) ? String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\0" })) : text
        return clean.split(whereSeparator: \.isNewline).compactMap { line in
            guard let first = line.firstIndex(where: { $0 != " " }), let last = line.lastIndex(where: { $0 != " " })
            else { return nil }
            let trimmed = line[first...last]
            return trimmed.allSatisfy(\.isWhitespace) ? nil : trimmed
        }
    }

    /// The ranges of `line` that become pieces; between two consecutive ranges there is only
    /// whitespace, and every non-whitespace character is in some range.
    static func pieceRanges(of line: Substring, maximumBytes: Int) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start = line.startIndex
        var used = 0
        // The last break opportunity in the current piece: where the space run starts and ends.
        var lastBreak: (spaceStart: String.Index, spaceEnd: String.Index)?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            let size = character.utf8.count
            if character == " " {
                // A run of spaces is one break opportunity; the spaces may overflow the budget freely.
                var end = next
                while end < line.endIndex, line[end] == " " { end = line.index(after: end) }
                if index > start { lastBreak = (index, end) }
                used += line.utf8.distance(from: index, to: end)
                index = end
                continue
            }
            if used + size <= maximumBytes {
                used += size
                index = next
                continue
            }
            // Over the budget: end the piece at the last space run, or right here.
            if let breakPoint = lastBreak, line.utf8.distance(from: start, to: breakPoint.spaceStart) <= maximumBytes {
                ranges.append(start..<breakPoint.spaceStart)
                start = breakPoint.spaceEnd
                index = breakPoint.spaceEnd
            } else if index > start, line.utf8.distance(from: start, to: index) <= maximumBytes {
                ranges.append(start..<index)
                start = index
            } else {
                // One grapheme cluster bigger than the budget (index == start): cut it between scalars.
                var cutStart = start
                while cutStart < next {
                    let cut = scalarCut(in: line, from: cutStart, upTo: next, maximumBytes: maximumBytes)
                    ranges.append(cutStart..<cut)
                    cutStart = cut
                }
                start = next
                index = next
            }
            lastBreak = nil
            used = 0
            // Spaces at the start of a continuation are the break itself: skip them.
            while start < line.endIndex, line[start] == " " { start = line.index(after: start) }
            index = max(index, start)
        }
        if start < line.endIndex {
            var end = line.endIndex
            while end > start, line[line.index(before: end)] == " " { end = line.index(before: end) }
            if end > start { ranges.append(start..<end) }
        }
        return ranges
    }

    /// The furthest scalar boundary after `start` (before `end`) within `maximumBytes` (at least one scalar).
    private static func scalarCut(in line: Substring, from start: String.Index, upTo end: String.Index, maximumBytes: Int) -> String.Index {
        let scalars = line.unicodeScalars
        var index = start
        var used = 0
        while index < end {
            let size = UTF8.width(scalars[index])
            if used + size > maximumBytes, used > 0 { break }
            used += size
            index = scalars.index(after: index)
        }
        return index
    }
}
