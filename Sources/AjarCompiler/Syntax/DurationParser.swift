/// Durations as scripts write them: a number and a unit, repeatable (`90s`, `10m`, `2h`, `3d`,
/// `1w`, `1h30m`).
///
/// ```swift
/// DurationParser.seconds("1h30m")  // 5400
/// ```
public enum DurationParser {
    /// The longest duration accepted: ten years.
    public static let maximumSeconds = 10 * 366 * 86_400

    static let units: [Unicode.Scalar: Int] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400, "w": 604_800]

    /// The number of seconds `text` stands for, or `nil` when it is not a duration.
    public static func seconds(_ text: String) -> Int? {
        try? parse(text).get()
    }

    /// The number of seconds `text` stands for, or what is wrong with it.
    public static func parse(_ text: String) -> Result<Int, SyntaxError> {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var total = 0
        var parts = 0
        func skipSpaces() { while index < scalars.count, scalars[index] == " " { index += 1 } }
        skipSpaces()
        guard index < scalars.count else {
            return .failure(SyntaxError("the duration is empty", at: 0, hint: "write a number and a unit, e.g. '10m'"))
        }
        while index < scalars.count {
            let start = index
            var number = 0
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                let digit = Int(scalars[index].value - 48)
                number = min(number * 10 + digit, maximumSeconds + 1)
                index += 1
            }
            guard index > start else {
                return .failure(SyntaxError("expected a number at '\(scalars[index])'", at: index, hint: "write a number and a unit, e.g. '10m'"))
            }
            skipSpaces()
            let unitStart = index
            while index < scalars.count, scalars[index].properties.isAlphabetic { index += 1 }
            let word = String(String.UnicodeScalarView(scalars[unitStart..<index]))
            guard !word.isEmpty else {
                let at = unitStart < scalars.count ? unitStart : start
                return .failure(SyntaxError("the number \(number) has no unit", at: at, hint: "add a unit: s, m, h, d or w"))
            }
            guard word.unicodeScalars.count == 1, let unit = units[scalars[unitStart]] else {
                return .failure(SyntaxError("unknown unit '\(word)'", at: unitStart, hint: "use s, m, h, d or w, as in '3d' or '1h30m'"))
            }
            total = min(total + number * unit, maximumSeconds + 1)
            parts += 1
            skipSpaces()
        }
        if total > maximumSeconds {
            return .failure(SyntaxError("the duration is longer than ten years", at: 0))
        }
        if total == 0 {
            return .failure(SyntaxError("the duration is zero", at: 0, hint: "a reminder needs a positive delay, e.g. '10m'"))
        }
        return .success(total)
    }
}
