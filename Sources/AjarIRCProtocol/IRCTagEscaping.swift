/// IRCv3 tag value escaping: `;` `\s` `\\` `\r` `\n` as `\:` `\s` `\\` `\r` `\n`.
enum IRCTagEscaping {
    /// Unescapes a raw value; an unknown escape `\x` gives `x`, a lone trailing `\` is dropped.
    static func unescape(_ raw: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var escaping = false
        for byte in raw {
            if escaping {
                switch byte {
                case UInt8(ascii: ":"): out.append(.semicolon)
                case UInt8(ascii: "s"): out.append(.space)
                case UInt8(ascii: "r"): out.append(.cr)
                case UInt8(ascii: "n"): out.append(.lf)
                default: out.append(byte)
                }
                escaping = false
            } else if byte == .backslash {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Escapes a value for the wire; NUL is dropped (it has no escape).
    static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case ";": out += "\\:"
            case " ": out += "\\s"
            case "\\": out += "\\\\"
            case "\r": out += "\\r"
            case "\n": out += "\\n"
            case "\0": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
