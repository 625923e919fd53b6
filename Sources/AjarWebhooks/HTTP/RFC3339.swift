public import Foundation
import Synchronization

/// RFC 3339 times as the HTTP API reads and writes them (`2026-11-24T20:00:00Z`,
/// `2026-11-24T21:00:00.250+01:00`).
///
/// The formatters are built once: making an `ISO8601DateFormatter` costs about as much as a
/// parse (tens of microseconds on Linux), and this runs for every reminder request and every
/// outgoing delivery. Each sits behind a lock, as a formatter is not safe to share unguarded.
public enum RFC3339 {
    private static let plain = Mutex(formatter([.withInternetDateTime]))
    private static let fractional = Mutex(formatter([.withInternetDateTime, .withFractionalSeconds]))

    /// Parses a full date-time with `Z` or an offset, with or without fractional seconds.
    public static func date(from text: String) -> Date? {
        guard text.count <= 40, text.contains("T") || text.contains("t") else { return nil }
        let upper = text.uppercased()
        if let date = plain.withLock({ $0.date(from: upper) }) { return date }
        return fractional.withLock { $0.date(from: upper) }
    }

    /// UTC with `Z`, whole seconds.
    public static func string(from date: Date) -> String {
        plain.withLock { $0.string(from: date) }
    }

    private static func formatter(_ options: ISO8601DateFormatter.Options) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = options
        return formatter
    }
}
