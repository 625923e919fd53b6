extension IRCMessage {
    /// The longest line a server accepts, CRLF included, not counting tags.
    public static let maximumLineBytes = 512

    /// The message as one line, without CRLF.
    ///
    /// CR, LF and NUL are removed from the source, the command and every parameter (tag values are
    /// escaped instead), so whatever the fields hold, the result is exactly one line. The last
    /// parameter gets its `:` only when it needs one.
    ///
    /// - Throws: ``IRCSerialisationError`` for a middle parameter that is empty, holds a space or
    ///   starts with `:`; an invalid command, source or tag key; a line over 512 bytes with CRLF.
    public func serialised() throws(IRCSerialisationError) -> String {
        var line = ""
        if !tags.isEmpty {
            var parts: [String] = []
            for tag in tags {
                guard Self.isValidTagKey(tag.key) else { throw .invalidTagKey(tag.key) }
                parts.append(tag.value.isEmpty ? tag.key : tag.key + "=" + IRCTagEscaping.escape(tag.value))
            }
            line = "@" + parts.joined(separator: ";") + " "
        }
        let tagBytes = line.utf8.count

        if let source {
            let text = Self.removingLineBreaks(source.description)
            guard !text.isEmpty, !text.utf8.contains(.space) else { throw .invalidSource }
            line += ":" + text + " "
        }
        let command = Self.removingLineBreaks(command)
        guard !command.isEmpty, command.utf8.allSatisfy(Self.isAlphanumeric) else { throw .invalidCommand(command) }
        line += command

        for (index, parameter) in parameters.enumerated() {
            let text = Self.removingLineBreaks(parameter)
            let needsColon = text.isEmpty || text.utf8.first == .colon || text.utf8.contains(.space)
            if index < parameters.count - 1 {
                guard !needsColon else { throw .invalidMiddleParameter(index: index) }
                line += " " + text
            } else {
                line += needsColon ? " :" + text : " " + text
            }
        }
        let bytes = line.utf8.count - tagBytes + 2
        guard bytes <= Self.maximumLineBytes else { throw .tooLong(bytes: bytes) }
        return line
    }

    /// `text` without CR, LF and NUL: the characters that would end or corrupt a line.
    public static func removingLineBreaks(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == .cr || $0 == .lf || $0 == 0 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar != "\r" && scalar != "\n" && scalar != "\0" {
            out.append(scalar)
        }
        return String(out)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// `[+][vendor/]name` with letters, digits, `-`, `.` and `/`.
    static func isValidTagKey(_ key: String) -> Bool {
        var body = Substring(key)
        if body.first == "+" { body = body.dropFirst() }
        return !body.isEmpty && body.utf8.allSatisfy { byte in
            isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
        }
    }
}
