public import AjarReminders
public import AjarRuntime
public import Foundation

/// The reminder and outgoing-webhook settings of `serve`, in the types the services take, made
/// from the checked `reminders` and `webhooks` sections of the configuration.
public struct ServeSettings: Sendable {
    public var quietHours = QuietHoursPolicy()
    public var retry = RetryPolicy()
    public var webhookTargets: [String: URL] = [:]
    public var webhookSecret: String?
    public var webhookTimeout: Duration = .seconds(10)

    public init() {}

    public init(configuration: AjarConfiguration) {
        let reminders = configuration.reminders
        quietHours.defaultHours = reminders.quietHours.map { QuietHours(window: $0, timeZone: reminders.timeZone) }
        for (target, setting) in reminders.quietHoursOverrides {
            switch setting {
            case .off:
                quietHours.overrides[target] = .some(nil)
            case .window(let window, let zone):
                quietHours.overrides[target] = .some(QuietHours(window: window, timeZone: zone ?? reminders.timeZone))
            }
        }
        retry.maximumAttempts = reminders.maxAttempts
        retry.initialDelay = reminders.retryDelay
        retry.maximumDelay = max(reminders.maxRetryDelay, reminders.retryDelay)
        webhookTargets = configuration.webhooks.targets
        webhookSecret = configuration.webhooks.secret?.value
        webhookTimeout = configuration.webhooks.timeout
    }
}
