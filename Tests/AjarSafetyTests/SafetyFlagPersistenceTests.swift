import AjarEngine
import AjarRuntime
import AjarSafety
import AjarTestSupport
import Foundation
import Testing

/// The flag in the store's own table: it outlives the process, `/restart` and new sessions, greets
/// a returning person instead of their old coaching question, and goes only with `forget`.
@Suite struct SafetyFlagPersistenceTests {
    typealias F = SafetyFixture
    let folder: URL
    let path: String

    init() throws {
        folder = try AjarBinary.temporaryDirectory()
        path = folder.appendingPathComponent("ajar.sqlite").path
    }

    func say(_ runtime: ConversationRuntime, _ id: ConversationID, _ text: String) async throws -> [String] {
        try await runtime.handle(F.message(id, text)).replies
    }

    /// The conversation's row in the safety table, read by a store of its own on the file.
    func row(_ id: ConversationID) async throws -> StoredSafetyRecord? {
        try await SQLiteConversationStore(path: path).safetyRecord(for: id)
    }

    static let coaching = ["What is keeping", "set the table", "Set the scene", "Go meta", "Wynne"]

    func hasCoaching(_ lines: [String]) -> Bool {
        lines.contains { line in Self.coaching.contains { line.contains($0) } }
    }

    @Test func theFlagSurvivesARestartOfTheProcess() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = F.id("terminal:sam")
        do {
            let (runtime, _) = F.runtime(store: try SQLiteConversationStore(path: path))
            _ = try await runtime.open(id)
            #expect(hasCoaching(try await say(runtime, id, "How do I get my husband to open up to me?")))
            _ = try await say(runtime, id, "remind me tomorrow to thank him")
            #expect(try await runtime.store.reminders(for: id).map(\.status) == [.pending])
            #expect(try await say(runtime, id, "He checks my phone every night").joined().contains("1-800-799-7233"))
        }
        let flagged = try #require(try await row(id))
        #expect(flagged.concern == "abuse" && flagged.count == 1 && flagged.firstFlaggedAt == F.noon)

        // A new process on the same file.
        let store = try SQLiteConversationStore(path: path)
        let (runtime, layer) = F.runtime(store: store)
        #expect(await layer.isFlagged(id))
        let opening = try await runtime.open(id)
        #expect(opening.isSensitive && !opening.isResumed)
        #expect(opening.replies.first == "Welcome back. I'm glad you're here, and I'm here to listen.")
        #expect(opening.replies.joined().contains("1-800-799-7233") && opening.replies.joined().contains("911"))
        #expect(!hasCoaching(opening.replies))
        #expect(try await store.reminders(for: id).map(\.status) == [.cancelled])

        // The "Are you safe right now?" of the abuse reply is still waiting for its answer.
        #expect(try await say(runtime, id, "How do I get my husband to open up to me?") == ["Before we go on: are you safe right now?"])
        #expect(!hasCoaching(try await say(runtime, id, "yes, I'm safe")))
        let replies = try await say(runtime, id, "How do I get my husband to open up to me?")
        #expect(!hasCoaching(replies), "\(replies)")
        #expect(replies.first?.contains("won't give advice about getting a partner to open up") == true)
        // Asking for a reminder again reaches the layer, not the dialogue: nothing is scheduled.
        #expect(!hasCoaching(try await say(runtime, id, "remind me tomorrow to thank him")))
        #expect(try await store.reminders(for: id).map(\.status) == [.cancelled])

