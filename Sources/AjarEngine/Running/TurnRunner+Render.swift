/// Templates and conditions, read against this turn's variables.
extension TurnRunner {
    /// A variable's value: this match's captures, then the built-in `input`, then the session's
    /// variables, then the dialogue's defaults, else "".
    func value(of name: String, captures: [Capture] = []) -> String {
        if let capture = captures.last(where: { $0.name == name }) { return capture.value }
        if name == "input" { return input?.trimmedText ?? "" }
        if let value = session.variables[name] { return value }
        return program.defaults[name] ?? ""
    }

    /// Sets a session variable. A value equal to the dialogue's default (or "" with none) is not
    /// kept: reading it gives the same either way, and the stored session stays small (a `notice:`
    /// rule that resets a scratch variable every turn stores nothing).
    mutating func assign(_ name: String, _ value: String) {
        session.variables[name] = value == (program.defaults[name] ?? "") ? nil : value
    }

    /// The template's text; `captures` come before every other value (a `notice:` rule's match).
    func render(_ template: Template, captures: [Capture] = []) -> String {
        if template.parts.count == 1, case .text(let text) = template.parts[0] { return text }
        var result = ""
        for part in template.parts {
            switch part {
            case .text(let text):
                // "{input|brief}. Next sentence" on a cut answer: "…", not "….".
                result += text.hasPrefix(".") && !text.hasPrefix("..") && result.hasSuffix("…") ? String(text.dropFirst()) : text
            case .variable(let name, let filters):
                var value = value(of: name, captures: captures)
                for filter in filters { value = apply(filter, to: value) }
                result += value
            }
        }
        return result
    }

    private func apply(_ filter: Filter, to value: String) -> String {
        switch filter {
        case .reflect: program.reflector.reflect(value)
        case .lowercase: value.lowercased()
        case .uppercase: value.uppercased()
        case .capitalize: value.prefix(1).uppercased() + value.dropFirst()
        case .clause: Filter.trimmedClause(value)
        case .brief: Filter.brief(value)
        }
    }

    /// Whether `condition` holds. "Set" means the value (defaults included) is not empty; `equals`
    /// ignores case, like matching does, so "Husband" and "WIFE" are found in a list of nouns.
    func holds(_ condition: Condition, captures: [Capture] = []) -> Bool {
        switch condition {
        case .isSet(let name): !value(of: name, captures: captures).isEmpty
        case .isUnset(let name): value(of: name, captures: captures).isEmpty
        case .equals(let name, let expected): Self.equalIgnoringCase(value(of: name, captures: captures), expected)
        case .notEquals(let name, let expected): !Self.equalIgnoringCase(value(of: name, captures: captures), expected)
        case .all(let conditions): conditions.allSatisfy { holds($0, captures: captures) }
        case .any(let conditions): conditions.contains { holds($0, captures: captures) }
        }
    }

    /// Conditions run on every input (`notice:` rules): equal strings skip the lower-casing.
    private static func equalIgnoringCase(_ value: String, _ expected: String) -> Bool {
        value == expected || value.lowercased() == expected.lowercased()
    }
}
