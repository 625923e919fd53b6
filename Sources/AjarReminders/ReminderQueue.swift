public import AjarRuntime
public import Foundation

/// The durable queue the scheduler works from: what is due, when the next one is, and the
/// outcome of each delivery.
///
/// A reminder handed out by ``claimDue(at:limit:)`` is not handed out again until it is marked
/// or released by ``retry(_:at:)`` / ``defer(_:until:)``; after a process restart every unmarked
/// reminder is due again (at-least-once).
public protocol ReminderQueue: Sendable {
    /// Claims up to `limit` pending reminders due at `time`, oldest first.
    func claimDue(at time: Date, limit: Int) async throws -> [Reminder]
    /// The earliest time an unclaimed pending reminder is due; `nil` when there is none.
    func nextDueTime() async throws -> Date?
    /// Delivered: never handed out again.
    func markDelivered(_ id: UUID) async throws
    /// Given up on: never handed out again.
    func markFailed(_ id: UUID) async throws
    /// A failed attempt (counted): due again at `time`.
    func retry(_ id: UUID, at time: Date) async throws
    /// Not attempted (quiet hours): due again at `time`, no attempt counted.
    func `defer`(_ id: UUID, until time: Date) async throws
}
