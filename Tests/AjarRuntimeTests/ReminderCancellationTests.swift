import AjarEngine
import AjarRuntime
import AjarTestSupport
import Foundation
import GRDB
import Testing

/// "Stop reminders": the dialogue's `cancel_reminders` effect, carried out by the runtime in the
/// turn's own transaction, on both stores.
@Suite struct ReminderCancellationTests {
    typealias Kind = ConversationStoreTests.Kind
    static let alice = ConversationID("terminal:alice")!
    static let bob = ConversationID("terminal:bob")!

    /// "remind me" schedules a reminder; "stop" cancels every pending one and says so.
    static let dialogue = Dialogue(
        name: "reminders", versionHash: "r1", start: "ask",
        states: ["ask": State(id: "ask", say: [Line(Template("Ready."))], transitions: [
            Transition(intent: "remind", response: Response(
                say: [Line(Template("Scheduled."))], effects: [.remind(afterSeconds: 60, text: Template("Check in"))])),
            Transition(intent: "stop", response: Response(say: [Line(Template("Stopped."))], effects: [.cancelReminders])),
        ])],
        intents: [
            Intent(id: "remind", matcher: Matcher(keywords: [["remind", "me"]])),
            Intent(id: "stop", matcher: Matcher(keywords: [["stop", "reminders"]])),
        ]
    )

    @Test(arguments: Kind.allCases)
    func stopRemindersCancelsOnlyThatPersonsPendingReminders(_ kind: Kind) async throws {
        let store = try ConversationStoreTests.makeStore(kind)
        let runtime = ConversationRuntime(engine: Engine(dialogue: Self.dialogue), store: store)
        for person in [Self.alice, Self.alice, Self.bob] {
            let outcome = try await runtime.handle(Message(conversation: person, sender: "x", text: "remind me", transport: .terminal))
            #expect(outcome.replies.last == "Scheduled.")
        }
        let outcome = try await runtime.handle(Message(conversation: Self.alice, sender: "alice", text: "please stop reminders", transport: .terminal))
        #expect(outcome.replies == ["Stopped."])
        #expect(outcome.effects == [.cancelReminders])
        #expect(try await store.reminders(for: Self.alice).map(\.status) == [.cancelled, .cancelled])
        #expect(try await store.reminders(for: Self.bob).map(\.status) == [.pending])
        #expect(try await store.dueReminders(at: .distantFuture, target: nil, limit: 10).map(\.conversation) == [Self.bob])
    }

    @Test func aVersionOneDatabaseIsMigratedAndKeepsItsReminders() async throws {
        let path = try AjarBinary.temporaryDirectory().appendingPathComponent("ajar.sqlite").path
        // The reminder table as the first release created it, with one pending row.
        let old = try DatabaseQueue(path: path)
        try await old.write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1: sessions and reminders');
                CREATE TABLE session (conversation TEXT PRIMARY KEY NOT NULL, data TEXT NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TABLE reminder (
                    id TEXT PRIMARY KEY NOT NULL, conversation TEXT, target TEXT NOT NULL, text TEXT NOT NULL,
                    due_at INTEGER NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
                    attempts INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL);
                INSERT INTO reminder VALUES ('6F9619FF-8B86-D011-B42D-00C04FC964FF', 'terminal:alice', 'terminal:alice', 'hello', 0, 'pending', 0, 0);
                """)
        }
        try old.close()

        let store = try SQLiteConversationStore(path: path)
        #expect(try await store.reminders(for: Self.alice).map(\.text) == ["hello"])
        #expect(try await store.cancelReminders(of: Self.alice) == 1)
        #expect(try await store.reminders(for: Self.alice).map(\.status) == [.cancelled])
    }
}
