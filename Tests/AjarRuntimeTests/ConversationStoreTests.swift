import AjarEngine
import AjarRuntime
import AjarTestSupport
import Foundation
import Testing

/// The behaviour both stores share, run against each.
@Suite struct ConversationStoreTests {
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case memory, sqlite
        var testDescription: String { rawValue }
    }

    /// A store of `kind`; a SQLite one lives in a fresh temporary folder.
    static func makeStore(_ kind: Kind) throws -> any ConversationStore {
        switch kind {
        case .memory: MemoryConversationStore()
        case .sqlite: try SQLiteConversationStore(path: AjarBinary.temporaryDirectory().appendingPathComponent("ajar.sqlite").path)
        }
    }

    static let alice = ConversationID("terminal:alice")!
    static let bob = ConversationID("terminal:bob")!
    static let noon = Date(timeIntervalSince1970: 1_700_000_000)

    static func session(_ state: StateID, _ variables: [String: String] = [:]) -> Session {
        Session(scriptVersion: "v1", state: state, variables: variables, reasks: 1, turn: 3)
    }

    @Test(arguments: Kind.allCases)
    func returnsNothingForAConversationNeverSeen(_ kind: Kind) async throws {
        let store = try Self.makeStore(kind)
        #expect(try await store.session(for: Self.alice) == nil)
    }

    @Test(arguments: Kind.allCases)
    func readsBackTheSessionItCommitted(_ kind: Kind) async throws {
        let store = try Self.makeStore(kind)
        let session = Self.session("ask", ["name": "Ada — “quoted” 🌱"])
        try await store.commit(session, for: Self.alice, at: Self.noon, reminders: [])
        let stored = try await store.session(for: Self.alice)
        #expect(stored == StoredSession(session: session, updatedAt: Self.noon))

        let later = Self.session("done", ["name": "Ada"])
        try await store.commit(later, for: Self.alice, at: Self.noon.addingTimeInterval(5), reminders: [])
        #expect(try await store.session(for: Self.alice)?.session == later)
    }

    @Test(arguments: Kind.allCases)
    func keepsTwoUsersApart(_ kind: Kind) async throws {
        let store = try Self.makeStore(kind)
        try await store.commit(Self.session("ask", ["name": "Alice"]), for: Self.alice, at: Self.noon, reminders: [])
        try await store.commit(Self.session("done", ["name": "Bob"]), for: Self.bob, at: Self.noon, reminders: [])
        #expect(try await store.session(for: Self.alice)?.session.variables["name"] == "Alice")
        #expect(try await store.session(for: Self.bob)?.session.variables["name"] == "Bob")
        try await store.forget(Self.alice)
        #expect(try await store.session(for: Self.alice) == nil)
        #expect(try await store.session(for: Self.bob)?.session.variables["name"] == "Bob")
    }

    @Test(arguments: Kind.allCases)
    func forgetDeletesTheSessionAndEveryReminderOfTheConversation(_ kind: Kind) async throws {
        let store = try Self.makeStore(kind)
        let own = Reminder(conversation: Self.alice, target: Self.alice.rawValue, text: "a", dueAt: Self.noon, createdAt: Self.noon)
        let addressed = Reminder(conversation: nil, target: Self.alice.rawValue, text: "b", dueAt: Self.noon, createdAt: Self.noon)
        let bobs = Reminder(conversation: Self.bob, target: Self.bob.rawValue, text: "c", dueAt: Self.noon, createdAt: Self.noon)
        try await store.commit(Self.session("ask"), for: Self.alice, at: Self.noon, reminders: [own])
        try await store.add(addressed)
        try await store.commit(Self.session("ask"), for: Self.bob, at: Self.noon, reminders: [bobs])

        let deleted = try await store.forget(Self.alice)
        #expect(deleted == 3)
        #expect(try await store.reminders(for: Self.alice).isEmpty)
        #expect(try await store.reminders(for: Self.bob).map(\.text) == ["c"])
        #expect(try await store.forget(Self.alice) == 0)
    }

    @Test(arguments: Kind.allCases)
    func findsDueRemindersAndRecordsDelivery(_ kind: Kind) async throws {
        let store = try Self.makeStore(kind)
        let due = Reminder(conversation: Self.alice, target: Self.alice.rawValue, text: "due", dueAt: Self.noon, createdAt: Self.noon)
        let later = Reminder(conversation: Self.alice, target: Self.alice.rawValue, text: "later", dueAt: Self.noon.addingTimeInterval(60), createdAt: Self.noon)
        let elsewhere = Reminder(conversation: nil, target: "irc:#ajar", text: "channel", dueAt: Self.noon, createdAt: Self.noon)
        try await store.commit(Self.session("ask"), for: Self.alice, at: Self.noon, reminders: [due, later])
        try await store.add(elsewhere)

        let now = Self.noon.addingTimeInterval(1)
        #expect(try await store.dueReminders(at: now, target: Self.alice.rawValue, limit: 10) == [due])
        #expect(Set(try await store.dueReminders(at: now, target: nil, limit: 10).map(\.text)) == ["due", "channel"])

        try await store.markReminder(due.id, status: .delivered)
        #expect(try await store.dueReminders(at: now, target: Self.alice.rawValue, limit: 10).isEmpty)
        let stored = try await store.reminders(for: Self.alice)
        #expect(stored.map(\.status) == [.delivered, .pending])
        #expect(stored.first?.attempts == 1)
    }
}
