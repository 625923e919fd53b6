public import Foundation

/// The wall clock the scheduler reads and sleeps on, injected so tests control time.
///
/// Reminders are due at wall-clock times (`Date`); sleeping is bounded by the scheduler, so a
/// clock that jumps (NTP, a suspended laptop) is noticed within one sleep.
public protocol ReminderClock: Sendable {
    func now() -> Date
    /// Returns at `deadline` (or at once when it has passed); throws `CancellationError` when
    /// the task is cancelled.
    func sleep(until deadline: Date) async throws
}

/// The real clock: `Date()` and `Task.sleep`.
public struct SystemReminderClock: ReminderClock {
    public init() {}

    public func now() -> Date { Date() }

    public func sleep(until deadline: Date) async throws {
        let seconds = deadline.timeIntervalSinceNow
        guard seconds > 0 else { return try Task.checkCancellation() }
        try await Task.sleep(for: .milliseconds(Int64((seconds * 1000).rounded(.up))))
    }
}
