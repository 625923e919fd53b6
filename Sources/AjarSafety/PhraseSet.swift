/// Many phrases compiled into one trie of words: finding all of them in a message walks the
/// trie from each word, so the cost grows with the message, not with the number of phrases or
/// of their expanded alternatives.
struct PhraseSet: Sendable {
    /// Where a phrase was found.
    struct Hit: Sendable, Hashable {
        /// The phrase's index in the list it was compiled from.
        var phrase: Int
        /// The words it covers.
        var range: Range<Int>
        /// The words that `...` stood for: a negation among them cancels the phrase.
        var gapWords: [Int]
    }

    private struct Node: Sendable {
        var words: [String: Int] = [:]
        var prefixes: [(prefix: String, node: Int)] = []
        var gaps: [(length: Int, node: Int)] = []
        /// Phrases that end here.
        var phrases: [Int] = []
    }

    private struct Found: Hashable {
        var phrase: Int
        var end: Int
    }

    private var nodes: [Node] = [Node()]
    /// How many phrases were compiled.
    let count: Int

    init(_ patterns: [PhrasePattern]) {
        count = patterns.count
        for (index, pattern) in patterns.enumerated() {
            for sequence in pattern.sequences { insert(sequence, phrase: index) }
        }
    }

    private mutating func insert(_ sequence: [PhrasePattern.Element], phrase: Int) {
        var current = 0
        for element in sequence {
            switch element {
            case .word(let word):
                if let next = nodes[current].words[word] {
                    current = next
                } else {
                    nodes.append(Node())
                    nodes[current].words[word] = nodes.count - 1
                    current = nodes.count - 1
                }
            case .prefix(let prefix):
                if let next = nodes[current].prefixes.first(where: { $0.prefix == prefix })?.node {
                    current = next
                } else {
                    nodes.append(Node())
                    nodes[current].prefixes.append((prefix, nodes.count - 1))
                    current = nodes.count - 1
                }
            case .gap(let length):
                if let next = nodes[current].gaps.first(where: { $0.length == length })?.node {
                    current = next
                } else {
                    nodes.append(Node())
                    nodes[current].gaps.append((length, nodes.count - 1))
                    current = nodes.count - 1
                }
            }
        }
        if !nodes[current].phrases.contains(phrase) { nodes[current].phrases.append(phrase) }
    }

    /// Every phrase found in `text`: each phrase once per start and end position (so both "yes"
    /// and "yes i am safe" are reported, and a caller can ask for the whole clause).
    func hits(in text: SafetyText) -> [Hit] {
        var hits: [Hit] = []
        var found = Set<Found>()
        var gapWords: [Int] = []
        for start in 0..<text.count {
            found.removeAll(keepingCapacity: true)
            walk(0, text, at: start, from: start, end: text.clauseEnds[start], gapWords: &gapWords, found: &found, into: &hits)
        }
        return hits
    }

    private func walk(
        _ index: Int, _ text: SafetyText, at position: Int, from start: Int, end: Int,
        gapWords: inout [Int], found: inout Set<Found>, into hits: inout [Hit]
    ) {
        let node = nodes[index]
        if index != 0 {
            for phrase in node.phrases where found.insert(Found(phrase: phrase, end: position)).inserted {
                hits.append(Hit(phrase: phrase, range: start..<position, gapWords: gapWords))
            }
        }
        guard position < end else { return }
        let word = text.words[position]
        if let next = node.words[word] {
            walk(next, text, at: position + 1, from: start, end: end, gapWords: &gapWords, found: &found, into: &hits)
        }
        for (prefix, next) in node.prefixes where word.hasPrefix(prefix) {
            walk(next, text, at: position + 1, from: start, end: end, gapWords: &gapWords, found: &found, into: &hits)
        }
        // A gap is never first (the parser refuses it), so it never spans the start word.
        for (length, next) in node.gaps {
            let mark = gapWords.count
            for skipped in 0...length where position + skipped <= end {
                if skipped > 0 { gapWords.append(position + skipped - 1) }
                walk(next, text, at: position + skipped, from: start, end: end, gapWords: &gapWords, found: &found, into: &hits)
            }
            gapWords.removeSubrange(mark...)
        }
    }
}
