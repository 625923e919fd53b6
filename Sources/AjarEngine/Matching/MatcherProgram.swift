import AjarReframer

/// A ``Matcher`` compiled against the dialogue's ``WordTable``.
final class MatcherProgram: Sendable {
    let patterns: [PatternProgram]
    /// Every keyword's word identifiers, end to end (one array: no retain per keyword).
    let keywordWords: [Int32]
    /// Keyword `k` is `keywordWords[keywordStarts[k]..<keywordStarts[k + 1]]`; empty ones are dropped.
    let keywordStarts: [Int]
    let reframe: Bool

    init(_ matcher: Matcher, table: inout WordTable) {
        patterns = matcher.patterns.map { PatternProgram($0, table: &table) }
        var words: [Int32] = []
        var starts = [0]
        for keyword in matcher.keywords {
            words += keyword.flatMap { table.internWords($0) }
            if words.count > starts[starts.count - 1] { starts.append(words.count) }
        }
        keywordWords = words
        keywordStarts = starts
        reframe = matcher.reframe
    }

    /// The captures of the first pattern that matches, or no captures when a keyword occurs,
    /// or the reframer's variables; `nil` when nothing matches.
    func match(_ input: InputWords, in program: EngineProgram) -> [Capture]? {
        for pattern in patterns {
            if let captures = Backtracker.match(pattern, input) { return captures }
        }
        if keywordStarts.count > 1 {
            let found = keywordWords.withUnsafeBufferPointer { words in
                input.ids.withUnsafeBufferPointer { ids in
                    (1..<keywordStarts.count).contains { k in
                        Self.contains(ids, UnsafeBufferPointer(rebasing: words[keywordStarts[k - 1]..<keywordStarts[k]]))
                    }
                }
            }
            if found { return [] }
        }
        if reframe, program.mayReframe(input), let result = program.reframer.reframe(input.trimmedText) {
            return [
                Capture(name: "reframe", value: result.question),
                Capture(name: "person", value: result.person),
                Capture(name: "action", value: result.action),
            ]
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack` as a contiguous run.
    static func contains(_ haystack: [Int32], _ needle: [Int32]) -> Bool {
        haystack.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { contains(haystack, $0) }
        }
    }

    static func contains(_ haystack: UnsafeBufferPointer<Int32>, _ needle: UnsafeBufferPointer<Int32>) -> Bool {
        let last = haystack.count - needle.count
        guard !needle.isEmpty, last >= 0 else { return false }
        let first = needle[0]
        outer: for start in 0...last where haystack[start] == first {
            for offset in 1..<needle.count where haystack[start + offset] != needle[offset] {
                continue outer
            }
            return true
        }
        return false
    }
}
