public import AjarEngine

/// Parses line templates: text with `{name}` and `{name|filter|filter}` slots; `{{` and `}}` are
/// literal braces.
///
/// ```swift
/// let template = try TemplateParser.parse("What keeps {person|reflect} from {action}?").get()
/// ```
public enum TemplateParser {
    /// A parsed template and where each variable slot starts (for diagnostics).
    public struct Parsed: Sendable, Hashable {
        /// The parsed template.
        public var template: Template
        /// Each variable read, with the offset (in Unicode scalars) of its `{`.
        public var variables: [(name: String, offset: Int)] {
            zip(names, offsets).map { ($0, $1) }
        }
        var names: [String]
        var offsets: [Int]
    }

    /// The template written in `source`, or where and why it cannot be parsed.
    public static func parse(_ source: String) -> Result<Template, SyntaxError> {
        parseWithOffsets(source).map(\.template)
    }

    /// Like ``parse(_:)``, also telling where each variable is read.
    public static func parseWithOffsets(_ source: String) -> Result<Parsed, SyntaxError> {
        let scalars = Array(source.unicodeScalars)
        var parts: [Template.Part] = []
        var names: [String] = []
        var offsets: [Int] = []
        var text = String.UnicodeScalarView()
        var index = 0
        func flush() {
            if !text.isEmpty { parts.append(.text(String(text))) }
            text = String.UnicodeScalarView()
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar == "{", next == "{" {
                text.append("{")
                index += 2
            } else if scalar == "}", next == "}" {
                text.append("}")
                index += 2
            } else if scalar == "}" {
                return .failure(SyntaxError("unmatched '}'", at: index, hint: "write '}}' for a literal brace"))
            } else if scalar == "{" {
                let open = index
                var close = index + 1
                while close < scalars.count, scalars[close] != "}" {
                    if scalars[close] == "{" { break }
                    close += 1
                }
                guard close < scalars.count, scalars[close] == "}" else {
                    return .failure(SyntaxError("unclosed '{'", at: open, hint: "write '{{' for a literal brace"))
                }
                switch slot(scalars, from: open + 1, to: close) {
                case .failure(let error):
                    return .failure(error)
                case .success(let variable):
                    flush()
                    parts.append(variable)
                    if case .variable(let name, _) = variable {
                        names.append(name)
                        offsets.append(open)
                    }
                }
                index = close + 1
            } else {
                text.append(scalar)
                index += 1
            }
        }
        flush()
        return .success(Parsed(template: Template(parts: parts), names: names, offsets: offsets))
    }

    /// `name|filter|filter` between `start` and `end`.
    static func slot(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Result<Template.Part, SyntaxError> {
        var pieces: [(text: String, offset: Int)] = []
        var pieceStart = start
        for index in start...end where index == end || scalars[index] == "|" {
            var first = pieceStart
            while first < index, scalars[first].properties.isWhitespace { first += 1 }
            pieces.append((String(String.UnicodeScalarView(scalars[pieceStart..<index])), first))
            pieceStart = index + 1
        }
        let name = pieces[0].text.trimmingSpaces
        guard !name.isEmpty else {
            return .failure(SyntaxError("empty variable name in '{}'", at: start - 1, hint: "write '{name}', or '{{' for a literal brace"))
        }
        guard Identifier.isValid(name) else {
            return .failure(SyntaxError("invalid variable name '\(name)'", at: pieces[0].offset, hint: "use letters, digits and '_'"))
        }
        var filters: [Filter] = []
        for piece in pieces.dropFirst() {
            let word = piece.text.trimmingSpaces
            guard let filter = Filter(rawValue: word) else {
                let known = Filter.allCases.map(\.rawValue)
                let hint = Suggestion.hint(for: word, among: known) ?? "filters: " + known.joined(separator: ", ")
                return .failure(SyntaxError(word.isEmpty ? "empty filter after '|'" : "unknown filter '\(word)'", at: piece.offset, hint: hint))
            }
            filters.append(filter)
        }
        return .success(.variable(name: name, filters: filters))
    }
}
