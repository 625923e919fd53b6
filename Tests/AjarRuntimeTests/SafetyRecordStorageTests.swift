import AjarEngine
import AjarRuntime
import AjarTestSupport
import Foundation
import GRDB
import Testing

/// The safety screen's own table (`safety_record`) in both stores, and the runtime's safety
/// seams: the opening hook and the sensitive mark.
@Suite struct SafetyRecordStorageTests {
    typealias Kind = ConversationStoreTests.Kind
    static let alice = ConversationID("terminal:alice")!
    static let bob = ConversationID("terminal:bob")!
    static let noon = Date(timeIntervalSince1970: 1_700_000_000)
    static let flagged = StoredSafetyRecord(
        concern: "abuse", firstFlaggedAt: noon, lastFlaggedAt: noon.addingTimeInterval(60), count: 2, state: #"{"p":"abuse"}"#)

    @Test(arguments: Kind.allCases)
    func keepsARecordApartFromTheSessionUntilForget(_ kind: Kind) async throws {
        let store = try ConversationStoreTests.makeStore(kind)
        #expect(try await store.safetyRecord(for: Self.alice) == nil)
        try await store.saveSafetyRecord(Self.flagged, for: Self.alice)
        #expect(try await store.safetyRecord(for: Self.alice) == Self.flagged)
        #expect(try await store.safetyRecord(for: Self.bob) == nil)

        // A new session (a /restart, a new dialogue) does not touch it.
        try await store.commit(Session(scriptVersion: "v", state: "start"), for: Self.alice, at: Self.noon, reminders: [])
        try await store.commit(Session(scriptVersion: "v2", state: "other"), for: Self.alice, at: Self.noon, reminders: [])
        #expect(try await store.safetyRecord(for: Self.alice) == Self.flagged)

        var later = Self.flagged
        later.count = 3
        later.state = "{}"
        try await store.saveSafetyRecord(later, for: Self.alice)
        #expect(try await store.safetyRecord(for: Self.alice) == later)

        // forget: the session and the record, two rows.
        #expect(try await store.forget(Self.alice) == 2)
        #expect(try await store.safetyRecord(for: Self.alice) == nil)
    }

    @Test(arguments: Kind.allCases)
    func savingNothingDeletesTheRecord(_ kind: Kind) async throws {
        let store = try ConversationStoreTests.makeStore(kind)
        let unflagged = StoredSafetyRecord(state: #"{"p":"crisis"}"#)
        try await store.saveSafetyRecord(unflagged, for: Self.alice)
        #expect(try await store.safetyRecord(for: Self.alice) == unflagged)
        try await store.saveSafetyRecord(nil, for: Self.alice)
        #expect(try await store.safetyRecord(for: Self.alice) == nil)
        #expect(try await store.forget(Self.alice) == 0)
    }

    @Test func theRecordIsARowOfItsOwnThatSurvivesReopeningTheFile() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ajar.sqlite").path
        do {
            let store = try SQLiteConversationStore(path: path)
            try await store.saveSafetyRecord(Self.flagged, for: Self.alice)
        }
        let found = try DatabaseQueue(path: path).read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM safety_record WHERE conversation = 'terminal:alice'")
        }
        let row = try #require(found)
        let concern: String? = row["concern"], first: Int64? = row["first_flagged_at"]
        let last: Int64? = row["last_flagged_at"], count: Int? = row["count"]
        #expect(concern == "abuse" && count == 2)
        #expect(first == 1_700_000_000_000 && last == 1_700_000_060_000)
        let reopened = try SQLiteConversationStore(path: path)
        #expect(try await reopened.safetyRecord(for: Self.alice) == Self.flagged)
    }

    @Test func theTableRefusesAConcernItDoesNotKnow() async throws {
        let store = try ConversationStoreTests.makeStore(.sqlite)
        await #expect(throws: (any Error).self) {
            try await store.saveSafetyRecord(StoredSafetyRecord(concern: "grumpy", count: 1), for: Self.alice)
        }
    }

    // MARK: The runtime's seams

    /// A screen that greets `flagged` with its own lines and answers "help" itself.
    struct Screen: SafetyScreen {
        var flagged: ConversationID
        func screen(_ message: Message) async -> SafetyVerdict {
            message.text.contains("help") ? .intervene(replies: ["You matter."]) : .pass
        }
        func opening(for conversation: ConversationID) async -> [String]? {
            conversation == flagged ? ["Welcome back. I'm here to listen."] : nil
        }
    }

    func runtime(_ store: any ConversationStore, _ screen: any SafetyScreen) -> ConversationRuntime {
        ConversationRuntime(engine: TestDialogue.engine, store: store, safety: screen, now: { Self.noon })
    }

    @Test func theSafetyOpeningReplacesTheDialoguesAndLeavesTheSessionAlone() async throws {
        let store = MemoryConversationStore()
        let runtime = runtime(store, Screen(flagged: Self.alice))
        _ = try await runtime.handle(Message(conversation: Self.alice, sender: "alice", text: "my name is Ada", transport: .terminal))
        let before = try await store.session(for: Self.alice)

        let opening = try await runtime.open(Self.alice)
        #expect(opening.replies == ["Welcome back. I'm here to listen."])
        #expect(opening.isSensitive && !opening.isResumed)
        #expect(try await store.session(for: Self.alice) == before)

        let restarted = try await runtime.restart(Self.alice)
        #expect(restarted.replies == ["Welcome back. I'm here to listen."] && restarted.isSensitive)

        // Someone else opens as the dialogue says.
        let other = try await runtime.open(Self.bob)
        #expect(other.replies == ["Hello, I am a test bot.", "What is your name?"] && !other.isSensitive)
    }

    @Test func aScreenWithoutAnOpeningLetsTheDialogueOpen() async throws {
        struct Plain: SafetyScreen {
            func screen(_ message: Message) async -> SafetyVerdict { .pass }
        }
        let opening = try await runtime(MemoryConversationStore(), Plain()).open(Self.alice)
        #expect(opening.replies == ["Hello, I am a test bot.", "What is your name?"])
        #expect(!opening.isSensitive)
    }

    @Test func repliesFromTheScreenAreMarkedSensitiveAndTheDialoguesAreNot() async throws {
        let runtime = runtime(MemoryConversationStore(), Screen(flagged: Self.bob))
        let coaching = try await runtime.handle(Message(conversation: Self.alice, sender: "alice", text: "my name is Ada", transport: .irc))
        #expect(!coaching.isSensitive)
        let safety = try await runtime.handle(Message(conversation: Self.alice, sender: "alice", text: "please help", transport: .irc))
        #expect(safety.replies == ["You matter."] && safety.isSensitive)
    }
}
