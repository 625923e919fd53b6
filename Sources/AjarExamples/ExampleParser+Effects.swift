import AjarCompiler
import AjarEngine
import Yams

extension ExampleParser {
    static let effectKinds = ["remind", "end", "handoff", "cancel_reminders", "snooze_reminders"]

    /// One item of `effects:`: a kind (`remind`), or a kind with details:
    /// `{ remind: { at: "tomorrow 19:00", text: "..." } }`, `{ remind: { in: "1d" } }`,
    /// `{ snooze_reminders: "1h" }`.
    mutating func parseExpectedEffect(_ node: Node) -> ExpectedEffect? {
        if let kind = node.scalar?.string {
            guard Self.effectKinds.contains(kind) else {
                fail(node, "unknown effect '\(kind)' (expected \(Self.effectKinds.joined(separator: ", ")))")
                return nil
            }
            return ExpectedEffect(kind: kind)
        }
        guard let mapping = node.mapping, mapping.count == 1, let (key, value) = mapping.first,
              let kind = key.string, kind == "remind" || kind == "snooze_reminders" else {
            fail(node, "an effect is a kind (`remind`), `{ remind: { at: TIME | in: DURATION, text: TEXT } }` or `{ snooze_reminders: DURATION }`")
            return nil
        }
        if kind == "snooze_reminders" {
            guard let seconds = duration(value) else { return nil }
            return ExpectedEffect(kind: kind, seconds: seconds)
        }
        guard let details = value.mapping else {
            fail(value, "`remind` takes `{ at: TIME }`, `{ in: DURATION }` and/or `{ text: TEXT }`")
            return nil
        }
        var expected = ExpectedEffect(kind: kind)
        for (detailKey, detail) in details {
            switch detailKey.string {
            case "at":
                switch ReminderTimeParser.parse(detail.scalar?.string ?? "") {
                case .success(let time): expected.at = time
                case .failure(let error): fail(detail, "invalid time: \(error.message)")
                }
            case "in":
                expected.seconds = duration(detail)
            case "text":
                expected.text = detail.scalar?.string
            default:
                fail(detailKey, "unknown reminder detail '\(detailKey.string ?? "?")' (expected at, in or text)")
            }
        }
        return expected
    }

    private mutating func duration(_ node: Node) -> Int? {
        switch DurationParser.parse(node.scalar?.string ?? "") {
        case .success(let seconds): return seconds
        case .failure(let error):
            fail(node, "invalid duration: \(error.message)")
            return nil
        }
    }
}
