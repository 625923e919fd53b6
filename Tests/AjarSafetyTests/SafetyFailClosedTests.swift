import AjarEngine
import AjarRuntime
import AjarSafety
import Testing

/// When the safety records cannot be read, nobody is coached blind: a quiet message fails (the
/// transport says something went wrong), and a message with a concern still gets the resources.
@Suite struct SafetyFailClosedTests {
    typealias F = SafetyFixture

    /// Records that cannot be read, as with a damaged or locked database file.
    struct UnreadableRecords: SafetyRecordStore {
        struct Failure: Error {}
        func record(for conversation: ConversationID) async throws -> SafetyRecord { throw Failure() }
        func save(_ record: SafetyRecord, for conversation: ConversationID) async throws { throw Failure() }
    }

    func runtime() -> ConversationRuntime {
        let store = MemoryConversationStore()
        let layer = SafetyLayer(data: F.data, records: UnreadableRecords(), store: store, engine: F.engine)
        return ConversationRuntime(engine: F.engine, store: store, safety: layer)
    }

    @Test func aQuietMessageFailsRatherThanReachTheCoaching() async throws {
        let runtime = runtime()
        let id = F.id()
        await #expect(throws: SafetyRecordUnavailable.self) {
            try await runtime.handle(F.message(id, "How do I get my partner to open up to me?"))
        }
        // Nothing moved: the dialogue never took the message.
        #expect(try await runtime.store.session(for: id) == nil)
    }

    @Test func aCrisisStillGetsTheResources() async throws {
        let outcome = try await runtime().handle(F.message(F.id(), "I want to kill myself"))
        #expect(outcome.isSensitive)
        #expect(outcome.replies.contains { $0.contains("988") })
    }
}
