import AjarReminders
import AjarRuntime
import AjarTestSupport
import Foundation
import Logging
import ServiceLifecycle
import Testing

/// The scheduler with a hand-moved clock: due order, wake-ups, retries, quiet hours, restarts.
@Suite struct ReminderServiceTests {
    let clock = ManualReminderClock()
    var start: Date { clock.now() }

    func reminder(_ text: String, in seconds: TimeInterval, to target: String = "irc:#ajar") -> Reminder {
        Reminder(conversation: nil, target: target, text: text, dueAt: start.addingTimeInterval(seconds), createdAt: start)
    }

    /// Runs a scheduler over `store` while `body` runs, then shuts it down gracefully.
    func withScheduler(
        store: any ConversationStore, transport: RecordingTransport, settings: ReminderService.Settings = .init(),
        events: any ReminderEvents = NoReminderEvents(),
        _ body: (ReminderService) async throws -> Void
    ) async throws {
        let service = ReminderService(
            queue: StoreReminderQueue(store: store), router: ReminderRouter([transport]), settings: settings,
            clock: clock, events: events, logger: .quiet)
        let group = ServiceGroup(configuration: .init(services: [service], logger: .quiet))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            do {
                try await body(service)
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    /// Waits until the scheduler is asleep on the clock with no delivery in flight, so every
    /// outcome (and retry time) is recorded before the test moves the clock.
    func settled(_ service: ReminderService) async -> Bool {
        await eventually { clock.sleeperCount > 0 && service.deliveriesInFlight == 0 }
    }

    @Test func deliversOverdueAtOnceThenEachInDueOrderOnce() async throws {
        let store = MemoryConversationStore()
        for (text, offset) in [("thirty", 30.0), ("ten", 10), ("twenty", 20), ("overdue", -100)] {
            await store.add(reminder(text, in: offset))
        }
        let transport = RecordingTransport(scheme: "irc")
        try await withScheduler(store: store, transport: transport) { service in
            #expect(await eventually { transport.deliveries.count == 1 })
            #expect(await settled(service))
            clock.advance(by: 10)
            #expect(await eventually { transport.deliveries.count == 2 })
            #expect(await settled(service))
            clock.advance(by: 9)
            #expect(await settled(service))
            #expect(transport.deliveries.count == 2)
            // One at a time: reminders due together are delivered side by side, in no set order.
            clock.advance(by: 1)
            #expect(await eventually { transport.deliveries.count == 3 })
            #expect(await settled(service))
            clock.advance(by: 10)
            #expect(await eventually { transport.deliveries.count == 4 })
        }
        #expect(transport.deliveries.map(\.text) == ["overdue", "ten", "twenty", "thirty"])
        let due = await store.dueReminders(at: .distantFuture, target: nil, limit: 10)
        #expect(due.isEmpty)
    }

    @Test func wakesEarlyForAReminderDueBeforeItsSleepEnds() async throws {
        let store = MemoryConversationStore()
        await store.add(reminder("late", in: 3600))
        let transport = RecordingTransport(scheme: "irc")
        try await withScheduler(store: store, transport: transport) { service in
            #expect(await settled(service))
            let early = reminder("early", in: 5)
            await store.add(early)
            await service.scheduled([early])
            try await Task.sleep(for: .milliseconds(50))
            #expect(await settled(service))
            clock.advance(by: 5)
            #expect(await eventually { transport.deliveries.map(\.text) == ["early"] })
        }
    }

    @Test func retriesWithBackoffAndDeliversOnce() async throws {
        let store = MemoryConversationStore()
        let due = reminder("retry me", in: 0)
        await store.add(due)
        let transport = RecordingTransport(scheme: "irc", failures: 2)
        let settings = ReminderService.Settings(retry: RetryPolicy(maximumAttempts: 5, initialDelay: .seconds(10), jitter: 0))
        try await withScheduler(store: store, transport: transport, settings: settings) { service in
            let id = due.id.uuidString.lowercased()
            #expect(await eventually { transport.attempts(id) == 1 })
            #expect(await settled(service))
            clock.advance(by: 9.9)
            #expect(await settled(service))
            #expect(transport.attempts(id) == 1)
            clock.advance(by: 0.1)
            #expect(await eventually { transport.attempts(id) == 2 })
            #expect(await settled(service))
            clock.advance(by: 20)
            #expect(await eventually { transport.deliveries.count == 1 })
        }
        let stored = await store.reminders(for: ConversationID("irc:#ajar")!)
        #expect(stored.map(\.status) == [.delivered])
        #expect(stored.map(\.attempts) == [3])
    }

    @Test func givesUpAfterTheLastAttemptAndOnPermanentErrors() async throws {
        let store = MemoryConversationStore()
        await store.add(reminder("flaky", in: 0))
        await store.add(reminder("refused", in: 0, to: "irc:bob"))
        let transport = RecordingTransport(scheme: "irc", failures: 100)
        let settings = ReminderService.Settings(retry: RetryPolicy(maximumAttempts: 3, initialDelay: .seconds(1), jitter: 0))
        try await withScheduler(store: store, transport: transport, settings: settings) { service in
            #expect(await eventually {
                if clock.sleeperCount > 0 && service.deliveriesInFlight == 0 { clock.advance(by: 10) }
                return await store.dueReminders(at: .distantFuture, target: nil, limit: 10).isEmpty
            })
        }
        let flaky = await store.reminders(for: ConversationID("irc:#ajar")!)
        #expect(flaky.map(\.status) == [.failed])
        #expect(flaky.map(\.attempts) == [3])
    }

