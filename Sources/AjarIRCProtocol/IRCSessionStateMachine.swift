/// The life of one IRC connection as a value: registration (CAP, SASL, PASS, NICK/USER), nick
/// collisions and regaining the wanted nick, keepalive, and joining channels.
///
/// Each event is a `mutating` method that returns the actions to carry out; the machine does no
/// I/O and reads no clock, so it is tested without a socket.
///
/// ```swift
/// var session = IRCSessionStateMachine(settings: settings)
/// perform(session.connected(at: clock.now))            // CAP LS 302, NICK, USER
/// perform(session.received(message, at: clock.now))    // for every line read
/// perform(session.tick(at: clock.now))                 // about once a second
/// ```
public struct IRCSessionStateMachine: Sendable {
    enum Phase: Sendable, Hashable {
        case idle
        /// Before `CAP END`: collecting the offered capabilities, waiting for ACK, or in SASL.
        case negotiating(CapabilityNegotiation)
        /// Capabilities done (or unsupported), waiting for 001.
        case registering
        case registered
        case closed
    }

    struct CapabilityNegotiation: Sendable, Hashable {
        var offered: [String: String] = [:]
        var authenticating = false
    }

    public let settings: IRCSessionSettings
    var phase: Phase = .idle
    /// The nick we have, or are trying to get during registration.
    public internal(set) var nickname: IRCNickname
    /// Capabilities the server acknowledged.
    public internal(set) var enabledCapabilities: Set<String> = []
    /// Channels we are in, by case-folded name.
    public internal(set) var joinedChannels: Set<String> = []

    var alternativeAttempt = 0
    var nicknameLengthLimit = IRCNickname.maximumLength
    var connectedAt: ContinuousClock.Instant?
    var lastReceived: ContinuousClock.Instant?
    var pingSentAt: ContinuousClock.Instant?
    var pingCount = 0
    var nextRegainAt: ContinuousClock.Instant?
    /// Configured channels to (re)join, by case-folded name, with when.
    var pendingJoins: [String: ContinuousClock.Instant] = [:]

    public init(settings: IRCSessionSettings) {
        self.settings = settings
        self.nickname = settings.nickname
    }

    /// Whether 001 has arrived on this connection.
    public var isRegistered: Bool { phase == .registered }

    /// The connection is open: start registering.
    public mutating func connected(at now: ContinuousClock.Instant) -> [IRCSessionAction] {
        self = IRCSessionStateMachine(settings: settings)
        phase = .negotiating(CapabilityNegotiation())
        connectedAt = now
        lastReceived = now
        var actions: [IRCSessionAction] = []
        if let password = settings.serverPassword {
            actions.append(.sendUrgently(IRCMessage(command: "PASS", parameters: [password])))
        }
        actions.append(.sendUrgently(IRCMessage(command: "CAP", parameters: ["LS", "302"])))
        actions.append(.sendUrgently(IRCMessage(command: "NICK", parameters: [nickname.rawValue])))
        actions.append(.sendUrgently(IRCMessage(command: "USER", parameters: [settings.username, "0", "*", settings.realname])))
        return actions
    }

    /// A line arrived from the server.
    public mutating func received(_ message: IRCMessage, at now: ContinuousClock.Instant) -> [IRCSessionAction] {
        guard phase != .closed, phase != .idle else { return [] }
        lastReceived = now
        pingSentAt = nil  // anything at all proves the link alive
        switch message.command {
        case "PING":
            return [.sendUrgently(IRCMessage(command: "PONG", parameters: message.parameters.isEmpty ? [""] : message.parameters))]
        case "ERROR":
            phase = .closed
            return [.disconnect(.serverError(message.parameters.last ?? ""))]
        case "CAP":
            return receivedCapability(message)
        case "AUTHENTICATE":
            return receivedAuthenticate(message)
        case IRCNumeric.saslSuccess, IRCNumeric.saslFail, IRCNumeric.saslTooLong, IRCNumeric.saslAborted,
             IRCNumeric.saslAlready, IRCNumeric.nickLocked:
            return finishedAuthentication(message)
        case IRCNumeric.welcome:
            return welcomed(message, at: now)
        case IRCNumeric.nicknameInUse, IRCNumeric.erroneousNickname, IRCNumeric.nicknameCollision:
            return nicknameRefused(message, at: now)
        case IRCNumeric.unavailableResource:
            if let name = message.parameter(1), IRCChannelName(name) != nil { return joinRefused(message, at: now) }
            return nicknameRefused(message, at: now)
        case IRCNumeric.channelIsFull, IRCNumeric.inviteOnlyChannel, IRCNumeric.bannedFromChannel,
             IRCNumeric.badChannelKey, IRCNumeric.needRegisteredNick:
            return joinRefused(message, at: now)
        case "NICK":
            return nickChanged(message, at: now)
        case "QUIT":
            return someoneLeft(message)
        case "JOIN":
            return joinedChannel(message)
        case "KICK":
            return kicked(message, at: now)
        case "PART":
            return parted(message, at: now)
        default:
            return []
        }
    }

    /// Time passes: keepalive, registration timeout, regaining the nick, scheduled rejoins.
    public mutating func tick(at now: ContinuousClock.Instant) -> [IRCSessionAction] {
        switch phase {
        case .idle, .closed:
            return []
        case .negotiating, .registering:
            if let connectedAt, now - connectedAt >= settings.timing.registrationTimeout {
                phase = .closed
                return [.disconnect(.registrationTimeout)]
            }
            return []
        case .registered:
            return keepalive(at: now) + regainNickname(at: now) + dueJoins(at: now)
        }
    }

    /// We are leaving: say so to the server. Later events do nothing.
    public mutating func quit(reason: String) -> [IRCSessionAction] {
        let wasOpen = phase != .idle && phase != .closed
        phase = .closed
        return wasOpen ? [.sendUrgently(IRCMessage(command: "QUIT", parameters: [reason]))] : []
    }

    /// Whether `name` is us (IRC case-insensitively).
    public func isOwnNickname(_ name: String) -> Bool {
        nickname.matches(name)
    }
}
