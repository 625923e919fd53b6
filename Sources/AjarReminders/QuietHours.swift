public import AjarRuntime
public import Foundation

/// A daily window (in a time zone) when reminders wait: `22:00-08:00` crosses midnight,
/// `12:00-13:00` does not. A reminder due inside the window is delivered when it ends.
///
/// ```swift
/// let quiet = QuietHours("22:00-08:00", timeZone: TimeZone(identifier: "Europe/Berlin")!)!
/// quiet.deferral(of: date)   // nil outside the window, else the window's end
/// ```
public struct QuietHours: Sendable, Hashable, CustomStringConvertible {
    public let window: DailyWindow
    public let timeZone: TimeZone

    /// Minutes after local midnight.
    public var start: Int { window.start }
    public var end: Int { window.end }

    public init(window: DailyWindow, timeZone: TimeZone) {
        self.window = window
        self.timeZone = timeZone
    }

    /// Parses `HH:MM-HH:MM`; fails on anything else, and on an empty window (`08:00-08:00`).
    public init?(_ text: String, timeZone: TimeZone) {
        guard let window = DailyWindow(text) else { return nil }
        self.init(window: window, timeZone: timeZone)
    }

    public var description: String { "\(window) \(timeZone.identifier)" }

    /// When a reminder due at `date` may go out: `nil` when `date` is outside the window, else the
    /// moment the window ends.
    public func deferral(of date: Date) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        guard window.contains(minute: (parts.hour ?? 0) * 60 + (parts.minute ?? 0)) else { return nil }
        let endComponents = DateComponents(hour: end / 60, minute: end % 60, second: 0)
        return calendar.nextDate(after: date, matching: endComponents, matchingPolicy: .nextTime)
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