    @Test func permanentErrorsFailAtOnce() async throws {
        let store = MemoryConversationStore()
        await store.add(reminder("refused", in: 0, to: "irc:bob"))
        let transport = RecordingTransport(scheme: "irc", failures: 100, failure: .permanent("no such nick"))
        try await withScheduler(store: store, transport: transport) { service in
            #expect(await eventually { await store.reminders(for: ConversationID("irc:bob")!).first?.status == .failed })
        }
        #expect(transport.attempts(await store.reminders(for: ConversationID("irc:bob")!)[0].id.uuidString.lowercased()) == 1)
    }

    @Test func holdsRemindersDueInQuietHoursUntilTheyEnd() async throws {
        // The clock starts at 2027-01-15T08:00:00Z; the window is 22:00-08:00 UTC.
        let quiet = QuietHours("22:00-08:00", timeZone: TimeZone(identifier: "UTC")!)!
        let store = MemoryConversationStore()
        await store.add(reminder("at night", in: 15 * 3600))      // 23:00
        await store.add(reminder("loud pager", in: 15 * 3600, to: "irc:pager"))
        let transport = RecordingTransport(scheme: "irc")
        let settings = ReminderService.Settings(quietHours: QuietHoursPolicy(defaultHours: quiet, overrides: ["irc:pager": .none]))
        try await withScheduler(store: store, transport: transport, settings: settings) { service in
            #expect(await settled(service))
            clock.advance(by: 15 * 3600)
            #expect(await eventually { transport.deliveries.map(\.text) == ["loud pager"] })
            #expect(await settled(service))
            clock.advance(by: 9 * 3600 - 60)     // 07:59
            #expect(await settled(service))
            #expect(transport.deliveries.count == 1)
            clock.advance(by: 60)                // 08:00
            #expect(await eventually { transport.deliveries.map(\.text) == ["loud pager", "at night"] })
        }
    }

    @Test func manyDueAtOnceAreEachDeliveredExactlyOnce() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteConversationStore(path: folder.appendingPathComponent("ajar.sqlite").path)
        for index in 0..<500 { try await store.add(reminder("r\(index)", in: 0)) }
        let transport = RecordingTransport(scheme: "irc", delay: .milliseconds(1))
        try await withScheduler(store: store, transport: transport, settings: .init(maximumConcurrentDeliveries: 16)) { service in
            #expect(await eventually(timeout: 30) { transport.deliveries.count >= 500 })
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(transport.deliveries.count == 500)
        #expect(Set(transport.deliveries.map(\.id)).count == 500)
        #expect(try await store.dueReminders(at: .distantFuture, target: nil, limit: 10).isEmpty)
    }

