/// One phrase of the safety data, parsed: `(took|swallowed) ... pills`, `kill* myself`,
/// `<partner> [has|keeps] hit me`. See `config/safety/en.yaml` for the syntax.
///
/// A phrase is expanded once, when the data is loaded, into plain sequences of ``Element``s, so
/// matching a message is only dictionary look-ups and word comparisons.
struct PhrasePattern: Sendable {
    /// One position of an expanded phrase.
    enum Element: Sendable, Hashable {
        /// Exactly this word.
        case word(String)
        /// Any word starting with this text (`kill*`).
        case prefix(String)
        /// Up to this many other words of the same clause (`...`).
        case gap(Int)
    }

    /// The most words `...` stands for.
    static let gapLength = 3
    /// The most sequences one phrase may expand to, so a typo cannot eat the memory.
    static let maximumExpansions = 20_000

    /// The phrase's alternatives, each a plain sequence.
    let sequences: [[Element]]

    /// Parses and expands `text`. `groups` are the `<name>` phrases, already parsed;
    /// `contractions` rewrite a phrase's own words the way a message's words are rewritten.
    init(_ text: String, groups: [String: [[Element]]], contractions: [String: [String]]) throws(SafetyDataError) {
        var parser = Parser(text: Array(text), source: text)
        let tree = try parser.parseSequence(until: nil)
        var sequences = try Self.expand(tree, groups: groups, contractions: contractions, source: text)
        sequences.removeAll { $0.isEmpty }
        guard !sequences.isEmpty else { throw SafetyDataError("the phrase '\(text)' has no words") }
        for sequence in sequences {
            if case .gap = sequence.first { throw SafetyDataError("the phrase '\(text)' may not start with '...'") }
            if case .gap = sequence.last { throw SafetyDataError("the phrase '\(text)' may not end with '...'") }
        }
        self.sequences = sequences
    }

    // MARK: Syntax tree

    indirect enum Node {
        case word(String)
        case prefix(String)
        case gap
        case group(String)
        case choice([[Node]], optional: Bool)
    }

    struct Parser {
        let text: [Character]
        let source: String
        var position = 0

        mutating func parseSequence(until terminators: Set<Character>?) throws(SafetyDataError) -> [Node] {
            var nodes: [Node] = []
            while position < text.count {
                let character = text[position]
                if let terminators, terminators.contains(character) { return nodes }
                switch character {
                case " ", "\t":
                    position += 1
                case "(", "[":
                    position += 1
                    let close: Character = character == "(" ? ")" : "]"
                    var alternatives: [[Node]] = []
                    while true {
                        alternatives.append(try parseSequence(until: ["|", close]))
                        guard position < text.count else { throw error("'\(character)' is never closed") }
                        position += 1
                        if text[position - 1] == close { break }
                    }
                    nodes.append(.choice(alternatives, optional: character == "["))
                case "<":
                    position += 1
                    var name = ""
                    while position < text.count, text[position] != ">" {
                        name.append(text[position])
                        position += 1
                    }
                    guard position < text.count else { throw error("'<' is never closed") }
                    position += 1
                    nodes.append(.group(name))
                case ")", "]", "|", ">":
                    throw error("unexpected '\(character)'")
                default:
                    var word = ""
                    while position < text.count, !" \t()[]|<>".contains(text[position]) {
                        word.append(text[position])
                        position += 1
                    }
                    if word == "..." {
                        nodes.append(.gap)
                    } else if word.hasSuffix("*"), word.count > 1 {
                        nodes.append(.prefix(SafetyText.normalise(word.dropLast())))
                    } else {
                        nodes.append(.word(SafetyText.normalise(word)))
                    }
                }
            }
            if terminators != nil { throw error("a bracket is never closed") }
            return nodes
        }

        func error(_ message: String) -> SafetyDataError {
            SafetyDataError("invalid phrase '\(source)': \(message)")
        }
    }

    // MARK: Expansion

    private static func expand(
        _ nodes: [Node], groups: [String: [[Element]]], contractions: [String: [String]], source: String
    ) throws(SafetyDataError) -> [[Element]] {
        var results: [[Element]] = [[]]
        for node in nodes {
            let options: [[Element]]
            switch node {
            case .word(let word):
                options = [(contractions[word] ?? [word]).map(Element.word)]
            case .prefix(let prefix):
                options = [[.prefix(prefix)]]
            case .gap:
                options = [[.gap(gapLength)]]
            case .group(let name):
                guard let group = groups[name] else { throw SafetyDataError("the phrase '\(source)' names an unknown group <\(name)>") }
                options = group
            case .choice(let alternatives, let optional):
                var expanded: [[Element]] = optional ? [[]] : []
                for alternative in alternatives {
                    expanded += try expand(alternative, groups: groups, contractions: contractions, source: source)
                }
                options = expanded
            }
            guard results.count * options.count <= maximumExpansions else {
                throw SafetyDataError("the phrase '\(source)' has too many alternatives (over \(maximumExpansions))")
            }
            results = results.flatMap { prefix in options.map { prefix + $0 } }
        }
        return results
    }
}

/// A problem in the safety data: the layer refuses to start rather than run half-blind.
public struct SafetyDataError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
