/// Decides whether a line is for the bot, and what it says without the address.
///
/// In a channel the bot answers `ajar: text`, `ajar, text` (any case, also under its current
/// nick when that differs) or text after the command prefix (`!coach text`); in a private message
/// every line is for it (a leading `ajar:` is dropped there too).
///
/// ```swift
/// let addressing = IRCAddressing(nicknames: ["ajar"], commandPrefix: "!ajar")
/// addressing.text(of: "ajar: hello", inChannel: true)   // "hello"
/// addressing.text(of: "hello all", inChannel: true)     // nil
/// addressing.text(of: "hello", inChannel: false)        // "hello"
/// ```
public struct IRCAddressing: Sendable, Hashable {
    /// The nicks the bot answers to.
    public var nicknames: [String]
    /// Text that addresses the bot at the start of a channel line; `nil` or empty: none.
    public var commandPrefix: String?

    public init(nicknames: [String], commandPrefix: String? = nil) {
        self.nicknames = nicknames
        self.commandPrefix = commandPrefix
    }

    /// The text meant for the bot, or `nil` when the line is not for it (or empty after its address).
    public func text(of line: String, inChannel: Bool) -> String? {
        let trimmed = Substring(line).drop { $0.isWhitespace }
        if let rest = afterNickname(trimmed) {
            return nonEmpty(rest)
        }
        if inChannel, let prefix = commandPrefix, !prefix.isEmpty, trimmed.hasPrefix(prefix) {
            return nonEmpty(trimmed.dropFirst(prefix.count))
        }
        return inChannel ? nil : nonEmpty(trimmed)
    }

    /// The rest after `nick:` or `nick,` for one of our nicks.
    private func afterNickname(_ text: Substring) -> Substring? {
        for nickname in nicknames where !nickname.isEmpty {
            guard text.utf8.count > nickname.utf8.count else { continue }
            let head = text.utf8.prefix(nickname.utf8.count)
            let separatorIndex = text.utf8.index(text.utf8.startIndex, offsetBy: nickname.utf8.count)
            let separator = text.utf8[separatorIndex]
            guard separator == UInt8(ascii: ":") || separator == UInt8(ascii: ","),
                  IRCCaseMapping.equal(String(decoding: head, as: UTF8.self), nickname)
            else { continue }
            return Substring(text.unicodeScalars[text.unicodeScalars.index(after: separatorIndex)...])
        }
        return nil
    }

    private func nonEmpty(_ text: Substring) -> String? {
        let trimmed = text.trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
