/// Exponential backoff with jitter for failed deliveries, and when to give up.
///
/// Attempt `n` (1-based) that failed waits `initialDelay * multiplier^(n-1)`, capped at
/// ``maximumDelay``, then scaled by a random factor in `1 - jitter ... 1 + jitter`. A receiver's
/// own `Retry-After` wins when it is longer (still capped at ``maximumDelay``).
///
/// ```swift
/// let policy = RetryPolicy(maximumAttempts: 5, initialDelay: .seconds(2))
/// var random = SystemRandomNumberGenerator()
/// policy.delay(afterAttempt: 3, retryAfter: nil, using: &random)   // about 8 s
/// ```
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included; after that many failures the reminder is failed.
    public var maximumAttempts: Int
    public var initialDelay: Duration
    public var multiplier: Double
    public var maximumDelay: Duration
    /// 0 ... 1: how far the delay may vary either way, so many failures do not retry in step.
    public var jitter: Double

    public init(
        maximumAttempts: Int = 8, initialDelay: Duration = .seconds(5), multiplier: Double = 2,
        maximumDelay: Duration = .seconds(600), jitter: Double = 0.2
    ) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.initialDelay = initialDelay
        self.multiplier = max(1, multiplier)
        self.maximumDelay = maximumDelay
        self.jitter = min(max(jitter, 0), 1)
    }

    /// Whether a reminder that has now failed `attempts` times gets another try.
    public func shouldRetry(afterAttempts attempts: Int) -> Bool {
        attempts < maximumAttempts
    }

    /// How long to wait after failed attempt number `attempt` (1-based).
    public func delay(afterAttempt attempt: Int, retryAfter: Duration?, using random: inout some RandomNumberGenerator) -> Duration {
        let base = Self.seconds(initialDelay) * pow(multiplier, Double(max(0, min(attempt - 1, 60))))
        let capped = min(base, Self.seconds(maximumDelay))
        let factor = jitter == 0 ? 1 : Double.random(in: (1 - jitter)...(1 + jitter), using: &random)
        var seconds = min(capped * factor, Self.seconds(maximumDelay))
        if let retryAfter {
            seconds = max(seconds, min(Self.seconds(retryAfter), Self.seconds(maximumDelay)))
        }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// A duration in seconds, as a `Double`.
    public static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    private func pow(_ base: Double, _ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(exponent) { result *= base }
        return result
    }
}
