public import ServiceLifecycle

/// The IRC client as a swift-service-lifecycle service: runs until the group shuts down, then
/// lets queued replies go out, says QUIT and returns.
///
/// ```swift
/// let group = ServiceGroup(services: [IRCService(client: client)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
/// try await group.run()
/// ```
public struct IRCService: Service {
    public let client: IRCClient

    public init(client: IRCClient) {
        self.client = client
    }

    public func run() async throws {
        try await withGracefulShutdownHandler {
            try await client.run()
        } onGracefulShutdown: {
            client.shutdown()
        }
    }
}
