import AjarRuntime
import BenchKit
import Foundation

/// The SQLite store's reminder operations on their own: what bounds the firing rate (claim a
/// batch, mark each delivered) and the rate at which reminders are accepted (one transaction per
/// `add`, or per receipt and reminder for an HTTP request with a `webhook-id`).
extension ReminderBenchmarks {
    /// Requests in flight at once in the concurrent modes (as `wrk -c32`).
    static let concurrency = 32
    /// Reminders claimed per call, the scheduler's `claimBatchSize`.
    static let claimBatch = 512

    func storeOperations() async throws {
        let store = try SQLiteConversationStore(path: settings.scratch + "/reminders-store.sqlite")
        let pending = settings.reminders
        let label = Format.count(Double(pending))
        _ = try await Self.fill(store, count: pending, dueAt: Date().addingTimeInterval(-60), prefix: "c")
        try await claims(store, label: label)
        try await marks(store)
        try await adds(store)
    }

    /// `claimDueReminders(limit: 512)` among `settings.reminders` due ones; after each call the
    /// claims are released (not timed), so every call works at the head of a full queue.
    private func claims(_ store: SQLiteConversationStore, label: String) async throws {
        let calls = settings.quick ? 5 : 50
        let claimer = "bench-claims"
        var samples: [UInt64] = []
        var claimed = 0
        for _ in 0..<calls {
            let now = Date()
            let start = Ticks.now()
            let batch = try await store.claimDueReminders(
                at: now, claimer: claimer, until: now.addingTimeInterval(30), schemes: [Self.scheme], limit: Self.claimBatch)
            samples.append(Ticks.now() - start)
            claimed += batch.count
            try await store.releaseClaims(of: claimer)
        }
        let sorted = Samples(samples)
        let perSecond = Double(claimed) / (Double(samples.reduce(0, +)) / 1e9)
        report.add("reminders", "store: reminders claimed per second (batches of \(Self.claimBatch), \(label) due)",
                   Format.count(perSecond), key: "reminders_claims_per_s", raw: perSecond)
        report.add("reminders", "store: one claim of \(Self.claimBatch), p50 / max",
                   "\(Format.duration(nanoseconds: sorted.percentile(0.5))) / \(Format.duration(nanoseconds: sorted.max))",
                   key: "reminders_claim_p50_ns", raw: sorted.percentile(0.5))
    }

    /// `markReminder(_:status: .delivered)` one after another: one transaction each, as the
    /// scheduler records every delivery.
    private func marks(_ store: SQLiteConversationStore) async throws {
        let now = Date()
        let ids = try await store.claimDueReminders(
            at: now, claimer: "bench-marks", until: now.addingTimeInterval(600), schemes: nil, limit: settings.reminderAdds
        ).map(\.id)
        let seconds = try await Ticks.seconds {
            for id in ids { try await store.markReminder(id, status: .delivered) }
        }
        report.add("reminders", "store: reminders marked delivered per second, one after another",
                   Format.count(Double(ids.count) / seconds), key: "reminders_marks_per_s", raw: Double(ids.count) / seconds)
    }

    /// `add(_:)` awaited one after another and 32 at once, and `record(_:reminders:)` (receipt and
    /// reminder in one transaction, what `POST /v1/reminders` with a `webhook-id` does) 32 at once.
    private func adds(_ store: SQLiteConversationStore) async throws {
        let count = settings.reminderAdds
        let due = Date().addingTimeInterval(3_600)
        let sequential = try await Ticks.seconds {
            for index in 0..<count { try await store.add(Self.reminder("s\(index)", dueAt: due)) }
        }
        report.add("reminders", "store: add(_:) accepted per second, one after another",
                   Format.count(Double(count) / sequential), key: "reminders_adds_per_s", raw: Double(count) / sequential)

        let concurrent = try await Self.concurrently(count) { index in try await store.add(Self.reminder("a\(index)", dueAt: due)) }
        report.add("reminders", "store: add(_:) accepted per second, \(Self.concurrency) at once",
                   Format.count(Double(count) / concurrent), key: "reminders_adds_concurrent_per_s", raw: Double(count) / concurrent)

        let receipts = try await Self.concurrently(count) { index in
            let now = Date()
            let receipt = RequestReceipt(key: "bench-\(index)", requestHash: "h\(index)", status: 202, body: "{}", createdAt: now)
            try await store.record(receipt, reminders: [Self.reminder("w\(index)", dueAt: due)])
        }
        report.add("reminders", "store: record(_:reminders:) (receipt + reminder) per second, \(Self.concurrency) at once",
                   Format.count(Double(count) / receipts), key: "reminders_receipts_concurrent_per_s", raw: Double(count) / receipts)
    }

    private static func reminder(_ text: String, dueAt: Date) -> Reminder {
        Reminder(conversation: nil, target: "\(scheme):sink", text: text, dueAt: dueAt, createdAt: Date())
    }

    /// Runs `body(0..<count)` with ``concurrency`` calls in flight; returns the seconds it took.
    private static func concurrently(_ count: Int, _ body: @escaping @Sendable (Int) async throws -> Void) async throws -> Double {
        try await Ticks.seconds {
            try await withThrowingTaskGroup(of: Void.self) { group in
                var next = 0
                while next < min(concurrency, count) {
                    let index = next
                    group.addTask { try await body(index) }
                    next += 1
                }
                while try await group.next() != nil, next < count {
                    let index = next
                    group.addTask { try await body(index) }
                    next += 1
                }
                try await group.waitForAll()
            }
        }
    }
}
