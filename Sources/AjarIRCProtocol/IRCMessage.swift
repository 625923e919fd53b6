/// One IRC protocol message: optional IRCv3 tags, an optional source, a command and its parameters.
///
/// Parsing never traps: a malformed line gives an ``IRCParseError``. Serialising strips CR, LF
/// and NUL from every field, so no value can smuggle a second command onto the wire.
///
/// ```swift
/// let message = try IRCMessage(parsing: ":alice!a@host PRIVMSG #ajar :ajar: hello")
/// message.command            // "PRIVMSG"
/// message.parameters         // ["#ajar", "ajar: hello"]
/// try IRCMessage.privmsg(to: .channel(channel), text: "hi").serialised()   // "PRIVMSG #ajar hi"
/// ```
public struct IRCMessage: Sendable, Hashable, CustomStringConvertible {
    /// IRCv3 message tags, in the order they appeared.
    public var tags: [IRCTag]
    /// Who sent it (`nick!user@host` or a server name); `nil` for what a client sends.
    public var source: IRCSource?
    /// The command in upper case (`PRIVMSG`), or a three-digit numeric (`001`).
    public var command: String
    /// Middle parameters and the trailing one, without the `:` that may mark the last.
    public var parameters: [String]

    public init(tags: [IRCTag] = [], source: IRCSource? = nil, command: String, parameters: [String] = []) {
        self.tags = tags
        self.source = source
        self.command = command
        self.parameters = parameters
    }

    /// The value of the last tag named `key` (IRCv3: the last one wins); `""` for a tag without a value.
    public func tag(_ key: String) -> String? {
        tags.last { $0.key == key }?.value
    }

    /// The parameter at `index`, or `nil` when there are fewer.
    public func parameter(_ index: Int) -> String? {
        parameters.indices.contains(index) ? parameters[index] : nil
    }

    /// Whether the command is a three-digit numeric reply.
    public var isNumeric: Bool {
        command.utf8.count == 3 && command.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The message as a line (without CRLF), or a placeholder when it cannot be serialised.
    public var description: String {
        (try? serialised()) ?? "<invalid \(command) message>"
    }
}

/// One IRCv3 message tag: `key` or `key=value`. An empty value means the tag has no value.
public struct IRCTag: Sendable, Hashable {
    /// The key, with its `+` client prefix and `vendor/` if any.
    public var key: String
    /// The unescaped value; `""` for a tag written without one.
    public var value: String

    public init(key: String, value: String = "") {
        self.key = key
        self.value = value
    }
}
