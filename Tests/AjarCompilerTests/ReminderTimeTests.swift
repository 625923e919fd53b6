import AjarCompiler
import AjarEngine
import Testing

/// `remind: { at: ... }` (a time of day), `snooze_reminders:` and `repeat:` in scripts.
@Suite struct ReminderTimeTests {
    struct Valid: CustomTestStringConvertible, Sendable {
        var text: String
        var dayOffset: Int?
        var hour: Int
        var minute: Int
        var testDescription: String { text }
    }

    @Test(arguments: [
        Valid(text: "19:00", dayOffset: nil, hour: 19, minute: 0),
        Valid(text: "0:00", dayOffset: nil, hour: 0, minute: 0),
        Valid(text: "tomorrow 08:30", dayOffset: 1, hour: 8, minute: 30),
        Valid(text: "  Tomorrow   7:05 ", dayOffset: 1, hour: 7, minute: 5),
        Valid(text: "+3d 19:00", dayOffset: 3, hour: 19, minute: 0),
        Valid(text: "+7d23:59", dayOffset: 7, hour: 23, minute: 59),
    ])
    func parsesTimesOfDay(_ valid: Valid) throws {
        let time = try ReminderTimeParser.parse(valid.text).get()
        #expect(time == ReminderTime(dayOffset: valid.dayOffset, hour: valid.hour, minute: valid.minute))
    }

    @Test(arguments: [
        ("7pm", 0), ("25:00", 0), ("19:60", 3), ("19:5", 3), ("19:", 2), ("", 0), ("today 19:00", 0),
        ("+0d 19:00", 1), ("+400d 19:00", 1), ("+3 19:00", 0), ("19:00 sharp", 6), ("tomorrow", 7),
    ])
    func rejectsWhatIsNotATimeAndPointsAtIt(_ text: String, _ offset: Int) {
        guard case .failure(let error) = ReminderTimeParser.parse(text) else {
            Issue.record("'\(text)' should not parse")
            return
        }
        #expect(error.offset == offset, "\(error)")
    }

    @Test func describesTimesAsScriptsWriteThem() throws {
        #expect(try #require(ReminderTime(hour: 8, minute: 5)).description == "08:05")
        #expect(try #require(ReminderTime(dayOffset: 1, hour: 19, minute: 0)).description == "tomorrow 19:00")
        #expect(try #require(ReminderTime(dayOffset: 3, hour: 19, minute: 30)).description == "+3d 19:30")
        #expect(ReminderTime(hour: 24, minute: 0) == nil)
        #expect(ReminderTime(dayOffset: 0, hour: 8, minute: 0) == nil)
    }

    static let script = """
        dialogue: d
        start: a
        intents:
          later:
            keywords: ["later"]
        states:
          a:
            say: "Hi"
            remind: { at: "tomorrow 19:00", text: "Evening, {name}" }
            on:
              - intent: later
                snooze_reminders: "1h30m"
                say: "Later, then."
              - intent: skip
                say: "Again:"
                repeat: true
            end: true
        variables:
          name: "you"
        """

    @Test func compilesTimesSnoozesAndRepeats() throws {
        let result = compile(Self.script)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let state = try #require(result.dialogue?.states["a"])
        guard case .remindAt(let time, let text)? = state.effects.first else {
            Issue.record("no time-of-day reminder: \(state.effects)")
            return
        }
        #expect(time == ReminderTime(dayOffset: 1, hour: 19, minute: 0))
        #expect(text.variableNames == ["name"])
        guard case .snoozeReminders(let seconds)? = state.transitions[0].response.effects.first else {
            Issue.record("no snooze")
            return
        }
        #expect(seconds == 5_400)
        #expect(state.transitions[1].response.repeatsQuestion)
        #expect(!state.transitions[0].response.repeatsQuestion)
    }

    static let head = "dialogue: d\nstart: a\nstates:\n  a:\n"

    @Test(arguments: [
        // The column points at the offending character inside the quoted time.
        (head + "    remind: { at: \"7pm\", text: x }\n    end: true\n", ["main.yaml:5:20 AJ0028"]),
        (head + "    remind: { at: \"tomorrow 25:00\", text: x }\n    end: true\n", ["main.yaml:5:29 AJ0028"]),
        (head + "    remind: { at: [19], text: x }\n    end: true\n", ["main.yaml:5:19 AJ0003"]),
        (head + "    remind: { in: 1d, at: \"19:00\", text: x }\n    end: true\n", ["main.yaml:5:23 AJ0027"]),
        (head + "    remind: { text: x }\n    end: true\n", ["main.yaml:5:13 AJ0004"]),
        (head + "    skip: { snooze_reminders: \"soon\" }\n    end: true\n", ["main.yaml:5:32 AJ0016"]),
        (head + "    skip: { goto: a, repeat: true }\n    end: true\n", ["main.yaml:5:22 AJ0027"]),
    ])
    func reportsBadTimesSnoozesAndRepeatsWhereTheyAre(_ script: String, _ expected: [String]) {
        #expect(summary(compile(script)) == expected)
    }
}
