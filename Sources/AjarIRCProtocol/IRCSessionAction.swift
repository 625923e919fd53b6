/// What ``IRCSessionStateMachine`` asks its caller to do, or tells it happened.
public enum IRCSessionAction: Sendable, Hashable {
    /// Queue a line behind the others, through flood control.
    case send(IRCMessage)
    /// Send a line before anything queued (registration, PING, PONG, QUIT).
    case sendUrgently(IRCMessage)
    /// Registration is complete under this nick.
    case registered(IRCNickname)
    /// Our nick changed (we took the wanted one back, or the server renamed us).
    case nicknameChanged(IRCNickname)
    /// We are in this channel.
    case joined(IRCChannelName)
    /// We were removed from a channel; a rejoin is scheduled when it is a configured one.
    case removed(from: IRCChannelName, reason: String)
    /// The server refused a join; it is retried later.
    case joinFailed(IRCChannelName, reason: String)
    /// SASL authentication ended; on failure registration goes on without an account.
    case authenticated(success: Bool, detail: String)
    /// Close the connection (and reconnect, unless we were quitting).
    case disconnect(IRCDisconnectReason)
}

/// Why a connection ends.
public enum IRCDisconnectReason: Sendable, Hashable, CustomStringConvertible {
    /// Our PING went unanswered and nothing else arrived.
    case pingTimeout
    /// Registration did not finish in time.
    case registrationTimeout
    /// No acceptable nick could be found.
    case nicknameUnavailable
    /// The server sent `ERROR`.
    case serverError(String)
    /// We sent `QUIT`.
    case quit

    public var description: String {
        switch self {
        case .pingTimeout: "ping timeout"
        case .registrationTimeout: "registration timeout"
        case .nicknameUnavailable: "no nickname available"
        case .serverError(let text): "server error: \(text)"
        case .quit: "quit"
        }
    }
}

/// Numeric replies the session and the client use.
public enum IRCNumeric {
    public static let welcome = "001"
    public static let noSuchNick = "401"
    public static let cannotSendToChannel = "404"
    public static let unknownCommand = "421"
    public static let erroneousNickname = "432"
    public static let nicknameInUse = "433"
    public static let nicknameCollision = "436"
    public static let unavailableResource = "437"
    public static let channelIsFull = "471"
    public static let inviteOnlyChannel = "473"
    public static let bannedFromChannel = "474"
    public static let badChannelKey = "475"
    public static let needRegisteredNick = "477"
    public static let loggedIn = "900"
    public static let nickLocked = "902"
    public static let saslSuccess = "903"
    public static let saslFail = "904"
    public static let saslTooLong = "905"
    public static let saslAborted = "906"
    public static let saslAlready = "907"
}