        // /restart starts the dialogue's session over; the flag and its opening stay.
        let restarted = try await runtime.restart(id)
        #expect(restarted.isSensitive && restarted.replies == opening.replies)
        #expect(!hasCoaching(try await say(runtime, id, "can we start over? how do I get him to talk to me?")))
        #expect(try await row(id)?.concern == "abuse")
    }

    @Test func aFlagFromTheVeryFirstMessageNeedsNoSession() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = F.id("irc:robin")
        do {
            let (runtime, _) = F.runtime(store: try SQLiteConversationStore(path: path))
            #expect(try await runtime.handle(F.message(id, "my boyfriend won't let me see my friends")).isSensitive)
        }
        let store = try SQLiteConversationStore(path: path)
        #expect(try await store.session(for: id) == nil)
        let (runtime, _) = F.runtime(store: store)
        #expect(try await runtime.open(id).replies.joined().contains("1-800-799-7233"))
        #expect(!hasCoaching(try await say(runtime, id, "How do I get my boyfriend to open up to me?")))
    }

    @Test func forgetClearsTheFlagBecauseItIsTheirData() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = F.id("terminal:kim")
        let (runtime, layer) = F.runtime(store: try SQLiteConversationStore(path: path))
        _ = try await runtime.open(id)
        _ = try await say(runtime, id, "he slapped me last night")
        #expect(try await row(id) != nil)
        try await runtime.forget(id)
        #expect(try await row(id) == nil)
        #expect(!(await layer.isFlagged(id)))
        let opening = try await runtime.open(id)
        #expect(!opening.isSensitive && opening.replies.joined().contains("automated coach"))
    }

    @Test func youMisunderstoodAfterAnAbuseReplyKeepsTheHelpLinesAndTheFlag() async throws {
        let store = MemoryConversationStore()
        let (runtime, layer) = F.runtime(store: store)
        let id = F.id()
        _ = try await runtime.open(id)
        _ = try await say(runtime, id, "My wife threw a plate at me")
        let replies = try await say(runtime, id, "you misunderstood, it was a joke")
        #expect(replies.first == "Thank you for telling me, and I'm sorry if I misread you.")
        #expect(replies.joined().contains("1-800-799-7233"), "\(replies)")
        #expect(await layer.isFlagged(id))
        // The door stays open: the layer keeps answering, with care, never with coaching.
        let next = try await say(runtime, id, "How do I get my wife to open up to me?")
        #expect(!next.isEmpty && !hasCoaching(next))
        #expect(next.joined().contains("I'm still here to listen"))
    }

    @Test func abuseStaysTheConcernWhenAnotherFollowsAndEveryFlagIsCounted() async throws {
        let store = MemoryConversationStore()
        let (runtime, _) = F.runtime(store: store)
        let id = F.id()
        _ = try await say(runtime, id, "he hits me")
        #expect(try await say(runtime, id, "I want to kill myself").joined().contains("988"))
        let record = try await ConversationSafetyRecordStore(store: store).record(for: id)
        #expect(record.concern == .abuse && record.flagCount == 2)
        #expect(record.firstFlaggedAt == F.noon && record.lastFlaggedAt == F.noon)
        #expect(try await store.safetyRecord(for: id)?.concern == "abuse")
    }

    @Test func aCrisisIsRecordedButTheCoachingComesBackWhenTheyAreSafe() async throws {
        let store = MemoryConversationStore()
        let (runtime, _) = F.runtime(store: store)
        let id = F.id()
        _ = try await runtime.open(id)
        _ = try await say(runtime, id, "I want to end my life")
        _ = try await say(runtime, id, "yes I'm safe")
        #expect(try await store.safetyRecord(for: id)?.concern == "crisis")
        #expect(try await runtime.open(id).isSensitive == false)
        let replies = try await say(runtime, id, "How do I get my partner to open up to me?")
        #expect(replies.contains("What is keeping your partner from opening up to you?"))
    }

    @Test func aGentleCheckWaitsForItsAnswerAcrossARestart() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = F.id("terminal:lee")
        do {
            let (runtime, _) = F.runtime(store: try SQLiteConversationStore(path: path))
            _ = try await runtime.open(id)
            #expect(try await say(runtime, id, "I feel hopeless") == [F.check(.crisis)])
        }
        #expect(try await row(id).map { $0.concern == nil && $0.count == 0 && $0.state.contains("crisis") } == true)
        let (runtime, _) = F.runtime(store: try SQLiteConversationStore(path: path))
        let replies = try await say(runtime, id, "no")
        #expect(replies.first == "Thank you for telling me. Your safety comes first.")
        #expect(replies.joined().contains("988"))
        #expect(try await row(id)?.concern == "crisis")
    }
}
