import AjarEngine
import Yams

extension ScriptParser {
    static let conditionKeys = ["set", "unset", "equals", "not_equals", "all", "any"]
    /// `all:`/`any:` nest at most this deep.
    static let maximumConditionNesting = 32

    /// `if:` as a variable name, or `{set|unset: name}`, `{equals|not_equals: {name: value}}`,
    /// `{all|any: [condition, ...]}`. Every problem is reported as an invalid condition.
    mutating func parseCondition(_ node: Node, depth: Int) -> Condition? {
        if let scalar = node.scalar, !Self.isNull(node) {
            return variableCondition(scalar.string, node) { .isSet($0) }
        }
        let usage = "a condition is a variable name or a mapping with one of: " + Self.conditionKeys.joined(separator: ", ")
        guard let mapping = node.mapping, mapping.count == 1, let (keyNode, value) = mapping.first, let key = keyNode.scalar?.string else {
            report(.invalidCondition, node, "invalid condition: expected a variable name or a mapping with one key, not \(Self.kind(node))", hint: usage)
            return nil
        }
        guard depth < Self.maximumConditionNesting else {
            report(.invalidCondition, node, "invalid condition: nested more than \(Self.maximumConditionNesting) levels deep")
            return nil
        }
        switch key {
        case "set", "unset":
            guard let scalar = value.scalar, !Self.isNull(value) else {
                report(.invalidCondition, keyNode, "invalid condition: '\(key)' takes a variable name, not \(Self.kind(value))")
                return nil
            }
            return variableCondition(scalar.string, value) { key == "set" ? .isSet($0) : .isUnset($0) }
        case "equals", "not_equals":
            guard let pairs = value.mapping, !pairs.isEmpty else {
                report(.invalidCondition, keyNode, "invalid condition: '\(key)' takes a mapping such as '{ mood: happy }', not \(Self.kind(value))")
                return nil
            }
            var conditions: [Condition] = []
            for (nameNode, expected) in pairs {
                guard let name = nameNode.scalar?.string, let text = expected.scalar?.string else {
                    report(.invalidCondition, nameNode, "invalid condition: '\(key)' compares variables with plain values")
                    continue
                }
                let compared = Self.isNull(expected) ? "" : text
                if let condition = variableCondition(name, nameNode, { key == "equals" ? .equals($0, compared) : .notEquals($0, compared) }) {
                    conditions.append(condition)
                }
            }
            guard conditions.count == pairs.count else { return nil }
            return conditions.count == 1 ? conditions[0] : .all(conditions)
        case "all", "any":
            guard let items = value.sequence, !items.isEmpty else {
                report(.invalidCondition, keyNode, "invalid condition: '\(key)' takes a non-empty list of conditions")
                return nil
            }
            let conditions = items.compactMap { parseCondition($0, depth: depth + 1) }
            guard conditions.count == items.count else { return nil }
            return key == "all" ? .all(conditions) : .any(conditions)
        default:
            report(.invalidCondition, keyNode, "invalid condition: unknown test '\(key)'",
                   hint: Suggestion.hint(for: key, among: Self.conditionKeys) ?? usage)
            return nil
        }
    }

    /// A condition on one variable, after checking its name; records the variable as read.
    private mutating func variableCondition(_ name: String, _ node: Node, _ make: (String) -> Condition) -> Condition? {
        let trimmed = name.trimmingSpaces
        guard Identifier.isValid(trimmed) else {
            report(.invalidCondition, node, "invalid condition: '\(name)' is not a variable name", hint: "use letters, digits and '_'")
            return nil
        }
        file.references.variableUses.append(Located(value: trimmed, location: location(node)))
        return make(trimmed)
    }
}
