import AjarIRC
import AjarIRCProtocol
import NIOCore
import NIOPosix
import Synchronization

/// A person on the test server: a raw IRC connection that registers, answers PING, and keeps
/// every line it receives for the test to look at.
final class TestIRCUser: Sendable {
    let nick: String
    /// What the connection task and the test share.
    private final class Shared: Sendable {
        let received = Mutex<[IRCMessage]>([])
        let writer: Mutex<NIOAsyncChannelOutboundWriter<String>?> = Mutex(nil)
    }

    private let shared = Shared()
    private let connection: Task<Void, Never>

    init(nick: String, port: Int, register: Bool = true) async throws {
        self.nick = nick
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(3))
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(IRCLineDecoder()))
                    try channel.pipeline.syncOperations.addHandler(MessageToByteHandler(IRCLineEncoder()))
                    return try NIOAsyncChannel<IRCInboundLine, String>(wrappingChannelSynchronously: channel)
                }
            }
        let (ready, readySink) = AsyncStream<Void>.makeStream()
        connection = Task { [shared] in
            try? await channel.executeThenClose { inbound, outbound in
                shared.writer.withLock { $0 = outbound }
                readySink.yield()
                for try await line in inbound {
                    guard case .line(let text) = line, let message = try? IRCMessage(parsing: text) else { continue }
                    if message.command == "PING" { try? await outbound.write("PONG :\(message.parameters.last ?? "")") }
                    shared.received.withLock { $0.append(message) }
                }
            }
            shared.writer.withLock { $0 = nil }
            readySink.finish()
        }
        for await _ in ready { break }
        if register {
            try await send("NICK \(nick)")
            try await send("USER \(nick) 0 * :Test user")
            _ = try await waitFor("welcome") { $0.command == "001" }
        }
    }

    func send(_ line: String) async throws {
        guard let outbound = shared.writer.withLock({ $0 }) else { throw TestFailure("not connected") }
        try await outbound.write(line)
    }

    func join(_ channel: String) async throws {
        try await send("JOIN \(channel)")
        _ = try await waitFor("join \(channel)") { $0.command == "366" && $0.parameter(1) == channel }
    }

    /// Everything received so far.
    var messages: [IRCMessage] { shared.received.withLock { $0 } }

    /// PRIVMSG texts received from `sender`, in order.
    func texts(from sender: String) -> [String] {
        messages.filter { $0.command == "PRIVMSG" && $0.source?.name == sender }.compactMap { $0.parameters.last }
    }

    /// Waits for a received message that matches; returns the first one.
    func waitFor(
        _ what: String, timeout: Duration = .seconds(30), poll: Duration = .milliseconds(20), _ matches: @Sendable (IRCMessage) -> Bool
    ) async throws -> IRCMessage {
        var found: IRCMessage?
        try await eventually(timeout, "\(nick): \(what)", poll: poll) {
            found = shared.received.withLock { $0.first(where: matches) }
            return found != nil
        }
        return found!
    }

    /// Waits until `count` PRIVMSGs from `sender` have arrived.
    func waitForTexts(from sender: String, count: Int, timeout: Duration = .seconds(30)) async throws -> [String] {
        try await eventually(timeout, "\(nick): \(count) lines from \(sender)") { texts(from: sender).count >= count }
        return texts(from: sender)
    }

    func clear() {
        shared.received.withLock { $0.removeAll() }
    }

    /// Says QUIT and waits (briefly) for the server to close the connection.
    func close() async {
        try? await send("QUIT :bye")
        let connection = self.connection
        let timeout = Task {
            try await Task.sleep(for: .seconds(2))
            connection.cancel()
        }
        await connection.value
        timeout.cancel()
    }

    /// Whether the connection is still open.
    var isConnected: Bool { shared.writer.withLock { $0 != nil } }
}
