import AjarEngine
import Yams

extension ScriptParser {
    static let responseKeys = ["say", "set", "goto", "repeat", "remind", "cancel_reminders", "snooze_reminders", "end", "handoff"]
    static let reminderKeys = ["in", "at", "text"]

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
        if let entry = fields["snooze_reminders"], let seconds = parseDuration(entry, "'snooze_reminders'") {
            response.effects.append(.snoozeReminders(seconds: seconds))
        }
        let goto = fields["goto"]
        let handoff = fields["handoff"]
        if let goto, let target = stateName(goto) { response.target = target.value }
        if let entry = fields["repeat"], bool(entry) == true {
            if let other = goto ?? handoff {
                report(.conflictingKeys, at: location(entry.keyNode), "\(what) has both 'repeat: true' and '\(other.key)'",
                       hint: "'repeat' asks the current question again; remove one")
            }
            response.repeatsQuestion = true
        }
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

    /// `remind: { in: DURATION, text: TEMPLATE }` or `remind: { at: TIME, text: TEMPLATE }`.
    mutating func parseReminder(_ entry: Fields.Entry) -> EffectTemplate? {
        guard let fields = fields(entry.value, "'remind'", allowed: Self.reminderKeys) else { return nil }
        var seconds: Int?
        var time: ReminderTime?
        let inEntry = fields["in"]
        let atEntry = fields["at"]
        if let inEntry, let atEntry {
            report(.conflictingKeys, at: location(atEntry.keyNode), "'remind' has both 'in' and 'at'",
                   hint: "'in' is a delay, 'at' a time of day: keep one")
        }
        if let inEntry {
            seconds = parseDuration(inEntry, "'in'")
        } else if let atEntry {
            time = parseTime(atEntry)
        } else {
            reportMissing(in: fields, "'remind' needs 'in' (a delay, e.g. '3d') or 'at' (a time, e.g. 'tomorrow 19:00')")
        }
        var text: Template?
        if let entry = fields["text"] {
            text = parseTemplate(entry.value, "the reminder's text", at: location(entry))
        } else {
            reportMissing(in: fields, "'remind' needs 'text' (what to say)")
        }
        guard let text else { return nil }
        if let seconds { return .remind(afterSeconds: seconds, text: text) }
        if let time { return .remindAt(time, text: text) }
        return nil
    }

    /// A duration value (`in: "3d"`, `snooze_reminders: "1h"`), reported when invalid.
    mutating func parseDuration(_ entry: Fields.Entry, _ what: String) -> Int? {
        parseScalar(entry, what, "a duration such as '3d'", code: .invalidDuration, noun: "duration", DurationParser.parse)
    }

    /// `at: "tomorrow 19:00"`, reported when invalid.
    mutating func parseTime(_ entry: Fields.Entry) -> ReminderTime? {
        parseScalar(entry, "'at'", "a time such as 'tomorrow 19:00'", code: .invalidTime, noun: "time", ReminderTimeParser.parse)
    }

    /// A scalar read by one of the syntax parsers; a non-scalar is reported as `what` not being
    /// `expected`, a parse error as an invalid `noun` at the offending column.
    private mutating func parseScalar<Value>(
        _ entry: Fields.Entry, _ what: String, _ expected: String, code: DiagnosticCode, noun: String,
        _ parse: (String) -> Result<Value, SyntaxError>
    ) -> Value? {
        guard let scalar = entry.value.scalar, !Self.isNull(entry.value) else {
            report(.wrongType, at: location(entry), "\(what) must be \(expected), not \(Self.kind(entry.value))")
            return nil
        }
        switch parse(scalar.string) {
        case .success(let value):
            return value
        case .failure(let error):
            report(code, at: location(in: entry.value, offset: error.offset),
                   "invalid \(noun) '\(scalar.string)': \(error.message)", hint: error.hint)
            return nil
        }
    }
}
