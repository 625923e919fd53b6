/// A time of day a reminder is wished for, as a script writes it in `remind: { at: ... }`:
/// `"19:00"` (its next occurrence) or `"tomorrow 19:00"`, `"+3d 08:30"` (that many days ahead).
///
/// The engine has no clock and no time zone, so it only describes the wish; the runtime turns it
/// into a due date with its own clock and zone.
///
/// ```swift
/// ReminderTime(dayOffset: 1, hour: 19, minute: 0)?.description  // "tomorrow 19:00"
/// ```
public struct ReminderTime: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How many calendar days ahead (1: tomorrow); `nil`: the next time the clock shows the time.
    public var dayOffset: Int?
    /// 0 to 23.
    public var hour: Int
    /// 0 to 59.
    public var minute: Int

    /// The largest day offset a script may write (`+366d`).
    public static let maximumDayOffset = 366

    /// A time with valid fields; `nil` when a field is out of range.
    public init?(dayOffset: Int? = nil, hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        if let dayOffset, !(1...Self.maximumDayOffset).contains(dayOffset) { return nil }
        self.dayOffset = dayOffset
        self.hour = hour
        self.minute = minute
    }

    /// As a script writes it: `19:00`, `tomorrow 19:00`, `+3d 19:00`.
    public var description: String {
        let clock = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        switch dayOffset {
        case nil: return clock
        case 1?: return "tomorrow " + clock
        case let days?: return "+\(days)d " + clock
        }
    }
}
