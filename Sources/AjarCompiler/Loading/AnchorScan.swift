/// Finds YAML anchors (`&name`) and aliases (`*name`) before the text reaches Yams.
///
/// Scripts never need them, and an alias "bomb" (billion laughs) used as a mapping key makes Yams
/// hash an exponentially large tree while composing, so they are refused up front. The scan is a
/// small tokenizer that knows where a YAML node may start: at the start of a line, after `- `,
/// `? `, `: `, `[`, `{` or `,`, or after a tag. It skips quoted scalars, comments and block
/// scalars, so `*` and `&` inside text are left alone.
enum AnchorScan {
    struct Finding: Equatable {
        var line: Int
        var column: Int
        var isAlias: Bool
        var name: String
    }

    static func first(in text: String) -> Finding? {
        var scanner = Scanner(bytes: Array(text.utf8))
        return scanner.run()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var column = 1
        var flowDepth = 0
        var atNodeStart = true
        var lineIndent = 0
        /// The column of the last key or `-` on this line: a block scalar's content is indented more.
        var structureColumn = 0
        var blockScalarIndent: Int?

        init(bytes: [UInt8]) { self.bytes = bytes }

        func peek(_ offset: Int) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }

        static func isBlank(_ byte: UInt8?) -> Bool {
            byte == nil || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }

        static func isNameByte(_ byte: UInt8?) -> Bool {
            guard let byte, !isBlank(byte) else { return false }
            return !",[]{}".utf8.contains(byte)
        }

        mutating func advance() {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A || (byte == 0x0D && peek(0) != 0x0A) {
                line += 1
                column = 1
                startLine()
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }

        /// At the start of a line: measure the indent and skip block-scalar content.
        mutating func startLine() {
            var offset = 0
            while peek(offset) == 0x20 { offset += 1 }
            lineIndent = offset
            let isBlankLine = Self.isBlank(peek(offset)) && peek(offset) != 0x20 && peek(offset) != 0x09
            if let indent = blockScalarIndent {
                if isBlankLine || lineIndent > indent {
                    skipRestOfLine()
                    return
                }
                blockScalarIndent = nil
            }
            if flowDepth == 0 { atNodeStart = true }
            structureColumn = lineIndent
        }

        mutating func skipRestOfLine() {
            while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1; column += 1 }
        }

        mutating func skipQuoted(_ quote: UInt8) {
            advance()
            while index < bytes.count {
                let byte = bytes[index]
                if quote == 0x22, byte == 0x5C {  // backslash escape in "..."
                    advance()
                    if index < bytes.count { advance() }
                    continue
                }
                if byte == quote {
                    if quote == 0x27, peek(1) == 0x27 { advance(); advance(); continue }  // '' in '...'
                    advance()
                    return
                }
                advance()
            }
        }

        mutating func run() -> Finding? {
            startLine()
            while index < bytes.count {
                let byte = bytes[index]
                let next = peek(1)
                let previousIsBlank = index == 0 || Self.isBlank(bytes[index - 1])
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D:
                    advance()
                case UInt8(ascii: "#") where previousIsBlank:
                    skipRestOfLine()
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if atNodeStart {
                        skipQuoted(byte)
                        atNodeStart = false
                    } else {
                        advance()
                    }
                case UInt8(ascii: "&"), UInt8(ascii: "*"):
                    if atNodeStart, Self.isNameByte(next) {
                        return finding(isAlias: byte == UInt8(ascii: "*"))
                    }
                    atNodeStart = false
                    advance()
                case UInt8(ascii: "|"), UInt8(ascii: ">"):
                    if atNodeStart, flowDepth == 0 {
                        blockScalarIndent = structureColumn
                        skipRestOfLine()
                    } else {
                        atNodeStart = false
                        advance()
                    }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    if atNodeStart || flowDepth > 0 {
                        flowDepth += 1
                        atNodeStart = true
                    }
                    advance()
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if flowDepth > 0 { flowDepth -= 1 }
                    atNodeStart = false
                    advance()
                case UInt8(ascii: ",") where flowDepth > 0:
                    atNodeStart = true
                    advance()
                case UInt8(ascii: "-") where column == 1 && peek(1) == byte && peek(2) == byte && Self.isBlank(peek(3)),
                    UInt8(ascii: ".") where column == 1 && peek(1) == byte && peek(2) == byte && Self.isBlank(peek(3)):
                    // `---` or `...`: a document starts; what follows on the line is a node.
                    advance(); advance(); advance()
                    atNodeStart = true
                case UInt8(ascii: "-"), UInt8(ascii: "?"):
                    if atNodeStart, Self.isBlank(next) {
                        structureColumn = column - 1
                    } else {
                        startPlain()
                    }
                    advance()
                case UInt8(ascii: ":"):
                    if Self.isBlank(next) || (flowDepth > 0 && Self.isNameByte(next) == false) {
                        atNodeStart = true
                    }
                    advance()
                case UInt8(ascii: "!") where atNodeStart:
                    while index < bytes.count, !Self.isBlank(bytes[index]) { advance() }
                default:
                    startPlain()
                    advance()
                }
            }
            return nil
        }

        mutating func startPlain() {
            if atNodeStart, flowDepth == 0 { structureColumn = column - 1 }
            atNodeStart = false
        }

        func finding(isAlias: Bool) -> Finding {
            var end = index + 1
            while end < bytes.count, Self.isNameByte(bytes[end]) { end += 1 }
            let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            return Finding(line: line, column: column, isAlias: isAlias, name: name)
        }
    }
}
