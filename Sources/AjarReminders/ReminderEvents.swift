/// What the scheduler reports as it works: the seam for metrics (the webhook module counts
/// these for `/metrics`) and for tests.
public protocol ReminderEvents: Sendable {
    /// Delivered; `lateness` is how long after its due time it went out.
    func delivered(_ delivery: ReminderDelivery, lateness: Duration)
    /// Failed this attempt; another follows after `delay`.
    func retrying(_ delivery: ReminderDelivery, error: ReminderDeliveryError, delay: Duration)
    /// Given up on: marked failed.
    func failed(_ delivery: ReminderDelivery, error: ReminderDeliveryError)
    /// Due inside quiet hours: held until `until`.
    func deferred(_ delivery: ReminderDelivery, until: Duration)
}

extension ReminderEvents {
    public func deferred(_ delivery: ReminderDelivery, until: Duration) {}
}

/// Reports nothing.
public struct NoReminderEvents: ReminderEvents {
    public init() {}
    public func delivered(_ delivery: ReminderDelivery, lateness: Duration) {}
    public func retrying(_ delivery: ReminderDelivery, error: ReminderDeliveryError, delay: Duration) {}
    public func failed(_ delivery: ReminderDelivery, error: ReminderDeliveryError) {}
}

/// Sends each event to several listeners.
public struct ReminderEventFanOut: ReminderEvents {
    public var listeners: [any ReminderEvents]
    public init(_ listeners: [any ReminderEvents]) { self.listeners = listeners }
    public func delivered(_ delivery: ReminderDelivery, lateness: Duration) {
        for listener in listeners { listener.delivered(delivery, lateness: lateness) }
    }
    public func retrying(_ delivery: ReminderDelivery, error: ReminderDeliveryError, delay: Duration) {
        for listener in listeners { listener.retrying(delivery, error: error, delay: delay) }
    }
    public func failed(_ delivery: ReminderDelivery, error: ReminderDeliveryError) {
        for listener in listeners { listener.failed(delivery, error: error) }
    }
    public func deferred(_ delivery: ReminderDelivery, until: Duration) {
        for listener in listeners { listener.deferred(delivery, until: until) }
    }
}
