public import AjarIRCProtocol
public import NIOSSL

/// Everything the IRC client needs: where to connect, who to be, and how fast to talk.
///
/// ```swift
/// let configuration = IRCClientConfiguration(
///     host: "irc.libera.chat", port: 6697, security: .tls(.makeClientConfiguration()),
///     session: IRCSessionSettings(nickname: IRCNickname("ajar")!, username: "ajar", realname: "Ajar",
///                                 channels: [IRCChannelName("#ajar")!]))
/// ```
public struct IRCClientConfiguration: Sendable {
    /// Plain TCP or TLS.
    public enum Security: Sendable {
        case plaintext
        /// TLS with this configuration; the host name is checked against the certificate.
        case tls(TLSConfiguration)

        /// TLS with the system's trust roots, or only the certificates in `certificateAuthorityFile`
        /// (PEM; for a server with a self-signed or private certificate).
        public static func tls(certificateAuthorityFile: String?) -> Security {
            var configuration = TLSConfiguration.makeClientConfiguration()
            if let certificateAuthorityFile { configuration.trustRoots = .file(certificateAuthorityFile) }
            return .tls(configuration)
        }
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var session: IRCSessionSettings
    /// The network's name in conversation ids (`irc:NETWORK/nick`); defaults to the host.
    public var network: String
    /// Text that addresses the bot at the start of a channel line, besides `nick:` and `nick,`.
    public var commandPrefix: String?
    public var flood: IRCFloodControl.Rates
    public var reconnect: ReconnectBackoff
    /// A connection that stayed registered this long resets the reconnect backoff.
    public var stableConnection: Duration
    public var connectTimeout: Duration
    /// How long shutdown waits for queued replies before it sends QUIT.
    public var shutdownGrace: Duration
    public var quitMessage: String
    /// The answer to CTCP VERSION.
    public var version: String
    /// The longest queue of unsent lines; older ordinary lines are dropped beyond it.
    public var maximumQueuedLines: Int

    public init(
        host: String, port: Int = 6697, security: Security = .tls(.makeClientConfiguration()),
        session: IRCSessionSettings, network: String? = nil, commandPrefix: String? = nil,
        flood: IRCFloodControl.Rates = .default, reconnect: ReconnectBackoff = ReconnectBackoff(),
        stableConnection: Duration = .seconds(60), connectTimeout: Duration = .seconds(20),
        shutdownGrace: Duration = .seconds(3), quitMessage: String = "Ajar is going away for now",
        version: String = "Ajar (automated coaching bot; not therapy, not a crisis service)",
        maximumQueuedLines: Int = 2_000
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.session = session
        self.network = IRCClientConfiguration.networkName(network ?? host)
        self.commandPrefix = commandPrefix
        self.flood = flood
        self.reconnect = reconnect
        self.stableConnection = stableConnection
        self.connectTimeout = connectTimeout
        self.shutdownGrace = shutdownGrace
        self.quitMessage = quitMessage
        self.version = version
        self.maximumQueuedLines = maximumQueuedLines
    }

    /// A network name safe inside a conversation id: letters, digits, `.`, `-` and `_`, lower case.
    static func networkName(_ text: String) -> String {
        let kept = text.lowercased().unicodeScalars.filter { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "_"
        }
        let name = String(String.UnicodeScalarView(kept))
        return name.isEmpty ? "irc" : name
    }
}
