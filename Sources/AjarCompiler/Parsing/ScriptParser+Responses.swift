import AjarEngine
import Yams

extension ScriptParser {
    static let responseKeys = ["say", "set", "goto", "remind", "cancel_reminders", "end", "handoff"]
    static let reminderKeys = ["in", "text"]

    /// A response written as a mapping of its own (`skip:`, `fallback:`, `then:`).
    mutating func parseResponse(_ node: Node, _ what: String, at location: SourceLocation) -> Response? {
        guard node.mapping != nil else {
            report(.wrongType, at: location, "\(what) must be a response (a mapping with 'say', 'goto'...), not \(Self.kind(node))",
                   hint: node.scalar != nil && !Self.isNull(node) ? "write '{ goto: \(node.scalar?.string ?? "") }'" : nil)
            return nil
        }
        guard let fields = fields(node, what, allowed: Self.responseKeys) else { return nil }
        return parseResponse(fields: fields, what)
    }

    /// The response keys of a mapping whose other keys were already checked (options, transitions).
    mutating func parseResponse(fields: Fields, _ what: String) -> Response {
        var response = Response()
        if let entry = fields["say"] { response.say = parseLines(entry) }
        if let entry = fields["set"] { response.assignments = parseAssignments(entry) }
        if let entry = fields["remind"], let effect = parseReminder(entry) { response.effects.append(effect) }
        if let entry = fields["cancel_reminders"], bool(entry) == true { response.effects.append(.cancelReminders) }
        let goto = fields["goto"]
        let handoff = fields["handoff"]
        if let goto, let target = stateName(goto) { response.target = target.value }
        if let handoff, let target = stateName(handoff) {
            if let goto {
                report(.conflictingKeys, at: location(handoff.keyNode), "\(what) has both 'goto' and 'handoff'",
                       hint: "'handoff' already goes to its state: remove '\(goto.key)'")
            }
            response.target = target.value
            response.effects.append(.handoff(to: target.value))
        }
        if let end = fields["end"], bool(end) == true {
            if let other = goto ?? handoff {
                report(.conflictingKeys, at: location(end.keyNode), "\(what) has both 'end: true' and '\(other.key)'",
                       hint: "the conversation cannot end and go on: remove one")
            }
            response.effects.append(.end)
        }
        return response
    }

    /// `set: { name: template }`.
    mutating func parseAssignments(_ entry: Fields.Entry) -> [Assignment] {
        var assignments: [Assignment] = []
        for named in namedEntries(entry) {
            guard Identifier.isValid(named.key) else {
                report(.invalidValue, named.keyNode, "invalid variable name '\(named.key)'", hint: "use letters, digits and '_'")
                continue
            }
            file.references.definedVariables.insert(named.key)
            // `set: { name: }` clears the variable.
            let value = Self.isNull(named.value)
                ? Template(parts: [])
                : parseTemplate(named.value, "the value of '\(named.key)'", at: location(named.value), allowEmpty: true)
            if let value { assignments.append(Assignment(variable: named.key, value: value)) }
        }
        return assignments
    }

    /// `remind: { in: DURATION, text: TEMPLATE }`.
    mutating func parseReminder(_ entry: Fields.Entry) -> EffectTemplate? {
        guard let fields = fields(entry.value, "'remind'", allowed: Self.reminderKeys) else { return nil }
        var seconds: Int?
        if let entry = fields["in"] {
            if let scalar = entry.value.scalar, !Self.isNull(entry.value) {
                switch DurationParser.parse(scalar.string) {
                case .success(let value):
                    seconds = value
                case .failure(let error):
                    report(.invalidDuration, at: location(in: entry.value, offset: error.offset),
                           "invalid duration '\(scalar.string)': \(error.message)", hint: error.hint)
                }
            } else {
                report(.wrongType, at: location(entry), "'in' must be a duration such as '3d', not \(Self.kind(entry.value))")
            }
        } else {
            reportMissing(in: fields, "'remind' needs 'in' (when, e.g. '3d')")
        }
        var text: Template?
        if let entry = fields["text"] {
            text = parseTemplate(entry.value, "the reminder's text", at: location(entry))
        } else {
            reportMissing(in: fields, "'remind' needs 'text' (what to say)")
        }
        guard let seconds, let text else { return nil }
        return .remind(afterSeconds: seconds, text: text)
    }
}
