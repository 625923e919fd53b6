/// Told about reminders once they are committed to the store, so a scheduler can wake up for them.
///
/// Reminders are durable before the scheduler hears of them: a scheduler that misses a call (or a
/// process that restarts) finds them again with ``ConversationStore/dueReminders(at:target:limit:)``.
public protocol ReminderScheduler: Sendable {
    func scheduled(_ reminders: [Reminder]) async
}

/// The scheduler used until the delivery service exists: the reminders wait in the store, where
/// the terminal (and later the `serve` scheduler) polls for them.
public struct StoredReminderScheduler: ReminderScheduler {
    public init() {}
    public func scheduled(_ reminders: [Reminder]) async {}
}