    @Test func aClaimedButUnmarkedReminderIsDueAgainWhenItsClaimExpiresAfterARestart() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ajar.sqlite").path
        let due = reminder("claimed", in: 0)
        do {
            let store = try SQLiteConversationStore(path: path)
            try await store.add(due)
            let queue = StoreReminderQueue(store: store, claimDuration: .seconds(30))
            #expect(try await queue.claimDue(at: start, limit: 10).map(\.id) == [due.id])
            #expect(try await queue.claimDue(at: start, limit: 10).isEmpty)   // claimed: not handed out twice
        }   // killed: no release
        let reopened = StoreReminderQueue(store: try SQLiteConversationStore(path: path))
        #expect(try await reopened.claimDue(at: start.addingTimeInterval(29), limit: 10).isEmpty)
        #expect(try await reopened.nextDueTime() == start.addingTimeInterval(30))
        #expect(try await reopened.claimDue(at: start.addingTimeInterval(30), limit: 10).map(\.id) == [due.id])
    }

    @Test func aRetryWaitsFromItsStoredTimeAfterARestartAndKeepsCountingAttempts() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ajar.sqlite").path
        let origin = start   // `start` follows the clock
        let due = reminder("flaky", in: 0)
        let id = due.id.uuidString.lowercased()
        let settings = ReminderService.Settings(retry: RetryPolicy(maximumAttempts: 3, initialDelay: .seconds(10), jitter: 0))
        let before = RecordingTransport(scheme: "irc", failures: 100)
        try await withScheduler(store: try SQLiteConversationStore(path: path), transport: before, settings: settings) { service in
            let store = try SQLiteConversationStore(path: path)
            try await store.add(due)
            await service.scheduled([due])
            #expect(await eventually { before.attempts(id) == 1 })
            #expect(await settled(service))
            clock.advance(by: 10)
            #expect(await eventually { before.attempts(id) == 2 })
            #expect(await settled(service))
        }
        let stored = try await SQLiteConversationStore(path: path).reminders(for: ConversationID("irc:#ajar")!)
        #expect(stored.map(\.attempts) == [2])
        #expect(stored.map(\.dueAt) == [origin.addingTimeInterval(30)])   // 10 s, then 20 s after the second failure

        let after = RecordingTransport(scheme: "irc", failures: 100)
        let reopened = try SQLiteConversationStore(path: path)
        try await withScheduler(store: reopened, transport: after, settings: settings) { service in
            #expect(await settled(service))
            #expect(after.attempts(id) == 0)
            clock.advance(by: 19.9)
            #expect(await settled(service))
            #expect(after.attempts(id) == 0)
            clock.advance(by: 0.1)
            #expect(await eventually { await (try? reopened.reminders(for: ConversationID("irc:#ajar")!).first?.status) == .failed })
        }
        #expect(after.attempts(id) == 1)   // the third and last attempt
        #expect(try await reopened.reminders(for: ConversationID("irc:#ajar")!).map(\.attempts) == [3])
    }

    @Test func leavesTargetsItCannotDeliverAlone() async throws {
        let store = MemoryConversationStore()
        await store.add(reminder("for the terminal", in: 0, to: "terminal:alice"))
        await store.add(reminder("for irc", in: 1, to: "irc:#ajar"))
        let router = ReminderRouter([RecordingTransport(scheme: "irc")])
        let queue = StoreReminderQueue(store: store, schemes: Set(router.schemes))
        #expect(try await queue.claimDue(at: start.addingTimeInterval(5), limit: 10).map(\.text) == ["for irc"])
        #expect(try await queue.nextDueTime() == nil)
        #expect(await store.dueReminders(at: .distantFuture, target: "terminal:alice", limit: 10).count == 1)
    }

    @Test func forgetsAWaitingReminderThatWasCancelledMeanwhile() async throws {
        let store = MemoryConversationStore()
        let due = reminder("cancelled", in: 0)
        await store.add(due)
        let queue = StoreReminderQueue(store: store)
        #expect(try await queue.claimDue(at: start, limit: 10).count == 1)
        try await queue.retry(due.id, at: start.addingTimeInterval(10))
        #expect(try await queue.nextDueTime() == start.addingTimeInterval(10))
        #expect(await store.cancelReminders(of: ConversationID("irc:#ajar")!) == 1)   // "stop reminders", or the safety layer
        #expect(try await queue.claimDue(at: start.addingTimeInterval(11), limit: 10).isEmpty)
        #expect(try await queue.nextDueTime() == nil)
        try await queue.retry(due.id, at: start.addingTimeInterval(20))   // a late outcome does not revive it
        #expect(await store.reminders(for: ConversationID("irc:#ajar")!).map(\.status) == [.cancelled])
    }
}
