import AjarEngine

extension DialogueGraph {
    /// Graphviz DOT: `ajar graph PATH --format dot | dot -Tpng -o graph.png`.
    public func dot() -> String {
        var lines = [
            "digraph dialogue {",
            "  rankdir=LR;",
            "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
            "  edge [fontname=\"Helvetica\", fontsize=10];",
            "  \"__start\" [shape=point, width=0.15, label=\"\"];",
        ]
        let hasGlobal = edges.contains { $0.from == nil }
        if hasGlobal {
            lines.append("  \"__any\" [label=\"any state\", shape=ellipse, style=dashed];")
        }
        for state in states {
            let shape = endStates.contains(state) ? ", shape=doubleoctagon" : ""
            lines.append("  \(Self.dotID(state.rawValue)) [label=\(Self.dotString(state.rawValue))\(shape)];")
        }
        lines.append("  \"__start\" -> \(Self.dotID(start.rawValue));")
        for edge in edges {
            let from = edge.from.map { Self.dotID($0.rawValue) } ?? "\"__any\""
            var attributes = ["label=\(Self.dotString(edge.label))"]
            switch edge.kind {
            case .input: break
            case .automatic: attributes.append("style=dashed")
            case .handoff: attributes += ["color=firebrick", "penwidth=2"]
            }
            lines.append("  \(from) -> \(Self.dotID(edge.to.rawValue)) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Mermaid flowchart, for Markdown that renders Mermaid.
    public func mermaid() -> String {
        var identifiers: [StateID: String] = [:]
        for (index, state) in states.enumerated() { identifiers[state] = "s\(index)" }
        func identifier(_ state: StateID) -> String {
            identifiers[state] ?? "missing_\(Self.mermaidSafe(state.rawValue))"
        }
        var lines = ["flowchart LR", "  start_((start))"]
        if edges.contains(where: { $0.from == nil }) {
            lines.append("  any_{{\"any state\"}}")
        }
        for state in states {
            let label = Self.mermaidString(state.rawValue)
            lines.append(endStates.contains(state) ? "  \(identifier(state))([\(label)])" : "  \(identifier(state))[\(label)]")
        }
        lines.append("  start_ --> \(identifier(start))")
        for edge in edges {
            let from = edge.from.map { identifier($0) } ?? "any_"
            let arrow = edge.kind == .automatic ? "-.->" : (edge.kind == .handoff ? "==>" : "-->")
            lines.append("  \(from) \(arrow)|\(Self.mermaidString(edge.label))| \(identifier(edge.to))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func dotID(_ name: String) -> String { dotString(name) }

    /// A DOT double-quoted string with `"` and `\` escaped and line breaks removed.
    static func dotString(_ text: String) -> String {
        quoted(text, escaping: ["\"": "\\\"", "\\": "\\\\"])
    }

    /// A Mermaid quoted label; quotes and markup characters become entity codes.
    static func mermaidString(_ text: String) -> String {
        quoted(text, escaping: ["\"": "#quot;", "|": "#124;", "<": "#lt;", ">": "#gt;"])
    }

    /// `text` in double quotes, each character in `escaping` replaced, line breaks made spaces.
    private static func quoted(_ text: String, escaping: [Character: String]) -> String {
        var escaped = "\""
        for character in text {
            if let replacement = escaping[character] {
                escaped += replacement
            } else if character.isNewline {
                escaped += " "
            } else {
                escaped.append(character)
            }
        }
        return escaped + "\""
    }

    static func mermaidSafe(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar in
            (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) && scalar.isASCII ? Character(scalar) : "_"
        })
    }
}
