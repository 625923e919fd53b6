import AjarIRC
import AjarWebhooks
import ServiceLifecycle

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
