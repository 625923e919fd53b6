import AjarIRC
import AjarRuntime
import AjarWebhooks
import Synchronization

/// The runtime as the IRC client sees it, counting messages and replies for `/metrics`.
struct MeteredHandler: IRCConversationHandler {
    let runtime: ConversationRuntime
    let metrics: AjarMetrics

    func handle(_ message: Message) async throws -> Outcome {
        let outcome = try await runtime.handle(message)
        metrics.messageHandled(replies: outcome.replies.count)
        return outcome
    }
}

/// Lets the IRC client be built before the runtime (the runtime needs the scheduler, which needs
/// the IRC transport): forwards to the handler set once everything exists.
final class ForwardingHandler: IRCConversationHandler {
    let target = Mutex<MeteredHandler?>(nil)

    func handle(_ message: Message) async throws -> Outcome {
        guard let handler = target.withLock({ $0 }) else { return Outcome(replies: []) }
        return try await handler.handle(message)
    }
}
