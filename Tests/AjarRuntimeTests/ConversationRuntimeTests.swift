import AjarEngine
import AjarRuntime
import AjarTestSupport
import Foundation
import Synchronization
import Testing

/// The runtime around the engine, with the hand-built ``TestDialogue``.
@Suite struct ConversationRuntimeTests {
    static let noon = Date(timeIntervalSince1970: 1_700_000_000)

    func makeRuntime(
        store: any ConversationStore = MemoryConversationStore(),
        safety: any SafetyScreen = PassThroughSafetyScreen(),
        scheduler: any ReminderScheduler = StoredReminderScheduler()
    ) -> ConversationRuntime {
        ConversationRuntime(engine: TestDialogue.engine, store: store, safety: safety, scheduler: scheduler, now: { Self.noon })
    }

    func message(_ id: ConversationID, _ text: String) -> Message {
        Message(conversation: id, sender: id.rawValue, text: text, transport: .terminal)
    }

    @Test func opensANewConversationWithItsOpeningLinesAndStoresIt() async throws {
        let store = MemoryConversationStore()
        let runtime = makeRuntime(store: store)
        let id = ConversationID("terminal:alice")!
        let opening = try await runtime.open(id)
        #expect(opening.replies == ["Hello, I am a test bot.", "What is your name?"])
        #expect(!opening.isResumed)
        #expect(try await store.session(for: id)?.session.state == "ask")
    }

    @Test func answersAndRemembersBetweenMessages() async throws {
        let runtime = makeRuntime()
        let id = ConversationID("terminal:alice")!
        _ = try await runtime.open(id)
        #expect(try await runtime.handle(message(id, "My name is Ada")).replies == ["Hello, Ada! Which number do you like?"])
        #expect(try await runtime.handle(message(id, "I like 7")).replies == ["Ada likes 7."])
    }

    @Test func resumesAStoredConversationWhereItStopped() async throws {
        let store = MemoryConversationStore()
        let id = ConversationID("terminal:alice")!
        do {
            let runtime = makeRuntime(store: store)
            _ = try await runtime.open(id)
            _ = try await runtime.handle(message(id, "my name is Ada"))
        }
        let again = makeRuntime(store: store)
        let opening = try await again.open(id)
        #expect(opening.isResumed)
        #expect(opening.resumedFrom == Self.noon)
        #expect(opening.welcomeBack != nil)
        #expect(opening.replies.contains("Hello, Ada! Which number do you like?"))
        #expect(try await again.handle(message(id, "i like 3")).replies == ["Ada likes 3."])
    }

    @Test func startsAConversationNeverOpenedBeforeAnsweringIt() async throws {
        let runtime = makeRuntime()
        let outcome = try await runtime.handle(message(ConversationID("irc:bob")!, "my name is Bob"))
        #expect(outcome.replies == ["Hello, I am a test bot.", "What is your name?", "Hello, Bob! Which number do you like?"])
    }

    @Test func storesTheRemindersATurnSchedulesAndTellsTheScheduler() async throws {
        final class Recorder: ReminderScheduler {
            let seen = Mutex<[Reminder]>([])
            func scheduled(_ reminders: [Reminder]) async { seen.withLock { $0 += reminders } }
        }
        let store = MemoryConversationStore()
        let recorder = Recorder()
        let runtime = makeRuntime(store: store, scheduler: recorder)
        let id = ConversationID("terminal:alice")!
        _ = try await runtime.handle(message(id, "my name is Ada"))
        let outcome = try await runtime.handle(message(id, "i like 7"))
        #expect(outcome.effects.contains(.remind(afterSeconds: 60, text: "Still liking 7?")))
        let stored = try await store.reminders(for: id)
        #expect(stored.map(\.text) == ["Still liking 7?"])
        #expect(stored.first?.dueAt == Self.noon.addingTimeInterval(60))
        #expect(stored.first?.target == "terminal:alice")
        #expect(recorder.seen.withLock { $0 } == stored)
    }

    @Test func handsDueRemindersOverOnce() async throws {
        let store = MemoryConversationStore()
        let runtime = makeRuntime(store: store)
        let id = ConversationID("terminal:alice")!
        let due = Reminder(conversation: id, target: id.rawValue, text: "now", dueAt: Self.noon, createdAt: Self.noon)
        let later = Reminder(conversation: id, target: id.rawValue, text: "later", dueAt: Self.noon.addingTimeInterval(1), createdAt: Self.noon)
        try await store.add(due)
        try await store.add(later)
        #expect(try await runtime.takeDueReminders(for: id).map(\.text) == ["now"])
        #expect(try await runtime.takeDueReminders(for: id).isEmpty)
    }

    @Test func letsTheSafetyScreenAnswerBeforeTheEngine() async throws {
        struct Screen: SafetyScreen {
            func screen(_ message: Message) async -> SafetyVerdict {
                message.text.contains("help") ? .intervene(replies: ["You matter. Call someone now."]) : .pass
            }
        }
        let store = MemoryConversationStore()
        let runtime = makeRuntime(store: store, safety: Screen())
        let id = ConversationID("terminal:alice")!
        _ = try await runtime.open(id)
        let before = try await store.session(for: id)
        #expect(try await runtime.handle(message(id, "please help")).replies == ["You matter. Call someone now."])
        #expect(try await store.session(for: id) == before)
    }

    @Test func restartsFromTheBeginning() async throws {
        let runtime = makeRuntime()
        let id = ConversationID("terminal:alice")!
        _ = try await runtime.handle(message(id, "my name is Ada"))
        let opening = try await runtime.restart(id)
        #expect(opening.replies == ["Hello, I am a test bot.", "What is your name?"])
        #expect(try await runtime.handle(message(id, "my name is Bea")).replies == ["Hello, Bea! Which number do you like?"])
    }

    @Test func forgetsEverythingAndStartsAfresh() async throws {
        let store = MemoryConversationStore()
        let runtime = makeRuntime(store: store)
        let id = ConversationID("terminal:alice")!
        _ = try await runtime.handle(message(id, "my name is Ada"))
        _ = try await runtime.handle(message(id, "i like 7"))
        #expect(try await runtime.forget(id) == 2)
        #expect(try await store.session(for: id) == nil)
        #expect(try await store.reminders(for: id).isEmpty)
        #expect(try await runtime.open(id).isResumed == false)
    }

    /// 1,000 conversations at once through the runtime and a real SQLite file: each transcript is
    /// its own, and every session is stored.
    @Test func keepsAThousandParallelConversationsApart() async throws {
        let path = try AjarBinary.temporaryDirectory().appendingPathComponent("ajar.sqlite").path
        let store = try SQLiteConversationStore(path: path)
        let runtime = makeRuntime(store: store)
        let failures = try await withThrowingTaskGroup(of: String?.self) { group in
            for index in 0..<1_000 {
                group.addTask {
                    let id = ConversationID("test:user\(index)")!
                    var transcript = try await runtime.open(id).replies
                    transcript += try await runtime.handle(message(id, "my name is User\(index)")).replies
                    transcript += try await runtime.handle(message(id, "I like \(index)")).replies
                    let expected = [
                        "Hello, I am a test bot.", "What is your name?",
                        "Hello, User\(index)! Which number do you like?", "User\(index) likes \(index).",
                    ]
                    return transcript == expected ? nil : "user\(index): \(transcript)"
                }
            }
            return try await group.reduce(into: [String]()) { if let failure = $1 { $0.append(failure) } }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        for index in [0, 499, 999] {
            let stored = try await store.session(for: ConversationID("test:user\(index)")!)
            #expect(stored?.session.variables["number"] == "\(index)")
        }
    }
}
