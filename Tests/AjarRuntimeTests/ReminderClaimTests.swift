import AjarEngine
import AjarRuntime
import AjarTestSupport
import Foundation
import GRDB
import Testing

/// Durable claims and reschedules on a real SQLite file: two stores on one file (as two `ajar
/// serve` processes) never share a reminder, a dead claimer's claims expire, and retry times and
/// attempt counts survive reopening.
@Suite struct ReminderClaimTests {
    let folder: URL
    var path: String { folder.appendingPathComponent("ajar.sqlite").path }
    static let noon = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws { folder = try AjarBinary.temporaryDirectory() }

    func reminder(_ text: String, in seconds: TimeInterval = 0, to target: String = "irc:#ajar") -> Reminder {
        Reminder(conversation: nil, target: target, text: text, dueAt: Self.noon.addingTimeInterval(seconds), createdAt: Self.noon)
    }

    @Test func twoStoresOnOneFileClaimingTogetherNeverShareAReminder() async throws {
        let first = try SQLiteConversationStore(path: path)
        let second = try SQLiteConversationStore(path: path)
        let count = 2000
        for batch in stride(from: 0, to: count, by: 500) {
            let reminders = (batch..<batch + 500).map { reminder("r\($0)") }
            try await first.commit(Session(scriptVersion: "v", state: "s"), for: ConversationID("test:\(batch)")!, at: Self.noon, reminders: reminders)
        }
        /// Claims in small batches until nothing is left, as a scheduler would.
        func drain(_ store: SQLiteConversationStore, as claimer: String) async throws -> [UUID] {
            var taken: [UUID] = []
            while true {
                let batch = try await store.claimDueReminders(
                    at: Self.noon, claimer: claimer, until: Self.noon.addingTimeInterval(30), schemes: ["irc"], limit: 25)
                if batch.isEmpty { return taken }
                taken += batch.map(\.id)
            }
        }
        async let a = drain(first, as: "a")
        async let b = drain(second, as: "b")
        let (takenByA, takenByB) = try await (a, b)
        #expect(Set(takenByA).isDisjoint(with: takenByB))
        #expect(Set(takenByA + takenByB).count == count)
        #expect(takenByA.count + takenByB.count == count)
        #expect(!takenByA.isEmpty && !takenByB.isEmpty, "one store took everything: the test did not interleave")
        let held = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT claim_token, COUNT(*) AS n FROM reminder GROUP BY claim_token ORDER BY claim_token")
        }
        #expect(held.map { $0["claim_token"] as String? } == ["a", "b"])
        #expect(held.map { $0["n"] as Int } == [takenByA.count, takenByB.count])
    }

    typealias Kind = ConversationStoreTests.Kind

    /// A store of `kind` on this test's file (memory: a new one).
    func open(_ kind: Kind) throws -> any ConversationStore {
        switch kind {
        case .memory: MemoryConversationStore()
        case .sqlite: try SQLiteConversationStore(path: path)
        }
    }

    /// `store` as a restarted process finds it: the file opened again (memory: the same store).
    func reopen(_ store: any ConversationStore, _ kind: Kind) throws -> any ConversationStore {
        kind == .sqlite ? try open(kind) : store
    }

    // The claim semantics below run against both stores: the scheduler's unit tests use the
    // memory one, `serve` the SQLite one.

    @Test(arguments: Kind.allCases)
    func anExpiredClaimIsTakenByAnotherClaimerButNotBeforeIt(_ kind: Kind) async throws {
        let store = try open(kind)
        let due = reminder("claimed by a process that then died")
        try await store.add(due)
        let expiry = Self.noon.addingTimeInterval(30)
        #expect(try await store.claimDueReminders(at: Self.noon, claimer: "dead", until: expiry, schemes: nil, limit: 10).map(\.id) == [due.id])
        #expect(try await store.nextClaimableTime(claimer: "alive", schemes: nil) == expiry)
        #expect(try await store.nextClaimableTime(claimer: "dead", schemes: nil) == nil)   // its own claim

        let reopened = try reopen(store, kind)   // the restarted process
        #expect(try await reopened.claimDueReminders(
            at: expiry.addingTimeInterval(-0.001), claimer: "alive", until: expiry.addingTimeInterval(30), schemes: nil, limit: 10).isEmpty)
        let taken = try await reopened.claimDueReminders(
            at: expiry, claimer: "alive", until: expiry.addingTimeInterval(30), schemes: nil, limit: 10)
        #expect(taken.map(\.id) == [due.id])
        #expect(taken.first?.attempts == 0)
        // The claimer that held it expired does not take it back from the new holder.
        #expect(try await store.claimDueReminders(
            at: expiry.addingTimeInterval(1), claimer: "dead", until: expiry.addingTimeInterval(60), schemes: nil, limit: 10).isEmpty)
    }

    @Test(arguments: Kind.allCases)
    func renewedClaimsHoldAndReleasedOnesAreFreeAtOnce(_ kind: Kind) async throws {
        let store = try open(kind)
        let due = reminder("in flight")
        try await store.add(due)
        _ = try await store.claimDueReminders(at: Self.noon, claimer: "a", until: Self.noon.addingTimeInterval(30), schemes: nil, limit: 10)
        #expect(try await store.renewClaims(of: "a", until: Self.noon.addingTimeInterval(90)) == 1)
        #expect(try await store.claimDueReminders(
            at: Self.noon.addingTimeInterval(60), claimer: "b", until: Self.noon.addingTimeInterval(120), schemes: nil, limit: 10).isEmpty)
        #expect(try await store.releaseClaims(of: "a") == 1)
        #expect(try await store.claimDueReminders(
            at: Self.noon.addingTimeInterval(60), claimer: "b", until: Self.noon.addingTimeInterval(120), schemes: nil, limit: 10).map(\.id) == [due.id])
    }

    @Test(arguments: Kind.allCases)
    func claimsOnlyTheSchemesAskedForInDueOrder(_ kind: Kind) async throws {
        let store = try open(kind)
        for (text, offset, target) in [("chat", -5.0, "terminal:alice"), ("later", -1, "irc:bob"), ("hook", -3, "webhook:ops"), ("first", -4, "irc:#ajar")] {
            try await store.add(reminder(text, in: offset, to: target))
        }
        let taken = try await store.claimDueReminders(
            at: Self.noon, claimer: "a", until: Self.noon.addingTimeInterval(30), schemes: ["irc", "webhook"], limit: 10)
        #expect(taken.map(\.text) == ["first", "hook", "later"])
        #expect(try await store.nextClaimableTime(claimer: "a", schemes: ["irc", "webhook"]) == nil)
        #expect(try await store.nextClaimableTime(claimer: "a", schemes: nil) == Self.noon.addingTimeInterval(-5))
        #expect(try await store.claimDueReminders(at: Self.noon, claimer: "b", until: Self.noon, schemes: [], limit: 10).isEmpty)
    }

    @Test(arguments: Kind.allCases)
    func aRescheduledRetrySurvivesReopeningWithItsAttempts(_ kind: Kind) async throws {
        let due = reminder("flaky receiver")
        let retryAt = Self.noon.addingTimeInterval(600)
        let store = try open(kind)
        try await store.add(due)
        for attempt in 1...2 {
            let now = Self.noon.addingTimeInterval(Double(attempt))
            #expect(try await store.claimDueReminders(at: now, claimer: "a", until: now.addingTimeInterval(30), schemes: nil, limit: 1).count == 1)
            try await store.rescheduleReminder(due.id, to: attempt == 2 ? retryAt : now, countingAttempt: true)
        }
        // Quiet hours: moved again, no attempt counted.
        try await store.rescheduleReminder(due.id, to: retryAt, countingAttempt: false)

        let reopened = try reopen(store, kind)
        #expect(try await reopened.nextClaimableTime(claimer: "b", schemes: nil) == retryAt)
        #expect(try await reopened.claimDueReminders(
            at: retryAt.addingTimeInterval(-1), claimer: "b", until: retryAt, schemes: nil, limit: 10).isEmpty)
        let taken = try await reopened.claimDueReminders(at: retryAt, claimer: "b", until: retryAt.addingTimeInterval(30), schemes: nil, limit: 10)
        #expect(taken.map(\.id) == [due.id])
        #expect(taken.first?.attempts == 2)
        #expect(taken.first?.dueAt == retryAt)
    }

    @Test(arguments: Kind.allCases)
    func aReminderCancelledMeanwhileIsNotRevivedByALateReschedule(_ kind: Kind) async throws {
        let store = try open(kind)
        let id = ConversationID("irc:alice")!
        let due = Reminder(conversation: id, target: id.rawValue, text: "hi", dueAt: Self.noon, createdAt: Self.noon)
        try await store.add(due)
        _ = try await store.claimDueReminders(at: Self.noon, claimer: "a", until: Self.noon.addingTimeInterval(30), schemes: nil, limit: 1)
        #expect(try await store.cancelReminders(of: id) == 1)   // "stop reminders" while it was in flight
        try await store.rescheduleReminder(due.id, to: Self.noon.addingTimeInterval(10), countingAttempt: true)
        let stored = try await store.reminders(for: id)
        #expect(stored.map(\.status) == [.cancelled])
        #expect(stored.map(\.attempts) == [0])
        #expect(try await store.nextClaimableTime(claimer: "b", schemes: nil) == nil)
        #expect(try await store.releaseClaims(of: "a") == 0)   // cancelling let go of the claim
    }

    @Test(arguments: Kind.allCases)
    func forgettingAConversationTakesItsClaimsWithIt(_ kind: Kind) async throws {
        let store = try open(kind)
        let id = ConversationID("irc:alice")!
        try await store.add(Reminder(conversation: id, target: id.rawValue, text: "hi", dueAt: Self.noon, createdAt: Self.noon))
        #expect(try await store.claimDueReminders(at: Self.noon, claimer: "a", until: Self.noon.addingTimeInterval(30), schemes: nil, limit: 1).count == 1)
        #expect(try await store.forget(id) == 1)
        #expect(try await store.renewClaims(of: "a", until: Self.noon.addingTimeInterval(60)) == 0)
        #expect(try await store.releaseClaims(of: "a") == 0)
    }

    func plan(_ sql: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
        }
    }

    @Test func theDueQueryReadsItsIndexInOrderAndClaimExpiriesTheClaimIndex() throws {
        _ = try SQLiteConversationStore(path: path)
        let due = try plan("""
            SELECT id FROM reminder WHERE status = 'pending' AND due_at <= 1 ORDER BY due_at, created_at, id LIMIT 10
            """)
        #expect(due.contains { $0.contains("INDEX reminder_due_order (status=? AND due_at<?)") }, "\(due)")
        #expect(!due.contains { $0.contains("TEMP B-TREE") }, "\(due)")
        let expiries = try plan("""
            SELECT MIN(MAX(due_at, claimed_until)) FROM reminder
            WHERE claim_token IS NOT NULL AND claim_token <> 'a' AND +status = 'pending'
            """)
        #expect(expiries.contains { $0.contains("INDEX reminder_claim") }, "\(expiries)")
    }
}
