/// How many bytes of text fit in one PRIVMSG or NOTICE once the server has added its prefix.
///
/// A server relays `:nick!user@host PRIVMSG target :text` and refuses or cuts lines over 512 bytes
/// with CRLF, so the budget counts a worst-case prefix: the nick, the user name with the `~` a
/// server adds without ident, and a host of ``worstCaseHostLength`` bytes (the DNS label limit
/// that cloaks and reverse names stay within).
///
/// ```swift
/// let budget = IRCLineBudget(nickname: "ajar", username: "ajar")
/// budget.textBytes(command: "PRIVMSG", target: "#ajar")   // 512 - 2 - prefix - "PRIVMSG #ajar :"
/// ```
public struct IRCLineBudget: Sendable, Hashable {
    /// The host length assumed when the server's view of our host is unknown.
    public static let worstCaseHostLength = 63

    public var nicknameLength: Int
    public var usernameLength: Int
    public var hostLength: Int

    /// - Parameters:
    ///   - nickname: our nick; give the longest we may use (alternatives add a suffix).
    ///   - username: the user name we register with (`~` is added for the server's prefix).
    public init(nickname: String, username: String, hostLength: Int = Self.worstCaseHostLength) {
        self.nicknameLength = nickname.utf8.count
        self.usernameLength = username.utf8.count + 1
        self.hostLength = hostLength
    }

    /// The bytes of `:nick!~user@host ` the server puts before a relayed message.
    public var prefixBytes: Int {
        1 + nicknameLength + 1 + usernameLength + 1 + hostLength + 1
    }

    /// The bytes left for the text of `COMMAND target :text`.
    public func textBytes(command: String, target: String) -> Int {
        let fixed = prefixBytes + command.utf8.count + 1 + target.utf8.count + 2 + 2  // " :" and CRLF
        return max(IRCMessage.maximumLineBytes - fixed, 0)
    }
}
