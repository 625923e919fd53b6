import AjarIRCProtocol
import Logging

/// The serial heart of one connection: feeds lines and ticks to the session state machine,
/// carries out its actions, routes people's messages, and handles shutdown.
struct ConnectionLoop {
    let client: IRCClient
    var session: IRCSessionStateMachine
    var registeredAt: ContinuousClock.Instant?
    var shutdownStartedAt: ContinuousClock.Instant?
    var quitSentAt: ContinuousClock.Instant?
    /// How long to wait for the server to close after QUIT.
    static let quitWait: Duration = .seconds(2)

    init(client: IRCClient) {
        self.client = client
        self.session = IRCSessionStateMachine(settings: client.configuration.session)
    }

    mutating func run(_ events: AsyncStream<ConnectionEvent>) async -> ConnectionEnd {
        client.queue.dropUrgent()
        if let reason = perform(session.connected(at: .now)) { return end(reason) }
        for await event in events {
            let now = ContinuousClock.now
            switch event {
            case .line(.line(let text)):
                if let reason = received(text, at: now) { return end(reason) }
            case .line(.tooLong(let bytes)):
                client.logger.warning("dropped an over-long line from the server", metadata: ["bytes": "\(bytes)"])
            case .tick:
                if let reason = perform(session.tick(at: now)) { return end(reason) }
                if let reason = shutdownProgress(at: now) { return end(reason) }
            case .shutdown:
                shutdownStartedAt = shutdownStartedAt ?? now
                if let reason = shutdownProgress(at: now) { return end(reason) }
            case .quitNow:
                if let reason = sendQuit(at: now) { return end(reason) }
            case .closed:
                return end(quitSentAt == nil ? "connection closed by the server" : IRCDisconnectReason.quit.description)
            }
        }
        return end("connection closed")
    }

    private func end(_ reason: String) -> ConnectionEnd {
        ConnectionEnd(reason: reason, registeredFor: registeredAt.map { .now - $0 })
    }

    /// One line from the server; returns a reason when the connection must end.
    private mutating func received(_ text: String, at now: ContinuousClock.Instant) -> String? {
        let message: IRCMessage
        do {
            message = try IRCMessage(parsing: text)
        } catch {
            client.logger.debug("skipped a malformed line from the server", metadata: ["error": "\(error)"])
            return nil
        }
        if let reason = perform(session.received(message, at: now)) { return reason }
        guard message.command == "PRIVMSG", session.isRegistered else { return nil }
        switch client.router.decide(message, ownNickname: session.nickname) {
        case .ignore:
            break
        case .reply(let notice):
            client.enqueue(notice, urgent: false)
        case .converse(let request):
            client.converse(request)
        }
        return nil
    }

    /// Carries out the session's actions; returns a reason when the connection must end.
    private mutating func perform(_ actions: [IRCSessionAction]) -> String? {
        let logger = client.logger
        for action in actions {
            switch action {
            case .send(let message):
                client.enqueue(message, urgent: false)
            case .sendUrgently(let message):
                client.enqueue(message, urgent: true)
            case .registered(let nickname):
                registeredAt = .now
                client.updateStatus {
                    $0.isRegistered = true
                    $0.nickname = nickname.rawValue
                    $0.registrations += 1
                }
                client.queue.setOpen(true)
                logger.info("registered on IRC", metadata: ["nick": "\(nickname)"])
            case .nicknameChanged(let nickname):
                client.updateStatus { $0.nickname = nickname.rawValue }
                logger.info("IRC nick changed", metadata: ["nick": "\(nickname)"])
            case .joined(let channel):
                client.updateStatus { $0.joinedChannels.insert(channel.key) }
                logger.info("joined IRC channel", metadata: ["channel": "\(channel)"])
            case .removed(let channel, let reason):
                client.updateStatus { $0.joinedChannels.remove(channel.key) }
                logger.warning("removed from IRC channel", metadata: ["channel": "\(channel)", "reason": "\(reason)"])
            case .joinFailed(let channel, let reason):
                logger.warning("could not join IRC channel", metadata: ["channel": "\(channel)", "reason": "\(reason)"])
            case .authenticated(let success, let detail):
                if success {
                    logger.info("SASL authentication succeeded")
                } else {
                    logger.warning("SASL authentication failed; going on without an account", metadata: ["detail": "\(detail)"])
                }
            case .disconnect(let reason):
                return reason.description
            }
        }
        return nil
    }

    /// During shutdown: QUIT once the replies are out (or the grace is over), then wait for the close.
    private mutating func shutdownProgress(at now: ContinuousClock.Instant) -> String? {
        guard let started = shutdownStartedAt else { return nil }
        if let quitSentAt {
            return now - quitSentAt >= Self.quitWait ? IRCDisconnectReason.quit.description : nil
        }
        let drained = !session.isRegistered || client.queue.ordinaryCount == 0
        guard drained || now - started >= client.configuration.shutdownGrace else { return nil }
        return sendQuit(at: now)
    }

    private mutating func sendQuit(at now: ContinuousClock.Instant) -> String? {
        guard quitSentAt == nil else { return nil }
        quitSentAt = now
        let actions = session.quit(reason: client.configuration.quitMessage)
        if actions.isEmpty { return IRCDisconnectReason.quit.description }  // nothing to say goodbye to
        return perform(actions)
    }
}
