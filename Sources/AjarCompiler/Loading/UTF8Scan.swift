/// Validates UTF-8 by hand so an error can name the line and column of the first bad byte, and
/// refuses the characters YAML does not allow (C0 and C1 controls other than tab and line breaks,
/// DEL, U+FFFE, U+FFFF) before libyaml sees them.
enum UTF8Scan {
    struct Problem: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        var line = 1
        var column = 1
        var index = 0
        var previousWasCR = false
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var scalar: UInt32
            switch lead {
            case 0x00...0x7F: length = 1; scalar = UInt32(lead)
            case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07)
            default:
                return Problem(line: line, column: column, message: invalid(lead))
            }
            guard index + length <= bytes.count else {
                return Problem(line: line, column: column, message: invalid(lead) + " (the file ends inside it)")
            }
            for offset in 1..<max(length, 1) {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else {
                    return Problem(line: line, column: column, message: invalid(lead))
                }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            let tooLong = (length == 3 && scalar < 0x800) || (length == 4 && scalar < 0x10000)
            if tooLong || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF {
                return Problem(line: line, column: column, message: invalid(lead))
            }
            if !isAllowed(scalar) {
                return Problem(line: line, column: column, message: "the character \(name(scalar)) is not allowed in a script")
            }
            index += length
            // Count lines as libyaml does: CRLF is one break.
            if scalar == 0x0A, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == 0x0D
            if scalar == 0x0A || scalar == 0x0D || scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029 {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    /// The characters a YAML stream may hold (libyaml's reader check).
    static func isAllowed(_ value: UInt32) -> Bool {
        value == 0x09 || value == 0x0A || value == 0x0D
            || (0x20...0x7E).contains(value) || value == 0x85
            || (0xA0...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value)
            || (0x10000...0x10FFFF).contains(value)
    }

    static func name(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return value == 0 ? "\(code) (NUL)" : code
    }

    private static func invalid(_ lead: UInt8) -> String {
        "the file is not valid UTF-8: byte 0x\(hex(lead)) does not begin a valid character"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
