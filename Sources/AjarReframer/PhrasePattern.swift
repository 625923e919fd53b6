/// A question-opener pattern from the rule tables, matched against the start of a token list.
///
/// Syntax, one element per space-separated item: a word; `a|b|c` alternatives; `{class}` any word
/// of a word class; a trailing `?` makes an item optional and `*` lets it repeat; `[a b]` is an
/// optional group. `"how {modal} {questionSubject} {openerAdverb}*"` matches "how can i even".
struct PhrasePattern: Sendable {
    indirect enum Element: Sendable {
        case word(Set<String>)
        case optional([Element])
        case repeated(Set<String>)
    }

    let elements: [Element]

    init(_ source: String, classes: [String: Set<String>]) {
        var items = Substring(source).split(separator: " ").map(String.init)[...]
        elements = Self.parse(&items, classes: classes)
    }

    private static func parse(_ items: inout ArraySlice<String>, classes: [String: Set<String>]) -> [Element] {
        var elements: [Element] = []
        while var item = items.popFirst() {
            if item == "]" { break }
            if item.hasPrefix("[") {
                item.removeFirst()
                var group: [Element] = []
                var closes = false
                if item.hasSuffix("]") {
                    item.removeLast()
                    closes = true
                }
                if !item.isEmpty { group.append(.word(words(item, classes))) }
                if !closes { group += parseGroupTail(&items, classes: classes) }
                elements.append(.optional(group))
                continue
            }
            if item.hasSuffix("*") {
                elements.append(.repeated(words(String(item.dropLast()), classes)))
            } else if item.hasSuffix("?") && item.count > 1 {
                elements.append(.optional([.word(words(String(item.dropLast()), classes))]))
            } else {
                elements.append(.word(words(item, classes)))
            }
        }
        return elements
    }

    /// The rest of a `[ ... ]` group after its first item.
    private static func parseGroupTail(_ items: inout ArraySlice<String>, classes: [String: Set<String>]) -> [Element] {
        var group: [Element] = []
        while var item = items.popFirst() {
            var closes = false
            if item.hasSuffix("]") {
                item.removeLast()
                closes = true
            }
            if !item.isEmpty {
                if item.hasSuffix("?") && item.count > 1 {
                    group.append(.optional([.word(words(String(item.dropLast()), classes))]))
                } else if item.hasSuffix("*") {
                    group.append(.repeated(words(String(item.dropLast()), classes)))
                } else {
                    group.append(.word(words(item, classes)))
                }
            }
            if closes { break }
        }
        return group
    }

    /// The words an item stands for: `{class}` or `a|b`.
    private static func words(_ item: String, _ classes: [String: Set<String>]) -> Set<String> {
        var result = Set<String>()
        for alternative in item.split(separator: "|") {
            if alternative.hasPrefix("{") && alternative.hasSuffix("}") {
                result.formUnion(classes[String(alternative.dropFirst().dropLast())] ?? [])
            } else {
                result.insert(alternative.lowercased())
            }
        }
        return result
    }

    /// Every index just past a match that starts at `start`, longest first.
    func matchEnds(in tokens: [Token], from start: Int) -> [Int] {
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
        case .word(let words):
            if index < tokens.count, tokens[index].isWord, words.contains(tokens[index].lower) {
                match(rest, tokens, index + 1, found)
            }
        case .repeated(let words):
            var next = index
            match(rest, tokens, next, found)
            while next < tokens.count, tokens[next].isWord, words.contains(tokens[next].lower) {
                next += 1
                match(rest, tokens, next, found)
            }
        case .optional(let group):
            match(rest, tokens, index, found)
            match(group[...], tokens, index) { end in match(rest, tokens, end, found) }
        }
    }
}
