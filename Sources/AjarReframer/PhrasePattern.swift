/// A question-opener pattern from the rule tables, matched against the start of a token list.
///
/// Syntax, one element per space-separated item: a word; `a|b|c` alternatives; `{class}` any word
/// of a word class; a trailing `?` makes an item optional and `*` lets it repeat; `[a b]` is an
/// optional group. `"how {modal} {questionSubject} {openerAdverb}*"` matches "how can i even".
struct PhrasePattern: Sendable {
    /// Which words one item accepts: listed words, or words in the classes of a mask.
    struct Matcher: Sendable {
        var words: Set<String> = []
        var mask: UInt64 = 0

        func matches(_ token: Token) -> Bool {
            token.isWord && (token.classes & mask != 0 || (!words.isEmpty && words.contains(token.lower)))
        }
    }

    indirect enum Element: Sendable {
        case word(Matcher)
        case repeated(Matcher)
        case optional([Element])
    }

    let elements: [Element]
    /// The matchers one of which the first token must pass; nil when the pattern may match nothing.
    private let first: [Matcher]?

    init(_ source: String, grammar: Grammar) {
        var items = source.split(separator: " ").map(String.init)[...]
        elements = Self.parse(&items, grammar: grammar)
        first = Self.firstMatchers(elements[...])
    }

    private static func parse(_ items: inout ArraySlice<String>, grammar: Grammar) -> [Element] {
        var elements: [Element] = []
        while var item = items.popFirst() {
            var closes = false
            if item.hasSuffix("]") {
                item.removeLast()
                closes = true
            }
            if item.hasPrefix("[") {
                item.removeFirst()
                var group: [Element] = []
                if !item.isEmpty { group.append(element(item, grammar)) }
                if !closes { group += parse(&items, grammar: grammar) }
                elements.append(.optional(group))
                continue
            }
            if !item.isEmpty { elements.append(element(item, grammar)) }
            if closes { break }
        }
        return elements
    }

    private static func element(_ item: String, _ grammar: Grammar) -> Element {
        if item.count > 1 && item.hasSuffix("*") { return .repeated(matcher(String(item.dropLast()), grammar)) }
        if item.count > 1 && item.hasSuffix("?") { return .optional([.word(matcher(String(item.dropLast()), grammar))]) }
        return .word(matcher(item, grammar))
    }

    /// The words an item stands for: `{class}` or `a|b`.
    private static func matcher(_ item: String, _ grammar: Grammar) -> Matcher {
        var matcher = Matcher()
        for alternative in item.split(separator: "|") {
            if alternative.hasPrefix("{") && alternative.hasSuffix("}") {
                let name = String(alternative.dropFirst().dropLast())
                if let bit = grammar.bitsByName[name] {
                    matcher.mask |= bit
                } else {
                    matcher.words.formUnion(grammar.overflowClasses[name] ?? [])
                }
            } else {
                matcher.words.insert(alternative.lowercased())
            }
        }
        return matcher
    }

    private static func firstMatchers(_ elements: ArraySlice<Element>) -> [Matcher]? {
        guard let element = elements.first else { return nil }
        switch element {
        case .word(let matcher):
            return [matcher]
        case .repeated(let matcher):
            return firstMatchers(elements.dropFirst()).map { $0 + [matcher] }
        case .optional(let group):
            guard let inGroup = firstMatchers(group[...]), let after = firstMatchers(elements.dropFirst()) else { return nil }
            return inGroup + after
        }
    }

    /// Every index just past a match that starts at `start`, longest first.
    func matchEnds(in tokens: [Token], from start: Int) -> [Int] {
        if let first {
            guard start < tokens.count, first.contains(where: { $0.matches(tokens[start]) }) else { return [] }
        }
        var ends: [Int] = []
        Self.match(elements[...], tokens, start) { end in
            if !ends.contains(end) { ends.append(end) }
        }
        return ends.sorted(by: >)
    }

    private static func match(_ elements: ArraySlice<Element>, _ tokens: [Token], _ index: Int, _ found: (Int) -> Void) {
        guard let element = elements.first else {
            found(index)
            return
        }
        let rest = elements.dropFirst()
        switch element {
        case .word(let matcher):
            if index < tokens.count, matcher.matches(tokens[index]) {
                match(rest, tokens, index + 1, found)
            }
        case .repeated(let matcher):
            var next = index
            match(rest, tokens, next, found)
            while next < tokens.count, matcher.matches(tokens[next]) {
                next += 1
                match(rest, tokens, next, found)
            }
        case .optional(let group):
            match(rest, tokens, index, found)
            match(group[...], tokens, index) { end in match(rest, tokens, end, found) }
        }
    }
}
