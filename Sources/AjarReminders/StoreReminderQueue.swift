public import AjarRuntime
public import Foundation

/// A ``ReminderQueue`` over the runtime's ``ConversationStore``, whose claims are rows in the
/// store: one or several `ajar serve` processes on one database never hold the same reminder.
///
/// - Claims are taken in one transaction (``ConversationStore/claimDueReminders(at:claimer:until:schemes:limit:)``)
///   and last ``claimDuration`` unless renewed (the ``ReminderService`` renews them while it runs);
///   a killed process's claims expire, and its reminders are then delivered by whoever claims next.
/// - Retries and quiet-hours deferrals move the reminder's due time in the store
///   (``ConversationStore/rescheduleReminder(_:to:countingAttempt:)``), so a restart keeps them
///   and the attempt count.
/// - Only reminders whose target scheme is in `schemes` are claimed; the others (`terminal:alice`)
///   are left for their own transport.
public struct StoreReminderQueue: ReminderQueue {
    private let store: any ConversationStore
    private let schemes: Set<String>?
    /// Who holds this queue's claims: unique per queue (per process).
    public let claimer: String
    /// How long a claim lasts unless renewed.
    public let claimDuration: Duration

    /// - Parameters:
    ///   - schemes: the target schemes this process delivers (`irc`, `webhook`); `nil` for every target.
    ///   - claimDuration: how long a claim holds without renewal: after a crash, how long the
    ///     reminders in flight wait before another process (or the restarted one) takes them.
    public init(
        store: any ConversationStore, schemes: Set<String>? = nil, claimDuration: Duration = .seconds(30),
        claimer: String = UUID().uuidString.lowercased()
    ) {
        self.store = store
        self.schemes = schemes
        self.claimer = claimer
        self.claimDuration = claimDuration
    }

    public func claimDue(at time: Date, limit: Int) async throws -> [Reminder] {
        guard limit > 0 else { return [] }
        return try await store.claimDueReminders(at: time, claimer: claimer, until: expiry(from: time), schemes: schemes, limit: limit)
    }

    public func nextDueTime() async throws -> Date? {
        try await store.nextClaimableTime(claimer: claimer, schemes: schemes)
    }

    public func markDelivered(_ id: UUID) async throws {
        try await store.markReminder(id, status: .delivered)
    }

    public func markFailed(_ id: UUID) async throws {
        try await store.markReminder(id, status: .failed)
    }

    public func retry(_ id: UUID, at time: Date) async throws {
        try await store.rescheduleReminder(id, to: time, countingAttempt: true)
    }

    public func `defer`(_ id: UUID, until time: Date) async throws {
        try await store.rescheduleReminder(id, to: time, countingAttempt: false)
    }

    public func renewClaims(at time: Date) async throws {
        try await store.renewClaims(of: claimer, until: expiry(from: time))
    }

    public func releaseClaims() async throws {
        try await store.releaseClaims(of: claimer)
    }

    private func expiry(from time: Date) -> Date {
        time.addingTimeInterval(RetryPolicy.seconds(claimDuration))
    }
}
