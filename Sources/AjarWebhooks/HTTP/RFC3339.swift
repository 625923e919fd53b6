public import Foundation

/// RFC 3339 times as the HTTP API reads and writes them (`2026-11-24T20:00:00Z`,
/// `2026-11-24T21:00:00.250+01:00`).
public enum RFC3339 {
    /// Parses a full date-time with `Z` or an offset, with or without fractional seconds.
    public static func date(from text: String) -> Date? {
        guard text.count <= 40, text.contains("T") || text.contains("t") else { return nil }
        let upper = text.uppercased()
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: upper) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: upper)
    }

    /// UTC with `Z`, whole seconds.
    public static func string(from date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
