public import Foundation

/// A daily window (in a time zone) when reminders wait: `22:00-08:00` crosses midnight,
/// `12:00-13:00` does not. A reminder due inside the window is delivered when it ends.
///
/// ```swift
/// let quiet = QuietHours("22:00-08:00", timeZone: TimeZone(identifier: "Europe/Berlin")!)!
/// quiet.deferral(of: date)   // nil outside the window, else the window's end
/// ```
public struct QuietHours: Sendable, Hashable, CustomStringConvertible {
    /// Minutes after local midnight.
    public let start: Int
    public let end: Int
    public let timeZone: TimeZone

    /// Parses `HH:MM-HH:MM`; fails on anything else, and on an empty window (`08:00-08:00`).
    public init?(_ text: String, timeZone: TimeZone) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Self.minutes(parts[0]), let end = Self.minutes(parts[1]), start != end else {
            return nil
        }
        self.start = start
        self.end = end
        self.timeZone = timeZone
    }

    public var description: String { "\(Self.format(start))-\(Self.format(end)) \(timeZone.identifier)" }

    /// When a reminder due at `date` may go out: `nil` when `date` is outside the window, else the
    /// moment the window ends.
    public func deferral(of date: Date) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        let inside = start < end ? (minute >= start && minute < end) : (minute >= start || minute < end)
        guard inside else { return nil }
        let endComponents = DateComponents(hour: end / 60, minute: end % 60, second: 0)
        return calendar.nextDate(after: date, matching: endComponents, matchingPolicy: .nextTime)
    }

    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":")
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return hour * 60 + minute
    }

    private static func format(_ minutes: Int) -> String {
        let hour = minutes / 60, minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}

/// Quiet hours by target: a default for every target and overrides for some (`irc:alice`,
/// `irc:#night-owls`, `webhook:pager` with none).
public struct QuietHoursPolicy: Sendable, Hashable {
    public var defaultHours: QuietHours?
    /// Exact target text -> its window, or `nil` for "never quiet".
    public var overrides: [String: QuietHours?]

    public init(defaultHours: QuietHours? = nil, overrides: [String: QuietHours?] = [:]) {
        self.defaultHours = defaultHours
        self.overrides = overrides
    }

    /// The window that applies to `target`.
    public func hours(for target: String) -> QuietHours? {
        if let override = overrides[target] { return override }
        return defaultHours
    }
}
