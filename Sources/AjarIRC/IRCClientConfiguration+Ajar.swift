public import AjarIRCProtocol
public import AjarRuntime

/// Why Ajar's `irc` section cannot make a client.
public struct IRCConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

extension IRCClientConfiguration {
    /// The client `ajar serve` runs for Ajar's `irc` section; `nil` when `irc.host` is unset (no IRC).
    ///
    /// Until the section grows `username`, `realname`, `password`, `prefix`, `network` and the
    /// flood rates (see `docs/irc.md`), those take the defaults below: user name from the nick,
    /// no server password, no command prefix, the host as network, ``IRCFloodControl/Rates/default``.
    ///
    /// ```swift
    /// if let irc = try IRCClientConfiguration.make(from: configuration.irc) {
    ///     services.append(IRCService(client: IRCClient(configuration: irc, handler: runtime, logger: logger)))
    /// }
    /// ```
    public static func make(from section: AjarConfiguration.IRCSection) throws(IRCConfigurationError) -> IRCClientConfiguration? {
        guard let host = section.host else { return nil }
        guard let nickname = IRCNickname(section.nick) else {
            throw IRCConfigurationError("irc.nick: '\(section.nick)' is not a valid IRC nickname")
        }
        var channels: [IRCChannelName] = []
        for name in section.channels {
            guard let channel = IRCChannelName(name) else { throw IRCConfigurationError("irc.channels: '\(name)' is not a channel name") }
            channels.append(channel)
        }
        let username = defaultUsername(for: nickname)
        let session = IRCSessionSettings(
            nickname: nickname, username: username, realname: "Ajar, an automated coaching bot",
            sasl: section.saslPassword.map { SASLCredentials(username: nickname.rawValue, password: $0.value) },
            channels: channels)
        return IRCClientConfiguration(
            host: host, port: section.port, security: section.tls ? .tls(certificateAuthorityFile: nil) : .plaintext,
            session: session)
    }

    /// A user name from the nick: ASCII letters and digits, at most 10, else `ajar`.
    static func defaultUsername(for nickname: IRCNickname) -> String {
        let kept = nickname.rawValue.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        let name = String(String.UnicodeScalarView(kept.prefix(10))).lowercased()
        return name.isEmpty ? "ajar" : name
    }
}
