import AjarEngine
import AjarReminders
import AjarRuntime
import BenchKit
import Foundation
import Logging

/// Reminders: many due at the same moment, fired by the real ``ReminderService`` and
/// ``StoreReminderQueue`` from a real SQLite file through a transport that only counts; then the
/// store's reminder operations on their own (`ReminderBenchmarks+Store.swift`).
struct ReminderBenchmarks {
    /// Why a reminder benchmark could not finish.
    enum Failure: Error, CustomStringConvertible {
        case notAllDelivered(delivered: Int, expected: Int, seconds: Double)
        case duplicateDeliveries(distinct: Int, deliveries: Int)
        case leftPending(Int)

        var description: String {
            switch self {
            case .notAllDelivered(let delivered, let expected, let seconds):
                "reminder firing: \(delivered) of \(expected) reminders delivered after \(Int(seconds)) s"
            case .duplicateDeliveries(let distinct, let deliveries):
                "reminder firing: \(deliveries) deliveries for \(distinct) reminders"
            case .leftPending(let count):
                "reminder firing: \(count) reminders still pending in the store after every delivery (10: 10 or more)"
            }
        }
    }

    /// The target scheme of the benchmark's reminders, served by ``CountingTransport``.
    static let scheme = "bench"
    /// Reminders written per transaction when filling a store.
    static let insertBatch = 10_000

    let settings: BenchSettings
    let report: Report
    let logger = Logger(label: "ajar.bench", factory: { _ in SwiftLogNoOpLogHandler() })

    func run() async throws {
        try await firing()
        try await storeOperations()
    }

    /// `settings.reminders` reminders, all due at one moment a little after they are stored; the
    /// scheduler starts before that moment and sleeps until it, as in `ajar serve`.
    private func firing() async throws {
        let count = settings.reminders
        let label = Format.count(Double(count))
        let store = try SQLiteConversationStore(path: settings.scratch + "/reminders-firing.sqlite")
        // Planned from about 20,000 stored per second (a slow run), plus a margin for the scheduler to start.
        let due = Self.wholeMilliseconds(Date().addingTimeInterval(Double(count) / 20_000 + (settings.quick ? 0.5 : 2)))
        let inserted = try await Self.fill(store, count: count, dueAt: due)
        report.add("reminders", "store \(label) reminders due at one moment (transactions of \(Format.count(Double(Self.insertBatch))))",
                   Format.duration(nanoseconds: inserted * 1e9), key: "reminders_insert_s", raw: inserted)
        let startedLate = Date().timeIntervalSince(due)
        if startedLate > 0 {
            report.note("reminder firing: storing took longer than planned; the scheduler started \(Format.fixed(startedLate, 2)) s after the due time")
        }

        let transport = CountingTransport(scheme: Self.scheme, expected: count)
        let service = ReminderService(
            queue: StoreReminderQueue(store: store, schemes: [Self.scheme]), router: ReminderRouter([transport]), logger: logger)
        let scheduler = Task { try await service.run() }
        let started = Date()
        let limit: Double = settings.quick ? 120 : 900
        while transport.count < count, Date().timeIntervalSince(started) < limit {
            try await Task.sleep(for: .milliseconds(10))
        }
        // The last deliveries are still being marked in the store: stopping now (cancelling) would
        // leave them pending, so wait for the store to show none left.
        var pending = try await Self.pending(in: store, before: due)
        while pending > 0, Date().timeIntervalSince(started) < limit {
            try await Task.sleep(for: .milliseconds(10))
            pending = try await Self.pending(in: store, before: due)
        }
        scheduler.cancel()
        try await scheduler.value

        let tally = transport.snapshot()
        guard tally.count >= count else {
            throw Failure.notAllDelivered(delivered: tally.count, expected: count, seconds: limit)
        }
        guard tally.ids.count == tally.count else {
            throw Failure.duplicateDeliveries(distinct: tally.ids.count, deliveries: tally.count)
        }
        guard pending == 0 else { throw Failure.leftPending(pending) }

        let first = (tally.first ?? due).timeIntervalSince(due)
        let last = (tally.last ?? due).timeIntervalSince(due)
        let lateness = Samples(tally.lateness.map { UInt64(max(0, $0) * 1e9) })
        report.add("reminders", "\(label) due at once: first delivered after the due time",
                   Format.duration(nanoseconds: first * 1e9), key: "reminders_first_delay_ms", raw: first * 1000)
        report.add("reminders", "\(label) due at once: last delivered after the due time",
                   Format.duration(nanoseconds: last * 1e9), key: "reminders_last_delay_s", raw: last)
        report.add("reminders", "\(label) due at once: deliveries per second (count / last delay)",
                   Format.count(Double(count) / max(last, 1e-3)), key: "reminders_fired_per_s", raw: Double(count) / max(last, 1e-3))
        report.add("reminders", "\(label) due at once: lateness p50 / p99",
                   "\(Format.duration(nanoseconds: lateness.percentile(0.5))) / \(Format.duration(nanoseconds: lateness.percentile(0.99)))",
                   key: "reminders_lateness_p99_s", raw: lateness.percentile(0.99) / 1e9)
        report.record("reminders_lateness_p50_s", lateness.percentile(0.5) / 1e9)
    }

    /// Stores `count` reminders for `bench:sink`, all due at `dueAt`, in transactions of
    /// ``insertBatch`` (each a turn's commit with its reminders); returns the seconds it took.
    static func fill(_ store: SQLiteConversationStore, count: Int, dueAt: Date, prefix: String = "r") async throws -> Double {
        let now = Date()
        let session = Session(scriptVersion: "bench", state: "start")
        return try await Ticks.seconds {
            for batch in stride(from: 0, to: count, by: insertBatch) {
                let reminders = (batch..<min(batch + insertBatch, count)).map { index in
                    Reminder(conversation: nil, target: "\(scheme):sink", text: "\(prefix)\(index)", dueAt: dueAt, createdAt: now)
                }
                guard let conversation = ConversationID("bench:\(prefix)\(batch)") else { continue }
                try await store.commit(session, for: conversation, at: now, reminders: reminders)
            }
        }
    }

    /// Reminders still pending (up to 10), of those due at `due`.
    private static func pending(in store: SQLiteConversationStore, before due: Date) async throws -> Int {
        try await store.dueReminders(at: due.addingTimeInterval(1), target: nil, limit: 10).count
    }

    /// The store keeps milliseconds: a due time it gives back equals the one given.
    static func wholeMilliseconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.up) / 1000)
    }
}
