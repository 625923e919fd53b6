public import AjarEngine
public import Foundation

extension ReminderTime {
    /// The moment this time of day next falls after `now` in `timeZone`: on the day `dayOffset`
    /// calendar days ahead (1: tomorrow), or, without one, the next time the clock shows it
    /// (later today, else tomorrow).
    ///
    /// In the small hours (00:00 to 04:59 local time) "tomorrow" is the day that is coming, the
    /// speaker's tomorrow: "tomorrow morning" said at 00:30 is 08:00 the same calendar day, 7.5
    /// hours later, unless that time has already passed (then it is the next day's).
    ///
    /// A time that does not exist on that day (skipped by a daylight-saving change) moves forward
    /// to the next time that does, as a wall clock would show it; a time that happens twice (the
    /// clock turned back) is the first of the two.
    ///
    /// ```swift
    /// // 23:00 on 1 March in Berlin, "tomorrow 19:00": 19:00 on 2 March, 20 hours later.
    /// ReminderTime(dayOffset: 1, hour: 19, minute: 0)!.dueDate(after: now, in: berlin)
    /// // 00:30 on 2 March, "tomorrow 08:00": 08:00 on 2 March, 7.5 hours later.
    /// ```
    public func dueDate(after now: Date, in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let wanted = DateComponents(hour: hour, minute: minute, second: 0)
        guard let dayOffset else {
            return calendar.nextDate(after: now, matching: wanted, matchingPolicy: .nextTime) ?? now
        }
        let today = calendar.startOfDay(for: now)
        if dayOffset == 1, calendar.component(.hour, from: now) < Self.smallHoursEnd,
           let sameDay = calendar.nextDate(after: today.addingTimeInterval(-1), matching: wanted, matchingPolicy: .nextTime),
           sameDay > now {
            return sameDay
        }
        guard let day = calendar.date(byAdding: .day, value: dayOffset, to: today) else { return now }
        // The first match at or after the day's start: `nextDate` looks strictly after its date.
        return calendar.nextDate(after: day.addingTimeInterval(-1), matching: wanted, matchingPolicy: .nextTime) ?? day
    }

    /// Before this hour a "tomorrow" means the coming day: people still up at 00:30 have not
    /// slept yet, and their tomorrow morning is a few hours away.
    static let smallHoursEnd = 5
}
