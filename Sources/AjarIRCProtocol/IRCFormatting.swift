/// Removes mIRC-style formatting codes from incoming text before the dialogue sees it.
///
/// Bold (`0x02`), colour (`0x03` with up to two digits, optionally `,` and two more), hex colour
/// (`0x04` with six hex digits, optionally `,` and six more), reset (`0x0F`), monospace (`0x11`),
/// reverse (`0x16`), italics (`0x1D`), strikethrough (`0x1E`) and underline (`0x1F`). Other
/// control characters go too; a tab becomes a space.
///
/// ```swift
/// IRCFormatting.strip("\u{2}bold\u{2} \u{3}04,12red\u{3} text")   // "bold red text"
/// ```
public enum IRCFormatting {
    public static func strip(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar.value {
            case 0x03:
                index = skipColour(scalars, from: index, digits: 2, isDigit: isDecimal)
            case 0x04:
                index = skipColour(scalars, from: index, digits: 6, isDigit: isHex)
            case 0x09:
                out.append(" ")
            case 0x00..<0x20, 0x7F:
                continue  // bold, reset, monospace, reverse, italics, strikethrough, underline, other controls
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Skips a colour's `FG[,BG]` after its code; the comma belongs to it only when a digit follows.
    private static func skipColour(_ scalars: [Unicode.Scalar], from start: Int, digits: Int, isDigit: (Unicode.Scalar) -> Bool) -> Int {
        var index = skipDigits(scalars, from: start, max: digits, isDigit: isDigit)
        guard index > start, index + 1 < scalars.count, scalars[index] == ",", isDigit(scalars[index + 1]) else { return index }
        index = skipDigits(scalars, from: index + 1, max: digits, isDigit: isDigit)
        return index
    }

    private static func skipDigits(_ scalars: [Unicode.Scalar], from start: Int, max: Int, isDigit: (Unicode.Scalar) -> Bool) -> Int {
        var index = start
        while index < scalars.count, index - start < max, isDigit(scalars[index]) { index += 1 }
        return index
    }

    private static func isDecimal(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    private static func isHex(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
    }
}
