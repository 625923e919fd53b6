public import AjarRuntime

extension RetryPolicy {
    /// The policy of the configuration's `reminders` section (`max_attempts`, `retry_delay`,
    /// `max_retry_delay`).
    public init(_ reminders: AjarConfiguration.RemindersSection) {
        self.init(
            maximumAttempts: reminders.maxAttempts, initialDelay: reminders.retryDelay,
            maximumDelay: max(reminders.maxRetryDelay, reminders.retryDelay))
    }
}

extension QuietHoursPolicy {
    /// The quiet hours of the configuration's `reminders` section: `quiet_hours` in `time_zone`
    /// for every target, and `quiet_hours_overrides` (an override without its own zone is read in
    /// `time_zone`; `off` means never quiet).
    public init(_ reminders: AjarConfiguration.RemindersSection) {
        self.init(defaultHours: reminders.quietHours.map { QuietHours(window: $0, timeZone: reminders.timeZone) })
        for (target, setting) in reminders.quietHoursOverrides {
            switch setting {
            case .off:
                overrides[target] = .some(nil)
            case .window(let window, let zone):
                overrides[target] = .some(QuietHours(window: window, timeZone: zone ?? reminders.timeZone))
            }
        }
    }
}
