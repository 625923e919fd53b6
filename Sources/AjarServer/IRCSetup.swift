import AjarIRC
import AjarIRCProtocol
import AjarReminders
import AjarRuntime
import AjarWebhooks
import Logging
import NIOSSL
import ServiceLifecycle

// SEAM (IRC engineer): the IRC client is built here from the configuration until AjarIRC offers
// its own `IRCClientConfiguration(AjarConfiguration)` and `Service` conformance; then this file
// shrinks to the reminder transport.

/// Builds the IRC client's configuration from the `irc` section.
enum IRCSetup {
    static func configuration(_ irc: AjarConfiguration.IRCSection) throws(ServeSettingsError) -> IRCClientConfiguration? {
        guard let host = irc.host else { return nil }
        guard let nickname = IRCNickname(irc.nick) else {
            throw ServeSettingsError(problems: ["irc.nick: error: '\(irc.nick)' is not a valid IRC nickname"])
        }
        var channels: [IRCChannelName] = []
        for name in irc.channels {
            guard let channel = IRCChannelName(name) else {
                throw ServeSettingsError(problems: ["irc.channels: error: '\(name)' is not a channel name"])
            }
            channels.append(channel)
        }
        let session = IRCSessionSettings(
            nickname: nickname, username: irc.nick, realname: "Ajar coaching bot",
            sasl: irc.saslPassword.map { SASLCredentials(username: irc.nick, password: $0.value) }, channels: channels)
        return IRCClientConfiguration(
            host: host, port: irc.port, security: irc.tls ? .tls(.makeClientConfiguration()) : .plaintext, session: session)
    }
}

/// Runs the IRC client as a service: graceful shutdown asks it to QUIT; it also feeds the
/// `ajar_irc_connected` gauge.
struct IRCClientService: Service {
    let client: IRCClient
    let metrics: AjarMetrics

    func run() async throws {
        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { group in
                group.addTask {
                    // The client has no status callback yet: sample it for the gauge.
                    while !Task.isCancelled {
                        metrics.setIRCConnected(client.status.isRegistered)
                        try? await Task.sleep(for: .seconds(1))
                    }
                }
                try await client.run()
                metrics.setIRCConnected(false)
                group.cancelAll()
            }
        } onGracefulShutdown: {
            client.shutdown()
        }
    }
}

/// Delivers `irc:#channel` and `irc:nick` reminders through the IRC client. IRC cannot carry the
/// reminder's id, so a reminder re-sent after a crash shows twice there (at-least-once).
struct IRCReminderTransport: ReminderTransport {
    let scheme = "irc"
    let client: IRCClient

    func validate(_ target: ReminderTarget) throws(ReminderTargetError) {
        guard IRCDestination(parsing: target.description) != nil else {
            throw ReminderTargetError("'\(target.description.prefix(80))' is not an IRC channel or nick")
        }
    }

    func deliver(_ delivery: ReminderDelivery) async throws(ReminderDeliveryError) {
        do {
            try await client.deliver(delivery.text, to: delivery.target.description, timeout: .seconds(30))
        } catch let error as IRCDeliveryError {
            switch error {
            case .invalidTarget, .otherNetwork, .emptyText:
                throw .permanent(error.description)
            case .notConnected, .dropped, .shutDown, .timedOut:
                throw .temporary(error.description)
            }
        } catch {
            throw .temporary("\(error)")
        }
    }
}
