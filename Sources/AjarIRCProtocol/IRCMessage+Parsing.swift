extension IRCMessage {
    /// Parses one line (without its CRLF). Never traps: a malformed line throws an ``IRCParseError``.
    ///
    /// Lenient where real servers are: several spaces between parts, lower-case commands,
    /// trailing spaces, and empty tag items are accepted.
    public init(parsing line: some StringProtocol) throws(IRCParseError) {
        // Work on bytes: every separator is ASCII, so slicing between them never cuts a
        // character, and grapheme clusters (a space followed by a combining mark) cannot hide one.
        let bytes = Array(line.utf8)
        if let bad = bytes.first(where: { $0 == 0 || $0 == .cr || $0 == .lf }) {
            throw .forbiddenCharacter(bad)
        }
        var cursor = ByteCursor(bytes: bytes)
        cursor.skipSpaces()
        guard !cursor.isAtEnd else { throw .empty }

        var tags: [IRCTag] = []
        if cursor.peek == .at {
            cursor.advance()
            tags = try Self.parseTags(cursor.word())
            cursor.skipSpaces()
        }
        var source: IRCSource?
        if cursor.peek == .colon {
            cursor.advance()
            let text = cursor.word()
            guard !text.isEmpty else { throw .invalidSource }
            source = IRCSource(parsing: String(decoding: text, as: UTF8.self))
            cursor.skipSpaces()
        }
        guard !cursor.isAtEnd else { throw .missingCommand }
        let command = try Self.parseCommand(cursor.word())

        var parameters: [String] = []
        while true {
            cursor.skipSpaces()
            guard let next = cursor.peek else { break }
            if next == .colon {
                cursor.advance()
                parameters.append(String(decoding: cursor.rest(), as: UTF8.self))
                break
            }
            parameters.append(String(decoding: cursor.word(), as: UTF8.self))
        }
        self.init(tags: tags, source: source, command: command, parameters: parameters)
    }

    private static func parseTags(_ text: ArraySlice<UInt8>) throws(IRCParseError) -> [IRCTag] {
        var tags: [IRCTag] = []
        for item in text.split(separator: .semicolon, omittingEmptySubsequences: true) {
            let equals = item.firstIndex(of: .equals)
            let key = item[..<(equals ?? item.endIndex)]
            guard !key.isEmpty else { throw .invalidTags }
            let value = equals.map { item[item.index(after: $0)...] } ?? []
            tags.append(IRCTag(key: String(decoding: key, as: UTF8.self), value: IRCTagEscaping.unescape(value)))
        }
        guard !tags.isEmpty else { throw .invalidTags }
        return tags
    }

    private static func parseCommand(_ word: ArraySlice<UInt8>) throws(IRCParseError) -> String {
        let text = String(decoding: word, as: UTF8.self)
        let isNumeric = word.count == 3 && word.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        let isLetters = !word.isEmpty && word.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        guard isNumeric || isLetters else { throw .invalidCommand(text) }
        return isNumeric ? text : text.uppercased()
    }
}

/// A read position in a line's bytes.
struct ByteCursor {
    let bytes: [UInt8]
    var index = 0

    var isAtEnd: Bool { index >= bytes.count }
    var peek: UInt8? { isAtEnd ? nil : bytes[index] }

    mutating func advance() { index += 1 }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == .space { index += 1 }
    }

    /// The bytes up to the next space (or the end); the cursor stops at that space.
    mutating func word() -> ArraySlice<UInt8> {
        let start = index
        while index < bytes.count, bytes[index] != .space { index += 1 }
        return bytes[start..<index]
    }

    /// Everything left.
    mutating func rest() -> ArraySlice<UInt8> {
        defer { index = bytes.count }
        return bytes[index...]
    }
}

extension UInt8 {
    static let cr: UInt8 = 0x0D
    static let lf: UInt8 = 0x0A
    static let space: UInt8 = 0x20
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let equals: UInt8 = 0x3D
    static let at: UInt8 = 0x40
    static let backslash: UInt8 = 0x5C
}
