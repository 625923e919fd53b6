import Foundation

/// A window of the day written `HH:MM-HH:MM` (`22:00-08:00` crosses midnight, `12:00-13:00` does
/// not), as minutes after local midnight. It carries no time zone: the reader pairs it with one.
public struct DailyWindow: Sendable, Hashable, CustomStringConvertible {
    /// Minutes after local midnight, 0..<1440.
    public let start: Int
    public let end: Int

    /// Parses `HH:MM-HH:MM`; fails on anything else, and on an empty window (`08:00-08:00`).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Self.minutes(parts[0]), let end = Self.minutes(parts[1]), start != end else {
            return nil
        }
        self.start = start
        self.end = end
    }

    /// Whether `minute` (after local midnight) falls inside the window; the end is outside.
    public func contains(minute: Int) -> Bool {
        start < end ? (minute >= start && minute < end) : (minute >= start || minute < end)
    }

    /// `22:00-08:00`.
    public var description: String { "\(Self.format(start))-\(Self.format(end))" }

    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } },
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return hour * 60 + minute
    }

    private static func format(_ minutes: Int) -> String {
        let hour = minutes / 60, minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
