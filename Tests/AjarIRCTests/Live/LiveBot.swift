import AjarIRC
import AjarIRCProtocol
import Logging

/// The bot under test: an ``IRCClient`` running in a task, shut down and awaited at the end.
struct LiveBot {
    let client: IRCClient
    let task: Task<Void, any Error>

    init(
        port: Int, nick: String = "ajar", channels: [String] = ["#ajar"], handler: any IRCConversationHandler,
        flood: IRCFloodControl.Rates = .unlimited, timing: IRCSessionTiming = IRCSessionTiming(),
        security: IRCClientConfiguration.Security = .plaintext, sasl: SASLCredentials? = nil
    ) {
        var logger = Logger(label: "ajar.irc.test")
        logger.logLevel = .critical
        let session = IRCSessionSettings(
            nickname: IRCNickname(nick)!, username: "ajar", realname: "Ajar test bot", sasl: sasl,
            channels: channels.map { IRCChannelName($0)! }, timing: timing)
        let configuration = IRCClientConfiguration(
            host: "127.0.0.1", port: port, security: security, session: session, network: "test",
            commandPrefix: "!ajar", flood: flood,
            reconnect: ReconnectBackoff(initial: .milliseconds(200), maximum: .seconds(1)),
            connectTimeout: .seconds(2))
        let client = IRCClient(configuration: configuration, handler: handler, logger: logger)
        self.client = client
        self.task = Task { try await client.run() }
    }

    func waitUntilJoined(_ channel: String = "#ajar", timeout: Duration = .seconds(30)) async throws {
        try await eventually(timeout, "bot joins \(channel)") { client.status.joinedChannels.contains(channel) }
    }

    func stop() async {
        client.shutdown()
        let task = self.task
        let watchdog = Task {
            try await Task.sleep(for: .seconds(10))
            task.cancel()
        }
        _ = await task.result
        watchdog.cancel()
    }
}
