public import AjarRuntime
public import struct Foundation.Date

/// Delivers reminders of one target scheme (`irc`, `webhook`, ...). The scheduler picks the
/// transport by the target's scheme and marks a reminder delivered only once `deliver` returns.
///
/// Delivery is at least once: after a crash between delivering and marking, the same reminder
/// is delivered again with the same ``ReminderDelivery/id``, so a receiver that can see the id
/// (an outgoing webhook's `webhook-id` header) can drop the duplicate.
///
/// ```swift
/// struct LogTransport: ReminderTransport {
///     let scheme = "log"
///     func validate(_ target: ReminderTarget) throws(ReminderTargetError) {}
///     func deliver(_ delivery: ReminderDelivery) async throws(ReminderDeliveryError) { print(delivery.text) }
/// }
/// ```
public protocol ReminderTransport: Sendable {
    /// The target scheme this transport serves, without the colon.
    var scheme: String { get }

    /// Checks that `target` can be delivered to (a known webhook name, a valid nick or channel),
    /// so a request for an unknown target is refused when it is scheduled, not when it is due.
    func validate(_ target: ReminderTarget) throws(ReminderTargetError)

    /// Delivers one reminder; returns only once the receiver has it (an IRC line written, a 2xx).
    func deliver(_ delivery: ReminderDelivery) async throws(ReminderDeliveryError)
}

/// One delivery attempt of a reminder, as a transport sees it.
public struct ReminderDelivery: Sendable, Hashable {
    /// The reminder's id: the same on every attempt, so receivers can deduplicate.
    public var id: String
    public var target: ReminderTarget
    public var text: String
    public var dueAt: Date
    /// 1 for the first attempt.
    public var attempt: Int

    public init(id: String, target: ReminderTarget, text: String, dueAt: Date, attempt: Int) {
        self.id = id
        self.target = target
        self.text = text
        self.dueAt = dueAt
        self.attempt = attempt
    }

    /// The delivery of a stored reminder; `nil` when its target does not parse.
    public init?(_ reminder: Reminder) {
        guard let target = ReminderTarget(reminder.target) else { return nil }
        self.init(id: reminder.id.uuidString.lowercased(), target: target, text: reminder.text, dueAt: reminder.dueAt, attempt: reminder.attempts + 1)
    }
}

/// Why a target was refused when a reminder was scheduled.
public struct ReminderTargetError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Why a delivery failed, and whether trying again may help.
public enum ReminderDeliveryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Worth another attempt (a 5xx, a timeout, a lost connection); `after` is the receiver's
    /// own wish (`Retry-After`), used instead of the backoff when longer.
    case temporary(String, after: Duration? = nil)
    /// Trying again will not help (a 4xx, an unknown webhook): the reminder is marked failed.
    case permanent(String)

    public var description: String {
        switch self {
        case .temporary(let reason, let after): after.map { "\(reason) (retry after \($0))" } ?? reason
        case .permanent(let reason): reason
        }
    }
}
