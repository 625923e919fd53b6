import AjarIRCProtocol
import Logging
import NIOCore
import NIOPosix
import NIOSSL

/// What reaches a connection's event loop.
enum ConnectionEvent: Sendable {
    case line(IRCInboundLine)
    case tick
    /// The socket closed (or failed).
    case closed
    /// ``IRCClient/shutdown()`` was called.
    case shutdown
    /// The shutdown grace is over: send QUIT now.
    case quitNow
}

/// How a connection ended.
struct ConnectionEnd: Sendable {
    var reason: String
    /// How long it stayed registered, if it got that far.
    var registeredFor: Duration?
}

extension IRCClient {
    /// Connect, run, wait with backoff, again: until shutdown or cancellation.
    func reconnectLoop() async {
        var backoff = configuration.reconnect
        var random = SystemRandomNumberGenerator()
        while !stopping.isFired, !Task.isCancelled {
            var end = ConnectionEnd(reason: "connection failed")
            do {
                end = try await runConnection()
            } catch {
                end.reason = "\(error)"
            }
            updateStatus {
                $0.isConnected = false
                $0.isRegistered = false
                $0.joinedChannels = []
                $0.lastDisconnect = end.reason
            }
            queue.setOpen(false)
            if stopping.isFired || Task.isCancelled { break }
            if let registeredFor = end.registeredFor, registeredFor >= configuration.stableConnection { backoff.reset() }
            let delay = backoff.nextDelay(using: &random)
            logger.warning("IRC connection ended; reconnecting", metadata: [
                "reason": "\(end.reason)", "delay": "\(delay)", "attempt": "\(backoff.attempts)",
            ])
            await sleepUnlessStopping(delay)
        }
    }

    private func sleepUnlessStopping(_ delay: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await Task.sleep(for: delay) }
            group.addTask { await self.stopping.wait() }
            await group.next()
            group.cancelAll()
        }
    }

    /// One connection from connect to close.
    func runConnection() async throws -> ConnectionEnd {
        let channel = try await connect()
        updateStatus { $0.isConnected = true }
        logger.info("connected to IRC server", metadata: ["host": "\(configuration.host)", "port": "\(configuration.port)"])
        return try await channel.executeThenClose { inbound, outbound in
            let (events, sink) = AsyncStream<ConnectionEvent>.makeStream()
            shared.withLock { $0.events = sink }
            defer { shared.withLock { $0.events = nil } }
            if stopping.isFired { sink.yield(.shutdown) }
            return try await withThrowingTaskGroup(of: Void.self, returning: ConnectionEnd.self) { group in
                group.addTask {
                    do {
                        for try await line in inbound { sink.yield(.line(line)) }
                    } catch {
                        self.logger.info("IRC read failed", metadata: ["error": "\(error)"])
                    }
                    sink.yield(.closed)
                }
                group.addTask {
                    while !Task.isCancelled {
                        try await Task.sleep(for: .seconds(1))
                        sink.yield(.tick)
                    }
                }
                group.addTask {
                    do {
                        try await self.writeLoop(outbound)
                    } catch {
                        self.logger.info("IRC write failed", metadata: ["error": "\(error)"])
                        sink.yield(.closed)
                    }
                }
                var connection = ConnectionLoop(client: self)
                let end = await connection.run(events)
                group.cancelAll()
                return end
            }
        }
    }

    private func connect() async throws -> NIOAsyncChannel<IRCInboundLine, String> {
        let host = configuration.host
        let security = configuration.security
        let timeout = TimeAmount.nanoseconds(Int64(configuration.connectTimeout / .nanoseconds(1)))
        return try await ClientBootstrap(group: group)
            .connectTimeout(timeout)
            .channelOption(.socketOption(.so_keepalive), value: 1)
            .connect(host: host, port: configuration.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if case .tls(let tls) = security {
                        let context = try NIOSSLContext(configuration: tls)
                        let serverName = host.isIPAddress ? nil : host
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: context, serverHostname: serverName))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(IRCLineDecoder()))
                    try channel.pipeline.syncOperations.addHandler(MessageToByteHandler(IRCLineEncoder()))
                    return try NIOAsyncChannel<IRCInboundLine, String>(wrappingChannelSynchronously: channel)
                }
            }
    }
}

extension String {
    /// An IPv4 or IPv6 literal (SNI must not carry one).
    var isIPAddress: Bool {
        (try? SocketAddress(ipAddress: self, port: 0)) != nil
    }
}
