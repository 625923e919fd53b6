import AjarEngine
import AjarRuntime
import Foundation
import Testing

/// Reminders at a time of day (`remind: { at: "tomorrow 19:00" }`) and `snooze_reminders`: the
/// engine describes the wish, the runtime picks the date with its clock and time zone, and the
/// store applies a snooze in the turn's own transaction, on both stores.
@Suite struct ReminderTimeOfDayTests {
    typealias Kind = ConversationStoreTests.Kind
    static let alice = ConversationID("terminal:alice")!
    static let bob = ConversationID("terminal:bob")!

    static func zone(_ identifier: String) throws -> TimeZone {
        try #require(TimeZone(identifier: identifier))
    }

    /// A wall-clock moment in `zone`.
    static func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, in zone: TimeZone) throws -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return try #require(calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)))
    }

    static func time(_ dayOffset: Int?, _ hour: Int, _ minute: Int) throws -> ReminderTime {
        try #require(ReminderTime(dayOffset: dayOffset, hour: hour, minute: minute))
    }

    @Test func tomorrowEveningSaidAtElevenAtNightIsTheNextEveningNotADayLater() throws {
        let berlin = try Self.zone("Europe/Berlin")
        let now = try Self.date(2026, 11, 24, 23, 0, in: berlin)
        let due = try Self.time(1, 19, 0).dueDate(after: now, in: berlin)
        #expect(due == (try Self.date(2026, 11, 25, 19, 0, in: berlin)))
        #expect(due.timeIntervalSince(now) == 20 * 3_600)
    }

    @Test func tomorrowMorningSaidAtHalfPastMidnightIsTheComingMorning() throws {
        let berlin = try Self.zone("Europe/Berlin")
        let now = try Self.date(2026, 11, 25, 0, 30, in: berlin)
        let morning = try Self.time(1, 8, 0).dueDate(after: now, in: berlin)
        #expect(morning == (try Self.date(2026, 11, 25, 8, 0, in: berlin)))
        #expect(morning.timeIntervalSince(now) == 7.5 * 3_600)
        let evening = try Self.time(1, 19, 0).dueDate(after: now, in: berlin)
        #expect(evening == (try Self.date(2026, 11, 25, 19, 0, in: berlin)))
    }

    @Test func inTheSmallHoursATomorrowTimeAlreadyPassedIsTheNextDays() throws {
        let berlin = try Self.zone("Europe/Berlin")
        let now = try Self.date(2026, 11, 25, 4, 30, in: berlin)
        #expect(try Self.time(1, 2, 0).dueDate(after: now, in: berlin) == (try Self.date(2026, 11, 26, 2, 0, in: berlin)))
        let fiveAM = try Self.date(2026, 11, 25, 5, 0, in: berlin)
        #expect(try Self.time(1, 8, 0).dueDate(after: fiveAM, in: berlin) == (try Self.date(2026, 11, 26, 8, 0, in: berlin)))
        #expect(try Self.time(2, 8, 0).dueDate(after: now, in: berlin) == (try Self.date(2026, 11, 27, 8, 0, in: berlin)))
    }

    @Test func aBareTimeIsItsNextOccurrence() throws {
        let tokyo = try Self.zone("Asia/Tokyo")
        let morning = try Self.date(2026, 3, 1, 9, 0, in: tokyo)
        #expect(try Self.time(nil, 20, 0).dueDate(after: morning, in: tokyo) == (try Self.date(2026, 3, 1, 20, 0, in: tokyo)))
        let lateNight = try Self.date(2026, 3, 1, 22, 30, in: tokyo)
        #expect(try Self.time(nil, 20, 0).dueDate(after: lateNight, in: tokyo) == (try Self.date(2026, 3, 2, 20, 0, in: tokyo)))
        let exactly = try Self.date(2026, 3, 1, 20, 0, in: tokyo)
        #expect(try Self.time(nil, 20, 0).dueDate(after: exactly, in: tokyo) == (try Self.date(2026, 3, 2, 20, 0, in: tokyo)))
    }

    @Test func theSameWishFallsAtTheSameWallTimeInEachZone() throws {
        let utc = try Self.zone("UTC")
        let newYork = try Self.zone("America/New_York")
        let now = try Self.date(2026, 6, 10, 12, 0, in: utc)  // 08:00 in New York
        #expect(try Self.time(1, 8, 0).dueDate(after: now, in: utc) == (try Self.date(2026, 6, 11, 8, 0, in: utc)))
        #expect(try Self.time(1, 8, 0).dueDate(after: now, in: newYork) == (try Self.date(2026, 6, 11, 8, 0, in: newYork)))
        #expect(try Self.time(3, 19, 30).dueDate(after: now, in: newYork) == (try Self.date(2026, 6, 13, 19, 30, in: newYork)))
    }

    @Test func acrossADaylightSavingChangeTheWallTimeIsKept() throws {
        // Europe/Berlin moved from UTC+1 to UTC+2 at 02:00 on 29 March 2026.
        let berlin = try Self.zone("Europe/Berlin")
        let now = try Self.date(2026, 3, 28, 19, 0, in: berlin)
        let due = try Self.time(1, 19, 0).dueDate(after: now, in: berlin)
        #expect(due == (try Self.date(2026, 3, 29, 19, 0, in: berlin)))
        #expect(due.timeIntervalSince(now) == 23 * 3_600)  // a 23-hour day, not "24 hours later"
    }

    @Test func aTimeSkippedByTheClockMovesToTheNextValidTime() throws {
        // 02:30 does not exist in Berlin on 29 March 2026: the clock jumps from 02:00 to 03:00.
        let berlin = try Self.zone("Europe/Berlin")
        let now = try Self.date(2026, 3, 28, 22, 0, in: berlin)
        let due = try Self.time(1, 2, 30).dueDate(after: now, in: berlin)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = berlin
        let shown = calendar.dateComponents([.day, .hour], from: due)
        #expect(shown.day == 29)
        #expect(shown.hour == 3)
        #expect(due > now)
    }

    /// "tomorrow" schedules a reminder at 19:00 tomorrow; "snooze" postpones pending ones by an hour.
    static let dialogue = Dialogue(
        name: "times", versionHash: "t1", start: "ask",
        states: ["ask": State(id: "ask", say: [Line(Template("Ready."))], transitions: [
            Transition(intent: "tomorrow", response: Response(
                say: [Line(Template("Tomorrow evening."))],
                effects: [.remindAt(ReminderTime(dayOffset: 1, hour: 19, minute: 0)!, text: Template("Evening"))])),
            Transition(intent: "soon", response: Response(
                say: [Line(Template("In ten minutes."))], effects: [.remind(afterSeconds: 600, text: Template("Soon"))])),
            Transition(intent: "snooze", response: Response(say: [Line(Template("Snoozed."))], effects: [.snoozeReminders(seconds: 3_600)])),
        ])],
        intents: [
            Intent(id: "tomorrow", matcher: Matcher(keywords: [["tomorrow"]])),
            Intent(id: "soon", matcher: Matcher(keywords: [["soon"]])),
            Intent(id: "snooze", matcher: Matcher(keywords: [["snooze"]])),
        ]
    )

    @Test(arguments: Kind.allCases)
    func theRuntimeSchedulesATimeOfDayInItsZone(_ kind: Kind) async throws {
        let store = try ConversationStoreTests.makeStore(kind)
        let honolulu = try Self.zone("Pacific/Honolulu")
        let now = try Self.date(2026, 11, 24, 23, 0, in: honolulu)
        let runtime = ConversationRuntime(engine: Engine(dialogue: Self.dialogue), store: store, now: { now }, timeZone: honolulu)
        let outcome = try await runtime.handle(Message(conversation: Self.alice, sender: "a", text: "tomorrow", transport: .terminal))
        #expect(outcome.effects == [.remindAt(try Self.time(1, 19, 0), text: "Evening")])
        let reminders = try await store.reminders(for: Self.alice)
        #expect(reminders.map(\.dueAt) == [try Self.date(2026, 11, 25, 19, 0, in: honolulu)])
        #expect(reminders.map(\.text) == ["Evening"])
    }

    @Test(arguments: Kind.allCases)
    func snoozePostponesOnlyThatPersonsRemindersDueSooner(_ kind: Kind) async throws {
        let store = try ConversationStoreTests.makeStore(kind)
        let utc = try Self.zone("UTC")
        let noon = try Self.date(2026, 11, 24, 12, 0, in: utc)
        let runtime = ConversationRuntime(engine: Engine(dialogue: Self.dialogue), store: store, now: { noon }, timeZone: utc)
        for (person, text) in [(Self.alice, "soon"), (Self.alice, "tomorrow"), (Self.bob, "soon")] {
            _ = try await runtime.handle(Message(conversation: person, sender: "x", text: text, transport: .terminal))
        }
        let outcome = try await runtime.handle(Message(conversation: Self.alice, sender: "a", text: "snooze", transport: .terminal))
        #expect(outcome.replies == ["Snoozed."])
        #expect(outcome.effects == [.snoozeReminders(seconds: 3_600)])
        // The one due in ten minutes now waits an hour; tomorrow's stays; Bob's is untouched.
        let alices = try await store.reminders(for: Self.alice)
        #expect(alices.map(\.text) == ["Soon", "Evening"])
        #expect(alices.map(\.dueAt) == [noon.addingTimeInterval(3_600), try Self.date(2026, 11, 25, 19, 0, in: utc)])
        #expect(alices.map(\.status) == [.pending, .pending])
        #expect(try await store.reminders(for: Self.bob).map(\.dueAt) == [noon.addingTimeInterval(600)])
        #expect(try await store.dueReminders(at: noon.addingTimeInterval(1_800), target: nil, limit: 10).map(\.conversation) == [Self.bob])
    }
}
