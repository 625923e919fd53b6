import AjarEngine
import AjarRuntime
import AjarSafety
import AjarTestSupport
import Foundation
import Testing

/// Whole conversations through the real runtime, the default dialogue and the safety layer.
@Suite struct SafetyLayerTests {
    typealias F = SafetyFixture

    func say(_ runtime: ConversationRuntime, _ id: ConversationID, _ text: String) async throws -> [String] {
        try await runtime.handle(F.message(id, text)).replies
    }

    @Test func afterAGentleCheckAndAYesTheCoachingGoesOnWhereItWas() async throws {
        let (runtime, _) = F.runtime()
        let id = F.id()
        _ = try await runtime.open(id)
        _ = try await say(runtime, id, "How do I get my partner to open up to me?")
        #expect(try await say(runtime, id, "I feel hopeless") == [F.check(.crisis)])
        let replies = try await say(runtime, id, "yes I'm safe")
        #expect(replies.first == "Thank you for telling me. I'm glad.")
        #expect(replies.contains("Whenever you're ready, here's where we were:"))
        #expect(replies.last == "How does that sit with you?")
        // The dialogue itself was not moved by any of this.
        #expect(try await say(runtime, id, "makes sense").contains { $0.contains("Wynne") })
    }

    @Test func youMisunderstoodDoesNotEraseTheResources() async throws {
        let (runtime, _) = F.runtime()
        let id = F.id()
        _ = try await runtime.open(id)
        #expect(try await say(runtime, id, "I want to kill myself").joined().contains("988"))
        let replies = try await say(runtime, id, "you misunderstood, I was joking")
        #expect(replies.first == "Thank you for telling me, and I'm sorry if I misread you.")
        #expect(replies.joined().contains("988"))
        #expect(replies.joined().contains("findahelpline.com"))
        #expect(replies.last == "What's on your mind?")
    }

    @Test func noToTheSafetyQuestionPutsDangerFirst() async throws {
        let (runtime, _) = F.runtime()
        let id = F.id()
        _ = try await runtime.open(id)
        _ = try await say(runtime, id, "I can't go on")
        let replies = try await say(runtime, id, "no")
        #expect(replies.first == "Thank you for telling me. Your safety comes first.")
        #expect(replies.contains { $0.contains("911") })
        #expect(replies.contains { $0.contains("988") })
    }

    @Test func abuseEndsTheCoachingCancelsRemindersAndMakesThemNeutral() async throws {
        let store = MemoryConversationStore()
        let (runtime, layer) = F.runtime(store: store)
        let id = F.id()
        _ = try await runtime.open(id)
        _ = try await say(runtime, id, "How do I get my husband to open up?")
        // Scheduled however the dialogue words it (in seconds or at a time of day): one pending row.
        _ = try await runtime.handle(F.message(id, "remind me tomorrow to thank him"))
        #expect(try await store.reminders(for: id).map(\.status) == [.pending])

        #expect(try await say(runtime, id, "He checks my phone every night and I'm scared of him").joined().contains("1-800-799-7233"))
        #expect(try await store.reminders(for: id).map(\.status) == [.cancelled])
        #expect(await layer.isFlagged(id))

        _ = try await say(runtime, id, "I'm safe for now")
        let first = try await say(runtime, id, "How do I get my husband to open up?")
        #expect(first.first?.contains("won't give advice about getting a partner to open up") == true)
        for text in ["ok", "he is just stressed", "how can I make him talk to me?"] {
            let replies = try await say(runtime, id, text)
            #expect(!replies.contains { $0.contains("What is keeping") || $0.contains("set the table") }, "\(replies)")
        }

        let webhook = Reminder(conversation: id, target: id.rawValue, text: "Did you thank him for opening up?", dueAt: F.noon, createdAt: F.noon)
        #expect(await layer.deliverableText(for: webhook) == F.data.replies.neutralReminder)
        #expect(await layer.opening(for: id)?.joined().contains("1-800-799-7233") == true)
        #expect(try await say(runtime, id, "bye") == ["Take good care of yourself. The door is open whenever you want to talk."])
    }

    @Test func stopRemindersCancelsThePendingOnes() async throws {
        let store = MemoryConversationStore()
        let (runtime, _) = F.runtime(store: store)
        let id = F.id()
        _ = try await runtime.open(id)
        _ = try await say(runtime, id, "remind me in a week to ask her about her day")
        #expect(try await store.reminders(for: id).map(\.status) == [.pending])
        let replies = try await say(runtime, id, "please stop all my reminders")
        #expect(replies == ["Done: no more reminders from me. If you'd like one again later, just ask."])
        #expect(try await store.reminders(for: id).map(\.status) == [.cancelled])
    }

    @Test func otherPeopleAreUntouchedByOnePersonsFlag() async throws {
        let (runtime, _) = F.runtime()
        let alice = F.id(), bob = F.id()
        _ = try await runtime.open(alice)
        _ = try await runtime.open(bob)
        _ = try await say(runtime, alice, "he hits me")
        let replies = try await say(runtime, bob, "How do I get my partner to open up to me?")
        #expect(replies.contains("What is keeping your partner from opening up to you?"))
    }

    @Test func theBritishHelpLinesComeFromTheSameFile() async throws {
        let data = try SafetyData.load(directory: F.root.appendingPathComponent("config/safety").path, locale: "en-GB")
        let store = MemoryConversationStore()
        let layer = SafetyLayer(data: data, records: MemorySafetyRecordStore(), store: store, engine: F.engine)
        let runtime = ConversationRuntime(engine: F.engine, store: store, safety: layer)
        let id = F.id()
        let replies = try await say(runtime, id, "I want to end my life")
        #expect(replies.contains { $0.contains("116 123") })
        #expect(replies.contains { $0.contains("999") })
        #expect(!replies.contains { $0.contains("988") })
    }
}
