public import AjarRuntime
public import Foundation

/// The durable queue the scheduler works from: what is due, when the next one is, and the
/// outcome of each delivery.
///
/// A reminder handed out by ``claimDue(at:limit:)`` is claimed: not handed out again (to this
/// queue or to another process's) until it is marked, rescheduled by ``retry(_:at:)`` /
/// ``defer(_:until:)``, released, or its claim expires. A claim expires unless renewed, so the
/// reminders a crashed process held are due again a claim's length later (at-least-once).
public protocol ReminderQueue: Sendable {
    /// Claims up to `limit` pending reminders due at `time`, oldest first.
    func claimDue(at time: Date, limit: Int) async throws -> [Reminder]
    /// The earliest time ``claimDue(at:limit:)`` may return something; `nil` when nothing is pending.
    func nextDueTime() async throws -> Date?
    /// Delivered: never handed out again.
    func markDelivered(_ id: UUID) async throws
    /// Given up on: never handed out again.
    func markFailed(_ id: UUID) async throws
    /// A failed attempt (counted): due again at `time`, durably.
    func retry(_ id: UUID, at time: Date) async throws
    /// Not attempted (quiet hours): due again at `time`, durably, no attempt counted.
    func `defer`(_ id: UUID, until time: Date) async throws
    /// Keeps this queue's claims from expiring (the scheduler calls it while it runs).
    func renewClaims(at time: Date) async throws
    /// Lets go of every claim not yet marked (graceful shutdown), so they are due again at once.
    func releaseClaims() async throws
}
