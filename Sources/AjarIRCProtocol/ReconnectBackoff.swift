/// Exponential reconnect delays with jitter, capped: pure, the caller passes the random source.
///
/// Attempt `n` (from 0) waits a random time between half and all of `min(maximum, initial * 2^n)`,
/// so many bots cut off by one netsplit do not all come back in the same second.
///
/// ```swift
/// var backoff = ReconnectBackoff()
/// var random = SystemRandomNumberGenerator()
/// let wait = backoff.nextDelay(using: &random)   // 1-2 s, then 2-4 s, ... up to 150-300 s
/// backoff.reset()                                // after a connection that stayed up
/// ```
public struct ReconnectBackoff: Sendable, Hashable {
    public var initial: Duration
    public var maximum: Duration
    /// Failed attempts since the last ``reset()``.
    public private(set) var attempts = 0

    public init(initial: Duration = .seconds(2), maximum: Duration = .seconds(300)) {
        self.initial = max(initial, .milliseconds(1))
        self.maximum = max(maximum, self.initial)
    }

    /// The delay before the next attempt; counts the attempt.
    public mutating func nextDelay(using generator: inout some RandomNumberGenerator) -> Duration {
        let ceiling = self.ceiling(forAttempt: attempts)
        attempts += 1
        let fraction = Double.random(in: 0.5...1, using: &generator)
        return ceiling * fraction
    }

    /// The uncapped-by-jitter upper bound for attempt `attempt`.
    public func ceiling(forAttempt attempt: Int) -> Duration {
        var ceiling = initial
        for _ in 0..<min(attempt, 62) {
            ceiling = ceiling * 2
            if ceiling >= maximum { return maximum }
        }
        return min(ceiling, maximum)
    }

    /// Back to the initial delay (call after a connection that stayed up).
    public mutating func reset() {
        attempts = 0
    }
}
