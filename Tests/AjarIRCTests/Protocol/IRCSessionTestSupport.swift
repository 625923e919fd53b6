import AjarIRCProtocol

/// A session under test with a fake clock.
struct SessionHarness {
    var session: IRCSessionStateMachine
    var now: ContinuousClock.Instant

    init(
        nickname: String = "ajar", channels: [String] = ["#ajar"], sasl: SASLCredentials? = nil,
        serverPassword: String? = nil, timing: IRCSessionTiming = IRCSessionTiming()
    ) {
        let settings = IRCSessionSettings(
            nickname: IRCNickname(nickname)!, username: "ajar", realname: "Ajar coach", serverPassword: serverPassword,
            sasl: sasl, channels: channels.map { IRCChannelName($0)! }, timing: timing)
        session = IRCSessionStateMachine(settings: settings)
        now = ContinuousClock.now
    }

    mutating func connect() -> [IRCSessionAction] {
        session.connected(at: now)
    }

    mutating func receive(_ line: String) -> [IRCSessionAction] {
        session.received(try! IRCMessage(parsing: line), at: now)
    }

    mutating func advance(_ duration: Duration) -> [IRCSessionAction] {
        now += duration
        return session.tick(at: now)
    }

    /// Connects and completes a registration with no capabilities offered.
    mutating func register(as nick: String = "ajar") {
        _ = connect()
        _ = receive(":irc.test 001 \(nick) :Welcome")
    }
}

extension IRCSessionAction {
    /// The line this action sends, if it sends one.
    var line: String? {
        switch self {
        case .send(let message), .sendUrgently(let message): try? message.serialised()
        default: nil
        }
    }
}

extension Array where Element == IRCSessionAction {
    var lines: [String] { compactMap(\.line) }
}
