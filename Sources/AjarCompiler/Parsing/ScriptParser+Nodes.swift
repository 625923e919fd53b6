import AjarEngine
import Yams

/// The keys of one YAML mapping, checked against the keys allowed there.
struct Fields {
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    var entries: [Entry]
    /// Where the mapping starts.
    var node: Node
    /// Some key was unknown (and reported): a "missing" key is then likely that typo, not reported again.
    var hasUnknownKeys = false

    subscript(key: String) -> Entry? {
        entries.first { $0.key == key }
    }
}

extension ScriptParser {
    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file.path, line: max(1, node.mark?.line ?? 1), column: max(1, node.mark?.column ?? 1))
    }

    /// Where to point for a problem with `entry`'s value: the value, or its key when the value is empty.
    func location(_ entry: Fields.Entry) -> SourceLocation {
        Self.isNull(entry.value) && entry.value.scalar?.string.isEmpty == true ? location(entry.keyNode) : location(entry.value)
    }

    /// The position `offset` scalars into a scalar's text: exact when the scalar is written on one
    /// line as it reads (plain, or quoted with no escapes before `offset`), else the scalar's start.
    func location(in node: Node, offset: Int) -> SourceLocation {
        let start = location(node)
        guard let scalar = node.scalar, let line = source.line(start.line) else { return start }
        let quote: Int
        switch scalar.style {
        case .plain, .any: quote = 0
        case .singleQuoted, .doubleQuoted: quote = 1
        case .literal, .folded: return start
        }
        let written = line.dropFirst(start.column - 1 + quote).prefix(offset)
        let value = scalar.string.unicodeScalars.prefix(offset)
        guard written.count == offset, written.elementsEqual(value) else { return start }
        return SourceLocation(file: start.file, line: start.line, column: start.column + quote + offset)
    }

    mutating func report(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, hint: String? = nil) {
        file.diagnostics.append(Diagnostic(code, at: location, message, hint: hint))
    }

    /// Reports a missing key, unless the mapping has an unknown key that is probably it, misspelt.
    mutating func reportMissing(in fields: Fields, at location: SourceLocation? = nil, _ message: String, hint: String? = nil) {
        guard !fields.hasUnknownKeys else { return }
        report(.missingKey, at: location ?? self.location(fields.node), message, hint: hint)
    }

    mutating func report(_ code: DiagnosticCode, _ node: Node, _ message: String, hint: String? = nil) {
        report(code, at: location(node), message, hint: hint)
    }

    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How a node reads in a message: "a list", "a mapping", "nothing"...
    static func kind(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar: return isNull(node) ? "nothing" : "a string"
        }
    }

    /// The mapping in `node`, its keys checked against `allowed`. Reports and returns `nil` when
    /// `node` is not a mapping.
    mutating func fields(_ node: Node, _ what: String, allowed: [String]) -> Fields? {
        guard let mapping = node.mapping else {
            report(.wrongType, node, "\(what) must be a mapping, not \(Self.kind(node))")
            return nil
        }
        var fields = Fields(entries: [], node: node)
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string, !Self.isNull(keyNode) else {
                report(.wrongType, keyNode, "a key in \(what) must be a name, not \(Self.kind(keyNode))")
                fields.hasUnknownKeys = true
                continue
            }
            guard allowed.contains(key) else {
                report(.unknownKey, keyNode, "unknown key '\(key)' in \(what)", hint: Suggestion.hint(for: key, among: allowed))
                fields.hasUnknownKeys = true
                continue
            }
            fields.entries.append(Fields.Entry(key: key, keyNode: keyNode, value: value))
        }
        return fields
    }

    /// The pairs of a mapping whose keys are names chosen by the author (states, intents, variables).
    mutating func namedEntries(_ entry: Fields.Entry) -> [Fields.Entry] {
        if Self.isNull(entry.value) { return [] }
        guard let mapping = entry.value.mapping else {
            report(.wrongType, at: location(entry), "'\(entry.key)' must be a mapping of names, not \(Self.kind(entry.value))")
            return []
        }
        var entries: [Fields.Entry] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string, !Self.isNull(keyNode), !key.trimmingSpaces.isEmpty else {
                report(.wrongType, keyNode, "a name under '\(entry.key)' must be a non-empty string, not \(Self.kind(keyNode))")
                continue
            }
            entries.append(Fields.Entry(key: key, keyNode: keyNode, value: value))
        }
        return entries
    }

    /// A scalar as text; numbers and booleans read as written. Reports lists, mappings and nothing.
    mutating func string(_ entry: Fields.Entry) -> Located<String>? {
        string(entry.value, "'\(entry.key)'", at: location(entry))
    }

    mutating func string(_ node: Node, _ what: String, at location: SourceLocation? = nil) -> Located<String>? {
        guard let scalar = node.scalar, !Self.isNull(node) else {
            report(.wrongType, at: location ?? self.location(node), "\(what) must be a string, not \(Self.kind(node))")
            return nil
        }
        return Located(value: scalar.string, location: self.location(node))
    }

    /// A state's name (for `goto`, `next`, `handoff`, `start`, `resume`), recorded as a reference.
    mutating func stateName(_ entry: Fields.Entry, record: Bool = true) -> Located<StateID>? {
        guard let name = string(entry) else { return nil }
        if record { file.references.states.append(Located(value: .init(name.value), location: name.location)) }
        return Located(value: .init(name.value), location: name.location)
    }

    mutating func bool(_ entry: Fields.Entry) -> Bool? {
        if let scalar = entry.value.scalar, scalar.style == .plain {
            switch scalar.string {
            case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
            case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
            default: break
            }
        }
        report(.wrongType, at: location(entry), "'\(entry.key)' must be true or false, not \(Self.describe(entry.value))")
        return nil
    }

    mutating func int(_ entry: Fields.Entry) -> Int? {
        if let scalar = entry.value.scalar, scalar.style == .plain, let value = Int(scalar.string) {
            return value
        }
        report(.wrongType, at: location(entry), "'\(entry.key)' must be a whole number, not \(Self.describe(entry.value))")
        return nil
    }

    /// The items of a list; a single scalar counts as a list of one when `single` is allowed.
    mutating func list(_ entry: Fields.Entry, single: Bool = false) -> [Node]? {
        if let sequence = entry.value.sequence { return Array(sequence) }
        if single, entry.value.scalar != nil, !Self.isNull(entry.value) { return [entry.value] }
        report(.wrongType, at: location(entry), "'\(entry.key)' must be a list, not \(Self.kind(entry.value))")
        return nil
    }

    static func describe(_ node: Node) -> String {
        if let scalar = node.scalar, !isNull(node) {
            let text = scalar.string.count > 30 ? String(scalar.string.prefix(30)) + "..." : scalar.string
            return "'\(text)'"
        }
        return kind(node)
    }
}
