import AjarEngine
import Yams

extension ScriptParser {
    static let noticeKeys = ["intent", "if", "set", "outside_quotes"]

    /// The `notice:` list: rules that only set variables. A response key (`say`, `goto`...) in a
    /// rule is reported as such, not as an unknown key, so the author learns why it cannot be there.
    mutating func parseNotices(_ entry: Fields.Entry) -> [Notice] {
        var notices: [Notice] = []
        for item in list(entry) ?? [] {
            let what = "a notice rule"
            guard let fields = fields(item, what, allowed: Self.noticeKeys + Self.responseKeys) else { continue }
            var forbidden = false
            for field in fields.entries where !Self.noticeKeys.contains(field.key) {
                report(.actionInNotice, field.keyNode, "\(what) cannot have '\(field.key)': it may only 'set' variables",
                       hint: "to say something or move, use a transition under 'on:'")
                forbidden = true
            }
            let intent = parseIntentReference(fields)
            // With neither `intent` nor `if`, the rule applies to every input (to reset a variable).
            let condition = fields["if"].flatMap { parseCondition($0.value, depth: 0) }
            let assignments = fields["set"].map { parseAssignments($0) } ?? []
            if fields["set"] == nil, !forbidden {
                reportMissing(in: fields, "\(what) needs 'set' (the variables it sets)")
            }
            let outsideQuotes = fields["outside_quotes"].flatMap { bool($0) } ?? false
            notices.append(Notice(intent: intent, condition: condition, assignments: assignments, outsideQuotes: outsideQuotes))
        }
        return notices
    }
}
