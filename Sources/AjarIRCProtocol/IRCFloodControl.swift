/// A token bucket for outgoing lines: pure, the caller passes the time.
///
/// Two buckets fill continuously: one counts lines, one counts bytes. A line may go when both hold
/// enough; sending takes one line token and the line's bytes. Lines that must not wait (PONG)
/// are recorded too, so they slow what follows instead of adding to the burst.
///
/// ```swift
/// var flood = IRCFloodControl(rates: .default, now: clock.now)
/// let wait = flood.delay(forLineOf: 120, at: clock.now)   // .zero: send now
/// flood.record(lineOf: 120, at: clock.now)
/// ```
public struct IRCFloodControl: Sendable {
    /// How fast lines may go. See `docs/irc.md` for the measurements behind ``default``.
    public struct Rates: Sendable, Hashable {
        /// Lines that may go at once after a quiet spell.
        public var burstLines: Int
        /// Lines per second once the burst is spent.
        public var linesPerSecond: Double
        /// Bytes that may go at once after a quiet spell (also the most a single line is charged).
        public var burstBytes: Int
        /// Bytes per second once the burst is spent.
        public var bytesPerSecond: Int

        public init(burstLines: Int, linesPerSecond: Double, burstBytes: Int, bytesPerSecond: Int) {
            self.burstLines = max(burstLines, 1)
            self.linesPerSecond = max(linesPerSecond, 0.01)
            self.burstBytes = max(burstBytes, 1)
            self.bytesPerSecond = max(bytesPerSecond, 1)
        }

        /// A burst of 4 lines (2,048 bytes), then 1 line and 512 bytes a second: never delayed by
        /// ngircd's throttle (measured: it serves about 4 lines at once, then 3 per second, and lets
        /// a 400-byte line a second through with no lag), and within what Solanum, InspIRCd and
        /// UnrealIRCd allow a default client class. See `docs/irc.md`.
        public static let `default` = Rates(burstLines: 4, linesPerSecond: 1, burstBytes: 2048, bytesPerSecond: 512)

        /// No practical limit: for tests against a server with its throttle turned off.
        public static let unlimited = Rates(burstLines: 1_000_000, linesPerSecond: 1_000_000, burstBytes: 1_000_000_000, bytesPerSecond: 1_000_000_000)
    }

    public let rates: Rates
    private var lineTokens: Double
    private var byteTokens: Double
    private var updatedAt: ContinuousClock.Instant

    /// Starts with full buckets.
    public init(rates: Rates, now: ContinuousClock.Instant) {
        self.rates = rates
        self.lineTokens = Double(rates.burstLines)
        self.byteTokens = Double(rates.burstBytes)
        self.updatedAt = now
    }

    /// How long to wait before a line of `bytes` bytes may go; `.zero` when it may go now.
    public mutating func delay(forLineOf bytes: Int, at now: ContinuousClock.Instant) -> Duration {
        refill(at: now)
        let needBytes = Double(min(bytes, rates.burstBytes))
        let lineWait = max(0, 1 - lineTokens) / rates.linesPerSecond
        let byteWait = max(0, needBytes - byteTokens) / Double(rates.bytesPerSecond)
        let wait = max(lineWait, byteWait)
        return wait <= 0 ? .zero : .microseconds(Int64((wait * 1_000_000).rounded(.up)))
    }

    /// Takes a sent line's tokens (the buckets may go below zero for a line that could not wait).
    public mutating func record(lineOf bytes: Int, at now: ContinuousClock.Instant) {
        refill(at: now)
        lineTokens -= 1
        byteTokens -= Double(min(bytes, rates.burstBytes))
    }

    private mutating func refill(at now: ContinuousClock.Instant) {
        guard now > updatedAt else { return }
        let elapsed = (now - updatedAt) / .seconds(1)
        lineTokens = min(Double(rates.burstLines), lineTokens + elapsed * rates.linesPerSecond)
        byteTokens = min(Double(rates.burstBytes), byteTokens + elapsed * Double(rates.bytesPerSecond))
        updatedAt = now
    }
}
