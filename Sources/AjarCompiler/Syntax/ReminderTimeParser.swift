public import AjarEngine

/// Clock times as scripts write them in `remind: { at: ... }`: `"19:00"` (the next 19:00),
/// `"tomorrow 19:00"`, `"+3d 08:30"` (three calendar days ahead). A 24-hour clock, minutes
/// always written.
///
/// ```swift
/// ReminderTimeParser.parse("tomorrow 8:00")  // .success(dayOffset 1, 08:00)
/// ReminderTimeParser.parse("7pm")            // .failure: "expected a time such as '19:00'"
/// ```
public enum ReminderTimeParser {
    /// The time `text` stands for, or what is wrong with it (`offset` in Unicode scalars).
    public static func parse(_ text: String) -> Result<ReminderTime, SyntaxError> {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func skipSpaces() { while index < scalars.count, scalars[index] == " " { index += 1 } }
        func number(maxDigits: Int) -> Int? {
            let start = index
            var value = 0
            while index < scalars.count, index - start < maxDigits, ("0"..."9").contains(scalars[index]) {
                value = value * 10 + Int(scalars[index].value - 48)
                index += 1
            }
            return index > start ? value : nil
        }
        let hint = "write a 24-hour time, optionally after 'tomorrow' or '+Nd': '19:00', 'tomorrow 08:00', '+3d 19:00'"
        skipSpaces()
        guard index < scalars.count else { return .failure(SyntaxError("the time is empty", at: 0, hint: hint)) }
        var dayOffset: Int?
        if scalars[index].properties.isAlphabetic {
            let start = index
            while index < scalars.count, scalars[index].properties.isAlphabetic { index += 1 }
            let word = String(String.UnicodeScalarView(scalars[start..<index])).lowercased()
            guard word == "tomorrow" else {
                return .failure(SyntaxError("unknown day '\(word)'", at: start, hint: hint))
            }
            dayOffset = 1
            skipSpaces()
        } else if scalars[index] == "+" {
            let start = index
            index += 1
            guard let days = number(maxDigits: 4), index < scalars.count, scalars[index] == "d" else {
                return .failure(SyntaxError("expected a number of days such as '+3d'", at: start, hint: hint))
            }
            guard (1...ReminderTime.maximumDayOffset).contains(days) else {
                return .failure(SyntaxError("the day offset must be from 1 to \(ReminderTime.maximumDayOffset) days", at: start + 1))
            }
            index += 1
            dayOffset = days
            skipSpaces()
        }
        let clockStart = index
        guard let hour = number(maxDigits: 2), index < scalars.count, scalars[index] == ":" else {
            return .failure(SyntaxError("expected a time such as '19:00'", at: min(clockStart, max(scalars.count - 1, 0)), hint: hint))
        }
        index += 1
        let minuteStart = index
        guard let minute = number(maxDigits: 2), index - minuteStart == 2 else {
            return .failure(SyntaxError("expected two digits of minutes after ':'", at: min(minuteStart, scalars.count - 1), hint: hint))
        }
        guard hour <= 23 else { return .failure(SyntaxError("there is no hour \(hour) on a 24-hour clock", at: clockStart, hint: hint)) }
        guard minute <= 59 else { return .failure(SyntaxError("there is no minute \(minute)", at: minuteStart)) }
        skipSpaces()
        guard index == scalars.count else {
            return .failure(SyntaxError("unexpected '\(String(String.UnicodeScalarView(scalars[index...])))' after the time", at: index, hint: hint))
        }
        guard let time = ReminderTime(dayOffset: dayOffset, hour: hour, minute: minute) else {
            return .failure(SyntaxError("the time is out of range", at: 0, hint: hint))
        }
        return .success(time)
    }
}
