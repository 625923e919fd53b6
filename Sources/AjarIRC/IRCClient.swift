public import AjarIRCProtocol
public import Logging
import AjarRuntime
public import NIOCore
public import NIOPosix
import Synchronization

/// The IRC transport: keeps one connection to a server alive (reconnecting with backoff), runs
/// the session state machine, paces output through flood control, and connects people's
/// messages to an ``IRCConversationHandler`` (the runtime).
///
/// ```swift
/// let client = IRCClient(configuration: configuration, handler: runtime, logger: logger)
/// try await client.run()                                   // until shutdown() or cancellation
/// try await client.deliver("Did you thank them?", to: "irc:alice")   // from a reminder
/// ```
public final class IRCClient: Sendable {
    public let configuration: IRCClientConfiguration
    let handler: any IRCConversationHandler
    let logger: Logger
    let group: any EventLoopGroup
    let queue: OutgoingQueue
    let dispatcher = ConversationDispatcher<String>()
    let stopping = Signal()
    let router: IRCIncomingRouter
    let shared = Mutex(Shared())

    struct Shared {
        var status = IRCClientStatus()
        /// The current connection's event sink, so ``shutdown()`` can reach it.
        var events: AsyncStream<ConnectionEvent>.Continuation?
    }

    public init(
        configuration: IRCClientConfiguration, handler: any IRCConversationHandler,
        logger: Logger = Logger(label: "ajar.irc"), eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.configuration = configuration
        self.handler = handler
        self.logger = logger
        self.group = eventLoopGroup
        self.queue = OutgoingQueue(maximumOrdinary: configuration.maximumQueuedLines)
        self.router = IRCIncomingRouter(
            wantedNickname: configuration.session.nickname, commandPrefix: configuration.commandPrefix,
            version: configuration.version)
    }

    /// What the client is doing now.
    public var status: IRCClientStatus {
        shared.withLock { $0.status }
    }

    /// Connects and stays connected until ``shutdown()`` is called or the task is cancelled.
    public func run() async throws {
        await withDiscardingTaskGroup { group in
            group.addTask { await self.dispatcher.run() }
            await reconnectLoop()
            dispatcher.finish()
        }
        queue.failAll(.shutDown)
        logger.info("IRC client stopped")
    }

    /// Asks the client to leave: queued replies get a moment to go, then QUIT, then ``run()`` returns.
    public func shutdown() {
        stopping.fire()
        let events = shared.withLock { $0.events }
        events?.yield(.shutdown)
    }

    /// Sends `text` to `target` (`irc:#channel`, `irc:nick` or `irc:NETWORK/nick`) and returns
    /// once every line is written to the server. Blank lines are dropped, line breaks split the
    /// text, long lines are split to fit, and CR/LF/NUL can never inject a command.
    ///
    /// - Throws: ``IRCDeliveryError``: a bad target, another network, an empty text, no
    ///   registered connection right now (retry later), shutdown, or `timeout` running out.
    public func deliver(_ text: String, to target: String, timeout: Duration = .seconds(60)) async throws {
        guard let destination = IRCDestination(parsing: target) else { throw IRCDeliveryError.invalidTarget(target) }
        if let network = destination.network, network.lowercased() != configuration.network {
            throw IRCDeliveryError.otherNetwork(network)
        }
        guard !stopping.isFired else { throw IRCDeliveryError.shutDown }
        guard status.isRegistered else { throw IRCDeliveryError.notConnected }
        let messages = renderer().messages(text, to: destination.target)
        guard !messages.isEmpty else { throw IRCDeliveryError.emptyText }
        let receipt = DeliveryReceipt()
        for (index, message) in messages.enumerated() {
            enqueue(message, urgent: false, receipt: index == messages.count - 1 ? receipt : nil)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await receipt.wait() }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw IRCDeliveryError.timedOut
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// The reply renderer for the current nick (the budget counts the longer of it and the wanted nick).
    func renderer() -> IRCReplyRenderer {
        let current = status.nickname ?? configuration.session.nickname.rawValue
        let wanted = configuration.session.nickname.rawValue
        let longest = current.utf8.count >= wanted.utf8.count + 2 ? current : wanted + "__"
        return IRCReplyRenderer(budget: IRCLineBudget(nickname: longest, username: configuration.session.username))
    }

    /// Serialises and queues a message; one that cannot be a valid line is logged and dropped.
    func enqueue(_ message: IRCMessage, urgent: Bool, receipt: DeliveryReceipt? = nil) {
        do {
            let line = try message.serialised()
            let dropped = queue.enqueue(OutgoingQueue.Item(line: line, urgent: urgent, receipt: receipt))
            if dropped > 0 { logger.warning("outgoing queue full: dropped old lines", metadata: ["dropped": "\(dropped)"]) }
        } catch {
            logger.error("refusing to send an invalid IRC message", metadata: ["command": "\(message.command)", "error": "\(error)"])
            receipt?.fail(.invalidTarget(message.parameters.first ?? ""))
        }
    }

    func updateStatus(_ change: (inout IRCClientStatus) -> Void) {
        shared.withLock { change(&$0.status) }
    }
}
