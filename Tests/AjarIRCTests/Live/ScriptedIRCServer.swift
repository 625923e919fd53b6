import AjarIRC
import AjarIRCProtocol
import NIOCore
import NIOPosix
import Synchronization

/// A tiny IRC server inside the test: every connection runs `script`, which reads the bot's
/// lines and writes the server's. For what ngircd cannot do (SASL) or will not do (go silent).
final class ScriptedIRCServer: Sendable {
    /// One accepted connection, as the script sees it.
    struct Connection: Sendable {
        let index: Int
        let lines: AsyncStream<IRCMessage>
        let outbound: NIOAsyncChannelOutboundWriter<String>

        func send(_ line: String) async throws { try await outbound.write(line) }

        /// The next line from the bot with this command (others are skipped).
        func next(_ command: String, timeout: Duration = .seconds(5)) async throws -> IRCMessage {
            try await withThrowingTaskGroup(of: IRCMessage?.self) { group in
                group.addTask {
                    for await message in lines where message.command == command { return message }
                    return nil
                }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                defer { group.cancelAll() }
                guard let message = try await group.next() ?? nil else { throw TestFailure("no \(command) from the bot") }
                return message
            }
        }
    }

    let port: Int
    private let task: Task<Void, Never>

    init(script: @escaping @Sendable (Connection) async throws -> Void) async throws {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(IRCLineDecoder()))
                    try channel.pipeline.syncOperations.addHandler(MessageToByteHandler(IRCLineEncoder()))
                    return try NIOAsyncChannel<IRCInboundLine, String>(wrappingChannelSynchronously: channel)
                }
            }
        port = server.channel.localAddress?.port ?? 0
        let counter = Counter()
        task = Task {
            try? await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { clients in
                    for try await client in clients {
                        let index = counter.next()
                        group.addTask {
                            try? await client.executeThenClose { inbound, outbound in
                                let (lines, sink) = AsyncStream<IRCMessage>.makeStream()
                                try await withThrowingTaskGroup(of: Void.self) { inner in
                                    inner.addTask {
                                        for try await line in inbound {
                                            if case .line(let text) = line, let message = try? IRCMessage(parsing: text) { sink.yield(message) }
                                        }
                                        sink.finish()
                                    }
                                    try await script(Connection(index: index, lines: lines, outbound: outbound))
                                    inner.cancelAll()
                                }
                            }
                        }
                    }
                }
            }
        }
        self.counter = counter
    }

    private let counter: Counter

    /// Connections accepted so far.
    var connections: Int { counter.value }

    func stop() async {
        task.cancel()
        _ = await task.value
    }

    final class Counter: Sendable {
        private let count = Mutex(0)
        func next() -> Int { count.withLock { $0 += 1; return $0 } }
        var value: Int { count.withLock { $0 } }
    }
}
