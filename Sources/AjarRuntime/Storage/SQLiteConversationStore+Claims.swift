public import Foundation
import GRDB

/// Claims: how schedulers (one or several processes on one file) take due reminders without
/// taking the same one twice. A claim is two columns, `claim_token` (who) and `claimed_until`
/// (until when); marking, rescheduling or cancelling a reminder clears them, and a claim whose
/// holder died expires on its own.
extension SQLiteConversationStore {
    public func claimDueReminders(
        at time: Date, claimer: String, until expiry: Date, schemes: Set<String>?, limit: Int
    ) async throws -> [Reminder] {
        guard limit > 0 else { return [] }
        let (schemeSQL, schemeArguments) = Self.schemeFilter(schemes)
        // One statement in one IMMEDIATE transaction (GRDB's default for writes): the due rows are
        // chosen and stamped under the write lock, so another process's claim waits for this one
        // and then sees these rows as taken.
        let rows = try await pool.write { db in
            try Row.fetchAll(db, sql: """
                UPDATE reminder SET claim_token = ?, claimed_until = ?
                WHERE id IN (
                    SELECT id FROM reminder
                    WHERE status = 'pending' AND due_at <= ?
                      AND (claim_token IS NULL OR (claimed_until <= ? AND claim_token <> ?))
                      AND \(schemeSQL)
                    ORDER BY due_at, created_at, id LIMIT ?)
                RETURNING *
                """, arguments: StatementArguments(
                    [claimer, expiry.milliseconds, time.milliseconds, time.milliseconds, claimer] as [any DatabaseValueConvertible]
                        + schemeArguments + [limit]))
        }
        return try rows.map(Self.reminder(from:)).sorted(by: Reminder.dueFirst)
    }

    public func nextClaimableTime(claimer: String, schemes: Set<String>?) async throws -> Date? {
        let (schemeSQL, schemeArguments) = Self.schemeFilter(schemes)
        let milliseconds = try await pool.read { db -> Int64? in
            let free = try Int64.fetchOne(db, sql: """
                SELECT due_at FROM reminder
                WHERE status = 'pending' AND claim_token IS NULL AND \(schemeSQL)
                ORDER BY due_at, created_at, id LIMIT 1
                """, arguments: StatementArguments(schemeArguments))
            // Another claimer's claim: free again when it expires (its holder may have died).
            // `+status`: read the few claimed rows through the partial claim index, not every
            // pending row through the due index.
            let held = try Int64.fetchOne(db, sql: """
                SELECT MIN(MAX(due_at, claimed_until)) FROM reminder
                WHERE claim_token IS NOT NULL AND claim_token <> ? AND +status = 'pending' AND \(schemeSQL)
                """, arguments: StatementArguments([claimer] + schemeArguments))
            return [free, held].compactMap { $0 }.min()
        }
        return milliseconds.map(Date.init(milliseconds:))
    }

    @discardableResult
    public func renewClaims(of claimer: String, until expiry: Date) async throws -> Int {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE reminder SET claimed_until = ? WHERE claim_token = ? AND status = 'pending'",
                arguments: [expiry.milliseconds, claimer])
            return db.changesCount
        }
    }

    @discardableResult
    public func releaseClaims(of claimer: String) async throws -> Int {
        try await pool.write { db in
            try db.execute(sql: "UPDATE reminder SET claim_token = NULL, claimed_until = NULL WHERE claim_token = ?", arguments: [claimer])
            return db.changesCount
        }
    }

    public func rescheduleReminder(_ id: UUID, to time: Date, countingAttempt: Bool) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    UPDATE reminder SET due_at = ?, attempts = attempts + ?, claim_token = NULL, claimed_until = NULL
                    WHERE id = ? AND status = 'pending'
                    """,
                arguments: [time.milliseconds, countingAttempt ? 1 : 0, id.uuidString])
        }
    }

    /// `substr(target, ...) IN (?, ...)`: the target's scheme (before the first colon) is one of
    /// `schemes`; `1` (true) for every target.
    private static func schemeFilter(_ schemes: Set<String>?) -> (sql: String, arguments: [String]) {
        guard let schemes else { return ("1", []) }
        guard !schemes.isEmpty else { return ("0", []) }
        let sorted = schemes.sorted()
        let marks = Array(repeating: "?", count: sorted.count).joined(separator: ", ")
        return ("substr(target, 1, instr(target, ':') - 1) IN (\(marks))", sorted)
    }
}
