import AjarEngine
import AjarRuntime
import AjarTestSupport
import Foundation
import Testing

/// Request receipts (webhook idempotency), in both stores: round trip, one per key, pruning, and
/// the runtime committing one with its turn.
@Suite struct RequestReceiptTests {
    static let noon = Date(timeIntervalSince1970: 1_800_000_000)

    static func receipt(_ key: String, at time: Date = noon, body: String = #"{"id":"1"}"#) -> RequestReceipt {
        RequestReceipt(key: key, requestHash: "hash-of-" + key, status: 202, body: body, createdAt: time)
    }

    static func makeStore(_ kind: ConversationStoreTests.Kind, retention: TimeInterval = 24 * 3600) throws -> any ConversationStore {
        switch kind {
        case .memory: MemoryConversationStore(receiptRetention: retention)
        case .sqlite:
            try SQLiteConversationStore(
                path: AjarBinary.temporaryDirectory().appendingPathComponent("ajar.sqlite").path, receiptRetention: retention)
        }
    }

    @Test(arguments: ConversationStoreTests.Kind.allCases)
    func readsBackAReceiptWithTheRemindersItsRequestMade(_ kind: ConversationStoreTests.Kind) async throws {
        let store = try Self.makeStore(kind)
        let reminder = Reminder(conversation: nil, target: "irc:#ajar", text: "hi", dueAt: Self.noon, createdAt: Self.noon)
        let receipt = Self.receipt("k1", body: #"{"due_at":"…","id":"é — 🌱"}"#)
        try await store.record(receipt, reminders: [reminder])
        #expect(try await store.receipt(for: "k1") == receipt)
        #expect(try await store.receipt(for: "k2") == nil)
        #expect(try await store.dueReminders(at: Self.noon, target: nil, limit: 10).map(\.id) == [reminder.id])
    }

    @Test(arguments: ConversationStoreTests.Kind.allCases)
    func aSecondReceiptForOneKeyFailsAndTakesItsRemindersWithIt(_ kind: ConversationStoreTests.Kind) async throws {
        let store = try Self.makeStore(kind)
        try await store.record(Self.receipt("k1"), reminders: [])
        let second = Reminder(conversation: nil, target: "irc:#ajar", text: "twin", dueAt: Self.noon, createdAt: Self.noon)
        await #expect(throws: (any Error).self) {
            try await store.record(Self.receipt("k1", body: "other"), reminders: [second])
        }
        #expect(try await store.receipt(for: "k1")?.body == #"{"id":"1"}"#)
        #expect(try await store.dueReminders(at: Self.noon, target: nil, limit: 10).isEmpty)
    }

    @Test(arguments: ConversationStoreTests.Kind.allCases)
    func prunesReceiptsOlderThanTheRetentionAtMostOnceAMinute(_ kind: ConversationStoreTests.Kind) async throws {
        let store = try Self.makeStore(kind, retention: 10)
        try await store.record(Self.receipt("old", at: Self.noon), reminders: [])                           // prunes (first insert)
        try await store.record(Self.receipt("soon", at: Self.noon.addingTimeInterval(20)), reminders: [])   // within the minute: no prune
        #expect(try await store.receipt(for: "old") != nil)
        try await store.record(Self.receipt("late", at: Self.noon.addingTimeInterval(61)), reminders: [])   // prunes before 51 s
        #expect(try await store.receipt(for: "old") == nil)
        #expect(try await store.receipt(for: "soon") == nil)
        #expect(try await store.receipt(for: "late") != nil)
        #expect(try await store.pruneReceipts(createdBefore: Self.noon.addingTimeInterval(62)) == 1)
        #expect(try await store.receipt(for: "late") == nil)
    }

    @Test func theDefaultRetentionIsADay() async throws {
        let store = try Self.makeStore(.sqlite)
        try await store.record(Self.receipt("yesterday", at: Self.noon), reminders: [])
        try await store.record(Self.receipt("almost", at: Self.noon.addingTimeInterval(3600)), reminders: [])
        try await store.record(Self.receipt("today", at: Self.noon.addingTimeInterval(24 * 3600 + 1800)), reminders: [])
        #expect(try await store.receipt(for: "yesterday") == nil)
        #expect(try await store.receipt(for: "almost") != nil)
    }

    @Test(arguments: ConversationStoreTests.Kind.allCases)
    func theRuntimeCommitsTheReceiptInTheTurnsTransaction(_ kind: ConversationStoreTests.Kind) async throws {
        let store = try Self.makeStore(kind)
        let runtime = ConversationRuntime(engine: TestDialogue.engine, store: store, now: { Self.noon })
        let alice = ConversationID("http:alice")!
        let message = Message(conversation: alice, sender: "alice", text: "hello", transport: .http)
        let outcome = try await runtime.handle(message) { replies in
            RequestReceipt(key: "k1", requestHash: "h", status: 200, body: replies.joined(separator: "|"), createdAt: Self.noon)
        }
        #expect(try await store.receipt(for: "k1")?.body == outcome.replies.joined(separator: "|"))
        let turn = try #require(try await store.session(for: alice)).session.turn

        // A receipt that cannot be stored (its key is taken) takes the turn down with it.
        await #expect(throws: (any Error).self) {
            try await runtime.handle(Message(conversation: alice, sender: "alice", text: "again", transport: .http)) { _ in
                RequestReceipt(key: "k1", requestHash: "h2", status: 200, body: "second", createdAt: Self.noon)
            }
        }
        #expect(try await store.session(for: alice)?.session.turn == turn)
        #expect(try await store.receipt(for: "k1")?.body == outcome.replies.joined(separator: "|"))
    }
}
