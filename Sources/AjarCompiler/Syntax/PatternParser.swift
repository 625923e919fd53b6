public import AjarEngine

/// Parses the pattern syntax of scripts into a ``Pattern``.
///
/// `word`, `*`, `{name}`, `[optional words]`, `(a | b c | d)`, nested. Words are normalised with
/// ``Normalizer/words(_:)`` so they compare equal to the engine's tokens ("Don't" -> "don't").
///
/// ```swift
/// let pattern = try PatternParser.parse("* my {plant} (is|keeps) wilting *").get()
/// ```
public enum PatternParser {
    /// Brackets nest at most this deep.
    public static let maximumNesting = 16

    /// The pattern written in `source`, or where and why it cannot be parsed.
    public static func parse(_ source: String) -> Result<Pattern, SyntaxError> {
        var parser = Parser(scalars: Array(source.unicodeScalars))
        do throws(SyntaxError) {
            let elements = try parser.sequence(depth: 0, until: [])
            guard !elements.isEmpty else {
                throw SyntaxError("the pattern has no words", at: 0, hint: "write words, '*' or '{name}'")
            }
            return .success(Pattern(elements: elements, source: source))
        } catch {
            return .failure(error)
        }
    }

    /// The names a pattern captures (`{name}`), in order.
    public static func captures(in elements: [Pattern.Element]) -> [String] {
        elements.flatMap { element -> [String] in
            switch element {
            case .capture(let name): [name]
            case .optional(let inner): captures(in: inner)
            case .alternatives(let alternatives): alternatives.flatMap(captures(in:))
            case .word, .wildcard: []
            }
        }
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        static let special: Set<Unicode.Scalar> = ["*", "{", "}", "[", "]", "(", ")", "|"]

        mutating func sequence(depth: Int, until terminators: Set<Unicode.Scalar>) throws(SyntaxError) -> [Pattern.Element] {
            var elements: [Pattern.Element] = []
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar.properties.isWhitespace {
                    index += 1
                    continue
                }
                if terminators.contains(scalar) { return elements }
                switch scalar {
                case "*":
                    elements.append(.wildcard)
                    index += 1
                case "{":
                    elements.append(try capture())
                case "[":
                    elements.append(try optional(depth: depth))
                case "(":
                    elements.append(try alternatives(depth: depth))
                case "]", ")":
                    throw SyntaxError("unexpected '\(scalar)' with no matching opening bracket", at: index)
                case "}":
                    throw SyntaxError("unexpected '}' with no matching '{'", at: index)
                case "|":
                    throw SyntaxError("'|' separates alternatives only inside '(...)'", at: index, hint: "write '(a|b)'")
                default:
                    let start = index
                    while index < scalars.count, !Self.special.contains(scalars[index]), !scalars[index].properties.isWhitespace {
                        index += 1
                    }
                    let run = String(String.UnicodeScalarView(scalars[start..<index]))
                    elements += Normalizer.words(run).map(Pattern.Element.word)
                }
            }
            return elements
        }

        mutating func capture() throws(SyntaxError) -> Pattern.Element {
            let open = index
            index += 1
            let start = index
            while index < scalars.count, scalars[index] != "}" {
                if Self.special.contains(scalars[index]) {
                    throw SyntaxError("unclosed '{': a capture is '{name}'", at: open)
                }
                index += 1
            }
            guard index < scalars.count else { throw SyntaxError("unclosed '{': a capture is '{name}'", at: open) }
            let name = String(String.UnicodeScalarView(scalars[start..<index])).trimmingSpaces
            index += 1
            guard !name.isEmpty else { throw SyntaxError("empty capture '{}': name the variable it sets", at: open) }
            guard Identifier.isValid(name) else {
                throw SyntaxError("invalid capture name '\(name)'", at: start, hint: "use letters, digits and '_'")
            }
            return .capture(name)
        }

        mutating func optional(depth: Int) throws(SyntaxError) -> Pattern.Element {
            let open = index
            guard depth < PatternParser.maximumNesting else { throw SyntaxError("brackets nest more than \(PatternParser.maximumNesting) deep", at: open) }
            index += 1
            let inner = try sequence(depth: depth + 1, until: ["]"])
            guard index < scalars.count else { throw SyntaxError("unclosed '['", at: open) }
            index += 1
            guard !inner.isEmpty else { throw SyntaxError("empty optional '[]'", at: open) }
            return .optional(inner)
        }

        mutating func alternatives(depth: Int) throws(SyntaxError) -> Pattern.Element {
            let open = index
            guard depth < PatternParser.maximumNesting else { throw SyntaxError("brackets nest more than \(PatternParser.maximumNesting) deep", at: open) }
            index += 1
            var alternatives: [[Pattern.Element]] = []
            while true {
                let start = index
                let alternative = try sequence(depth: depth + 1, until: ["|", ")"])
                guard index < scalars.count else { throw SyntaxError("unclosed '('", at: open) }
                guard !alternative.isEmpty else {
                    throw SyntaxError("empty alternative", at: start, hint: "use '[...]' for optional words")
                }
                alternatives.append(alternative)
                let separator = scalars[index]
                index += 1
                if separator == ")" { return .alternatives(alternatives) }
            }
        }
    }
}
