import AjarEngine
import AjarReminders
import AjarRuntime
import AjarTestSupport
import Foundation
import ServiceLifecycle
import Synchronization
import Testing

/// Firing delay for many reminders due at one moment, on a real SQLite file and the real clock.
/// Off by default (it takes a while): `AJAR_BENCHMARK=100000 swift test --filter SchedulerBenchmark`.
@Suite struct SchedulerBenchmarkTests {
    static let count = Int(ProcessInfo.processInfo.environment["AJAR_BENCHMARK"] ?? "") ?? 0

    /// Counts deliveries and notes when the first and the last happened.
    final class CountingTransport: ReminderTransport {
        let scheme = "irc"
        let state = Mutex<(count: Int, first: Date?, last: Date?)>((0, nil, nil))
        func validate(_ target: ReminderTarget) throws(ReminderTargetError) {}
        func deliver(_ delivery: ReminderDelivery) async throws(ReminderDeliveryError) {
            let now = Date()
            state.withLock { state in
                state.count += 1
                state.first = state.first ?? now
                state.last = now
            }
        }
    }

    @Test(.enabled(if: count > 0), .timeLimit(.minutes(10)))
    func firingDelayForRemindersDueAtTheSameMoment() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteConversationStore(path: folder.appendingPathComponent("ajar.sqlite").path)
        let due = Date().addingTimeInterval(Double(Self.count) / 20_000 + 5)
        let insertStart = Date()
        for batch in stride(from: 0, to: Self.count, by: 10_000) {
            let reminders = (batch..<min(batch + 10_000, Self.count)).map { index in
                Reminder(conversation: nil, target: "irc:#bench", text: "r\(index)", dueAt: due, createdAt: insertStart)
            }
            try await store.commit(Session(scriptVersion: "bench", state: "s"), for: ConversationID("bench:\(batch)")!, at: insertStart, reminders: reminders)
        }
        let inserted = Date().timeIntervalSince(insertStart)
        #expect(Date() < due, "inserting took longer than planned")

        let transport = CountingTransport()
        let scheduler = ReminderService(queue: StoreReminderQueue(store: store), router: ReminderRouter([transport]), logger: .quiet)
        let group = ServiceGroup(configuration: .init(services: [scheduler], logger: .quiet))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            #expect(await eventually(timeout: 540) { transport.state.withLock { $0.count } >= Self.count })
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        let (count, first, last) = transport.state.withLock { $0 }
        let firstDelay = first.map { $0.timeIntervalSince(due) } ?? -1
        let lastDelay = last.map { $0.timeIntervalSince(due) } ?? -1
        print(String(format: "benchmark: %d reminders inserted in %.2f s; first fired %.3f s after due, last %.2f s after (%.0f/s)",
                     count, inserted, firstDelay, lastDelay, Double(count) / max(lastDelay - firstDelay, 0.001)))
        #expect(count == Self.count)
    }
}
