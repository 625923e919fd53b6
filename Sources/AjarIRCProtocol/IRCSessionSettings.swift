/// What a connection registers as and how it keeps itself alive: the input of ``IRCSessionStateMachine``.
public struct IRCSessionSettings: Sendable, Hashable {
    /// The nick we want; alternatives are derived from it when it is taken.
    public var nickname: IRCNickname
    /// The user name sent in `USER` (a single word).
    public var username: String
    /// The real name sent in `USER`.
    public var realname: String
    /// The server password (`PASS`), if the server wants one.
    public var serverPassword: String?
    /// SASL PLAIN credentials; requested only when the server offers `sasl`.
    public var sasl: SASLCredentials?
    /// Channels to join after registration, and again after a kick or a reconnect.
    public var channels: [IRCChannelName]
    /// IRCv3 capabilities requested when offered (`sasl` is added when ``sasl`` is set).
    public var capabilities: [String]
    public var timing: IRCSessionTiming

    public init(
        nickname: IRCNickname, username: String, realname: String, serverPassword: String? = nil,
        sasl: SASLCredentials? = nil, channels: [IRCChannelName] = [],
        capabilities: [String] = ["message-tags", "server-time"], timing: IRCSessionTiming = IRCSessionTiming()
    ) {
        self.nickname = nickname
        self.username = username
        self.realname = realname
        self.serverPassword = serverPassword
        self.sasl = sasl
        self.channels = channels
        self.capabilities = capabilities
        self.timing = timing
    }
}

/// A SASL PLAIN account name and password.
public struct SASLCredentials: Sendable, Hashable, CustomStringConvertible {
    public var username: String
    public var password: String
    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
    public var description: String { "SASLCredentials(\(username), <secret>)" }
}

/// The timers of a connection.
public struct IRCSessionTiming: Sendable, Hashable {
    /// Quiet time after which we send our own PING.
    public var pingInterval: Duration
    /// How long our PING may go unanswered (with nothing else received) before the link is dead.
    public var pingTimeout: Duration
    /// How long registration may take before we give up on the connection.
    public var registrationTimeout: Duration
    /// How often we try to take our wanted nick back while on an alternative.
    public var nicknameRegainInterval: Duration
    /// The pause before rejoining a channel we were kicked from.
    public var rejoinDelay: Duration
    /// The pause before retrying a channel that refused us (banned, invite-only, full, keyed).
    public var joinRetryDelay: Duration

    public init(
        pingInterval: Duration = .seconds(90), pingTimeout: Duration = .seconds(60),
        registrationTimeout: Duration = .seconds(60), nicknameRegainInterval: Duration = .seconds(60),
        rejoinDelay: Duration = .seconds(10), joinRetryDelay: Duration = .seconds(300)
    ) {
        self.pingInterval = pingInterval
        self.pingTimeout = pingTimeout
        self.registrationTimeout = registrationTimeout
        self.nicknameRegainInterval = nicknameRegainInterval
        self.rejoinDelay = rejoinDelay
        self.joinRetryDelay = joinRetryDelay
    }
}
