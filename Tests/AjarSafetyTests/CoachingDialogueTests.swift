import AjarEngine
import AjarRuntime
import AjarTestSupport
import Foundation
import Testing

/// The default dialogue where example conversations cannot reach: a person who comes back later
/// (the runtime's resume) in a real SQLite file.
@Suite struct CoachingDialogueTests {
    typealias F = SafetyFixture

    @Test func aReturningUserIsShownTheQuestionTheyLeftAndCanAnswerIt() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ajar.sqlite").path
        let id = F.id("terminal:robin")
        do {
            let (runtime, _) = F.runtime(store: try SQLiteConversationStore(path: path))
            _ = try await runtime.open(id)
            for text in ["How do I get my wife to open up to me?", "ok", "we only see each other at dinner"] {
                _ = try await runtime.handle(F.message(id, text))
            }
        }
        let (runtime, _) = F.runtime(store: try SQLiteConversationStore(path: path))
        let opening = try await runtime.open(id)
        #expect(opening.isResumed)
        #expect(opening.replies == ["Is your wife carrying something heavy right now? A demanding stage of life, stress at work, poor sleep, pain or illness, drinking?"])
        // c_load, c_learned, c_fear, the half-way choice, the stories, then three strategies.
        for _ in 1...8 {
            _ = try await runtime.handle(F.message(id, "skip"))
        }
        let summary = try await runtime.handle(F.message(id, "skip")).replies
        #expect(summary.contains("Time together: \"we only see each other at dinner\""))
        #expect(summary.contains("1. Yes: to thank your wife for opening up"))
        #expect(summary.contains { $0.contains("Would you like a reminder") })
    }

    @Test func theFullPathHasEveryPart() async throws {
        let (runtime, _) = F.runtime()
        let id = F.id()
        var all = try await runtime.open(id).replies
        var effects: [Effect] = []
        let answers = ["How do I get my partner to open up to me?", "fair enough"] + Array(repeating: "I don't know", count: 4)
            + ["1"] + Array(repeating: "I don't know", count: 5)
            + ["1", "a bit", "2", "in the car", "when are you free to talk?", "1", "thanks for telling me", "1", "tomorrow"]
        for text in answers {
            let outcome = try await runtime.handle(F.message(id, text))
            all += outcome.replies
            effects = outcome.effects
        }
        for expected in ["automated coach", "not a crisis service", "What is keeping your partner from opening up to you?", "set the table",
                         "Wynne", "inch deep", "Set the scene", "Go meta", "Start short and sweet", "Celebrate progress, not perfection",
                         "Here's what I heard from you.", "Would you like a reminder", "I'll remind you tomorrow at 7 in the evening"] {
            #expect(all.contains { $0.contains(expected) }, "missing: \(expected)")
        }
        // "Tomorrow" is a time of day tomorrow, not 24 hours from now.
        let tomorrowEvening = try #require(ReminderTime(dayOffset: 1, hour: 19, minute: 0))
        #expect(effects == [.remindAt(tomorrowEvening, text: "A nudge from Ajar: when your partner shares something, even a little, thank them.")])
        #expect(all.filter { $0.contains("automated coach") }.count == 1)
    }
}
