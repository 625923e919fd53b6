/// A reframe template ("What is keeping {person} from {action}?"), split once into its parts.
struct Template: Sendable {
    private enum Part: Sendable {
        case text(String)
        case person
        case action
    }

    private let parts: [Part]

    init(_ source: String) {
        // Single spaces, so a filled template has no doubled ones.
        var rest = Substring(source.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        var parts: [Part] = []
        while let open = rest.firstIndex(of: "{") {
            if let close = rest[open...].firstIndex(of: "}") {
                let name = rest[rest.index(after: open)..<close]
                if name == "person" || name == "action" {
                    if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
                    parts.append(name == "person" ? .person : .action)
                    rest = rest[rest.index(after: close)...]
                    continue
                }
            }
            parts.append(.text(String(rest[...open])))
            rest = rest[rest.index(after: open)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    /// The question: the parts filled in, the first letter capitalised, one question mark at the end.
    func question(person: String, action: String) -> String {
        var question = ""
        for part in parts {
            switch part {
            case .text(let text): question += text
            case .person: question += person
            case .action: question += action
            }
        }
        while let last = question.last, last == "?" || last == "." || last.isWhitespace { question.removeLast() }
        while let first = question.first, first.isWhitespace { question.removeFirst() }
        if let first = question.first, first.isLowercase { question = first.uppercased() + question.dropFirst() }
        return question + "?"
    }
}
