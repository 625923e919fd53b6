/// The source (prefix) of a message: `nick!user@host`, `nick`, or a server name.
///
/// ```swift
/// let source = IRCSource(parsing: "alice!~a@example.org")
/// source.name   // "alice"
/// source.user   // "~a"
/// ```
public struct IRCSource: Sendable, Hashable, CustomStringConvertible {
    /// The nickname, or the server's name.
    public var name: String
    public var user: String?
    public var host: String?

    public init(name: String, user: String? = nil, host: String? = nil) {
        self.name = name
        self.user = user
        self.host = host
    }

    /// Splits `nick!user@host`; the user and host parts are optional.
    public init(parsing text: some StringProtocol) {
        var rest = Substring(text)
        var host: Substring?
        if let at = rest.firstIndex(of: "@") {
            host = rest[rest.index(after: at)...]
            rest = rest[..<at]
        }
        var user: Substring?
        if let bang = rest.firstIndex(of: "!") {
            user = rest[rest.index(after: bang)...]
            rest = rest[..<bang]
        }
        self.init(name: String(rest), user: user.map(String.init), host: host.map(String.init))
    }

    /// Whether this looks like a server rather than a user (a dotted name, no user or host).
    public var isServer: Bool {
        user == nil && host == nil && name.contains(".")
    }

    /// `nick!user@host` as it appears on the wire (without the leading `:`).
    public var description: String {
        var text = name
        if let user { text += "!" + user }
        if let host { text += "@" + host }
        return text
    }
}
